"""A 総合戦略 report whose goals (「基本目標１」) each list 「（１）」 施策 with their 主な取組,
after an opening section that used 「（１）」 for its own parts; and a reform report whose
table rows numbered under its 基本方針 (「1-1」) are headed 取組項目. Fictional examples."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_REPORT = (
    "１　効果検証の概要\n"
    "（１）目的\n"
    "　架空戦略の効果を検証する。\n"
    "（２）評価の方法\n"
    "　施策ごとに評価した。\n"
    "\n"
    "２　基本目標ごとの検証結果\n"
    "\n"
    "基本目標１　しごとをつくり、安心して働ける村にする\n"
    "\n"
    "【数値目標】\n"
    "　架空事業所の従業者数　基準値　６１２人\n"
    "\n"
    "（１）架空農業の振興〔担当：架空産業課〕\n"
    "＜主な取組＞\n"
    "・架空就農者への研修\n"
    "・架空茶のブランド化\n"
    "\n"
    "（２）架空観光の推進〔担当：架空産業課〕\n"
    "＜主な取組＞\n"
    "・架空渓谷の体験観光\n"
)

_REFORM = (
    "令和6年度 架空改革プラン取組状況\n"
    "基本方針1 架空財政の確立\n"
    "番号\t取組項目\t所管課\t評価\n"
    "1-1\t架空税の収納率向上\t架空納税課\tA\n"
    "1-2\t架空地の売却\t架空資産課\tB\n"
)


def test_a_goals_list_is_filed_under_the_goal_not_beside_it() -> None:
    codes = {c.normalized: c.label for c in parsed_as_read(_REPORT).policy_codes}
    assert codes.get("1-1", "").startswith("架空農業の振興")
    assert codes.get("1-2", "").startswith("架空観光の推進")


def test_entries_under_a_goals_numbered_level_take_its_composed_code() -> None:
    entries = {i.name: i.policy_codes for i in parsed_as_read(_REPORT).initiatives}
    assert entries.get("架空茶のブランド化") == ["1-1"]
    assert entries.get("架空渓谷の体験観光") == ["1-2"]


def test_rows_the_header_calls_torikumi_are_entries_not_levels() -> None:
    facts = parsed_as_read(_REFORM)
    assert not any(c.normalized == "1-1" for c in facts.policy_codes)
    assert "架空税の収納率向上" in {i.name for i in facts.initiatives}


_BOXES = (
    "施策の体系\n"
    "政策１　架空の家族が笑顔で\n"
    "暮らす村\n"
    "政策２　架空に安心して暮ら\n"
    "せる村\n"
    "政策３　架空の自然を生かし\n"
    "育む村\n"
)


def test_names_a_box_diagram_wraps_at_one_width_are_joined() -> None:
    labels = {c.normalized: c.label for c in parsed_as_read(_BOXES).policy_codes}
    assert labels.get("1") == "架空の家族が笑顔で暮らす村"
    assert labels.get("3") == "架空の自然を生かし育む村"


def test_levels_of_different_widths_keep_their_names() -> None:
    text = _BOXES.replace("架空に安心して暮ら", "架空に安心")
    labels = {c.normalized: c.label for c in parsed_as_read(text).policy_codes}
    assert labels.get("1") == "架空の家族が笑顔で"
