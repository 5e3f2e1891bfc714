"""The year of a document that prints it only as a day: a sheet's title row dated 「令和8年3月
31日現在」 in its first cell (the fiscal year that day falls in), a guide map's 「2025年4月
発行」 set apart on its top line beside the map's words. Fictional examples."""

from __future__ import annotations

from loaders.text.fiscal_year import document_year


def test_a_title_rows_as_of_day_in_its_first_cell_dates_a_sheet() -> None:
    sheet = (
        "架空町公共施設台帳（施設・棟一覧）\t\t\t\t\n"
        "令和8年3月31日現在\t\t\t\t総務課 管財係\n"
        "\t\t\t\t\n"
        "施設番号\t施設名称\t所管課\t建築年度\t延床面積\n"
        "1\t架空町役場\t総務課\t令和8年度\t4,210\n"
        "2\t架空町体育館\t教育課\t令和8年度\t2,380\n"
    )
    assert document_year(sheet) == 2025


def test_an_issue_month_beside_a_maps_words_dates_the_guide() -> None:
    guide = (
        "  Ｎ                                                  架空町ガイドマップ\n"
        "  ↑              至 架空村                          　　　　２０２５年４月発行\n"
        "                          ▲架空山（５１２ｍ）\n"
        "        ⑩          架空谷                           ① 架空町役場\n"
    )
    assert document_year(guide) == 2025
