"""Figures written digit by digit in kanji, as vertical writing prints them.

A document set vertically writes its figures with a kanji for each digit (「四一二、三六〇千円」,
「一六人（一五人）」, 「四八・六％」, 「令和八年度」, 「施策四―一」): no 十, 百 or 千 between
them, the 読点 separating thousands and the 中点 the decimals. Read back horizontally, no
amount, count or code of it reads as one. Such a document is recognised by its runs of
digits (several holding 〇, or thousands groups apart by 、), and each of its figures is
written in arabic digits, one for one (offsets stay where they were).

A single kanji digit is a digit only where a figure stands: after an era name or a level's
label word (令和八年, 施策四―一), in a bracketed number (（一）), as a section's number at a
line's start (「一　部の使命」), or before a counter (一人, 八年); 「一般会計」, 「一部」 and
「統一」 keep their kanji.
"""

from __future__ import annotations

import re

_DIGITS = "〇一二三四五六七八九"
_TO_ARABIC = str.maketrans(_DIGITS, "0123456789")
_D = f"[{_DIGITS}]"
# a run of two digits or more, thousands groups apart by 、, a decimal part after ・
_RUN = re.compile(rf"{_D}{{1,3}}(?:、{_D}{{3}})+(?:・{_D}+)?|{_D}{{2,}}(?:・{_D}+)?|{_D}・{_D}+")
_MIN_RUNS = 3  # runs holding 〇 or a thousands group: the document writes its figures so
_COUNTERS = "人件年月日回校円％%世帯団体名点箇所か所期次号条倍歳割"
_SINGLE = re.compile(
    rf"(?:(?<=令和|平成|昭和|目標|施策|政策|方針|項目|取組)|(?<=第))(?P<d>{_D})"
    rf"|(?<=[（(])(?P<bracketed>{_D})(?=[）)])"
    rf"|(?<=[―ー－-])(?P<after>{_D})(?![{_DIGITS}])"
    rf"|(?m:^(?P<lead>{_D})(?=[\u3000 ]))"
    rf"|(?P<counted>{_D})(?=[{_COUNTERS}])"
)


def positional_numerals(text: str) -> str:
    """`text` with its kanji-digit figures in arabic digits, when it writes figures so."""
    runs = [m.group() for m in _RUN.finditer(text)]
    if sum(1 for run in runs if "〇" in run or "、" in run) < _MIN_RUNS:
        return text
    chars = list(text)
    for m in _RUN.finditer(text):
        for k in range(m.start(), m.end()):
            chars[k] = _arabic(text[k])
    for m in _SINGLE.finditer(text):
        for group in ("d", "bracketed", "after", "lead", "counted"):
            if m.group(group) is not None:
                chars[m.start(group)] = _arabic(text[m.start(group)])
    return "".join(chars)


def _arabic(ch: str) -> str:
    if ch == "、":
        return ","
    if ch == "・":
        return "."
    return ch.translate(_TO_ARABIC)
