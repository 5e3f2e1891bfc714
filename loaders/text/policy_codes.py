"""Policy codes (施策体系の番号) as printed: "4-1-2", "VII-1-(2)", "(5)", "重点改革項目Ⅱ", "No.26".

A code is a path of numbers; printed forms mix Arabic, Roman and circled numerals and
brackets.  `normalized` keeps only the numbers, dash separated ("VII-1-(2)" → "7-1-2"),
so codes from different documents of one plan compare equal, and `parents` gives the
broader codes a `skos:broader` chain needs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from loaders.text.normalize import fold_width, unquoted

_ROMAN_ASCII = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_ROMAN_CHARS = "IVX\u2160-\u217f"
_CIRCLED_FIRST, _CIRCLED_LAST = 0x2460, 0x2473  # ① … ⑳
_CIRCLED = "\u2460-\u2473"

# One step of a code: 12, VII, Ⅶ, (2), （2）, ①.  Arabic steps have 1–3 digits and no
# leading zero, which keeps phone numbers (044-200-2550) and years out — unless every step
# is two digits, zero-padded as a system's export pads them (01-03: `_parse_code_text`).
_BARE_STEP = rf"(?:[1-9][0-9]{{0,2}}|0[1-9]|[{_ROMAN_CHARS}]{{1,6}})"
_STEP = rf"(?:{_BARE_STEP}|\({_BARE_STEP}\)|[{_CIRCLED}])"
_MAX_STEPS = 8  # deeper than any plan's hierarchy; bounds the work on hostile input
_CODE = rf"(?:{_STEP}(?:-{_STEP}){{0,{_MAX_STEPS - 1}}})"
_NUMBER_SIGN = r"(?:No|NO|no|№)\s*\.?\s*(?=[0-9])"
_CODE_OR_NUMBER = rf"(?:{_NUMBER_SIGN}[0-9]{{1,4}}|{_CODE})"
# A label word before a code (基本施策, 重点改革項目, 課題): kana/kanji only, not 第 (an
# ordinal: 第5次, 第2章) and not a year's era (平成29).
_PREFIX = r"[\u3040-\u30ff\u3400-\u9fff々〆ヶ]{1,12}?"

# The printed forms a policy code's skos:notation may take: the sh:pattern of
# mks:PolicyCodeShape, word for word (a test holds the two together).
PRINTED_CODE_PATTERN = (
    r"^((No|NO|no|№)\s*[.．]?\s*[0-9０-９]+|[(（]?([0-9０-９]+|[IVXLCDMivxlcdm]+|[Ⅰ-ⅿ]+|[①-⑳])"
    r"[)）]?([-－‐‑–—−.．][(（]?([0-9０-９]+|[IVXLCDMivxlcdm]+|[Ⅰ-ⅿ]+|[①-⑳])[)）]?)*)$"
)
_PRINTED_CODE = re.compile(PRINTED_CODE_PATTERN)


def printable_notation(printed: str, normalized: str) -> str:
    """The code as printed when the shapes accept that form, else its normalized form
    (7-1-2): a form some reading let through (「1-2-ア」) must not cost the document."""
    return printed if _PRINTED_CODE.fullmatch(printed) else normalized
_ERA_PREFIX = re.compile(r"(?:明治|大正|昭和|平成|令和)$")
# What may not follow a code: more number, a unit, a date or time part.
_NOT_AFTER = re.compile(
    r"^(?:[0-9~-]|[.,:/](?=[0-9])|[A-Za-z](?![A-Za-z])"
    r"|年|月|日|時|分|円|%|パーセント|名|人|件|箇所|か所|号|次|条|倍|歳|割)"
)
# what may follow a code: a gap, a colon, a closing mark, or a quoted name closing the line
_CODE_END = re.compile(r"[\s:：.．)）、】]|「[^「」]+」\s*$")
_LABEL_START = re.compile(r"^[\s:：.．)）、]*")


@dataclass(frozen=True)
class CodeParse:
    """A policy code: as printed, normalized (numbers, dash separated), its broader codes."""

    printed: str
    normalized: str
    parts: tuple[int, ...]
    parents: list[str]


@dataclass(frozen=True)
class LeadingCode:
    """A code at the start of a line, the label after it, and where each sits in the line."""

    prefix: str  # label word before the code ("基本施策"), "" when none
    code: CodeParse
    label: str
    code_start: int
    code_end: int
    label_start: int


def roman_to_int(s: str) -> int | None:
    """Value of a Roman numeral I..XXXIX, Ⅰ..Ⅻ or ⅰ..ⅻ (upper or lower case), else None."""
    text = unicodedata.normalize("NFKC", s.strip()).upper()
    if not text or not _ROMAN_ASCII.fullmatch(text):
        return None
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for index, char in enumerate(text):
        value = values[char]
        following = values[text[index + 1]] if index + 1 < len(text) else 0
        total += -value if value < following else value
    return total


def _step_value(step: str) -> int | None:
    inner = step.strip("()")
    if re.fullmatch("[0-9]+", inner):
        return int(inner)
    if len(inner) == 1 and _CIRCLED_FIRST <= ord(inner) <= _CIRCLED_LAST:
        return ord(inner) - _CIRCLED_FIRST + 1
    return roman_to_int(inner)


def _code_from_parts(printed: str, parts: tuple[int, ...]) -> CodeParse:
    names = ["-".join(str(p) for p in parts[: i + 1]) for i in range(len(parts))]
    return CodeParse(printed=printed, normalized=names[-1], parts=parts, parents=names[:-1])


def _parse_code_text(printed: str) -> CodeParse | None:
    """Parse a folded code string (no prefix word)."""
    number = re.fullmatch(rf"{_NUMBER_SIGN}([0-9]{{1,4}})", printed)
    if number:
        return _code_from_parts(printed, (int(number.group(1)),))
    if not re.fullmatch(_CODE, printed):
        return None
    steps = printed.split("-")
    if any(step.strip("()").startswith("0") for step in steps) and not all(
        re.fullmatch(r"[0-9]{2}", step.strip("()")) for step in steps
    ):
        return None  # 「01-3」, 「03-1234」: padded codes pad every step, a phone no step
    values = [_step_value(step) for step in steps]
    if any(value is None for value in values):
        return None
    return _code_from_parts(printed, tuple(v for v in values if v is not None))


def parse_policy_code(s: str) -> CodeParse | None:
    """Parse a string that IS a code: "4-1-2", "VII-1-(2)" (→ "7-1-2"), "(5)", "No.26",
    or a label word and a code, "重点改革項目Ⅱ" (→ "2"; printed is the code part, "Ⅱ").

    `printed` keeps the original characters of the code part (full width stays full width).
    Returns None for anything else, including dates, phone numbers and amounts.
    """
    original = s.strip()
    folded = fold_width(original, keep_length=True)
    match = re.fullmatch(rf"(?P<prefix>{_PREFIX})?\s*(?P<code>{_CODE_OR_NUMBER})", folded)
    if match is None:
        return None
    if match.group("prefix") and (
        _ERA_PREFIX.search(match.group("prefix")) or match.group("prefix").endswith("第")
    ):
        return None
    parsed = _parse_code_text(match.group("code"))
    if parsed is None:
        return None
    return _with_printed(parsed, original[match.start("code") : match.end("code")])


def _with_printed(code: CodeParse, printed: str) -> CodeParse:
    return CodeParse(printed, code.normalized, code.parts, code.parents)


def compose_codes(*parts: str) -> CodeParse:
    """One code from the codes of nested levels: 政策目標 "(5)" + 施策目標 "(2)" → "5-2".

    Raises ValueError when a part is not a code.
    """
    if not parts:
        raise ValueError("compose_codes needs at least one code")
    numbers: list[int] = []
    printed: list[str] = []
    for part in parts:
        code = parse_policy_code(part)
        if code is None:
            raise ValueError(f"not a policy code: {part!r}")
        numbers.extend(code.parts)
        printed.append(re.sub(r"^[(（](.*)[)）]$", r"\1", code.printed))
    return _with_printed(_code_from_parts("", tuple(numbers)), "-".join(printed))


_LEADING = re.compile(rf"^(?P<indent>\s*)(?:(?P<prefix>{_PREFIX})\s*)?(?P<code>{_CODE_OR_NUMBER})")


_PARTICLE = re.compile(r"[のはがをにでとへもや]")


def find_leading_code(line: str) -> LeadingCode | None:
    """The code a line starts with, with its label and offsets (see `leading_code`)."""
    folded = fold_width(line, keep_length=True)
    match = _LEADING.match(folded)
    if match is None:
        return None
    prefix = match.group("prefix") or ""
    if _ERA_PREFIX.search(prefix) or prefix.endswith("第"):
        return None
    code_text = match.group("code")
    parsed = _parse_code_text(code_text)
    if parsed is None:
        return None
    rest = folded[match.end() :]
    if _NOT_AFTER.match(rest) and (code_text[-1:].isascii() or rest[:1].isdigit()):
        return None  # 「3-(2)-②時間外…」: a circled or bracketed end takes no unit after it
    single = len(parsed.parts) == 1 and not code_text.startswith(("(", "No", "NO", "no", "№"))
    # 「基本施策2-(1)港の活性化」: the bracket ends the code — unless a particle follows, the code
    # then being part of a sentence (「施策2-(1)では…」)
    closed = code_text.endswith(")") and len(parsed.parts) > 1 and not _PARTICLE.match(rest)
    if (single or prefix) and rest and not closed and not _CODE_END.match(rest):
        return None  # "20コミュニティ", "第5次…": a number inside a phrase, not a code
    gap = _LABEL_START.match(rest)
    label_start = match.end() + (gap.end() if gap else 0)
    label = line[label_start:].strip()
    label = unquoted(label)  # 「施策4-1「名称」」: the name
    if single and label[:1].isdigit() and not (
        re.match(r"[.．][ \u3000]", rest) and _WORD_AFTER_DIGITS.match(label)
    ):
        return None  # "12 4 5 21", "協働推進課 12 4 5 21": a table row of numbers (but
        # 「1. 3歳児の○○の充実」: a list's number, then a name opening with a figure)
    if single and not label and (not prefix or code_text.isdigit()):
        return None  # a lone number, or "近隣センター 56": a name and a count
    code = _with_printed(parsed, line[match.start("code") : match.end("code")])
    if prefix and len(parsed.parts) == 1:
        nested = _nested_level(line, label_start)
        if nested is not None:
            return LeadingCode(prefix, compose_codes(code.printed, nested.code.printed),
                               nested.label, match.start("code"), nested.code_end,
                               nested.label_start)
    return LeadingCode(prefix, code, label, match.start("code"), match.end("code"), label_start)


# a figure run into a word (「1人」, 「3歳児」): a name opening with a number, no column of them
_WORD_AFTER_DIGITS = re.compile(r"[0-9]+[^\s0-9,.、．，]")
_LEVEL_WORD_MAX = 6  # 政策目標, 施策目標, 基本施策: a level's word, set against its number


def _nested_level(line: str, start: int) -> LeadingCode | None:
    """「政策目標(7)　施策目標(3)　名称」: each level's code printed in a row after its own label
    word, so the item is the inner level (7-3, as seeds prescribe), not 7 named 「施策目標(3)…」."""
    inner = find_leading_code(line[start:])
    if inner is None or not inner.prefix or len(inner.code.parts) != 1 or not inner.label:
        return None
    if len(inner.prefix) > _LEVEL_WORD_MAX or inner.code_start != len(inner.prefix):
        return None  # 「取組内容 1 名称A 2 名称B」: a name before the next number, no level word
    return LeadingCode(inner.prefix, inner.code, inner.label, start + inner.code_start,
                       start + inner.code_end, start + inner.label_start)


def leading_code(line: str) -> tuple[CodeParse, str] | None:
    """The code a line starts with and the label after it, or None.

    "4-1-2多彩な地域活動の応援" → (4-1-2, "多彩な地域活動の応援"); "基本施策 VII-1-(2) 緑の
    ネットワークの形成" → (7-1-2, "緑のネットワークの形成"); "(1)地域…" → (1, "地域…").
    A single number needs a separator after it ("1 活力ある…"), so 20コミュニティ is not a
    code; dates, amounts, phone and postal numbers are never codes.
    """
    found = find_leading_code(line)
    return None if found is None else (found.code, found.label)


@dataclass(frozen=True)
class InlineCode:
    """A code printed inside a line with the name after it, up to the next such code."""

    code: CodeParse
    name: str
    start: int  # offset of the name in the line
    end: int


# A code set apart by white space (or starting the text), then a name that is no figure.
_INLINE = re.compile(rf"(?:^|(?<=[ \u3000\t]))(?P<code>{_CODE})[ \u3000\t:：.．]+(?=[^\s0-9])")
_INLINE_NAME_MAX = 30
_NAME_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def inline_codes(text: str) -> tuple[str, list[InlineCode]] | None:
    """「子育て・教育　1-1 子育て支援　1-2 学校教育」, 「1 子育て　2 経済　3 暮らし」: codes
    listed along one line, each followed by its name. Returns the text before the first
    code (stripped) and the codes with their names; None when the line holds none or a
    piece is no short name (a sentence, a figure, a date, words set apart like the
    further cells of a row)."""
    folded = fold_width(text, keep_length=True)
    found = [m for m in _INLINE.finditer(folded) if not _NOT_AFTER.match(folded[m.end("code") :])]
    if not found:
        return None
    pieces: list[InlineCode] = []
    for k, match in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        raw = text[match.end() : end]
        name = raw.strip()
        parsed = _parse_code_text(match.group("code"))
        if (
            parsed is None
            or not name
            or len(name) > _INLINE_NAME_MAX
            or not _NAME_CHAR.search(name)
            or re.search(r"[。．、，,]|\s", name)  # a row's further cells, not one name
        ):
            return None
        start = match.end() + (len(raw) - len(raw.lstrip()))
        code = _with_printed(parsed, text[match.start("code") : match.end("code")])
        pieces.append(InlineCode(code, name, start, start + len(name)))
    return text[: found[0].start()].strip(), pieces


# A code of two or more steps printed right after a name, with no gap (a cell whose lines
# were joined: 「…まちづくり1-2 次の…」): not preceded by a figure, a letter or a dash.
_RUN_ON = re.compile(
    rf"(?<![0-9A-Za-z\-.．~])(?P<code>{_BARE_STEP}(?:-{_BARE_STEP}){{1,{_MAX_STEPS - 1}}})"
    r"[ \u3000\t:：.．]*(?=[^\s0-9])"
)


def run_on_codes(text: str) -> list[InlineCode]:
    """「1-1 名称A1-2 名称B」: codes of one depth, each with its name, printed one after the
    other in a single text with no gap between a name and the next code (the lines of a
    merged table cell joined). Each code must follow the one before it in order (1-1, 1-2,
    2-1 …) and be no date or figure (「国道1-2号」), so a code-like number inside a name does
    not split it. Empty unless the text starts with a code and holds at least two."""
    folded = fold_width(text, keep_length=True)
    found = [m for m in _RUN_ON.finditer(folded) if not _NOT_AFTER.match(folded[m.end("code") :])]
    if len(found) < 2 or found[0].start() != len(folded) - len(folded.lstrip()):
        return []
    pieces: list[InlineCode] = []
    previous: CodeParse | None = None
    for k, match in enumerate(found):
        parsed = _parse_code_text(match.group("code"))
        if parsed is None or "(" in parsed.printed:
            return []
        if previous is not None and (
            len(parsed.parts) != len(previous.parts)
            or parsed.parts <= previous.parts
            or folded[match.start() - 1].isspace()  # set apart: a figure in a name, no run
        ):
            return []
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        raw = text[match.end() : end]
        name = raw.strip()
        if len(name) < 2 or not _NAME_CHAR.search(name):
            return []
        start = match.end() + (len(raw) - len(raw.lstrip()))
        code = _with_printed(parsed, text[match.start("code") : match.end("code")])
        pieces.append(InlineCode(code, name, start, start + len(name)))
        previous = parsed
    return pieces


_DOTTED = re.compile(r"[1-9][0-9]?(?:\.[1-9][0-9]?){1,3}")


def parse_dotted_code(s: str) -> CodeParse | None:
    """「1.1」, 「3.2.1」: a code whose steps are joined by dots (→ "1-1", printed as is).
    Only for a place the page says holds codes (a column of them beside their levels): on
    its own a dotted number is as likely a decimal (1.5), so `parse_policy_code` refuses it."""
    original = s.strip()
    folded = fold_width(original, keep_length=True)
    if not _DOTTED.fullmatch(folded):
        return None
    return _code_from_parts(original, tuple(int(step) for step in folded.split(".")))
