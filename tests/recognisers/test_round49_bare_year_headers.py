"""Round 49: a KPI table whose second header row prints the years as bare numbers under the
kinds' labels (「基準値 | 実績値 | | 目標値」 over 「2019 | 2024 | 2025 | 2027」): each
value of its year and kind. Fictional figures."""

from __future__ import annotations

from loaders.parse import parse_document

_TABLE = (
    "施策ごとのKPI\n"
    "\t\t\t基準値\t実績値\t\t目標値\n"
    "施策\tKPI\t単位\t2019\t2024\t2025\t2027\n"
    "1-(1) 架空の産業\t架空創業件数\t件\t18\t31\t36\t40\n"
    "1-(2) 架空の農業\t架空就農者数\t人\t4\t6\t5\t8\n"
)


def _values(text: str) -> set[tuple[str, int | None, str, object]]:
    facts = parse_document(text, file="x.txt", municipality_code="999989",
                           municipality="青葉台市", prefecture="架空県")  # fmt: skip
    return {(o.indicator, o.fiscal_year, o.kind, o.value) for o in facts.observations}


def test_bare_years_under_kind_labels_date_each_value() -> None:
    values = _values(_TABLE)
    assert ("架空創業件数", 2019, "baseline", 18) in values
    assert ("架空創業件数", 2025, "actual", 36) in values
    assert ("架空就農者数", 2027, "target", 8) in values
