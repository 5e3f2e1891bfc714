"""The numbering a heading or list item starts with, and the style that sets its level.

Documents number their outline as 第1章 / 1 / (1) / ① / ア, or with policy codes such as
1-1, 施策3-2-1, 政策目標(5), Ⅰ., No.R1-1. A style's level is not fixed: the reader ranks
styles by first appearance, as a reader of an unknown document does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.text.policy_codes import find_leading_code

_CIRCLED = "\u2460-\u2473\u3251-\u325f"
_CHAPTER = re.compile(
    r"^\s*第\s*(?P<n>[0-9一二三四五六七八九十]+)\s*(?P<unit>[編部章節項款目条])\s*"
)
_CIRCLED_START = re.compile(rf"^\s*(?P<n>[{_CIRCLED}])\s*")
# ❶ ➀ ➊: the dingbat digits (negative and sans-serif circled, one to ten), a numbering of
# its own beside the ① under it
_DINGBAT_START = re.compile(r"^\s*(?P<n>[\u2776-\u2793])\s*")
_PAREN = re.compile(r"^\s*[(（]\s*(?P<n>[0-9]{1,3}|[ア-ンa-zA-Z])\s*[)）]\s*")
# ⑴ ⒈ ㈠ (一): the one-character and kanji forms word processors print for (1), 1., (一)
_PAREN_DIGIT = "\u2474-\u2487"
_DOTTED_DIGIT = "\u2488-\u249b"
_PAREN_KANJI = "\u3220-\u3229"
_SINGLE_CHAR = re.compile(rf"^\s*(?P<n>[{_PAREN_DIGIT}{_DOTTED_DIGIT}{_PAREN_KANJI}])\s*")
_KANJI_DIGITS = "一二三四五六七八九十"
_PAREN_KANJI_TEXT = re.compile(
    rf"^\s*[(（]\s*(?P<n>十?[{_KANJI_DIGITS}]|[{_KANJI_DIGITS}]十)\s*[)）]\s*"
)
# 「第1 趣旨」: 第 and a number alone, the sections of an official report
_DAI = re.compile(r"^\s*(?P<printed>第\s*(?P<n>[0-9]{1,2}))(?=[ \u3000])\s*")
_KATAKANA_ORDER = "アイウエオカキクケコサシスセソタチツテト"
_KATAKANA = re.compile(rf"^\s*(?P<n>[{_KATAKANA_ORDER}])[.．、\s)）]\s*")
# "1持続可能で…": a number pressed against its text, as PDF and web exports print lists.
_TIGHT = re.compile(r"^\s*(?P<n>[1-9][0-9]?)(?=[\u3040-\u30ff\u3400-\u9fff「『【])")
_NO_SIGN = re.compile(
    r"^\s*(?P<prefix>[\u3040-\u30ff\u3400-\u9fff]{0,10}?)\s*(?P<n>No\.?\s*[A-Z]?[0-9]+(?:-[0-9]+)*)\s*",
    re.I,
)
_UNIT_AFTER = re.compile(
    r"^(?:[0-9]|年|月|日|時|分|円|%|人(?![材口])|件|名|か所|箇所|号|次|期|倍|歳(?![入出])|割"
    r"|(?:億|万|千|百)(?=[0-9億万千百円人件回台本点]|$)|回|台|本|点|項目|つ)"
)  # (a counter, not a word it opens: 「(1)歳入の確保」「(2)人材育成」「(3) 千○市民…」)

_CHAPTER_RANK = {"編": 0, "部": 1, "章": 2, "節": 3, "項": 4, "款": 5, "目": 6, "条": 7}


@dataclass(frozen=True)
class Numbering:
    printed: str  # the number as printed: "1", "(1)", "①", "1-1", "第2節", "No.R1-1"
    prefix: str  # label word before it: "施策", "重点取組", "" when none
    style: str  # "chapter:節", "arabic", "paren", "circled", "code:3", "katakana", "no", "tight"
    end: int  # offset in the line where the text after the numbering starts
    parts: tuple[int, ...] = ()


def leading_numbering(line: str) -> Numbering | None:
    """The numbering `line` (folded) starts with, or None."""
    if m := _CHAPTER.match(line):
        return Numbering(m.group(0).strip(), "", f"chapter:{m.group('unit')}", m.end())
    if m := _SINGLE_CHAR.match(line):
        return _single_char(m)
    if m := _PAREN_KANJI_TEXT.match(line):
        n = _kanji_value(m.group("n"))
        return Numbering(m.group(0).strip(), "", "paren-kanji", m.end(), (n,))
    if m := _DAI.match(line):
        return Numbering(m.group("printed"), "", "dai", m.end(), (int(m.group("n")),))
    if m := _DINGBAT_START.match(line):
        value = (ord(m.group("n")) - 0x2776) % 10 + 1
        return Numbering(m.group("n"), "", "dingbat", m.end(), (value,))
    if m := _CIRCLED_START.match(line):
        return Numbering(m.group("n"), "", "circled", m.end(), (_circled_value(m.group("n")),))
    if m := _PAREN.match(line):
        if _UNIT_AFTER.match(line[m.end() :]):
            return None
        n = m.group("n")
        style = "paren" if n.isdigit() else "paren-letter"
        return Numbering(m.group(0).strip(), "", style, m.end(), (int(n),) if n.isdigit() else ())
    if m := _NO_SIGN.match(line):
        # 「No.2」: the second of its list (a list restarting at No.1 opens under the heading
        # above it; No.2 goes on at No.1's level)
        parts = tuple(int(x) for x in re.findall(r"[0-9]+", m.group("n")))
        return Numbering(m.group("n"), m.group("prefix"), "no", m.end(), parts)
    if spaced := _spaced_label(line):
        return spaced
    found = find_leading_code(line)
    if found is not None and found.prefix and _counted_unit(found.prefix, found.code.printed):
        return None  # 「総務係（8）」: a unit and its staff in brackets, no numbered level
    if found is not None:
        depth = len(found.code.parts)
        printed = found.code.printed
        if found.prefix:
            style = f"prefixed:{found.prefix}:{depth}"
        elif printed.startswith("(") or printed.startswith("（"):
            style = "paren"
        elif depth == 1 and not printed.isdigit():
            style = "roman" if printed[:1] not in "①②③④⑤⑥⑦⑧⑨⑩" else "circled"
        elif depth == 1:
            style = "arabic"
        else:
            style = f"code:{depth}"
        return Numbering(printed, found.prefix, style, found.label_start, found.code.parts)
    if m := _KATAKANA.match(line):
        # ア イ ウ count 1, 2, 3: イ goes on the list ア opened rather than starting one
        n = _KATAKANA_ORDER.index(m.group("n")) + 1
        return Numbering(m.group("n"), "", "katakana", m.end(), (n,))
    if m := _TIGHT.match(line):
        if _UNIT_AFTER.match(line[m.end() :]):
            return None
        return Numbering(m.group("n"), "", "tight", m.end(), (int(m.group("n")),))
    return None


def _counted_unit(prefix: str, printed: str) -> bool:
    """「総務係（8）」「健康子育て課（16）」: a unit's name, its count bracketed after it."""
    from loaders.genres.units import unit_kind  # (the units' vocabulary reads no structure)

    return printed.startswith(("(", "（")) and unit_kind(prefix) is not None


