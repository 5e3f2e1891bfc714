"""Round 23: a table of years down read as one indicator's values (fictional pages, in
layouts of no development set): the year printed western with its era year in brackets, the
indicator named by the noun its kind-labelled columns share (under a system report's page
heading), and an actual marked as an estimate."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import indicators
from loaders.structure import read_structure
from loaders.text.fiscal_year import year_mentions

Row = tuple[str, int | None, str, float | int]

_REPORT = (
    "帳票番号 : XX-0001          架空町 業務システム             頁 :   1\n"
    "出力日   : 2030/04/01       架空計画 進捗表\n"
    "------------------------------------------------------------------\n"
    "年度          基準日          計画登録者数  実績登録者数  差引\n"
    "------------------------------------------------------------------\n"
    "2028(R10)     2028/04/01             70         68      ▲2\n"
    "2029(R11)     2029/04/01             75         77      +2\n"
    "------------------------------------------------------------------\n"
)


def _observations(text: str, year: int | None = 2030) -> set[Row]:
    facts = DocumentFacts("x.txt", "999987", "架空野市", None, text, "generic", fiscal_year=year)
    indicators.recognise(read_structure(text, labels=all_labels()), facts)
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}


def test_a_western_year_with_its_era_year_in_brackets_is_one_fiscal_year() -> None:
    assert [(m.start, m.end, m.year) for m in year_mentions("2028（R10）")] == [(0, 9, 2028)]
    assert [(m.start, m.end, m.year) for m in year_mentions("2029(令和11)")] == [(0, 10, 2029)]


def test_a_western_year_with_a_disagreeing_era_year_is_not_read_as_one() -> None:
    assert all(m.start > 0 for m in year_mentions("2028（R3）"))  # the era year alone


def test_kind_labelled_columns_name_the_indicator_they_share() -> None:
    assert _observations(_REPORT) >= {
        ("登録者数", 2028, "target", 70),
        ("登録者数", 2028, "actual", 68),
        ("登録者数", 2029, "target", 75),
        ("登録者数", 2029, "actual", 77),
    }


def test_an_actual_marked_as_estimated_is_an_estimate() -> None:
    text = (
        "指標：架空渡し船の利用者数\n\n"
        "| 年度 | 目標 | 実績 |\n|---|---:|---:|\n"
        "| 2028（R10） | 22 | 24 |\n| 2029（R11） | 26 | 27（見込） |\n"
    )
    found = _observations(text)
    assert ("架空渡し船の利用者数", 2029, "estimate", 27) in found
    assert ("架空渡し船の利用者数", 2029, "actual", 27) not in found
