"""A sheet kept as a database keeps it: 「表１」 lists each project once under its 事業番号,
「表２」 gives a row per project and year holding only the number, the year and the cost.
Each cost is read with its project's name and unit. Fictional example."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_SHEET = (
    "【表１】計画事業一覧,,,\n"
    "事業番号,事業名,担当課,事業の概要\n"
    "01-01-01,架空支援センター運営事業,架空政策課,相談に対応する。\n"
    "01-01-02,架空保育所整備補助事業,架空保育課,定員を拡大する。\n"
    ",,,\n"
    "【表２】年度別事業費,,（単位：千円）,\n"
    "事業番号,年度,事業費,備考\n"
    "01-01-01,令和8年度,\"48,600\",\n"
    "01-01-01,令和9年度,\"48,700\",\n"
    "01-01-02,令和8年度,\"126,000\",\n"
)


def test_each_cost_by_key_is_read_with_its_projects_name_and_unit() -> None:
    read = {(p.name, p.fiscal_year, p.budget, p.division)
            for p in parsed_as_read(_SHEET, "x.csv").projects}  # fmt: skip
    assert ("架空支援センター運営事業", 2027, 48700000, "架空政策課") in read
    assert ("架空保育所整備補助事業", 2026, 126000000, "架空保育課") in read
