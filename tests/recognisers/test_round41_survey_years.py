"""A survey report's indicator table: a year column carrying the survey's sample size under
it (「令和６年度 (n=1,562)」) is a bare year, between the baseline and the target an actual.
Fictional example."""

from __future__ import annotations

import unicodedata

from tests.recognisers._facts_of import parsed_as_read


def _line(*cells: tuple[str, int]) -> str:
    """Cells padded to printed widths (a wide character two places), as pdftotext sets them."""
    out = ""
    for text, width in cells:
        printed = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
        out += text + " " * max(width - printed, 1)
    return out.rstrip() + "\n"


_W = (20, 35, 8, 11, 11, 10)
_TABLE = (
    "令和７年度　架空市市民意識調査報告書\n\n"
    + _line(
        *zip(("施策", "成果指標", "基準値", "令和６年度", "令和７年度", "目標値"), _W, strict=True)
    )
    + _line(*zip(("", "", "（R3）", "(n=1,562)", "(n=1,488)", "（R9）"), _W, strict=True))
    + "─" * 48
    + "\n"
    + _line(
        *zip(
            ("101 架空支援の充実", "架空市が好きな市民の割合", "52.4", "57.1", "58.9", "65.0"),
            _W,
            strict=True,
        )
    )
    + _line(
        *zip(
            (
                "102 架空教育の充実",
                "架空学校に満足する保護者の割合",
                "84.2",
                "83.6",
                "84.8",
                "90.0",
            ),
            _W,
            strict=True,
        )
    )
)


def test_a_year_over_its_sample_size_is_an_actual() -> None:
    rows = {(o.indicator, o.fiscal_year, o.kind, o.value)
            for o in parsed_as_read(_TABLE).observations}  # fmt: skip
    assert ("架空市が好きな市民の割合", 2024, "actual", 57.1) in rows
    assert ("架空学校に満足する保護者の割合", 2025, "actual", 84.8) in rows
