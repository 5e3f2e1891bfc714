"""A 施策評価 table printed wide across the page (an Excel sheet's PDF text): its header of
labels stands on both sides of the gap that a two-column page would have, so it is one
table; the 施策 left of its grades is graded, the main projects listed right of them are
not, and the column labelled the year before alone (「前年度」) grades that year. Fictional
example."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.parse import parse_document
from loaders.structure import read_structure

_PAGE = (
    "                                        令和７年度　施策評価結果一覧（令和６年度の取組）\n"
    "                                                                                                                        架空町 企画課\n"  # noqa: E501
    "\n"
    "施策  施策名                    担当課        評価(R6)  前年度(R5)  成果指標        基準値  R6      R6      目標値  主な事業                      R6決算額\n"  # noqa: E501
    "基本目標1　架空のまち1\n"
    "1-1   架空支援の充実            架空子育て課  Ａ    Ｂ    架空センター利用    4,820   6,000   6,340   7,000   架空拠点設計事業              8,426\n"  # noqa: E501
    "1-2   架空教育の充実            架空教育課    Ｂ    Ｂ    架空楽しい割合      84.2    88.0    86.5    90.0    架空支援員配置事業            9,840\n"  # noqa: E501
    "1-3   架空学習の推進            架空教育課    Ｂ    Ａ    架空体育館利用者    21,400  24,000  22,860  26,000  架空空調整備事業              7,210\n"  # noqa: E501
    "基本目標2　架空のまち2\n"
    "2-1   架空農業の振興            架空振興課    Ｃ    Ｃ    架空被害額          12,840  9,000   11,260  7,000   架空鳥獣対策事業              13,940\n"  # noqa: E501
    "2-2   架空観光の振興            架空振興課    Ｂ    Ｃ    架空入込客数        186     210     204     230     架空施設運営事業              18,260\n"  # noqa: E501
    "2-3   架空定住の促進            架空企画課    Ａ    Ｂ    架空移住者数        24      35      38      45      架空定住促進事業              24,380\n"  # noqa: E501
    "\n"
    "                                                                                1 / 1\n"
)


def test_a_header_across_the_gap_keeps_one_wide_table() -> None:
    doc = read_structure(_PAGE, labels=all_labels())
    widths = [len(b.table.header) for b in doc.blocks if b.table is not None]
    assert widths and max(widths) == 12


def _grades() -> set[tuple[str, int, str]]:
    facts = parse_document(_PAGE, file="x.txt", municipality_code="999989",
                           municipality="架空町", prefecture="架空県")  # fmt: skip
    return {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}


def test_the_policy_left_of_its_grades_is_graded_not_its_projects() -> None:
    grades = _grades()
    assert ("架空支援の充実", 2024, "A") in grades
    assert not any(name.endswith("事業") for name, _, _ in grades)


def test_the_column_of_the_year_before_grades_that_year() -> None:
    assert {("架空支援の充実", 2023, "B"), ("架空学習の推進", 2023, "A")} <= _grades()
