"""Policy codes printed as one number whose digits a legend splits into levels: 「施策番号は、
百の位が基本目標の番号を、下２桁が基本目標の中の施策の番号を表します」 makes a number xyz the
施策 yz of 基本目標 x (code x-yz). Without such a legend a number is no code of levels."""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.text.normalize import fold_width

# each place a legend names, in the order it names them: 百の位 (one digit), 下２桁 (two)
_PLACE = re.compile(r"(?P<one>[千百十一])の位|(?P<side>[上下])(?P<n>[1-4])桁")
_LEGEND_CUE = re.compile(r"(?:[千百十一]の位|[上下][1-4]桁)が")


@dataclass(frozen=True)
class PlaceValueLegend:
    """The digits per level a legend gives (百の位 … 下2桁 → (1, 2)), and where the legend's
    sentence stands (its worked example in brackets after it too)."""

    sizes: tuple[int, ...]
    start: int
    end: int


def place_value_legend(text: str) -> PlaceValueLegend | None:
    """The legend `text` prints, or None (two places named at least)."""
    folded = fold_width(text, keep_length=True)
    cue = _LEGEND_CUE.search(folded)
    if cue is None:
        return None
    start = folded.rfind("\n", 0, cue.start()) + 1
    end = folded.find("。", cue.start())
    end = len(folded) if end == -1 else end + 1
    # (the worked example after the legend names no place)
    sizes = tuple(1 if m.group("one") else int(m.group("n"))
                  for m in _PLACE.finditer(folded[start:end]))  # fmt: skip
    example = re.match(r"\s*[(（][^()（）]*[)）]", folded[end:])
    end += example.end() if example else 0
    return PlaceValueLegend(sizes, start, end) if len(sizes) >= 2 else None


def split_code(code: str, sizes: tuple[int, ...]) -> str | None:
    """「xyz」 split by (1, 2) → "x-yz" (leading zeros dropped); None when the code is no
    number of that many digits."""
    digits = fold_width(code).strip()
    if not digits.isdigit() or len(digits) != sum(sizes):
        return None
    parts, at = [], 0
    for size in sizes:
        parts.append(str(int(digits[at : at + size])))
        at += size
    return "-".join(parts)
