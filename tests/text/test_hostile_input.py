"""Long degenerate inputs finish quickly: no quadratic rescans or regex backtracking.

Each case took minutes before its fix; linear code needs well under a second.
"""

from collections.abc import Callable

import pytest

from loaders.text.amounts import find_amounts
from loaders.text.fiscal_year import parse_fiscal_year_range
from loaders.text.names import find_facilities
from loaders.text.policy_codes import leading_code
from loaders.text.quantities import find_quantities

CASES: list[tuple[Callable[[str], object], str]] = [
    (find_amounts, "1" * 50_000),
    (find_amounts, "一二三" * 20_000),
    (find_quantities, "1円" * 30_000),
    (leading_code, "1-" * 30_000),
    (parse_fiscal_year_range, "2018年度(平成30年度)" * 5_000),
    (find_facilities, "施設(愛称:あ)" * 5_000),
]


@pytest.mark.timeout(10)
@pytest.mark.parametrize(("function", "text"), CASES, ids=lambda v: getattr(v, "__name__", ""))
def test_long_degenerate_input_is_handled_quickly(
    function: Callable[[str], object], text: str
) -> None:
    function(text)
