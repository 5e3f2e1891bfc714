"""Round 50: a table of grades under a section heading naming an earlier year than the
document's (「令和7年度 区運営方針の振り返り」 in a 令和8年度 export), its 評価 column naming
no year and the sentence above it too long for a caption. Before, the grades were dated by
the document's year. Fictional names."""

from __future__ import annotations

from loaders.parse import parse_document

_TEXT = (
    "令和8年度 架空区運営方針\n\n"
    "## 令和7年度 区運営方針の振り返り（区長ヒアリング結果）\n"
    "作成者名：架空 太郎\n区分：運営方針\n\n### 内容\n"
    "令和７年度の区運営方針に掲げた取組について、区長ヒアリングでの評価結果を報告します。\n"
    "評価基準：◎＝目標を上回った　○＝おおむね目標どおり　△＝目標を下回った\n\n"
    "取組\t施策\t評価\t備考\n"
    "架空まつりの開催支援\t1-(1)\t◎\t来場者が増えた。\n"
    "架空公園のにぎわい創出\t1-(2)\t○\t月2回開催。\n"
)


def test_grades_under_a_review_heading_of_an_earlier_year_are_that_years() -> None:
    facts = parse_document(_TEXT, file="x.txt", municipality_code="999989",
                           municipality="青葉台市", prefecture="架空県")  # fmt: skip
    graded = {(e.initiative, e.fiscal_year, e.grade) for e in facts.evaluations}
    assert ("架空まつりの開催支援", 2025, "◎") in graded
    assert not any(year == 2026 for _, year, _ in graded)
