"""kintone's REST API records read as the app's list shows them: each field's value (a
unit picker by its name, a table field as its rows), the system's fields left out, every
record in the first record's field order; a record's cost table gives its project a row per
year. Fictional names and figures."""

from __future__ import annotations

import json
from pathlib import Path

from loaders.formats import read_source
from loaders.parse import parse_document


def _field(kind: str, value: object) -> dict[str, object]:
    return {"type": kind, "value": value}


def _record(name: str, amounts: tuple[str, str], grade: str) -> dict[str, object]:
    years = ("令和5年度", "令和6年度")
    rows = [{"id": str(k), "value": {"年度": _field("DROP_DOWN", year),
                                     "金額_千円": _field("NUMBER", amount)}}
            for k, (year, amount) in enumerate(zip(years, amounts, strict=True))]
    return {
        "$id": _field("__ID__", "7"),
        "事業名": _field("SINGLE_LINE_TEXT", name),
        "所管課": _field("ORGANIZATION_SELECT", [{"code": "k01", "name": "架空支援課"}]),
        "評価": _field("RADIO_BUTTON", grade),
        "更新者": _field("MODIFIER", {"code": "u1", "name": "架空 太郎"}),
        "事業費": _field("SUBTABLE", rows),
    }  # fmt: skip


def test_api_records_read_as_the_apps_records_with_their_cost_tables(tmp_path: Path) -> None:
    first = _record("架空見守り事業", ("84620", "86140"), "A")
    second = dict(reversed(list(_record("架空交流事業", ("1200", "1350"), "B").items())))
    path = tmp_path / "records.json"
    path.write_text(json.dumps({"records": [first, second]}, ensure_ascii=False), "utf-8")
    text = read_source(path).text
    assert "所管課：架空支援課" in text.splitlines()
    assert "架空 太郎" not in text and "__ID__" not in text and "SUBTABLE" not in text
    facts = parse_document(text, file="records.json", municipality_code="999989",
                           municipality="青葉台市", prefecture="架空県")  # fmt: skip
    rows = {(p.name, p.fiscal_year, p.budget, p.division) for p in facts.projects}
    assert ("架空見守り事業", 2024, 86_140_000, "架空支援課") in rows
    assert ("架空交流事業", 2023, 1_200_000, "架空支援課") in rows
