"""A table of projects under a title naming its one year (「４　令和７年度の主な施設改修（当初
予算）」 over 「（単位：千円）」) in a report of another year; and a children's budget page
naming each project's unit in hiragana (「（たんとう：架空課）」). Fictional examples."""

from __future__ import annotations

from loaders.field_vocabulary import field_of
from tests.recognisers._facts_of import parsed_as_read

_REPORT = (
    "指定管理者制度導入施設のモニタリング結果について（令和6年度）\n"
    "                                                  令和7年7月　架空町総務課\n\n"
    "１　評価の方法\n"
    "　所管課が事業報告書により管理運営の状況を評価しました。\n\n"
    "３　（参考）町が直営で管理する主な施設\n"
    "　架空町役場、架空町中央公民館\n\n"
    "４　令和７年度の主な施設改修（当初予算）\n"
    "                                              （単位：千円）\n"
    "    事業名                                  予算額    担当課\n"
    "    架空体育館照明LED化事業                 48,600    架空学習課\n"
    "    架空会館舞台設備改修事業                86,400    架空学習課\n"
)


def test_the_titles_year_dates_the_tables_amounts() -> None:
    projects = {(p.name, p.fiscal_year, p.budget) for p in parsed_as_read(_REPORT).projects}
    assert ("架空体育館照明LED化事業", 2025, 48_600_000) in projects


def test_a_label_in_hiragana_is_known_by_its_reading() -> None:
    assert field_of("たんとう") == "division"
    assert field_of("ところ") is None


def test_the_unit_named_in_hiragana_is_the_projects_division() -> None:
    page = (
        "―令和８年度の主な事業―\n\n"
        "◆きゅうしょくひが　タダに！\n"
        "架空給食費無償化事業　8,640万円\n"
        "町立の小学校・中学校の給食費を、4月から全部、町がはらうよ。\n"
        "（たんとう：架空教育課）\n"
    )
    projects = {(p.name, p.division) for p in parsed_as_read(page).projects}
    assert ("架空給食費無償化事業", "架空教育課") in projects
