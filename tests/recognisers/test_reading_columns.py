"""A column printing the katakana reading of the names beside it names no place
(fictional examples, in a layout of no development set)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import facilities
from loaders.recognisers.reading_columns import reading_cells
from loaders.structure import read_structure

_TABLE = (
    "| 番号 | 施設 | よみ | 所在地 |\n"
    "|---|---|---|---|\n"
    "| 1 | 架空川市民センター | カクウガワシミンセンター | 架空川1-2 |\n"
    "| 2 | 架空川第2分団詰所 | カクウガワダイ2ブンダンツメショ | 架空川3-4 |\n"
    "| 3 | 架空の森体育館 | カクウノモリタイイクカン | 架空川5-6 |\n"
)


def test_a_column_of_katakana_readings_is_no_column_of_places() -> None:
    doc = read_structure(_TABLE, labels=all_labels())
    assert {c.text for c in reading_cells(doc)} == {
        "カクウガワシミンセンター", "カクウガワダイ2ブンダンツメショ", "カクウノモリタイイクカン",
    }  # fmt: skip
    facts = DocumentFacts("x.md", "999987", "架空川市", None, _TABLE, "generic", fiscal_year=2024)
    facilities.recognise(doc, facts)
    names = {f.name for f in facts.facilities}
    assert "架空川市民センター" in names
    assert not any(name.startswith("カクウ") for name in names)


def test_a_column_of_katakana_names_alone_is_no_reading() -> None:
    # a table whose only names are katakana: there is nothing they would be the reading of
    text = (
        "| 番号 | 施設 |\n"
        "|---|---|\n"
        "| 1 | マリンアリーナ |\n"
        "| 2 | スポーツパーク |\n"
    )
    assert reading_cells(read_structure(text, labels=all_labels())) == []
