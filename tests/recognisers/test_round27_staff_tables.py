"""Round 27: staff tables a gate stopped whole (an issuer line over the table, a total
named in brackets or by the body or a unit suffix, a data export's element per unit)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import staff
from loaders.structure import read_structure


def _staff(text: str, *, year: int = 2025) -> set[tuple[str, int, int]]:
    facts = DocumentFacts("x.txt", "999989", "架空台町", None, text, "generic", fiscal_year=year)
    staff.recognise(read_structure(text, labels=all_labels()), facts)
    return {(s.organization, s.fiscal_year, s.count) for s in facts.staff}


def test_an_issuer_line_between_the_caption_and_its_table() -> None:
    text = (
        "組織別職員数（各年度4月1日現在）\n"
        "架空台町総務部人事課\t\t\t（単位：人）\n"
        "\n"
        "階層\t組織名\t令和6年度\t令和7年度\n"
        "1\t総務部\t30\t31\n"
        "2\t総務課\t12\t13\n"
        "2\t財政課\t18\t18\n"
    )
    assert ("総務課", 2024, 12) in _staff(text)
    assert ("総務部", 2025, 31) in _staff(text)


def test_a_bracketed_total_in_the_part_column_counts_the_unit_beside_it() -> None:
    text = (
        "組織別職員数\n"
        "課等\t係\t令和7年\t令和6年\n"
        "総務課\t（計）\t9\t8\n"
        "総務課\t庶務係\t5\t4\n"
        "総務課\t財政係\t4\t4\n"
        "住民課\t（計）\t7\t7\n"
        "住民課\t住民係\t7\t7\n"
    )
    assert {("総務課", 2025, 9), ("総務課", 2024, 8)} <= _staff(text)


def test_a_total_row_named_by_the_body_counts_the_body() -> None:
    text = (
        "組織別職員数\n"
        "課名\t令和7年\t令和6年\n"
        "総務課\t9\t8\n"
        "住民課\t7\t7\n"
        "架空台町 計\t16\t15\n"
    )
    assert {("架空台町", 2025, 16), ("架空台町", 2024, 15)} <= _staff(text)


def test_a_subtotal_named_by_a_unit_suffix_counts_the_unit_beside_it() -> None:
    text = (
        "組織別職員数\n"
        "区分\t課・局等\t係等\t令和6年\t令和7年\n"
        "町長部局\t総務課\t庶務係\t5\t6\n"
        "町長部局\t総務課\t防災係\t3\t4\n"
        "町長部局\t総務課\t課計\t8\t10\n"
        "町長部局\t会計室\t-\t3\t3\n"
    )
    found = _staff(text)
    assert {("総務課", 2024, 8), ("総務課", 2025, 10), ("会計室", 2025, 3)} <= found
    assert not any(name == "架空台町" for name, _, _ in found)


def test_equal_parts_over_their_subtotal_count_each_part() -> None:
    text = (
        "組織別職員数\n"
        "区分\t課・局等\t係等\t令和6年\t令和7年\n"
        "町長部局\t住民課\t住民係\t4\t4\n"
        "町長部局\t住民課\t年金係\t4\t4\n"
        "町長部局\t住民課\t課計\t8\t8\n"
    )
    found = _staff(text)
    assert {("住民係", 2025, 4), ("年金係", 2025, 4), ("住民課", 2025, 8)} <= found


def test_a_table_of_years_under_a_units_heading_counts_that_unit() -> None:
    text = (
        "組織一覧\n"
        "\n"
        "架空政策係\n"
        "\n"
        "年度\t職員数\n"
        "2024\t6\n"
        "2025\t7\n"
    )
    assert _staff(text) == {("架空政策係", 2024, 6), ("架空政策係", 2025, 7)}


def test_a_units_heading_with_its_count_in_brackets_under_a_staff_heading() -> None:
    text = (
        "## 役場の組織と職員数 {#soshiki}\n"
        "\n"
        "### 総務課（14人）\n"
        "\n"
        "総務係・財政係を置きます。\n"
        "\n"
        "### 教育委員会事務局 教育課（8人）\n"
        "\n"
        "学校教育係を置きます。\n"
    )
    assert _staff(text) == {("総務課", 2025, 14), ("教育課", 2025, 8)}
