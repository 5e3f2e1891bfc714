"""Policies printed in a sheet's rows and a site's links: a group row whose empty cells the
sheet left off (「基本目標4　名称,」) is a level still; the group's number carried down each
row under it (「1」 under 「1　名称」) is no part of its name; a page's update date after a
linked title (「名称（更新日：2026年4月1日）」) is no part of the name. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read


def _policies(text: str, file: str) -> set[tuple[str, str | None]]:
    return {(p.normalized, p.label) for p in parsed_as_read(text, file).policy_codes}


_PLAN = (
    "架空市総合計画　実施計画\n"
    "施策番号,施策名,事業番号,計画事業名,担当課,令和８年度,令和９年度\n"
    "基本目標4　架空の学びのまち,\n"
    '4-1,架空の生涯学習,401,架空公民館建替事業,架空社会教育課,"180,000","1,420,000"\n'
    '4-2,架空の文化振興,402,架空美術展事業,架空文化課,"24,600","24,600"\n'
    "基本目標5　架空の安全なまち,\n"
    '5-1,架空の防災,501,架空備蓄事業,架空危機管理課,"8,000","8,000"\n'
)


def test_a_group_row_cut_short_after_its_first_cell_is_a_level() -> None:
    assert ("4", "架空の学びのまち") in _policies(_PLAN, "plan.csv")


_KPI = (
    "基本目標,施策,ＫＰＩ,単位,基準値,目標\n"
    "1　架空の稼ぐ力を高める,,,,,\n"
    "1,1-(1) 架空の産業振興,架空従業者数,人,100,120\n"
    "1,,架空創業件数,件,14,25\n"
    "1,1-(2) 架空の担い手確保,架空就農者数,人,6,10\n"
    "2　架空のひとの流れ,,,,,\n"
    "2,2-(1) 架空の移住促進,架空移住者数,人,42,100\n"
)


def test_a_level_number_carried_down_its_column_is_no_part_of_its_name() -> None:
    policies = _policies(_KPI, "kpi.csv")
    assert ("1", "架空の稼ぐ力を高める") in policies
    assert not any(label and label.endswith("1") for _, label in policies)


def test_a_linked_title_s_update_date_is_no_part_of_its_name() -> None:
    page = (
        "<html><body><main><h2>施策体系</h2><ul>"
        "<li><a href=/1>基本目標1　架空の子育てのまち</a><ul>"
        "<li><a href=/1-1>施策1-1　架空の保育の充実</a>"
        "<span>（更新日：2026年4月1日）</span></li>"
        "<li><a href=/1-2>施策1-2　架空の学びの支援</a>"
        "<span>（更新日：2026年5月20日）</span></li>"
        "</ul></li></ul></main></body></html>"
    )
    policies = _policies(page, "p.html")
    assert ("1-1", "架空の保育の充実") in policies
    assert ("1-2", "架空の学びの支援") in policies
