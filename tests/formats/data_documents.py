"""Test helper: small invented data files (JSON, XML, RSS, Atom, YAML, iCalendar) and the
facts the reader finds in them. Every name, unit and figure is made up."""

from __future__ import annotations

from pathlib import Path

from loaders.facts import DocumentFacts
from loaders.formats import SourceText, read_source
from loaders.parse import parse_document

BUDGET_JSON = """{
  "title": "令和6年度 架空市 当初予算 主要事業",
  "municipality": "架空市",
  "result": {
    "count": 3,
    "records": [
      {"事業名": "星見公園整備事業", "予算額": 120000, "単位": "千円",
       "担当": {"部": "都市整備部", "課": "公園緑地課"}},
      {"事業名": "子ども読書推進事業", "予算額": 8500, "単位": "千円",
       "担当": {"部": "教育部", "課": "図書館課"}},
      {"事業名": "潮騒地区防災訓練事業", "予算額": 3200, "単位": "千円",
       "担当": {"部": "総務部", "課": "危機管理課"}}
    ]
  }
}
"""

ORGANISATION_XML = """<?xml version="1.0" encoding="UTF-8"?>
<組織一覧 自治体="架空市" 基準日="2024-04-01">
  <部 名称="総務部">
    <課><課名>人事課</課名><職員数>12</職員数></課>
    <課><課名>財政課</課名><職員数>9</職員数></課>
  </部>
  <部 名称="市民部">
    <課><課名>市民課</課名><職員数>20</職員数></課>
    <課><課名>保険年金課</課名><職員数>15</職員数></課>
  </部>
</組織一覧>
"""

RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>架空市 新着情報</title>
    <link>https://example.invalid/</link>
    <description>架空市からのお知らせ</description>
    <item>
      <title>令和6年度 組織別職員数を公表しました</title>
      <link>https://example.invalid/news/1</link>
      <pubDate>Mon, 01 Apr 2024 09:00:00 +0900</pubDate>
      <description>&lt;p&gt;令和6年4月1日現在の職員数です。&lt;/p&gt;&lt;table&gt;&lt;tr&gt;\
&lt;th&gt;課名&lt;/th&gt;&lt;th&gt;職員数&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;星見課&lt;/td&gt;\
&lt;td&gt;14人&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;潮騒課&lt;/td&gt;&lt;td&gt;9人&lt;/td&gt;&lt;/tr&gt;\
&lt;/table&gt;</description>
    </item>
    <item>
      <title>夏祭りのお知らせ</title>
      <pubDate>Fri, 10 May 2024 12:00:00 +0900</pubDate>
      <description><![CDATA[<p>架空市民会館で開催します。</p>]]></description>
    </item>
  </channel>
</rss>
"""

ATOM_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>架空町 お知らせ</title>
  <updated>2024-06-01T09:00:00+09:00</updated>
  <entry>
    <title>職員数のお知らせ</title>
    <updated>2024-06-01T09:00:00+09:00</updated>
    <content type="xhtml">
      <div xmlns="http://www.w3.org/1999/xhtml">
        <table><tr><th>課名</th><th>職員数</th></tr>
        <tr><td>月見課</td><td>7人</td></tr><tr><td>砂浜課</td><td>5人</td></tr></table>
      </div>
    </content>
  </entry>
</feed>
"""

EVALUATION_YAML = """title: 令和5年度 事務事業評価
defaults: &base
  担当課: 星見課
  評価年度: 2023
事業:
  - <<: *base
    事業名: 星見講座開催事業
    評価: A
    事業費: 1200
  - <<: *base
    事業名: 天文台運営事業
    評価: B
    事業費: 5400
  - 担当課: 潮騒課
    評価年度: 2023
    事業名: 浜辺清掃事業
    評価: A
    事業費: 800
"""

EVENTS_ICS = (
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//Kakuu City//JA\r\n"
    "X-WR-CALNAME:架空市 行事予定\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:ev1@example.invalid\r\n"
    "DTSTAMP:20240401T000000Z\r\n"
    "SUMMARY:星見講座\\, 第1回\r\n"
    "DTSTART;TZID=Asia/Tokyo:20240511T100000\r\n"
    "DTEND;TZID=Asia/Tokyo:20240511T120000\r\n"
    "LOCATION:架空市民会館\r\n"
    "DESCRIPTION:主催：架空市教育委員会 生涯学習課\\n定員：40人\\n参加費は無料です。申し込み\r\n"
    " は生涯学習課まで。\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:ev2@example.invalid\r\n"
    "DTSTAMP:20240401T000000Z\r\n"
    "SUMMARY:浜辺清掃の日\r\n"
    "DTSTART;VALUE=DATE:20240602\r\n"
    "DESCRIPTION:担当：環境課\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def write(folder: Path, name: str, content: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(content.encode(encoding))
    return path


def rendered(path: Path) -> SourceText:
    return read_source(path)


def facts_of(path: Path) -> DocumentFacts:
    """The facts the pipeline finds in a file, as `loaders.pipeline.parse_entry` reads it."""
    source = read_source(path)
    facts = parse_document(source.text, file=path.name, municipality_code="999985",
                           municipality="架空市", prefecture="架空県")  # fmt: skip
    facts.source_map = source.map
    return facts


def lines(path: Path) -> list[str]:
    return read_source(path).text.splitlines()
