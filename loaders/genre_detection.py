"""Which kind of municipal document a text is, judged from its structure alone.

File names are chosen by whoever saved the file, so they prove nothing; headings and table
layouts are what a genre parser relies on, so they are what decides the genre. Each genre
gets a score from the cues it needs; the best score wins when it is strong enough.
"""

from __future__ import annotations

import re

from loaders.facts import Genre
from loaders.text.normalize import fold_width

MINIMUM_SCORE = 4

# (pattern, weight, counted at most n times); patterns are searched line by line.
Cue = tuple[re.Pattern[str], int, int]


def _cue(pattern: str, weight: int, most: int = 1) -> Cue:
    return re.compile(pattern), weight, most


_CUES: dict[Genre, list[Cue]] = {
    "department_policy": [
        _cue(r"部局運営方針|部局マニフェスト|の運営方針|運営方針\)|部局.{0,4}プロフィール", 3),
        _cue(r"^\s*[■◆●]?\s*(?:組織(?:構成|体制)|職員数)\s*(?:\([^()]*\))?\s*$", 2),
        _cue(r"^\s*(?:職・課名|課名|所属)\s.*(?:合計|計)", 1),
        _cue(r"当初予算(?:額)?\s*(?:[(（][^()（）]*[)）])?\s*$", 2),
        _cue(r"^\s*【?課題\s*(?:[0-9]+|\([0-9]+\)|[①-⑳])(?:】|[\s:])?\s*\S", 1, 3),
        _cue(r"^\s*【重点課題\s*[0-9]+】", 1, 3),
        _cue(r"^\s*【(?:重点課題|基本姿勢)】\s*$", 2),
        _cue(r"(?:主な|主要な?)事業】?\s*(?:[(（][^()（）]*[)）])?\s*$", 2),
        _cue(r"^\s*[•・●]\s*(?:担当課|予算)\s*$", 1, 2),
        _cue(r"\t所管室・課|\t担当課\s*$", 2),
        _cue(r"^部\s*[(（]局[)）]\t", 3),
        _cue(r"(?:部|局)職員(?:数)?合計", 1),
    ],
    "comprehensive_plan_policy": [
        _cue(r"^\s*(?:基本施策|施策|基本政策|政策)\s*[IVXⅠ-Ⅻ0-9]+-[^\s]*\s+\S", 4),
        _cue(r"^\s*現状と課題\s*$", 1, 2),
        _cue(r"^\s*計画期間.{0,20}の取組\s*$", 2),
        _cue(r"^\s*お問い?合わ?せ先\s*$", 1),
        _cue(r"^\s*[(（][0-9]+[)）]\s*\S", 1, 2),
    ],
    "reform_plan_sheet": [
        _cue(r"^\s*(?:重点改革項目|改革項目|重点項目)\s*[IVXⅠ-Ⅻ0-9]+\s+\S", 2),
        _cue(r"^取組項目.*\t", 2),
        _cue(r"^(?:具体的な)?取組項目\s*[(（]小項目[)）]\t|^(?:改革)?実施項目.*\t", 2),
        _cue(r"\t担当課\t", 1),
        _cue(r"^(?:成果|活動|数値|目標)?指標(?:名)?\t", 1),
        _cue(r"^年度評価\t|^(?:進捗|自己|達成度)?評価(?:結果)?\t", 2),
    ],
    "reform_plan_chapter": [
        _cue(r"^\s*取組\s*(?:[0-9]+|[IVXⅠ-Ⅻ]+)?(?:\s*[:.、]\s*|\s+)\S", 3),
        _cue(r"^\s*[(（][0-9]+[)）]\s+\S.*(?:取組|推進|強化)\s*$", 1, 3),
        _cue(r"^\s*(?:取組(?:事項|項目)|(?:主な)?取組名?)\t[^\t]*(?:概要|内容|方向)", 3),
        _cue(r"^\s*【主な取組】\s*$", 1),
    ],
}


def genre_scores(text: str) -> dict[Genre, int]:
    """Score of each genre: the weights of the structural cues found in the text."""
    lines = fold_width(text, keep_length=True).splitlines()
    scores: dict[Genre, int] = {}
    for genre, cues in _CUES.items():
        total = 0
        for pattern, weight, most in cues:
            hits = sum(1 for line in lines if pattern.search(line))
            total += weight * min(hits, most)
        scores[genre] = total
    return scores


def detect_genre(text: str) -> Genre:
    """The genre whose structure the text shows best, or "generic" when none is clear."""
    scores = genre_scores(text)
    genre = max(scores, key=lambda g: scores[g])
    if scores[genre] < MINIMUM_SCORE:
        return "generic"
    return genre
