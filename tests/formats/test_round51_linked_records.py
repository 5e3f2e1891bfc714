"""Round 51: a base's records from Airtable's API: each record in an envelope (id,
createdTime, fields), its indicators looked up from a linked table as parallel lists (「指標名
(from 成果指標)」, 「単位 (from 成果指標)」 …). Before, each record was headed by its id over a
heading 「fields」, and each lookup printed as one list, so no indicator had its values. Every
name and figure is made up."""

from __future__ import annotations

import json
from pathlib import Path

from data_documents import facts_of, lines, write

_RECORDS = {
    "records": [
        {"id": "recAAAAAAAAAAAAA1", "createdTime": "2025-05-12T01:23:45.000Z", "fields": {
            "施策コード": "1-1", "施策名": "架空支援の充実", "主担当課": "架空支援課",
            "成果指標": ["recIIIIIIIIIIII1", "recIIIIIIIIIIII2"],
            "指標名 (from 成果指標)": ["架空センターの利用者数", "架空健診の受診率"],
            "単位 (from 成果指標)": ["人", "％"],
            "基準値（R2） (from 成果指標)": [3240, 95.2],
            "実績（R6） (from 成果指標)": [4120, 98.0],
            "目標値（R9） (from 成果指標)": [4500, 99.0],
        }},
        {"id": "recAAAAAAAAAAAAA2", "createdTime": "2025-05-12T01:24:10.000Z", "fields": {
            "施策コード": "1-2", "施策名": "架空長寿のまちづくり", "主担当課": "架空長寿課",
            "成果指標": ["recIIIIIIIIIIII3"],
            "指標名 (from 成果指標)": ["架空健診受診率"],
            "単位 (from 成果指標)": ["％"],
            "基準値（R2） (from 成果指標)": [41.3],
            "実績（R6） (from 成果指標)": [47.8],
            "目標値（R9） (from 成果指標)": [55.0],
        }},
    ]
}  # fmt: skip


def _base(tmp_path: Path) -> Path:
    return write(tmp_path, "records.json", json.dumps(_RECORDS, ensure_ascii=False))


def test_a_record_is_its_fields_not_its_envelope(tmp_path: Path) -> None:
    printed = lines(_base(tmp_path))
    assert not any(line.startswith(("## rec", "### fields", "createdTime")) for line in printed)
    assert "## 架空支援の充実" in printed and "施策コード：1-1" in printed


def test_lookup_fields_of_one_link_are_the_linked_records_rows(tmp_path: Path) -> None:
    printed = lines(_base(tmp_path))
    at = printed.index("指標名\t単位\t基準値（R2）\t実績（R6）\t目標値（R9）")
    assert printed[at + 1] == "架空センターの利用者数\t人\t3240\t4120\t4500"
    assert printed[at + 2] == "架空健診の受診率\t％\t95.2\t98\t99"


def test_each_looked_up_indicator_is_read_with_its_values(tmp_path: Path) -> None:
    observations = {(o.indicator, o.fiscal_year, o.kind, o.value)
                    for o in facts_of(_base(tmp_path)).observations}  # fmt: skip
    assert ("架空健診の受診率", 2024, "actual", 98.0) in observations
    assert ("架空健診受診率", 2027, "target", 55.0) in observations
