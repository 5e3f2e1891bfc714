"""Staff counts of round 20: a count printed beside the count of the year before — a column
labelled as the year before (前年度職員数), a bracketed count under a legend saying whose
day it is, on list lines whose entries carry their own sub-lines (their 係, a facility
field) or a leader between the unit and its count (fictional examples)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.field_vocabulary import all_labels
from loaders.recognisers import staff
from loaders.structure import read_structure


def _staff(text: str) -> set[tuple[str, int, int]]:
    facts = DocumentFacts("x.txt", "999988", "若草野町", None, text, "generic", fiscal_year=2026)
    staff.recognise(read_structure(text, labels=all_labels()), facts)
    return {(s.organization, s.fiscal_year, s.count) for s in facts.staff}


def test_a_staff_column_labelled_as_the_year_before_dates_its_counts_a_year_earlier() -> None:
    text = (
        "表2　課別の職員数\n\n"
        "| 課名 | 職員数 | 職員数（前年度） |\n"
        "|---|---|---|\n"
        "| 架空企画課 | 9 | 8 |\n"
        "| 架空税務課 | 6 | 6 |\n"
    )
    assert _staff(text) == {("架空企画課", 2026, 9), ("架空企画課", 2025, 8),
                            ("架空税務課", 2026, 6), ("架空税務課", 2025, 6)}  # fmt: skip


def test_a_bracketed_count_under_a_legend_is_the_legends_year_through_sub_lines() -> None:
    text = (
        "課の配置（令和8年4月1日）\n\n"
        "かっこ内の数字は令和7年4月1日の職員数です。\n\n"
        "・架空企画課 9人（8人）\n"
        "　　・企画係\n"
        "　　・広報係\n"
        "・架空税務課 6人（7人）\n"
        "　　・課税係\n"
        "・架空建設課 11人（11人）\n"
    )
    assert _staff(text) == {("架空企画課", 2026, 9), ("架空企画課", 2025, 8),
                            ("架空税務課", 2026, 6), ("架空税務課", 2025, 7),
                            ("架空建設課", 2026, 11), ("架空建設課", 2025, 11)}  # fmt: skip


def test_a_leader_between_a_unit_and_its_count_is_no_part_of_either() -> None:
    text = (
        "2　役場の体制\n\n"
        "・架空企画課 ‥‥‥ 9名\n"
        "・架空税務課 ‥‥‥ 6名\n"
    )
    assert _staff(text) == {("架空企画課", 2026, 9), ("架空税務課", 2026, 6)}


def test_a_bracketed_count_with_no_legend_gets_no_year() -> None:
    text = (
        "2　役場の体制\n\n"
        "・架空企画課 9名（8名）\n"
        "・架空税務課 6名（7名）\n"
    )
    assert _staff(text) == {("架空企画課", 2026, 9), ("架空税務課", 2026, 6)}


def test_bracketed_pairs_indented_under_a_group_are_read_not_skipped_as_sub_lines() -> None:
    """Regression: a group's line 「架空総務部 20（19）」 opening the list, its units indented
    under it, each a pair of counts, were skipped as the group's sub-lines."""
    text = (
        "3　課別の職員数（令和8年4月1日現在）\n"
        "　※（　）内は令和9年4月1日計画\n\n"
        "・架空総務部　　　２０（１９）\n"
        "　　・架空企画課　　　９（　９）\n"
        "　　・架空税務課　　１１（１０）\n"
    )
    found = _staff(text)
    assert {("架空企画課", 2026, 9), ("架空企画課", 2027, 9), ("架空税務課", 2026, 11),
            ("架空税務課", 2027, 10)} <= found  # fmt: skip


def test_units_listed_with_their_counts_in_one_line_of_a_sentence_are_each_counted() -> None:
    text = (
        "■役場の体制（令和8年4月1日）\n"
        "　架空企画課９人、架空税務課６人、架空建設課１１人\n"
        "　　計２６人\n\n"
        "◆架空総務部\n"
        "　架空人事課７人・架空財政課８人\n"
    )
    assert _staff(text) == {("架空企画課", 2026, 9), ("架空税務課", 2026, 6),
                            ("架空建設課", 2026, 11), ("若草野町", 2026, 26),
                            ("架空人事課", 2026, 7), ("架空財政課", 2026, 8)}  # fmt: skip


def test_a_unit_whose_name_holds_the_listing_mark_is_one_unit() -> None:
    text = "2　課の体制\n\n・架空高齢・障害支援課 12人\n・架空企画課 9人\n"
    assert _staff(text) == {("架空高齢・障害支援課", 2026, 12), ("架空企画課", 2026, 9)}


def test_a_units_staff_revised_from_one_count_to_another_counts_both_years() -> None:
    text = (
        "【答弁】\n"
        "　令和８年度は、相談の増加に対応するため、架空福祉課を７人から９人に増員し、同課\n"
        "に新たな係を置きます。また、架空総務課架空防災係を２人から３人といたします。\n"
    )
    assert _staff(text) == {("架空福祉課", 2025, 7), ("架空福祉課", 2026, 9),
                            ("架空防災係", 2025, 2), ("架空防災係", 2026, 3)}  # fmt: skip


def test_a_revised_count_of_something_else_than_a_unit_is_no_staff() -> None:
    text = (
        "　架空教室の定員を４人から６人に拡大した。\n"
        "　架空クラブの登録者を１２人から１５人に増やした。\n"
    )
    assert _staff(text) == set()


def test_a_listed_unit_the_organisation_reader_missed_sits_under_its_siblings_parent() -> None:
    """Regression: a centre counted in a ward office's staff list (the organisation reader
    reads no 「センター」 in a list line) came out an organisation with no parent."""
    from loaders.parse import parse_document

    text = (
        "# 令和8年度 架空区役所 組織目標\n\n"
        "## 2. 区役所の体制\n\n"
        "令和8年4月1日現在の職員数です。\n\n"
        "- **架空総務課** …… 18名\n"
        "- **架空区民課** …… 31名\n"
        "- **架空保健センター** …… 46名\n"
    )
    facts = parse_document(text, file="ward.md", municipality_code="999985",
                           municipality="若草野市架空区", prefecture="架空県")  # fmt: skip
    parents = {o.name: o.parent for o in facts.organizations}
    assert parents.get("架空保健センター") is not None
    assert parents["架空保健センター"] == parents["架空総務課"]


def test_a_listed_unit_known_by_its_full_name_gets_no_second_organisation() -> None:
    """Regression: 「地域包括支援センター 6名」 in a staff list, the page naming the centre in
    full with its place before it under another parent, was added again under the list's."""
    from loaders.parse import parse_document

    text = (
        "部　名：架空福祉部\n"
        "構　成：架空福祉課／架空介護課／若草野町地域包括支援センター（架空介護課所管）\n\n"
        "■職員配置\n"
        "　■架空福祉課　　　　　　　　　８名\n"
        "　■架空介護課　　　　　　　　　７名\n"
        "　■地域包括支援センター　　　　６名\n"
    )
    facts = parse_document(text, file="dept.txt", municipality_code="999984",
                           municipality="若草野町", prefecture="架空県")  # fmt: skip
    names = {o.name for o in facts.organizations}
    assert "地域包括支援センター" not in names
