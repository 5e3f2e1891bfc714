"""Markdown's setext headings (a title over 「=====」 or 「-----」), as Jina Reader and
Turndown write a page's h1 and h2: the line over the underline is a heading, its number kept,
and the entries under it are its own. A rule drawn across the page under a form's last field
is no underline. Fictional example."""

from __future__ import annotations

from loaders.field_vocabulary import all_labels
from loaders.structure import read_structure
from tests.recognisers._facts_of import facts_of, policy_rows

_PAGE = (
    "1.  [ホーム](https://example.jp/)\n"
    "2.  [架空区](https://example.jp/ku/)\n"
    "3.  [区の運営方針](https://example.jp/ku/hoshin/)\n"
    "4.  [架空区運営方針](https://example.jp/ku/hoshin/r8.html)\n\n"
    "架空区運営方針\n"
    "=======\n\n"
    "4 令和7年度の取組の振り返り\n"
    "---------------\n\n"
    "評価は、A、B、Cの3段階です。\n\n"
    "5 区内の主な公共施設\n"
    "-----------\n\n"
    "*   [架空区民センター](https://example.jp/a.html)  \n"
    "    架空区浜1丁目　多目的ホール\n"
    "*   [架空図書館](https://example.jp/b.html)  \n"
    "    架空区浜2丁目　蔵書約1万冊\n"
)


def test_a_line_over_dashes_is_a_numbered_heading() -> None:
    doc = read_structure(_PAGE, labels=all_labels())
    heading = next(b for b in doc.blocks if b.text == "区内の主な公共施設")
    assert (heading.kind, heading.number) == ("heading", "5")


def test_a_long_line_over_dashes_is_a_heading_all_the_same() -> None:
    title = "令和8年度に区が重点的に取り組む地域の課題と主な取組の一覧"
    doc = read_structure(f"{title}\n{'-' * 30}\n\n本文です。\n", labels=all_labels())
    assert next(b for b in doc.blocks if b.text == title).kind == "heading"


def test_a_line_over_equals_is_the_pages_title() -> None:
    doc = read_structure(_PAGE, labels=all_labels())
    title = next(b for b in doc.blocks if b.text == "架空区運営方針")
    section = next(b for b in doc.blocks if b.text == "令和7年度の取組の振り返り")
    assert title.kind == "heading" and title.level < section.level


def test_the_entries_under_a_setext_heading_are_its_own() -> None:
    doc = read_structure(_PAGE, labels=all_labels())
    heading = next(b for b in doc.blocks if b.text == "区内の主な公共施設")
    under = [b.text for b in doc.under(heading) if b.kind == "item"]
    assert "架空区民センター" in under and "架空図書館" in under


def test_a_rule_wider_than_the_line_over_it_underlines_nothing() -> None:
    text = (
        "                 令和５年度　施策評価シート\n"
        + "-" * 80 + "\n"
        " 政策目標(3)  架空のまち\n"
        " 施策目標(1)  架空の振興\n"
        " 主管部課     架空部　架空課\n"
        " 施策の責任者 架空課長　架空　太郎\n"
        + "-" * 80 + "\n"
        "１．施策の目的\n"
        "    架空を図る。\n\n"
        "２．成果指標\n"
        "  指標名                        単位   基準値\n"
        "  架空者数                      人         12\n"
    )
    labels = {label for _, label in policy_rows(facts_of(text))}
    assert "施策の目的" not in labels and "成果指標" not in labels
