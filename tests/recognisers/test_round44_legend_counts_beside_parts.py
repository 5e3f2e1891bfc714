"""A bureau's table of its units' people, each count followed by last year's in brackets
under a legend (「（　）内は令和７年４月１日現在」), with a column listing each unit's 係: the
bracketed counts are the units' own of the legend's year, not the 係 column's, and the
total row's too. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_POLICY = """## **２　局の体制**

令和８年４月１日現在（　）内は令和７年４月１日現在。

|部|課・所・センター|職員数（人）|主な係|
|---|---|---|---|
|架空企画部<br>101（97）|架空企画課|34（31）|架空調整係、<br>架空経理係|
||架空支援課|46（45）|架空保健係、<br>架空家庭係|
||架空育成課|21（20）|架空事業係|
|||3（2）|架空予備係|
|局　計||101（96）||
"""


def test_bracketed_counts_are_the_units_of_the_legends_year() -> None:
    facts = parsed_as_read(_POLICY, "x.md")
    counts = {(s.organization, s.fiscal_year, s.count) for s in facts.staff}
    assert {("架空企画課", 2025, 31), ("架空支援課", 2025, 45)} <= counts
    assert not any("係" in s.organization for s in facts.staff)
