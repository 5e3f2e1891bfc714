"""RSS and Atom feeds: each item a heading with its date and its description read as HTML,
so a table escaped into a description is a table the recognisers read."""

from __future__ import annotations

from pathlib import Path

from data_documents import ATOM_FEED, RSS_FEED, facts_of, lines, write

from loaders.formats import read_source


def test_each_item_is_a_heading_with_its_date(tmp_path: Path) -> None:
    text = lines(write(tmp_path, "news.rss", RSS_FEED))
    assert text[0] == "架空市 新着情報"
    item = text.index("# 令和6年度 組織別職員数を公表しました")
    assert text[item + 1] == "公開日：2024年4月1日 9:00"
    assert "# 夏祭りのお知らせ" in text and "架空市民会館で開催します。" in text


def test_an_escaped_html_table_in_a_description_stays_a_table(tmp_path: Path) -> None:
    text = lines(write(tmp_path, "news.xml", RSS_FEED))
    rows = text[text.index("令和6年4月1日現在の職員数です。") + 1 :][:3]
    assert rows == ["課名\t職員数", "星見課\t14人", "潮騒課\t9人"]


def test_the_pipeline_finds_staff_counts_in_a_feed(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "news.rss", RSS_FEED))
    staff = {(s.organization, s.fiscal_year, s.count) for s in facts.staff}
    assert staff >= {("星見課", 2024, 14), ("潮騒課", 2024, 9)}


def test_an_item_is_mapped_to_its_element(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "news.rss", RSS_FEED))
    at = source.text.index("潮騒課")
    assert source.map is not None
    where = source.map.locate(at, at + 3)
    assert where is not None and where.path == "/rss/channel/item[1]"


def test_atom_xhtml_content_is_read_as_html(tmp_path: Path) -> None:
    text = lines(write(tmp_path, "feed.atom", ATOM_FEED))
    assert text[0] == "架空町 お知らせ"
    entry = text.index("# 職員数のお知らせ")
    assert text[entry + 1 :][:4] == ["公開日：2024年6月1日 9:00", "課名\t職員数", "月見課\t7人",
                                     "砂浜課\t5人"]  # fmt: skip


def test_a_feed_saved_as_txt_is_read_as_a_feed(tmp_path: Path) -> None:
    assert "# 夏祭りのお知らせ" in lines(write(tmp_path, "feed.txt", RSS_FEED))
