"""Google Docs' Markdown download (and text browsers) bullet a list with an asterisk set
apart by a space, 「* 名称」: a list entry like 「・名称」, not a note's 「*」.
Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PLAN = """## **基本目標1　架空の健康のまち**

### 施策1-1　架空健康づくりの充実

**主担当課**：架空部　架空課

**主な取組**

* 架空健診の受診率向上
* 架空救急医療体制の確保

### 施策1-2　架空地域福祉の推進

**主な取組**

* 架空支援センターの機能強化
* 架空人材の確保・定着支援
"""


def test_asterisk_bullets_list_the_entries() -> None:
    facts = parsed_as_read(_PLAN, "x.md")
    pairs = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert ("架空健診の受診率向上", ("1-1",)) in pairs
    assert ("架空人材の確保・定着支援", ("1-2",)) in pairs


def test_an_asterisk_note_stays_a_note() -> None:
    from loaders.field_vocabulary import all_labels
    from loaders.structure import read_structure

    doc = read_structure("*印は再掲の事業です。\n", labels=all_labels())
    assert all(b.mark != "•" for b in doc.blocks)
