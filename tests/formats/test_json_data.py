"""JSON data files: records become a table, objects headings and fields, and the pipeline
reads the facts in them; broken or hostile JSON is refused naming the file and position."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from data_documents import BUDGET_JSON, facts_of, lines, write

from loaders.formats import read_source
from loaders.text.errors import DocumentError


def test_an_array_of_records_is_a_table_with_nested_keys_as_columns(tmp_path: Path) -> None:
    text = lines(write(tmp_path, "budget.json", BUDGET_JSON))
    header = text.index("事業名\t予算額\t単位\t部\t課")
    assert text[header + 1] == "星見公園整備事業\t120000\t千円\t都市整備部\t公園緑地課"
    assert text[header + 3].startswith("潮騒地区防災訓練事業\t3200")


def test_a_title_key_is_the_first_line_and_nested_objects_are_headings(
    tmp_path: Path,
) -> None:
    text = lines(write(tmp_path, "budget.json", BUDGET_JSON))
    assert text[0] == "令和6年度 架空市 当初予算 主要事業"
    assert "municipality：架空市" in text
    assert text.index("# result") < text.index("count：3") < text.index("## records")


def test_leaves_sharing_a_name_are_named_by_their_parents(tmp_path: Path) -> None:
    records = [{"名称": "甲", "予算": {"当初": 1, "補正": 2}, "決算": {"当初": 3}},
               {"名称": "乙", "予算": {"当初": 4, "補正": 5}, "決算": {"当初": 6}}]  # fmt: skip
    text = lines(write(tmp_path, "rows.json", json.dumps(records, ensure_ascii=False)))
    assert text[0] == "名称\t予算_当初\t補正\t決算_当初"


def test_the_pipeline_finds_projects_budgets_and_units(tmp_path: Path) -> None:
    facts = facts_of(write(tmp_path, "budget.json", BUDGET_JSON))
    budgets = {p.name: p.budget for p in facts.projects}
    assert budgets["子ども読書推進事業"] == 8_500_000
    assert budgets["潮騒地区防災訓練事業"] == 3_200_000
    parents = {o.name: o.parent for o in facts.organizations}
    assert parents["図書館課"] == "教育部" and parents["危機管理課"] == "総務部"


def test_a_value_is_mapped_to_its_json_path(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "budget.json", BUDGET_JSON))
    at = source.text.index("8500")
    assert source.map is not None
    where = source.map.locate(at, at + 4)
    assert where is not None and where.path == "$.result.records[1].予算額"


def test_a_record_holding_records_is_a_heading_over_their_table(tmp_path: Path) -> None:
    data = {"部": [{"部名": "総務部", "課": [{"課名": "人事課", "職員数": 12},
                                              {"課名": "財政課", "職員数": 9}]},
                  {"部名": "市民部", "課": [{"課名": "市民課", "職員数": 20},
                                              {"課名": "保険年金課", "職員数": 15}]}],
            "基準日": "2024-04-01"}  # fmt: skip
    path = write(tmp_path, "units.json", json.dumps(data, ensure_ascii=False))
    text = lines(path)
    assert text[text.index("## 総務部") + 1] == "課名\t職員数"
    parents = {o.name: o.parent for o in facts_of(path).organizations}
    assert parents["財政課"] == "総務部" and parents["保険年金課"] == "市民部"


def test_an_iso_date_is_printed_as_a_page_prints_it(tmp_path: Path) -> None:
    text = lines(write(tmp_path, "d.json", '{"事業名": "甲事業", "公表日": "2024-04-01"}'))
    assert "公表日：2024年4月1日" in text


def test_json_saved_as_txt_is_read_as_json(tmp_path: Path) -> None:
    text = lines(write(tmp_path, "api-response.txt", BUDGET_JSON))
    assert "事業名\t予算額\t単位\t部\t課" in text


def test_broken_json_is_refused_with_its_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.json", '{\n  "事業名": "甲事業",\n}\n')
    with pytest.raises(DocumentError, match=r"broken\.json: malformed JSON: .*line 3, column 1"):
        read_source(path)


def test_json_nested_past_the_limit_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "deep.json", '{"a": ' * 100 + "1" + "}" * 100)
    with pytest.raises(DocumentError, match=r"deep\.json: nested deeper than"):
        read_source(path)


_JSON_LINES = (
    '{"index":{"_index":"kpi","_id":"m-1"}}\n'
    '{"title":"架空産業の振興","code":"1-(1)","section":"架空部 架空課"}\n'
    '{"index":{"_index":"kpi","_id":"m-2"}}\n'
    '{"title":"架空観光の振興","code":"1-(2)","section":"架空部 観光課"}\n'
)


def test_json_lines_are_read_as_one_record_a_line(tmp_path: Path) -> None:
    text = lines(write(tmp_path, "kpi.ndjson", _JSON_LINES))
    assert text[:3] == ["title\tcode\tsection", "架空産業の振興\t1-(1)\t架空部 架空課",
                        "架空観光の振興\t1-(2)\t架空部 観光課"]


def test_a_bulk_files_action_lines_are_no_words_of_it(tmp_path: Path) -> None:
    text = "\n".join(lines(write(tmp_path, "kpi.jsonl", _JSON_LINES)))
    assert "_index" not in text and "m-2" not in text


def test_json_lines_saved_as_text_are_sniffed(tmp_path: Path) -> None:
    assert "架空産業の振興\t1-(1)\t架空部 架空課" in lines(write(tmp_path, "kpi.txt", _JSON_LINES))


def test_a_broken_json_line_is_refused_with_its_place(tmp_path: Path) -> None:
    broken = write(tmp_path, "kpi.ndjson", _JSON_LINES + '{"title": \n')
    with pytest.raises(DocumentError, match="malformed JSON"):
        read_source(broken)
