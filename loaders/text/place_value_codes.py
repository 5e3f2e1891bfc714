"""Policy codes printed as one number whose digits a legend splits into levels: 「施策番号は、
百の位が基本目標の番号を、下２桁が基本目標の中の施策の番号を表します」 makes 402 the second
施策 of 基本目標 4 (code 4-2). Without such a legend a number is no code of levels."""

from __future__ import annotations

import re

from loaders.text.normalize import fold_width

# each place a legend names, in the order it names them: 百の位 (one digit), 下２桁 (two)
_PLACE = re.compile(r"(?P<one>[千百十一])の位|(?P<side>[上下])(?P<n>[1-4])桁")
_LEGEND_CUE = re.compile(r"(?:[千百十一]の位|[上下][1-4]桁)が")


def place_value_split(text: str) -> tuple[int, ...] | None:
    """The digits per level a legend in `text` gives (百の位 … 下2桁 → (1, 2)), or None when
    the text prints no such legend (two places named at least)."""
    span = legend_span(text)
    if span is None:
        return None
    sentence = fold_width(text[span[0] : span[1]])
    sizes = tuple(1 if m.group("one") else int(m.group("n")) for m in _PLACE.finditer(sentence))
    # (the worked example after the legend names no place)
    return sizes if len(sizes) >= 2 else None


def split_code(code: str, sizes: tuple[int, ...]) -> str | None:
    """「402」 split by (1, 2) → "4-2"; None when the code is no number of that many digits."""
    digits = fold_width(code).strip()
    if not digits.isdigit() or len(digits) != sum(sizes):
        return None
    parts, at = [], 0
    for size in sizes:
        parts.append(str(int(digits[at : at + size])))
        at += size
    return "-".join(parts)


def legend_span(text: str) -> tuple[int, int] | None:
    """Where the legend's sentence stands (its worked example in brackets after it too)."""
    folded = fold_width(text, keep_length=True)
    cue = _LEGEND_CUE.search(folded)
    if cue is None:
        return None
    start = folded.rfind("\n", 0, cue.start()) + 1
    end = folded.find("。", cue.start())
    end = len(folded) if end == -1 else end + 1
    example = re.match(r"\s*[(（][^()（）]*[)）]", folded[end:])
    return start, end + (example.end() if example else 0)
