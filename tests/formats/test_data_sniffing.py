"""A data file is known by its suffix, or by its content when the suffix says nothing; text
and HTML that merely look like data stay text and HTML. Evidence read from a data file
names its path in the file."""

from __future__ import annotations

from pathlib import Path

from contract_rows import ingest_folder, write_manifest
from data_documents import BUDGET_JSON, write

from loaders.formats import read_source
from loaders.formats.sniffing import data_format


def test_a_text_starting_with_a_bracket_is_still_text(tmp_path: Path) -> None:
    text = "[概要]\n星見課の職員数：12人\n"
    assert read_source(write(tmp_path, "memo.txt", text)).text == text


def test_an_html_fragment_in_a_txt_is_still_html(tmp_path: Path) -> None:
    html = "<div><p>甲</p><p>乙</p><ul><li>丙</li><li>丁</li></ul></div>"
    assert data_format(".txt", html) is None
    assert read_source(write(tmp_path, "page.txt", html)).text.splitlines()[0] == "甲"


def test_broken_json_in_a_txt_is_read_as_text(tmp_path: Path) -> None:
    text = '{"事業名": "甲事業",\n'
    assert data_format(".txt", text) is None
    assert read_source(write(tmp_path, "note.txt", text)).text == text


def test_suffixes_name_their_formats() -> None:
    assert data_format(".json", "x") == "json" and data_format(".yml", "x") == "yaml"
    assert data_format(".rss", "<rss/>") == "xml" and data_format(".ics", "x") == "ics"
    assert data_format(".html", '{"a": 1}') is None  # a page is never sniffed


def test_evidence_from_a_json_file_names_its_path(tmp_path: Path) -> None:
    folder = tmp_path / "api"
    folder.mkdir()
    write(folder, "budget.json", BUDGET_JSON)
    write_manifest(folder, [("budget.json", "999989", "架空市", "架空県")])
    summary, store = ingest_folder(folder)
    try:
        assert summary.loaded == 1 and summary.failed == summary.quarantined == 0
        rows = list(store.select(
            "PREFIX mk: <https://w3id.org/machikg/ontology#> SELECT ?path"
            " WHERE { ?e mk:dataPath ?path }"))  # fmt: skip
    finally:
        store.close()
    paths = {str(r["path"]) for r in rows}
    assert "$.result.records[1].予算額" in paths


def test_a_fetched_data_file_keeps_a_suffix_its_reader_knows() -> None:
    from service.fetching import file_name

    assert file_name("https://example.invalid/api/budget", "application/json").endswith(".json")
    assert file_name("https://example.invalid/news", "application/rss+xml").endswith(".xml")
    assert file_name("https://example.invalid/events", "text/calendar").endswith(".ics")
    assert file_name("https://example.invalid/data/list.yml", None).endswith(".yml")


def test_a_txt_saved_by_a_spreadsheet_as_tab_text_reads_as_its_rows(tmp_path: Path) -> None:
    # Excel's 「Unicode テキスト」: a .txt of tab-set cells, a cell's line breaks kept in quotes
    text = (
        "架空プラン 令和6年度取組状況\t\t\t\n"
        "推進項目\t取組No.\t取組項目\t令和6年度の実績\t評価\n"
        '1-(1)　歳入の確保\t1\t架空収納率向上\t"架空決済が増加\n【今後】継続する"\tA\n'
        '1-(1)　歳入の確保\t2\t架空寄附の推進\t"目標を上回った\n【今後】継続する"\tS\n'
    )
    path = tmp_path / "torikumi.txt"
    path.write_text(text, encoding="utf-16")
    lines = read_source(path).text.splitlines()
    cells = lines[2].split("\t")
    assert cells[2:] == ["架空収納率向上", "架空決済が増加 【今後】継続する", "A"]
