"""Round 31: the unit in charge of a project printed as a chain of units on the line under
it, a sheet's group row naming the unit of the projects under it even when cut short after
its first cell, and kanji a PDF font gave as radicals (fictional examples)."""

from __future__ import annotations

from pathlib import Path

from loaders.formats import read_source
from loaders.parse import parse_document
from loaders.text.normalize import fold_width

_Row = tuple[str, int | None, int | None, str | None]


def _projects(text: str, file: str = "x.txt") -> set[_Row]:
    facts = parse_document(
        text, file=file, municipality_code="999989", municipality="架空台市", prefecture="架空県"
    )
    return {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}


def test_a_chain_of_units_under_a_listed_project_names_its_division() -> None:
    text = (
        "令和７年度 架空台市予算の概要\n"
        "４ 主な事業\n"
        "◆架空センター運営事業……………………………………… 1,845,330千円\n"
        "架空福祉局 架空高齢福祉課\n"
        "市内の架空センターで総合相談を行います。\n"
        "◆架空検診推進事業…………………………………………… 732,918千円\n"
        "架空福祉局 架空健康推進課\n"
        "がん検診を実施します。\n"
    )
    found = _projects(text)
    assert ("架空センター運営事業", 2025, 1845330000, "架空高齢福祉課") in found
    assert ("架空検診推進事業", 2025, 732918000, "架空健康推進課") in found


def test_one_name_alone_under_a_project_is_no_chain_of_units() -> None:
    text = (
        "令和７年度 架空台市予算の概要\n"
        "◆架空小学校エアコン設置事業………………………………… 27,280千円\n"
        "普通教室・特別教室計9室\n"
    )
    assert all(division != "普通教室・特別教室計9室" for *_, division in _projects(text))


def test_a_group_row_cut_short_after_its_unit_gives_the_rows_under_it_their_division() -> None:
    text = (
        "令和７年度 架空台町当初予算 主要事業一覧\n"
        "\t\t\t\t（単位：千円）\n"
        "No.\t区分\t事業名\t令和７年度予算額\t令和６年度予算額\t事業の概要\n"
        "【架空総務課】\t\n"
        "1\t新規\t架空無線デジタル化事業\t86,400\t−\t無線を更新\n"
        "2\t拡充\t架空公用車導入事業\t9,800\t4,900\t公用車を更新\n"
        "【架空企画課】\t\n"
        "3\t継続\t架空奨励金事業\t24,000\t24,000\t奨励金を交付\n"
    )
    found = _projects(text, "x.tsv")
    assert ("架空無線デジタル化事業", 2025, 86400000, "架空総務課") in found
    assert ("架空公用車導入事業", 2024, 4900000, "架空総務課") in found
    assert ("架空奨励金事業", 2025, 24000000, "架空企画課") in found


def test_kanji_given_as_radicals_fold_to_the_kanji() -> None:
    assert fold_width("⾏政⼿続 ⾼齢福祉課", keep_length=True) == "行政手続 高齢福祉課"


def test_a_cell_listing_marked_projects_with_amounts_gives_a_project_each(tmp_path: Path) -> None:
    page = tmp_path / "x.html"
    page.write_text(
        "<html><body><h2>令和7年度の重点取組</h2><table>"
        "<tr><th>No.</th><th>重点取組</th><th>主な事業（予算額）</th><th>担当課</th></tr>"
        "<tr><td>1</td><td>架空の居場所づくり</td>"
        "<td>○架空食堂支援事業<br>　12,600千円<br>○架空児童クラブ運営事業<br>　1,284,500千円</td>"
        "<td>架空支援課</td></tr>"
        "<tr><td>2</td><td>架空の結婚支援</td><td>○架空新生活支援事業<br>　15,000千円</td>"
        "<td>架空推進室</td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    found = _projects(read_source(page).text, "x.html")
    assert {
        ("架空食堂支援事業", 2025, 12600000, "架空支援課"),
        ("架空児童クラブ運営事業", 2025, 1284500000, "架空支援課"),
        ("架空新生活支援事業", 2025, 15000000, "架空推進室"),
    } <= found
