"""A mail or a letter opens with whom it is sent to (「（ＣＣ：架空推進本部　幹事各位）」):
the addressee is not the unit the document is about, so the body's total staff stays the
city's. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_MAIL = """【送付】令和７年度 架空改革プラン取組状況（速報）について

架空推進委員会　委員各位
（ＣＣ：架空推進本部　幹事各位）

いつも大変お世話になっております。架空課の西浦です。

■職員数の推移
　　年度　　　　令和５年度　令和６年度　令和７年度
　　職員数　　　1,041人　　1,034人　　1,028人
"""


def test_the_addressee_is_not_the_documents_unit() -> None:
    facts = parsed_as_read(_MAIL, "x.txt")
    owners = {s.organization for s in facts.staff}
    assert owners == {facts.municipality}
