"""Staff counts a newsletter or an org chart's data prints: an org chart exported as a CSV
(「名前 | 上司 | 役職 | 部署 | 職員数」: the box's own unit in 名前, the 部 it sits in under 部署);
a paragraph listing the units' counts apart by 「、」 with last year's in brackets under a
legend (「かっこ内は前年」); the office's whole count stated as 「役場の職員数（4月1日現在）は
125人で、前年の122人より…」. Fictional examples."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.parse import parse_document


def _facts(text: str, file: str = "page.txt") -> DocumentFacts:
    return parse_document(text, file=file, municipality_code="999989",
                          municipality="架空町", prefecture="架空県")  # fmt: skip


def _staff(text: str, file: str = "page.txt") -> set[tuple[str, int, int]]:
    return {(s.organization, s.fiscal_year, s.count) for s in _facts(text, file).staff}


_CHART = (
    "組織図データ（令和8年4月1日現在）\n"
    "名前\t上司\t役職\t部署\t職員数（R8.4.1）\t職員数（R7.4.1）\n"
    "町長\t\t町長\t\t\t\n"
    "架空企画部\t町長\t部長\t架空企画部\t34\t33\n"
    "架空政策課\t架空企画部\t課長\t架空企画部\t14\t14\n"
    "架空経営課\t架空企画部\t課長\t架空企画部\t8\t8\n"
    "架空総務部\t町長\t部長\t架空総務部\t61\t57\n"
    "架空人事課\t架空総務部\t課長\t架空総務部\t17\t16\n"
)


def test_an_org_charts_box_names_the_unit_its_counts_are_of() -> None:
    staff = _staff(_CHART)
    assert {("架空政策課", 2026, 14), ("架空人事課", 2025, 16), ("架空企画部", 2026, 34)} <= staff


def test_an_org_charts_section_column_is_no_rows_own_unit() -> None:
    assert ("架空企画部", 2026, 14) not in _staff(_CHART)


def test_a_paragraphs_run_of_unit_counts_with_last_years_in_brackets() -> None:
    text = (
        "令和8年度 架空町まちの情報メール\n"
        "■ 4月からの役場の体制\n"
        "4月1日から、架空企画課に架空推進係を新たに設けました。\n"
        "役場の職員数は48人で、前年の45人より3人増えました。課ごとの職員数は次のとおりです"
        "（かっこ内は前年）。\n"
        "架空総務課 21人（20人）、架空企画課 15人（13人）、架空税務課 17人（17人）、"
        "教育委員会 架空教育課 13人（13人）\n"
        "\n"
        "■ 施設のお知らせ\n"
        "架空センターは、4月から架空公民館の1階に移転しました。\n"
    )
    staff = _staff(text)
    assert {("架空総務課", 2026, 21), ("架空総務課", 2025, 20), ("架空企画課", 2025, 13)} <= staff


def test_the_offices_count_and_the_one_it_is_compared_with() -> None:
    text = (
        "令和8年度 架空町まちの情報メール\n"
        "役場の職員数（4月1日現在）は137人で、前年の133人より4人増えました。\n"
    )
    assert {("架空町", 2026, 137), ("架空町", 2025, 133)} <= _staff(text)


def test_the_body_named_by_its_kind_owns_its_count() -> None:
    text = "令和8年度 架空町の概要\n町の職員数は137人です。\n"
    assert ("架空町", 2026, 137) in _staff(text)


def test_a_staff_field_listing_the_units_apart_by_commas() -> None:
    text = (
        "令和8年度 架空町の予算\n"
        "課ごとの職員数：架空総務課 21人、架空企画課 15人、架空議会事務局 3人\n"
    )
    staff = _staff(text)
    assert {("架空総務課", 2026, 21), ("架空企画課", 2026, 15),
            ("架空議会事務局", 2026, 3)} <= staff  # fmt: skip


def test_the_units_a_count_adds_up_make_it_the_bodys_whole() -> None:
    text = (
        "令和8年度 架空町の予算\n"
        "令和8年4月1日現在の職員数は、町長部局、教育委員会、議会事務局などを合わせて"
        "158人（前年度151人）です。\n"
    )
    assert {("架空町", 2026, 158), ("架空町", 2025, 151)} <= _staff(text)
