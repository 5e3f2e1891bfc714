"""Round 31: codes zero-padded as a system's export pads them (01-03), and a table cell
listing sibling levels a line each (fictional examples)."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.field_vocabulary import all_labels
from loaders.formats import read_source
from loaders.parse import parse_document
from loaders.structure import read_structure
from loaders.text.policy_codes import leading_code, parse_policy_code


def _policies(text: str, file: str = "x.txt") -> set[tuple[str, str]]:
    facts = parse_document(
        text, file=file, municipality_code="999989", municipality="架空台市", prefecture="架空県"
    )
    return {(p.printed, p.label or "") for p in facts.policy_codes}


def test_a_code_padded_in_every_step_is_a_code() -> None:
    code = parse_policy_code("01-03")
    assert code is not None and (code.printed, code.normalized) == ("01-03", "1-3")
    assert leading_code("01-03:架空福祉の推進") is not None


@pytest.mark.parametrize("text", ["03-1234-5678", "044-200-2550", "01-3", "2024-01-15"])
def test_phone_numbers_dates_and_half_padded_steps_are_no_codes(text: str) -> None:
    assert parse_policy_code(text) is None


def test_the_padded_codes_of_a_sheets_policy_columns_are_policies() -> None:
    text = (
        "令和6年度 事務事業評価結果一覧\n"
        "政策\t施策\t事業番号\t事業名\t評価\n"
        "01:架空に支え合うまち\t01-01:架空福祉の推進\t0101-01\t架空委員活動支援事業\tB\n"
        "01:架空に支え合うまち\t01-02:架空高齢者福祉の充実\t0102-01\t架空見守り事業\tA\n"
        "02:架空に育つまち\t02-01:架空子育て支援の充実\t0201-01\t架空子育て事業\tA\n"
    )
    found = _policies(text, "x.tsv")
    assert {("01-01", "架空福祉の推進"), ("02-01", "架空子育て支援の充実")} <= found


def test_a_cell_listing_sibling_levels_gives_each_its_own_policy(tmp_path: Path) -> None:
    text = (
        "<html><body><table>"
        "<tr><td>基本目標</td><td>施策</td></tr>"
        "<tr><td>Ⅰ　架空と共生するむら</td>"
        "<td>Ⅰ-1　架空森林の保全<br>Ⅰ-2　架空暮らしの推進</td></tr>"
        "<tr><td>Ⅱ　架空に働けるむら</td>"
        "<td>Ⅱ-1　架空農林業の振興<br>Ⅱ-2　架空観光の振興<br>Ⅱ-3　架空定住の促進</td></tr>"
        "</table></body></html>"
    )
    page = tmp_path / "x.html"
    page.write_text(text, encoding="utf-8")
    found = _policies(read_source(page).text, "x.html")
    assert {
        ("Ⅰ-1", "架空森林の保全"),
        ("Ⅰ-2", "架空暮らしの推進"),
        ("Ⅱ-3", "架空定住の促進"),
    } <= found


def test_a_policy_cited_in_angle_brackets_files_the_entry_and_leaves_its_name() -> None:
    text = (
        "【令和７年度の重点目標】\n"
        "　目標１　架空無線のデジタル化　　＜総合計画　施策３－１　架空防災の推進＞\n"
        "　目標２　架空財政運営　　＜総合計画　施策５－２　架空財政の健全化＞\n"
    )
    facts = parse_document(
        text, file="x.txt", municipality_code="999989", municipality="架空台町",
        prefecture="架空県",
    )  # fmt: skip
    filed = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert {("架空無線のデジタル化", ("3-1",)), ("架空財政運営", ("5-2",))} <= filed


_PLAN_PAGES = (
    "第２編　後期基本計画\n"
    "第２章　基本目標２　架空で快適な暮らしのまち\n"
    "施策２－１\n"
    "架空防災対策の推進\n"
    "■目指す姿\n"
    "市民が災害への備えを身に付けています。\n"
    "第３章　基本目標３　架空文化を育むまち\n"
    "施策３－１\n"
    "架空生涯学習の振興\n"
    "■目指す姿\n"
    "誰もが学び続けています。\n"
)


def test_a_numbered_heading_alone_on_its_line_takes_the_name_on_the_next() -> None:
    doc = read_structure(_PLAN_PAGES, labels=all_labels())
    named = [(b.number, b.text) for b in doc.blocks if b.kind == "heading" and b.prefix == "施策"]
    assert named == [("2-1", "架空防災対策の推進"), ("3-1", "架空生涯学習の振興")]


def test_a_level_restating_its_own_word_and_number_is_named_by_the_rest() -> None:
    found = _policies(_PLAN_PAGES)
    assert ("2-1", "架空防災対策の推進") in found
    assert not any(label.startswith("基本目標") for _, label in found)