# 「施　　策　３－２」, 「政 策 2」: a label word a PDF form prints letter by letter, then a code
_SPACED_LABEL = re.compile(
    r"^\s*(?P<label>[\u3400-\u9fff](?:[ \u3000]+[\u3400-\u9fff]){1,3})[ \u3000]+"
)


def _spaced_label(line: str) -> Numbering | None:
    """A letter-spaced label word and the code after it, read as the label and its code."""
    m = _SPACED_LABEL.match(line)
    if m is None:
        return None
    found = find_leading_code(line[m.end() :])
    if found is None or found.prefix or not found.label:
        return None
    word = found.label.split()[0]
    if len(word) <= 2 and _UNIT_AFTER.match(word):
        return None  # 「合 計 120 件」: a count and its unit, no code and name
    prefix = re.sub(r"[ \u3000]", "", m.group("label"))
    depth = len(found.code.parts)
    return Numbering(found.code.printed, prefix, f"prefixed:{prefix}:{depth}",
                     m.end() + found.label_start, found.code.parts)  # fmt: skip


def _single_char(m: re.Match[str]) -> Numbering:
    """⑴ is (1), ⒈ is 1., ㈠ is (一): each keeps its own style, so ㈠ over ⑴ nests."""
    code = ord(m.group("n"))
    if 0x2474 <= code <= 0x2487:
        return Numbering(m.group("n"), "", "paren", m.end(), (code - 0x2474 + 1,))
    if 0x2488 <= code <= 0x249B:
        return Numbering(m.group("n"), "", "arabic", m.end(), (code - 0x2488 + 1,))
    return Numbering(m.group("n"), "", "paren-kanji", m.end(), (code - 0x3220 + 1,))


# 「基本目標１」 alone: a level's word and its number with no name, which no numbering reads
LONE_LEVEL = re.compile(r"^(?P<prefix>[^\s0-9]{2,6})\s*(?P<number>[0-9]{1,2})$")


def is_circled(printed: str) -> bool:
    """A number printed circled (①, ㉑): an entry's, seldom a level's code."""
    return _CIRCLED_START.match(printed) is not None


def plain_number(printed: str) -> str:
    """The number in ASCII as other pages print it (⑴ → (1), ⒈ → 1, ㈠ and (一) → (1)), so
    a code read from it is the same whichever form the word processor chose."""
    text = printed.strip()
    if len(text) == 1 and (m := _SINGLE_CHAR.match(text)):
        numbering = _single_char(m)
        n = numbering.parts[0]
        return str(n) if numbering.style == "arabic" else f"({n})"
    if m := _PAREN_KANJI_TEXT.fullmatch(text):
        return f"({_kanji_value(m.group('n'))})"
    return printed


def _kanji_value(text: str) -> int:
    """一 … 十九 as a number (the numbering of a section, never larger)."""
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _KANJI_DIGITS.index(text[1]) + 1
    if text.endswith("十"):
        return (_KANJI_DIGITS.index(text[0]) + 1) * 10
    return _KANJI_DIGITS.index(text) + 1


def _circled_value(char: str) -> int:
    code = ord(char)
    return code - 0x2460 + 1 if code <= 0x2473 else code - 0x3251 + 21


def chapter_rank(style: str) -> int | None:
    if style.startswith("chapter:"):
        return _CHAPTER_RANK.get(style.split(":", 1)[1])
    return None
