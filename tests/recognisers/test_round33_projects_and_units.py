"""Round 33: projects grouped under a unit's heading, and counts that end like unit names
(fictional examples)."""

from __future__ import annotations

from loaders.facts import DocumentFacts
from loaders.genres.units import unit_kind
from loaders.parse import parse_document


def _facts(text: str, file: str = "x.txt") -> DocumentFacts:
    return parse_document(
        text, file=file, municipality_code="999989", municipality="架空台町", prefecture="架空県"
    )


_UNIT_HEADED = (
    "令和７年度　予算のあらまし\n\n"
    "３ 主な事業\n"
    "金額は令和７年度の事業費です。\n"
    "■ 架空総務課\n"
    "◇架空無線更新事業（新規）\n"
    "　無線設備を更新します。\n"
    "　事業費 ８，６４０万円\n"
    "◇架空バス運行事業（継続）\n"
    "　循環バスを運行します。\n"
    "　事業費 １，８４２万円\n"
    "■ 架空教育課\n"
    "◇架空体育館改修事業（新規）\n"
    "　屋根を改修します。\n"
    "　事業費 １億１，８５０万円\n"
)


def test_projects_under_a_heading_naming_a_unit_are_that_units() -> None:
    divisions = {p.name: p.division for p in _facts(_UNIT_HEADED).projects}
    assert divisions == {
        "架空無線更新事業": "架空総務課",
        "架空バス運行事業": "架空総務課",
        "架空体育館改修事業": "架空教育課",
    }


def test_a_number_before_a_unit_word_counts_rooms_and_names_no_unit() -> None:
    assert unit_kind("普通教室・特別教室計9室") is None
    assert unit_kind("全3課") is None


def test_an_ordinal_unit_number_still_names_a_unit() -> None:
    assert unit_kind("第1係") == "section"


def test_a_count_of_units_before_a_named_member_is_no_unit() -> None:
    facts = _facts(
        "架空区運営方針\n\n１ 組織\n"
        "架空区役所は、4課と架空保健福祉センター（3課）で構成しています。\n"
    )
    units = {(o.name, o.parent) for o in facts.organizations}
    assert ("架空保健福祉センター", "架空区役所") in units
    assert not any(name.startswith("4課") for name, _ in units)
