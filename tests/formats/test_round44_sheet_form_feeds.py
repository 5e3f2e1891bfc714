"""catdoc's `xls2csv` parts a workbook's sheets with a form feed that opens the next sheet's
first line: the sheets are tables apart, and the next sheet's quoted caption is read
without its quotes (its staff table counted under it). Fictional example."""

from __future__ import annotations

from pathlib import Path

from loaders.formats import read_source
from tests.recognisers._facts_of import parsed_as_read

_CSV = (
    '"施策番号","事業名","担当課","R6決算額"\n"1-1","架空給付金事業","架空未来課",8640\n'
    '\f"組織と職員数",,,\n"各年4月1日現在（人）",,,\n"課・局","令和7年","令和6年","増減"\n'
    '"架空総務課",19,18,1\n"架空企画課",11,9,2\n"合計",30,27,3\n'
)


def test_the_next_sheets_caption_has_no_quotes(tmp_path: Path) -> None:
    path = tmp_path / "book.csv"
    path.write_text(_CSV, encoding="utf-8")
    lines = read_source(path).text.splitlines()
    assert "組織と職員数" in lines and '"組織と職員数"' not in lines


def test_the_next_sheets_staff_are_counted(tmp_path: Path) -> None:
    path = tmp_path / "book.csv"
    path.write_text(_CSV, encoding="utf-8")
    facts = parsed_as_read(read_source(path).text, "x.txt")
    counts = {(s.organization, s.fiscal_year, s.count) for s in facts.staff}
    assert ("架空企画課", 2024, 9) in counts
