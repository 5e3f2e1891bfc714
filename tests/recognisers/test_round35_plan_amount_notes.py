"""A rolling plan's project table whose year cells print the amount with the previous plan's
figure (or a mark) in brackets after it (「38,600（36,800）」「18,500（新）」): the amount
is the year's budget, the bracket no part of it. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_PLAN = (
    "架空村総合振興計画　実施計画（令和８年度～令和１０年度）\n\n"
    "　事業費の単位は千円です。\n\n"
    "　施策１－１　架空医療の充実　［担当：架空福祉課］\n\n"
    "　　事業名　　　　　　　　　　　　　　　担当課　　　　　　　　令和８年度　　　　令和９年度\n"
    "　　－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－－\n"
    "　　架空診療所運営事業　　　　　　　　　架空福祉課　　　　　３８，６００　　　３９，２００\n"
    "　　　　　　　　　　　　　　　　　　　　　　　　　　　　（３６，８００）　（３７，４００）\n"
    "　　架空保育室整備事業　　　　　　　　　架空教育課　　　　　１８，５００　　　　　　　　―\n"
    "　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　（新）\n"
)


def test_a_years_amount_is_read_without_the_bracketed_note_after_it() -> None:
    projects = {(p.name, p.fiscal_year, p.budget) for p in parsed_as_read(_PLAN).projects}
    assert ("架空診療所運営事業", 2026, 38_600_000) in projects
    assert ("架空診療所運営事業", 2027, 39_200_000) in projects
    assert ("架空保育室整備事業", 2026, 18_500_000) in projects
    assert not any(budget == 36_800_000 for _, _, budget in projects)
