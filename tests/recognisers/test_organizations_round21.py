"""Organisations of round 21: units listed right under one named unit are its parts when
one rank below it — a 課's heading over a list of 係, a line naming one 課 over a line of 係,
a record's 「課名 | A課」 row over a table of 係 (fictional examples)."""

from __future__ import annotations

from pathlib import Path

from loaders.formats import read_source
from loaders.parse import parse_document


def _parents(text: str, file: str) -> dict[str, str | None]:
    facts = parse_document(text, file=file, municipality_code="999985",
                           municipality="若葉ヶ原市", prefecture="架空県")  # fmt: skip
    return {o.name: o.parent for o in facts.organizations}


def test_sections_listed_under_a_divisions_heading_are_its_parts() -> None:
    text = (
        "架空区役所のご案内\n\n"
        "■星見推進課\n職員数：12人\n・天文係（観測、広報）\n・月見係\n\n"
        "■潮騒課\n職員数：9人\n・砂浜係\n・灯台係（夜間業務）\n"
    )
    parents = _parents(text, "guide.txt")
    assert parents["天文係"] == "星見推進課" and parents["月見係"] == "星見推進課"
    assert parents["砂浜係"] == "潮騒課" and parents["灯台係"] == "潮騒課"


def test_a_credit_line_naming_a_division_gives_no_parent_to_a_section() -> None:
    text = (
        "架空村 事務事業評価シート\n"
        "公表日 令和6年9月10日 架空村企画課\n\n"
        "担当課：住民課（交通係）\n"
        "事業名：架空バス運行事業\n"
    )
    assert _parents(text, "sheet.txt").get("交通係") != "企画課"


def test_a_table_of_sections_after_a_records_division_row_is_that_divisions(
    tmp_path: Path,
) -> None:
    csv = (
        "組織目標シート,,,,\n"
        ",,,,\n"
        "課名,星見課,課長,架空 太郎,職員数,10人\n"
        "所管予算額,\"12,000\",千円,,,\n"
        "係名,職員数,,,,\n"
        "天文係,4人,,,,\n"
        "月見係,5人,,,,\n"
        ",,,,\n"
        "課名,潮騒課,課長,架空 花子,職員数,8人\n"
        "所管予算額,\"9,000\",千円,,,\n"
        "係名,職員数,,,,\n"
        "砂浜係,3人,,,,\n"
        "灯台係,4人,,,,\n"
    )
    path = tmp_path / "sheet.csv"
    path.write_text(csv, encoding="utf-8")
    parents = _parents(read_source(path).text, "sheet.csv")
    assert parents["天文係"] == "星見課" and parents["月見係"] == "星見課"
    assert parents["砂浜係"] == "潮騒課" and parents["灯台係"] == "潮騒課"


def test_a_line_of_sections_after_a_line_naming_one_division_is_its_parts() -> None:
    text = (
        "３－１　役場の組織\n\n"
        "星見課（14人）\n"
        "天文係・月見係\n\n"
        "潮騒課（9人）\n"
        "砂浜係・灯台係\n"
    )
    parents = _parents(text, "yoran.txt")
    assert parents["天文係"] == "星見課" and parents["灯台係"] == "潮騒課"

