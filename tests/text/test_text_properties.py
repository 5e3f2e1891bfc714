"""Properties over arbitrary input: parsers never crash, printers and parsers agree."""

from hypothesis import given
from hypothesis import strategies as st

from loaders.iri import slug
from loaders.text.amounts import format_yen, parse_yen
from loaders.text.fiscal_year import (
    format_era_fiscal_year,
    parse_fiscal_year,
    parse_fiscal_year_range,
)
from loaders.text.normalize import fold_width, split_cells
from loaders.text.policy_codes import leading_code, parse_policy_code
from loaders.text.quantities import parse_quantity

# Text mixing the characters these parsers look for, so the interesting paths are reached.
japanese_ish = st.text(
    alphabet=st.sampled_from(
        list("0123456789０１２,.-~〜()（）年度月日円千万億十二平成令和元FYNo.Ⅶ見込み%名 \t")
    ),
    max_size=40,
)


@given(st.text() | japanese_ish)
def test_parse_yen_never_raises(text: str) -> None:
    parse_yen(text)


@given(st.text() | japanese_ish)
def test_parse_fiscal_year_never_raises(text: str) -> None:
    parse_fiscal_year(text, context=2017)


@given(st.text() | japanese_ish)
def test_parse_fiscal_year_range_never_raises(text: str) -> None:
    parse_fiscal_year_range(text, context=2017)


@given(st.text() | japanese_ish)
def test_parse_policy_code_never_raises(text: str) -> None:
    parse_policy_code(text)
    leading_code(text)


@given(st.text() | japanese_ish)
def test_parse_quantity_never_raises(text: str) -> None:
    parse_quantity(text)


@given(st.integers(min_value=0, max_value=10**16), st.sampled_from(["円", "千円", "万円", "億円"]))
def test_formatted_yen_parses_back(amount: int, unit: str) -> None:
    scale = {"円": 1, "千円": 1000, "万円": 10**4, "億円": 10**8}[unit]
    exact = amount - amount % scale
    assert parse_yen(format_yen(exact, unit)) == exact


@given(st.integers(min_value=1868, max_value=2100))
def test_era_label_parses_back(year: int) -> None:
    assert parse_fiscal_year(format_era_fiscal_year(year)) == year


@given(st.text(alphabet=st.characters(exclude_categories=["Cs"])))
def test_fold_width_keep_length_preserves_length(text: str) -> None:
    assert len(fold_width(text, keep_length=True)) == len(text)


@given(st.text())
def test_split_cells_never_raises(text: str) -> None:
    split_cells(text)


@given(st.text(min_size=1).filter(lambda s: s.strip()))
def test_slug_is_deterministic_and_has_no_unsafe_characters(text: str) -> None:
    segment = slug(text)
    assert segment == slug(text)
    assert not any(c in segment for c in ' <>"{}|\\^`#?/') and segment.isprintable()
