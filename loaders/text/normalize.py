"""Character-level clean-up of Japanese document text.

Parsers record evidence as character offsets into the decoded text, so everything here is
LENGTH-PRESERVING (one character in, one character out) unless its docstring says otherwise.
That lets a parser match on the folded text and cut evidence from the original at the same
offsets.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

TILDES = "~\u301c\uff5e\u223c\u02dc"  # ~ 〜 ～ ∼ ˜
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"  # ‐ ‑ ‒ – — ― − ﹣ －

_HALF_KANA_FIRST, _HALF_KANA_LAST = 0xFF61, 0xFF9F
_HALF_VOICED = {"\uff9e": "\u309b", "\uff9f": "\u309c"}  # ﾞ ﾟ → ゛ ゜ (spacing, not combining)


def _fold_char(ch: str) -> str:
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E and ch not in TILDES:
        return chr(code - 0xFEE0)
    if ch == "\u3000":
        return " "
    if ch in TILDES:
        return "~"
    if ch in DASHES:
        return "-"
    return ch


_FOLD_TABLE = {
    code: _fold_char(chr(code))
    for code in [*range(0xFF01, 0xFF5F), 0x3000, *map(ord, TILDES), *map(ord, DASHES)]
}
_FOLD_TABLE = {k: v for k, v in _FOLD_TABLE.items() if v != chr(k)}
# 「⾏政⼿続」: a PDF whose font maps kanji to the radicals' code points (Kangxi radicals,
# CJK radicals supplement) gives 「⾏」 for 行; each is its kanji, one character for one
_FOLD_TABLE.update({
    code: kanji
    for code in [*range(0x2E80, 0x2EF4), *range(0x2F00, 0x2FD6)]
    if len(kanji := unicodedata.normalize("NFKC", chr(code))) == 1 and kanji != chr(code)
})


def _widen_kana_char(ch: str) -> str:
    if ch in _HALF_VOICED:
        return _HALF_VOICED[ch]
    return unicodedata.normalize("NFKC", ch)


_KANA_TABLE = {
    code: _widen_kana_char(chr(code)) for code in range(_HALF_KANA_FIRST, _HALF_KANA_LAST + 1)
}
_VOICED_PAIR = re.compile("([\u3041-\u30ff])([\u309b\u309c])")


_HALF_KANA = re.compile(f"[{chr(_HALF_KANA_FIRST)}-{chr(_HALF_KANA_LAST)}]")
_SHORT = 64  # labels and cell texts, folded again and again: cached (not whole documents)


def fold_width(s: str, *, keep_length: bool = False) -> str:
    """Fold the width variants printed documents mix freely, so patterns match one form.

    Full-width ASCII → ASCII, U+3000 → space, tildes (~〜～) → "~", dash and minus variants
    → "-", half-width katakana → full-width.  All of that is one character for one, except
    that a half-width voiced mark (ｶﾞ) is merged into its kana (ガ), which shortens the
    text; pass `keep_length=True` where offsets must survive (the mark then becomes ゛).
    """
    if len(s) <= _SHORT:  # parsing folds a few thousand distinct labels over and over
        return _fold_width_cached(s, keep_length)
    return _fold_width(s, keep_length)


@lru_cache(maxsize=32768)
def _fold_width_cached(s: str, keep_length: bool) -> str:
    return _fold_width(s, keep_length)


def _fold_width(s: str, keep_length: bool) -> str:
    folded = s.translate(_FOLD_TABLE)
    if _HALF_KANA.search(folded) is not None:
        folded = folded.translate(_KANA_TABLE)
    if keep_length or ("\u309b" not in folded and "\u309c" not in folded):
        return folded
    # 「シ゛」: a voiced mark left spacing (half-width kana folded a letter at a time, so the
    # length kept) joins its letter
    return _VOICED_PAIR.sub(_compose_voiced, folded)


def _compose_voiced(match: re.Match[str]) -> str:
    mark = "\u3099" if match.group(2) == "\u309b" else "\u309a"
    composed = unicodedata.normalize("NFC", match.group(1) + mark)
    return composed if len(composed) == 1 else match.group(0)


def printed_width(text: str) -> int:
    """The places `text` takes on a printed line: a wide (全角) character takes two; so
    does one of ambiguous width beyond Latin (Ⅱ, ①, ○, ※), which a Japanese text prints
    full-width."""
    return sum(
        2 if unicodedata.east_asian_width(ch) in "WF"
        or (unicodedata.east_asian_width(ch) == "A" and ord(ch) >= 0x2000)
        else 1
        for ch in text
    )


_WHITE = re.compile(r"\s+")


def nfkc_key(s: str) -> str:
    """The comparison key for names: NFKC, dash/tilde variants folded, no white space.

    Gold data and other documents print the same name with different widths and spacing;
    comparing keys makes 「協働推進課 」 and 「協働推進課」 the same unit.
    """
    return _WHITE.sub("", fold_width(unicodedata.normalize("NFKC", s)))


# Always bullets when leading; "-" and "*" only when followed by white space (else "-5").
# ※ is not among them: it starts a note, not a list item.
_BULLET_MARKS = "•・●○◆◇■□▪▫◎◦‣"
_LEADING_BULLET = re.compile(
    rf"^[\s\u3000]*(?:[{_BULLET_MARKS}\uff65]|[-*\uff0d\uff0a](?=[\s\u3000]))[\s\u3000]*"
)


def strip_bullet(s: str) -> str:
    """Remove one leading bullet mark and the white space around it.

    Circled numbers (①) are enumerators that parsers read, so they are kept.
    """
    return _LEADING_BULLET.sub("", s, count=1).strip()


_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")


def strip_html(s: str) -> str:
    """Remove HTML tag remnants and decode entities (NOT length-preserving).

    Only ASCII-named tags are removed, so Japanese 《》-style markers printed as
    ``<<計画期間の目標>>`` survive.
    """
    without_tags = _TAG.sub(" ", s)
    decoded = html.unescape(without_tags).replace("\xa0", " ")
    return re.sub(r"[ \t]{2,}", " ", decoded).strip()


_CELL_GAP = re.compile(r"[ \u3000]{2,}")


def cell_spans(line: str) -> list[tuple[int, int]]:
    """Offsets [start, end) of each cell of a table row, cells stripped (see `split_cells`)."""
    if "\t" in line:
        spans = []
        pos = 0
        for piece in line.split("\t"):
            spans.append(_strip_span(line, pos, pos + len(piece)))
            pos += len(piece) + 1
        return spans
    body = line.rstrip("\r\n")
    pipe_start = _markdown_row_start(body)
    if pipe_start is not None:
        end = len(body.rstrip())
        inner_start = pipe_start + 1
        inner_end = end - 1 if end - 1 > pipe_start and body[end - 1] == "|" else end
        spans = []
        pos = inner_start
        for piece in body[inner_start:inner_end].split("|"):
            spans.append(_strip_span(body, pos, pos + len(piece)))
            pos += len(piece) + 1
        return spans
    start, end = _strip_span(body, 0, len(body))
    if start == end:
        return []
    spans = []
    pos = start
    for gap in _CELL_GAP.finditer(body, start, end):
        if gap.start() > pos:
            spans.append((pos, gap.start()))
        pos = gap.end()
    if pos < end:
        spans.append((pos, end))
    return spans


def _markdown_row_start(line: str) -> int | None:
    """Index of the opening pipe of a markdown table row ("| a | b |", "- | a | b |")."""
    match = re.match(r"^[ \u3000]*(?:[-*][ \u3000]+)?\|", line)
    if match is None or line.count("|") < 2:
        return None
    return match.end() - 1


def _strip_span(s: str, start: int, end: int) -> tuple[int, int]:
    while start < end and s[start].isspace():
        start += 1
    while end > start and s[end - 1].isspace():
        end -= 1
    return start, end


def split_cells(line: str) -> list[str]:
    """Split a table row into stripped cells.

    Tabs separate cells when the row has any (empty cells kept: they hold column
    positions); else markdown pipes ``| a | b |``; else runs of two or more spaces
    (ASCII or U+3000).  A single space stays inside a cell: names print one between
    family and given name (髙橋　直資).
    """
    return [line[start:end] for start, end in cell_spans(line)]


def is_table_rule(line: str) -> bool:
    """True for a markdown table separator row such as ``|---|:--|`` or ``---\t---``."""
    stripped = line.strip()
    return bool(stripped) and bool(re.fullmatch(r"[-|:\s\t]+", stripped)) and "-" in stripped


# A "・" is a list bullet only where an item can start: at the start, after white space,
# or after the end of a sentence or another item (。．.!?！？」』)）) — never inside a
# name such as 出張所・連絡所.
_ITEM_END = "。．.!?！？」』)）"
_INLINE_BULLET = re.compile(
    rf"(?:(?<=^)|(?<=[\s\u3000{re.escape(_ITEM_END)}]))[・･●○◆◇■□▪◎]"
    r"|[・･](?=[ \u3000])|•"
)


def bullet_spans(s: str) -> list[tuple[int, int]]:
    """Offsets [start, end) of the items of an inline list (see `split_bullets`)."""
    starts = [0]
    item_starts = [0]
    for mark in _INLINE_BULLET.finditer(s):
        starts.append(mark.start())
        item_starts.append(mark.end())
    ends = [*starts[1:], len(s)]
    spans = [_strip_span(s, start, end) for start, end in zip(item_starts, ends, strict=True)]
    return [(start, end) for start, end in spans if start < end]


def split_bullets(s: str) -> list[str]:
    """Split an inline list ("・a・b ・ c", "• a • b") into stripped items.

    "•" always separates items.  "・" (and ●○◆■□) separates only at the start of the
    text, after white space or a sentence/item end (。.!?」）), or when white space follows
    it ("・ c") — so 出張所・連絡所 stays one item, and so does "a・b".  Text before the
    first bullet is returned as an item too.
    """
    return [s[start:end] for start, end in bullet_spans(s)]


_SENTENCE_END = "。．.!?！？:：」』)）]】"
_CONTINUES = ("、", ",", "・", "の", "と", "や", "及び", "並びに", "における", "による", "、及び")
_ENUMERATOR = re.compile(r"^[\s\u3000]*(?:[•・●○◆◇■□▪\-*]|[0-9０-９①-⑳(（【「\[]|第)")
_CLOSING_START = re.compile(r"^[)）」』】、。,.]")
_BRACKET_NOTE = re.compile(r"^[(（][^()（）]{1,20}[)）]$")


def _unbalanced(s: str) -> bool:
    return s.count("(") + s.count("（") > s.count(")") + s.count("）") or s.count("「") > s.count(
        "」"
    )


def _continues_into(first: str, nxt: str) -> bool:
    a, b = first.strip(), nxt.strip()
    if not a or not b or "\t" in first or "\t" in nxt or len(a) > 80 or len(b) > 40:
        return False
    if _BRACKET_NOTE.match(b) or _CLOSING_START.match(b):
        return True
    if a[-1] in _SENTENCE_END or _ENUMERATOR.match(b) or re.search(r"\s", b):
        return False
    return _unbalanced(a) or a.endswith(_CONTINUES)


def join_wrapped_lines(lines: Iterable[str]) -> list[str]:
    """Join a heading or cell label that the source wrapped onto the next line.

    Conservative: a line is joined to the next only when it visibly continues — it leaves a
    bracket open or ends with 、・の/と/や/及び…, or the next line is just a bracketed note
    such as "(短時間)" or starts with a closing bracket — and both lines are short,
    tab-free, and the next does not start a new item (bullet, number, 【, 第…).
    """
    out: list[str] = []
    for line in lines:
        if out and _continues_into(out[-1], line):
            out[-1] = out[-1].rstrip() + line.strip()
        else:
            out.append(line)
    return out


def join_wrapped(lines: Iterable[Line]) -> list[Line]:
    """`join_wrapped_lines` for `Line`s: a joined line spans from its first line's start to
    its last line's end (so the source slice still contains the newline) and is numbered
    by its first line."""
    out: list[Line] = []
    for line in lines:
        if out and _continues_into(out[-1].text, line.text):
            first = out[-1]
            out[-1] = Line(first.text.rstrip() + line.text.strip(), first.start, line.end,
                           first.number)  # fmt: skip
        else:
            out.append(line)
    return out


@dataclass(frozen=True)
class Line:
    """One line of a document: its text and where it sits ([start, end) excludes "\\n")."""

    text: str
    start: int
    end: int
    number: int  # 1-based


def lines_with_offsets(text: str) -> list[Line]:
    """Split text at "\\n" keeping each line's offsets and 1-based number.

    A final empty line after a trailing newline is not reported.
    """
    lines: list[Line] = []
    pos = 0
    for number, piece in enumerate(text.split("\n"), start=1):
        lines.append(Line(piece, pos, pos + len(piece), number))
        pos += len(piece) + 1
    if len(lines) > 1 and lines[-1].text == "" and text.endswith("\n"):
        lines.pop()
    return lines


# 「感染症対策課（令和4年4月新設）」, 「部計（部長を含む）」: a note in brackets closing a name
TRAILING_BRACKET_NOTE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")

_QUOTED = re.compile(r"「(?P<a>[^「」]+)」|『(?P<b>[^『』]+)』")


def unquoted(text: str) -> str:
    """「「名称」」 → 「名称」: a name printed wholly in quotes (after a code: 施策4-1「名称」),
    without them; any other text as it is."""
    found = _QUOTED.fullmatch(text.strip())
    return (found.group("a") or found.group("b")).strip() if found else text
