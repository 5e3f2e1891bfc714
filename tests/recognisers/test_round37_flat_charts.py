"""A pamphlet's org chart whose boxes came out one a line, no indent: each 課 line is of the
部 line last above it; a post's line (「会計管理者」) over a 課 leaves that 課 under no 部.
Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_CHART = (
    "架空市の組織\n"
    "（2026年4月1日現在）\n"
    "\n"
    "市長\n"
    "副市長\n"
    "架空企画部（42）\n"
    "架空政策課（12）\n"
    "架空広報課（10）\n"
    "架空総務部（58）\n"
    "架空人事課（11）\n"
    "架空財政課（10）\n"
    "会計管理者\n"
    "架空会計課（7）\n"
    "\n"
    "※（　）内は2026年4月1日現在の職員数です。\n"
)


def _units() -> dict[str, str | None]:
    return {o.name: o.parent for o in parsed_as_read(_CHART).organizations}


def test_each_division_line_is_of_the_department_line_above() -> None:
    units = _units()
    assert units.get("架空広報課") == "架空企画部"
    assert units.get("架空財政課") == "架空総務部"


def test_a_division_under_a_posts_line_is_under_no_department() -> None:
    assert _units().get("架空会計課") is None
