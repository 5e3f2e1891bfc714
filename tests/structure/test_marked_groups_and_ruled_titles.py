"""Lines that say how a text page is grouped: an entry marked unlike the entries under it
names their group (「●総務課」 over 「◎X事業」), a line framed by drawn rules is a title, a
drawn rule is no text, and a name led by dots to its figure is a row, not a heading
(fictional examples)."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.parse import parse_document
from loaders.structure import read_structure

_BY_UNIT = (
    "令和7年度 今年度の主な事業\n"
    "担当課ごとに、主な事業を紹介します。\n"
    "●架空総務課\n"
    "◎架空無線更新事業…………4,180万円\n"
    "　全世帯の受信機を更新します。\n"
    "◎架空交通対策事業…………1,960万円\n"
    "●架空福祉課\n"
    "◎架空食堂支援事業（新）……320万円\n"
)


def _projects(text: str) -> set[tuple[str, int | None, str | None]]:
    facts = parse_document(
        text, file="x.txt", municipality_code="999989", municipality="青葉台町",
        prefecture="架空県",
    )  # fmt: skip
    return {(p.name, p.budget, p.division) for p in facts.projects}


def test_an_entry_marked_unlike_the_entries_under_it_heads_them() -> None:
    doc = read_structure(_BY_UNIT, labels=all_labels())
    group = next(b for b in doc.blocks if b.text == "架空総務課")
    assert group.kind == "heading"
    entry = next(b for b in doc.blocks if b.text.startswith("架空交通対策事業"))
    assert group in list(doc.headings_above(entry))


def test_the_unit_an_entry_names_over_marked_projects_is_their_division() -> None:
    assert _projects(_BY_UNIT) == {
        ("架空無線更新事業", 41_800_000, "架空総務課"),
        ("架空交通対策事業", 19_600_000, "架空総務課"),
        ("架空食堂支援事業", 3_200_000, "架空福祉課"),
    }


def test_entries_of_one_mark_stay_entries() -> None:
    doc = read_structure("・架空一\n・架空二\n・架空三\n", labels=all_labels())
    assert [b.kind for b in doc.blocks] == ["item", "item", "item"]


def test_a_note_under_an_entry_does_not_make_the_entry_a_group() -> None:
    doc = read_structure("・架空住宅の運営\n※現状値は令和5年度です。\n", labels=all_labels())
    assert doc.blocks[0].kind == "item"


def test_a_line_framed_by_drawn_rules_is_a_title_and_the_rules_are_no_text() -> None:
    text = (
        "━━━━━━━━━━━━━━━━\n"
        "【P3】今年度の主な事業\n"
        "━━━━━━━━━━━━━━━━\n"
        "主な事業を紹介します。\n"
    )
    doc = read_structure(text, labels=all_labels())
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "【P3】今年度の主な事業"),
        ("paragraph", "主な事業を紹介します。"),
    ]


def test_a_header_between_rules_is_no_title() -> None:
    text = (
        "  ----------------------------------\n"
        "    年度          職員数      増減\n"
        "  ----------------------------------\n"
        "    令和5年度      3,437        18\n"
        "    令和6年度      3,439         2\n"
        "  ----------------------------------\n"
    )
    doc = read_structure(text, labels=all_labels())
    assert not any(b.kind == "heading" for b in doc.blocks)


def test_a_name_led_by_dots_to_its_figure_is_no_heading() -> None:
    text = "特別会計\n架空事業特別会計……2億140万円\n水道事業会計………4億3,670万円\n"
    doc = read_structure(text, labels=all_labels())
    assert doc.blocks[1].kind == "paragraph"
