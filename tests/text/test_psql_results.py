"""A psql session's results read as tables and records: aligned results as tab rows (a
value psql marks 「+」 as going on joined, the row count dropped), expanded `\\x` records as
their fields, each column's romanised name printed as a page prints the field. Round 50:
before, the 「|」 separators were read as one cell and the romaji names as no label at all.
Fictional names and figures."""

from __future__ import annotations

from loaders.text.psql_results import tab_psql_results

_ALIGNED = "\n".join([
    "hyoka=> SELECT jigyo_nm, ka_nm, kessangaku_yen FROM t_jigyo;",
    "     jigyo_nm      |   ka_nm    | kessangaku_yen",
    "-------------------+------------+----------------",
    " 架空就農支援事業  | 架空観光課 |       14860000",
    " 架空センター運営 +| 架空子育課 |       21946000",
    " 事業              |            | ",
    "(2 行)",
    "",
    "hyoka=> \\q",
])  # fmt: skip

_EXPANDED = "\n".join([
    "-[ RECORD 1 ]--+-----------------",
    "shisaku_cd     | 0101",
    "shisaku_nm     | 架空農業の振興",
    "hyoka          | B",
    "zennendo_hyoka | C",
    "torikumi       | ・架空就農者の育成 +",
    "               | ・架空農地の集積",
    "-[ RECORD 2 ]--+-----------------",
    "shisaku_cd     | 0102",
    "shisaku_nm     | 架空観光の振興",
    "hyoka          | A",
    "",
])  # fmt: skip


def test_an_aligned_result_is_tab_rows_under_printed_field_names() -> None:
    lines = tab_psql_results(_ALIGNED).split("\n")
    assert "事業名\t課名\t決算額（円）" in lines
    assert "架空就農支援事業\t架空観光課\t14860000" in lines


def test_a_value_marked_as_going_on_is_joined_with_its_next_line() -> None:
    assert "架空センター運営 事業\t架空子育課\t21946000" in tab_psql_results(_ALIGNED).split("\n")


def test_the_row_count_after_a_result_is_no_row() -> None:
    assert "(2 行)" not in tab_psql_results(_ALIGNED)


def test_an_expanded_record_is_its_fields_headed_by_its_name() -> None:
    lines = tab_psql_results(_EXPANDED).split("\n")
    assert "### 架空農業の振興" in lines
    assert "施策名：架空農業の振興" in lines
    assert "前年度評価：C" in lines
    assert "・架空農地の集積" in lines


def test_text_without_a_psql_result_is_left_alone() -> None:
    text = "課名 | 職員数\n総務課 | 12\n"
    assert tab_psql_results(text) == text
