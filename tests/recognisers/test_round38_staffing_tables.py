"""Staff tables no label calls 職員数: 「部の体制」 over units by year, and a 課/係 list whose
課 rows carry the counts. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_TAISEI = (
    "令和８年度　架空部運営方針\n"
    "\n"
    "１　部の体制（令和８年４月１日現在）\n"
    "\n"
    "課・室                  係                                  令和８年度  令和７年度    増減\n"
    "部長                    －                                         1         1       0\n"
    "架空政策課              架空企画係・架空温暖化対策係              12        11       1\n"
    "架空事業課              架空業務係・架空管理係・清掃センター        56        58     △2\n"
    "部計                                                              69        70     △1\n"
    "\n"
    "２　部の予算（一般会計）\n"
    "                                                                （単位：千円）\n"
    "課                                  令和８年度      令和７年度          増減\n"
    "架空政策課                              96,480          71,240        25,240\n"
    "架空事業課                           1,482,300       1,126,400       355,900\n"
    "部計                                 1,578,780       1,197,640       381,140\n"
)


def _staff(text: str, name: str = "p.txt") -> set[tuple[str, int, int]]:
    facts = parsed_as_read(text, name)
    return {(s.organization, s.fiscal_year, s.count) for s in facts.staff}


def test_a_units_staffing_caption_over_years_counts_its_units_people() -> None:
    staff = _staff(_TAISEI)
    assert {("架空政策課", 2026, 12), ("架空政策課", 2025, 11), ("架空事業課", 2025, 58)} <= staff


def test_the_staffing_tables_total_row_is_the_departments() -> None:
    staff = _staff(_TAISEI)
    assert {(o, c) for o, y, c in staff if y == 2026 and o.endswith("部")} == {("架空部", 69)}


def test_a_budget_table_by_the_same_years_in_thousand_yen_counts_no_staff() -> None:
    """(The staff table without its 部計 row, so the budget's 部計 has no count to yield to.)"""
    text = "\n".join(line for line in _TAISEI.split("\n") if not line.endswith("△1"))
    assert not any(count > 1000 for _, _, count in _staff(text))


_SPARSE = (
    "■課・係と職員数\n"
    "　（令和８年４月１日現在。（　）内は令和７年４月１日現在の人数です。）\n"
    "\n"
    "　区分        課                係                      職員数\n"
    "　────────────────────────────────\n"
    "　町長部局    架空総務課                            １６人（１６）\n"
    "　                              架空総務係\n"
    "　                              架空財政係\n"
    "　            架空企画課                                ９人（８）\n"
    "　                              架空企画係\n"
    "　                              （出先）架空保育所      ９人（９）\n"
    "　会計        架空会計課                                ４人（４）\n"
    "　────────────────────────────────\n"
    "　合計                                              ３８人（３７）\n"
)


def test_each_division_of_a_list_of_divisions_and_sections_has_its_count() -> None:
    staff = _staff(_SPARSE)
    assert {("架空総務課", 2026, 16), ("架空企画課", 2026, 9), ("架空会計課", 2026, 4)} <= staff
    assert ("架空企画課", 2025, 8) in staff


def test_an_office_tagged_in_brackets_counts_as_the_office() -> None:
    """「（出先）架空保育所　９人」 among the 係: the tag says what kind of unit it is."""
    assert ("架空保育所", 2026, 9) in _staff(_SPARSE)


_DIRECTORY = (
    "　この職員録は、令和８年４月１日現在の部・課・係の配置と職員数です。\n"
    "　（　）内の数字は係の職員数です。\n"
    "\n"
    "■架空総務部      部長　架空　一郎              内線 2101\n"
    "　　部計　３０人\n"
    "\n"
    "　架空総務課            １６人    課長　架空　二郎            内線 2110\n"
    "　　　架空人事係        （６）    係長　架空　三郎            内線 2111\n"
    "　　　架空文書係        （５）    係長　架空　四郎            内線 2112\n"
    "　架空財政課            １４人    課長　架空　五郎            内線 2120\n"
    "　　　架空財政係        （６）    係長　架空　六郎            内線 2121\n"
)


def test_a_staff_directorys_units_and_sections_have_their_counts() -> None:
    """No header row: the first line is already a unit with its count."""
    staff = _staff(_DIRECTORY)
    assert {("架空総務課", 2026, 16), ("架空財政課", 2026, 14)} <= staff
    assert {("架空人事係", 2026, 6), ("架空財政係", 2026, 6)} <= staff


def test_a_unit_suffix_total_under_a_department_heading_counts_the_department() -> None:
    """「■架空総務部 部長 …」 over 「部計 ３０人」: the 部's own staff."""
    assert ("架空総務部", 2026, 30) in _staff(_DIRECTORY)


_GROUPS = (
    "表１　局・部別職員数,,,,\n"
    ",,,（各年４月１日現在、単位：人）,\n"
    "区分,組織名,令和７年,令和６年,増減\n"
    "市長事務部局,架空総務局,385,373,12\n"
    ",架空財政局,526,531,△5\n"
    ",市長事務部局　計,911,904,7\n"
    '消防,架空消防局,"1,256","1,240",16\n'
    ',消防　計,"1,256","1,240",16\n'
    "教育委員会,架空教育局,414,408,6\n"
    ",架空学校部,186,180,6\n"
    ",教育委員会　計,600,588,12\n"
    '合計,,"2,767","2,732",35\n'
)


def test_a_group_of_one_unit_over_its_spaced_subtotal_counts_the_unit() -> None:
    """「消防 | 架空消防局 | 1,256」 over 「 | 消防　計 | 1,256」: the same count twice is the
    unit's and its group's subtotal, no count merged over the group's rows."""
    staff = _staff(_GROUPS, "p.csv")
    assert {("架空消防局", 2025, 1256), ("架空消防局", 2024, 1240)} <= staff
