"""Round 28: a data file's romanised keys read as a page prints their labels.

An open-data API names its fields in romanised words (staff_count, previous_staff_count) and a
system export its elements in PascalCase (StaffNumber); the field vocabulary's English labels
print them as the Japanese labels every recogniser reads.
"""

from __future__ import annotations

import json
from pathlib import Path

from data_documents import lines, write

from loaders.field_vocabulary import key_words, printed_key


def test_snake_and_camel_case_keys_fold_to_the_same_words() -> None:
    assert key_words("previous_amount") == key_words("PreviousAmount") == ("previous", "amount")
    assert key_words("予算額") is None


def test_a_romanised_key_prints_as_its_fields_japanese_label() -> None:
    assert printed_key("account_name") == "会計"
    assert printed_key("StaffNumber") == "職員数"


def test_a_previous_year_word_before_a_field_prints_as_its_japanese_cue() -> None:
    assert printed_key("previous_staff_count") == "前年度職員数"


def test_a_key_with_a_word_the_vocabulary_lacks_stays_as_printed() -> None:
    assert printed_key("change_rate") == "change_rate"
    assert printed_key("general_account_amount") == "general_account_amount"


def test_a_json_table_of_records_is_headed_by_the_japanese_labels(tmp_path: Path) -> None:
    records = {"units": [
        {"unit_name": "架空課", "staff_count": 12, "previous_staff_count": 11},
        {"unit_name": "見本課", "staff_count": 8, "previous_staff_count": 9},
    ]}  # fmt: skip
    text = lines(write(tmp_path, "api.json", json.dumps(records, ensure_ascii=False)))
    assert "unit_name\t職員数\t前年度職員数" in text
