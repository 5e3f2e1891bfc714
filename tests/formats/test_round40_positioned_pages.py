"""poppler's `pdftohtml -xml` of a PDF, each run of text an element with its place on the
page: read as the page prints, a table's runs line up in columns again, so its rows are
rows (a project with its budget and the 局 and 課 of the 所管 columns), not one element a
row of pixel numbers. Fictional examples."""

from __future__ import annotations

from loaders.formats.positioned_pages import is_positioned_pages, render_positioned_pages
from tests.recognisers._facts_of import parsed_as_read

_CHAR = 11  # pixels of a full-width character at this size


def _run(top: int, left: int, text: str) -> str:
    return (f'<text top="{top}" left="{left}" width="{len(text) * _CHAR}" height="15" '
            f'font="1">{text}</text>')  # fmt: skip


def _page(runs: list[str]) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<pdf2xml producer="poppler" version="23.08.0">\n'
        '<page number="1" position="absolute" top="0" left="0" height="1263" width="892">\n'
        + "\n".join(runs)
        + "\n</page>\n</pdf2xml>\n"
    )


_XML = _page([
    _run(100, 90, "令和８年度当初予算案の概要"),
    _run(140, 90, "主な事業"),
    _run(140, 700, "（単位：千円）"),
    _run(170, 90, "No."),
    _run(170, 150, "事　業　名"),
    _run(170, 400, "令和８年度"),
    _run(170, 500, "令和７年度"),
    _run(170, 640, "所　管"),
    _run(190, 600, "局"),
    _run(190, 700, "課"),
    _run(215, 90, "1"),
    _run(215, 150, "架空ケア事業"),
    _run(215, 420, "184,320"),
    _run(215, 520, "152,600"),
    _run(215, 600, "架空未来局"),
    _run(215, 700, "架空保健課"),
    _run(235, 90, "2"),
    _run(235, 150, "架空人材支援事業"),
    _run(235, 420, "426,500"),
    _run(235, 520, "398,200"),
    _run(235, 600, "架空未来局"),
    _run(235, 700, "架空企画課"),
])  # fmt: skip


def test_a_pdftohtml_xml_is_known_by_its_root() -> None:
    assert is_positioned_pages(_XML)
    assert not is_positioned_pages("<rss><channel/></rss>")


def test_each_run_stands_at_its_place_on_its_line() -> None:
    text = render_positioned_pages(_XML, "x.xml").text
    row = next(line for line in text.split("\n") if "架空ケア事業" in line)
    assert row.split() == ["1", "架空ケア事業", "184,320", "152,600", "架空未来局", "架空保健課"]


def test_the_rows_are_projects_with_budget_and_division() -> None:
    facts = parsed_as_read(_XML, "x.xml")
    projects = {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}
    assert ("架空ケア事業", 2026, 184_320_000, "架空保健課") in projects
    assert ("架空人材支援事業", 2025, 398_200_000, "架空企画課") in projects
