"""A 部長マニフェスト's 取組 table with a quarterly schedule (●/○), each row followed by a
line set in under it naming its project (「［事業］X事業　　42,000千円」), and the goal's
indicator table right under the rows (「成果指標　令和６年度　令和７年度 …」). Fictional
examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_MANIFESTO = (
    "令和８年度　架空環境部長マニフェスト\n\n"
    "４　重点目標と取組\n"
    "    工程の記号　●：実施　○：準備・調整　　予算額は令和８年度当初予算額（千円）\n\n"
    "  目標１　架空の脱炭素を進めます\n"
    "                                                  〔総合計画　施策３－１　架空温暖化対策〕\n"
    "    取組                                  担当課          第１  第２  第３  第４\n"
    "                                                          四半期四半期四半期四半期\n"
    "    ① 架空太陽光の導入支援               架空環境課        ●    ●    ●    ●\n"
    "        ［事業］架空再エネ補助事業                                  42,000千円\n"
    "    ② 架空施設へのＰＰＡ導入             架空施設課        ○    ○    ●    ●\n"
    "        ［事業］架空ＰＰＡ導入事業                                   8,600千円\n"
    "    成果指標                                  令和６年度  令和７年度  令和８年度\n"
    "                                                    実績        見込        目標\n"
    "    架空排出量（千t-CO2）                          1,128       1,096       1,060\n"
)


def test_a_labelled_line_under_a_row_is_that_rows_project() -> None:
    projects = {(p.name, p.budget, p.division) for p in parsed_as_read(_MANIFESTO).projects}
    assert ("架空再エネ補助事業", 42_000_000, "架空環境課") in projects
    assert ("架空PPA導入事業", 8_600_000, "架空施設課") in projects


def test_an_indicator_header_under_the_rows_opens_a_table_of_its_own() -> None:
    read = parsed_as_read(_MANIFESTO)
    observed = {(o.indicator, o.fiscal_year, o.kind, o.value) for o in read.observations}
    assert ("架空排出量", 2025, "estimate", 1096) in observed
    assert ("架空排出量", 2026, "target", 1060) in observed


def test_a_rows_quarterly_marks_are_no_grades() -> None:
    graded = {e.initiative for e in parsed_as_read(_MANIFESTO).evaluations}
    assert not any("架空太陽光" in name or "ＰＰＡ" in name for name in graded)


def test_a_rows_entry_is_filed_under_the_policy_the_bracketed_line_cites() -> None:
    entries = {(i.name, tuple(i.policy_codes)) for i in parsed_as_read(_MANIFESTO).initiatives}
    assert ("架空太陽光の導入支援", ("3-1",)) in entries  # no 「①」 before the name
