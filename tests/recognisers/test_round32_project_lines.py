"""Round 32: project lines tagged 【新規】, names wrapped before a small kana, and cells of
marked projects whose names hold a middle dot (fictional examples)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from loaders.facts import DocumentFacts
from loaders.formats import read_source
from loaders.parse import parse_document
from loaders.text.names import word_across
from loaders.text.spread_words import join_spread_words


def _facts(text: str, file: str = "x.txt") -> DocumentFacts:
    with tempfile.TemporaryDirectory() as folder:  # read as a fetched file is read
        page = Path(folder) / file
        page.write_text(text, encoding="utf-8")
        text = read_source(page).text
    return parse_document(
        text, file=file, municipality_code="999989", municipality="架空台市", prefecture="架空県"
    )


def _projects(facts: DocumentFacts) -> set[tuple[str, int | None, str | None]]:
    return {(p.name, p.budget, p.division) for p in facts.projects}


_BOOKLET = (
    "令和７年度　当初予算の概要\n"
    "３　主要事業\n"
    "　金額は令和７年度当初予算額です。\n"
    "\n"
    "■基本目標１　架空で安心して暮らせるまち\n"
    "\n"
    "  【新規】架空無線デジタル化整備事業 …………………… 312,400千円\n"
    "  　　　　（総務部 架空管理室）\n"
    "  　　　　架空無線をデジタル方式に更新します。\n"
    "\n"
    "  　　　　架空検診事業 …………………………………………… 142,300千円\n"
    "  　　　　（健康福祉部 架空づくり課）\n"
    "  　　　　検診を実施します。\n"
    "\n"
    "  　　　　架空市地域公共交通計画に基づくコミュニテ\n"
    "  　　　　ィバス路線再編事業 ……………………………………… 67,200千円\n"
    "  　　　　（都市整備部 架空政策課）\n"
)


def test_a_status_mark_in_brackets_tags_the_project_after_it() -> None:
    found = _projects(_facts(_BOOKLET))
    assert ("架空無線デジタル化整備事業", 312400000, "架空管理室") in found


def test_a_name_wrapped_before_a_small_kana_is_joined() -> None:
    names = {name for name, _, _ in _projects(_facts(_BOOKLET))}
    assert "架空市地域公共交通計画に基づくコミュニティバス路線再編事業" in names
    assert "ィバス路線再編事業" not in names


def test_no_word_opens_with_a_small_kana_or_a_long_vowel_mark() -> None:
    assert word_across("架空コミュニテ", "ィ路線")
    assert word_across("架空センタ", "ー整備")
    assert not word_across("架空の推進", "施設の整備")


def test_a_middle_dot_inside_a_marked_projects_name_is_no_mark() -> None:
    page = (
        "<html><body><table>"
        "<tr><th>No.</th><th>重点取組</th><th>主な事業（当初予算額）</th><th>所管</th></tr>"
        "<tr><td>1</td><td>架空の受け皿確保</td>"
        "<td>○架空保育所整備費補助事業 412,000千円 ○架空士確保・定着支援事業 38,750千円</td>"
        "<td>架空保育課</td></tr>"
        "<tr><td>2</td><td>架空の意見を聴く仕組み</td>"
        "<td>○こども・架空意見聴取事業 3,250千円</td><td>架空政策課</td></tr>"
        "</table></body></html>"
    )
    found = _projects(_facts(page, "x.html"))
    assert ("架空保育所整備費補助事業", 412000000, "架空保育課") in found
    assert ("架空士確保・定着支援事業", 38750000, "架空保育課") in found
    assert ("こども・架空意見聴取事業", 3250000, "架空政策課") in found


def test_a_description_between_a_tagged_name_and_its_values_is_no_name() -> None:
    text = (
        "３　主な新規・拡充事業                                      （単位：千円）\n"
        "【新規】架空無線更新事業\n"
        "　　　　　戸別受信機を含む架空方式への更新\n"
        "          予算額 286,000        担当 架空総務課\n"
        "【拡充】架空交通確保事業\n"
        "　　　　　架空号の運行区域拡大\n"
        "          予算額 42,800        担当 企 画 政 策 課\n"
    )
    found = _projects(_facts(text))
    assert ("架空無線更新事業", 286000000, "架空総務課") in found
    assert ("架空交通確保事業", 42800000, "企画政策課") in found
    assert not [name for name, _, _ in found if "更新" in name and "事業" not in name]


def test_a_unit_spread_one_space_apart_after_a_label_is_one_name() -> None:
    assert join_spread_words("担当 企 画 政 策 課").split() == ["担当", "企画政策課"]
    assert join_spread_words("  都 市 整 備 部    x") == "  都 市 整 備 部    x"
    assert join_spread_words("区分 男 女 計") == "区分 男 女 計"
