"""Round 32: a unit's count merged over the rows of its parts in every group of a table,
and a staff table captioned above a sentence wrapped over several lines (fictional
examples)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import staff
from loaders.structure import read_structure


def _staff(text: str) -> set[tuple[str, int | None, int]]:
    facts = DocumentFacts("x.txt", "999988", "架空野市", None, text, "generic", fiscal_year=2025)
    staff.recognise(read_structure(text, labels=all_labels()), facts)
    return {(s.organization, s.fiscal_year, s.count) for s in facts.staff}


def _parts_table(groups: list[tuple[str, list[str], int]]) -> str:
    rows = [
        f"{unit}\t{part}\t業務\t{count}\t0XX-XXX-0000"
        for unit, parts, count in groups
        for part in parts
    ]
    return (
        "架空局の組織（令和7年4月1日現在）\n"
        "課・室・センター\t係\t主な業務\t職員数\t電話番号\n" + "\n".join(rows) + "\n"
    )


def test_a_count_repeated_on_every_part_of_three_units_or_more_is_each_units() -> None:
    text = _parts_table([
        ("架空政策課", ["庶務係", "企画係"], 24),
        ("架空保全課", ["大気係", "水質係"], 28),
        ("架空循環課", ["減量係", "収集係"], 33),
    ])  # fmt: skip
    found = _staff(text)
    assert {("架空政策課", 2025, 24), ("架空保全課", 2025, 28), ("架空循環課", 2025, 33)} <= found
    assert not {name for name, _, _ in found if name.endswith("係")}


def test_equal_counts_on_the_parts_of_one_unit_alone_stay_the_parts() -> None:
    text = _parts_table([("架空政策課", ["庶務係", "企画係"], 6), ("架空保全課", ["大気係"], 9)])
    assert ("庶務係", 2025, 6) in _staff(text)


def test_a_caption_above_a_sentence_wrapped_over_lines_still_captions_the_table() -> None:
    text = (
        "１　職員数の推移\n"
        "　本市の職員数（一般職の正規職員。会計年度任用職員を除く。）は、\n"
        "第３次計画期間において、事務事業の見直しや民間委託の推進\n"
        "により38人の削減となりました。部局別の職員数の推移は次のとおりです。\n"
        "                                        （各年４月１日現在、単位：人）\n"
        "  部局名           2022年   2023年   2024年\n"
        "  架空総務部           94       93       92\n"
        "  架空財政部           80       79       78\n"
    )
    assert {("架空総務部", 2024, 92), ("架空財政部", 2022, 80)} <= _staff(text)
