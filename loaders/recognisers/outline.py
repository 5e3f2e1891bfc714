"""What the policy, initiative and evaluation recognisers share: which field a heading or a
label names, grades, policy codes read from a block's numbering, names cleaned of the marks
around them, and the facts already found (so a fact the genre parser read is not added twice).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache

from loaders.facts import DocumentFacts, Initiative, PolicyCode
from loaders.field_vocabulary import all_labels, field_of, label_key, labels_of, numbering_prefixes
from loaders.recognisers.grade_years import without_heading_grades
from loaders.structure import Block, Cell, StructuredDocument, Table
from loaders.structure.attributes import without_page_leader
from loaders.structure.numbering import plain_number
from loaders.structure.tables import printed_width
from loaders.text.fiscal_year import year_mentions
from loaders.text.normalize import nfkc_key
from loaders.text.policy_codes import (
    CodeParse,
    compose_codes,
    find_leading_code,
    parse_dotted_code,
    parse_policy_code,
)
from loaders.text.project_names import project_ending

LABEL_MAX = 30  # a heading longer than this is a title, not a label
# (a form's answer prints the grade with its meaning: 「B：概ね順調」)
_GRADE = re.compile(
    r"^\s*(?P<grade>[SABCDE]|[◎○〇△▲×✕●])(?![A-Za-z0-9])\s*"
    r"(?:[(（][^()（）]{0,20}[)）]|[:：]\s*[^\s\d:：。、,]{1,12})?\s*$"
)
_ATTRIBUTES = re.compile(r"\s*[(（][^()（）]*[:：][^()（）]*[)）]\s*$")
_OPEN_TAIL = re.compile(r"\s*[(（][^()（）]*$")
_CJK = "\u3040-\u30ff\u3400-\u9fff々ー"
_WRAP_SPACE = re.compile(rf"(?<=[{_CJK}])[ \u3000](?=[{_CJK}])")
_LEADING_ZERO_CODE = re.compile(r"^0*([0-9]{1,3})$")
# A code whose finer steps are zero-padded to two digits (4-01, 04-02-03); no longer steps,
# so phone numbers (044-200-2550) and dates (2024-04-01) stay out.
_ZERO_PADDED_CODE = re.compile(r"^0?[1-9](?:-[0-9]{2}){1,3}$")


def line_of(doc: StructuredDocument, block: Block) -> str:
    """The block's whole folded line, marks and numbering included."""
    return doc.folded[block.start : block.end]


# 「主な取組（　）は担当課」: a legend saying what the entries' brackets hold, no part of the label
_BRACKET_LEGEND = re.compile(r"\s*[(（][^()（）]{0,6}[)）]\s*(?:内|の中)?は\S{1,8}$")


def label_field(text: str | None) -> str | None:
    """The field a short label-like text names (「該当する施策」 → policy), else None."""
    if not text:
        return None
    text = _BRACKET_LEGEND.sub("", text.strip())
    if not text or len(text) > LABEL_MAX or re.search(r"[。、,]", text):
        return None
    if re.search(r"[0-9]$", text):
        return None  # 「重点課題1」: a label with its number heads one entry, not a list
    return field_of(text)


def names_policy_level(prefix: str | None, *, exact: bool = True) -> bool:
    """Whether the word printed before a level's number names a policy level (施策2-3, 柱1,
    or a word that is only ever such a prefix, 方針1: `mkf:numberingPrefix`)."""
    if not prefix:
        return False
    return (
        field_of(prefix, exact=exact) == "policy"
        or numbering_prefixes().get(label_key(prefix)) == "policy"
    )


def is_label(text: str, field: str) -> bool:
    return label_field(text) == field


# 「（令和6年度）」 closing a heading: the year a section is of, no part of what it names
_YEAR_BRACKET = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
_PHRASE_JOINS = re.compile(r"の|・|及び")


def is_label_phrase(text: str) -> bool:
    """A heading made of field labels alone (「数値目標の達成状況」, 「指標の実績（令和6年度）」):
    it says which fields follow, it names no entry. Each part joined by の/・/及び must be a
    label of the vocabulary by itself."""
    bare = text.strip()
    bracket = _YEAR_BRACKET.search(bare)
    if bracket is not None and year_mentions(bracket.group()):
        bare = bare[: bracket.start()]
    parts = [part.strip() for part in _PHRASE_JOINS.split(bare)]
    return len(parts) >= 2 and all(
        part and field_of(part, exact=True) is not None for part in parts
    )


def is_label_like(text: str) -> bool:
    """A short text that is itself a label (「今年度の目標」, 「政策内容」), not a name; the year
    it is of, a qualifier bracket or a legend around it (「令和6年度の主な取組（　）は担当課」,
    「主な事業（令和6年度決算額、単位：千円）」) make it no name either."""
    text = _bare_label(text.strip())
    if len(text) > 8 or label_field(text) is None:
        return False
    key = label_key(text)
    return field_of(text, exact=True) is not None or any(
        len(label) >= 2 and key.endswith(label) for label in all_labels()
    )


_YEAR_OF = re.compile(r"^(?:令和|平成|R|H)?[0-9元]{1,4}年度?の")
_QUALIFIER_BRACKET = re.compile(r"\s*[(（][^()（）]*(?:年度|単位)[^()（）]*[)）]\s*$")


def _bare_label(text: str) -> str:
    return _YEAR_OF.sub("", _QUALIFIER_BRACKET.sub("", _BRACKET_LEGEND.sub("", text)))


# 「Ⓑ」: a letter grade printed in a circle (U+24B6…) is that letter
_CIRCLED_LETTERS = str.maketrans({chr(0x24B6 + k): chr(ord("A") + k) for k in range(26)})


def grade_of(text: str | None) -> str | None:
    """The grade a value prints: "A", "Ⓐ", "○(予定どおり)" → "○"; None for anything else."""
    if not text:
        return None
    found = _GRADE.match(text.translate(_CIRCLED_LETTERS))
    if found is None:
        return None
    grade = found.group("grade")
    return "○" if grade == "〇" else grade


_TRAILING_GRADE = re.compile(r"[。．.]\s*[(（【]?\s*(?P<grade>[SABCDE]|[◎○〇△×])\s*[)）】]?\s*$")


def trailing_grade(text: str | None) -> str | None:
    """The grade a comment ends with (「…目標を下回った。 C」, 「…達成した。(A)」), else None."""
    found = _TRAILING_GRADE.search(text or "")
    if found is None:
        return None
    return "○" if found.group("grade") == "〇" else found.group("grade")


# A grade set apart after a name, alone or before a comment: the next cells of a row read as
# one line (「脱炭素の推進 B 導入量は目標の9割」, 「給食費の無償化 ◎」).
# A mark (◎○△×) only at the very end: inside a name it may join two words (「子育て × DX」);
# a letter before a comment only when the comment is a phrase, not a word (「支援 B 型」).
_RUN_ON_GRADE = re.compile(r"\s+(?:[◎○〇△×]|[SABCDE][+-]?(?:\s+\S.{5,})?)\s*$")


def before_grade(name: str) -> str:
    """A name without the grade (and the comment after it) that the next cells of its row
    printed on the same line; the name itself is kept when nothing comes before the grade."""
    cut = _RUN_ON_GRADE.sub("", without_heading_grades(name))
    return cut if cut.strip() else name


def code_of(printed: str | None) -> CodeParse | None:
    """A block's printed number as a policy code, width-folded ("２-３" → "2-3")."""
    if not printed:
        return None
    printed = plain_number(printed)
    zero = _LEADING_ZERO_CODE.match(printed.strip())
    if zero:
        return parse_policy_code(zero.group(1))
    padded = _ZERO_PADDED_CODE.match(printed.strip())
    if padded:  # 「4-01」: steps printed two digits wide, read as numbers, printed as is
        parsed = parse_policy_code("-".join(str(int(p)) for p in printed.strip().split("-")))
        return replace(parsed, printed=printed.strip()) if parsed is not None else None
    return parse_policy_code(printed)


def column_code(table: Table, column: int, text: str) -> CodeParse | None:
    """The code a cell of `column` prints: `code_of`, or a dotted code (「1.1」) when the column
    is labelled as a policy level and every filled cell of it is one — under 「施策」 a dotted
    number is a code; in a column of figures it would be a decimal."""
    found = code_of(text)
    if found is not None or column >= len(table.header):
        return found
    if field_of(table.header[column]) != "policy":
        return None
    cells = [r[column].text for r in table.rows if column < len(r) and r[column].text.strip()]
    if len(cells) < 2 or not all(parse_dotted_code(c) for c in cells):
        return None
    return parse_dotted_code(text)


def prefixed_code(text: str) -> tuple[str, CodeParse, str, int] | None:
    """A text that starts with a label word and a code (「施策2-3 地域の…」):
    (prefix, code, the rest, the rest's offset)."""
    found = find_leading_code(text)
    if found is None or not found.prefix:
        return None
    return found.prefix, found.code, found.label, found.label_start


def clean_name(name: str) -> str:
    """A name without the attributes printed after it (「…(所管部署:○○課)」), a table of
    contents' leader and page number (「… ……… 10」), an unclosed
    bracket cut by the page end, or line-wrap spaces inside a word."""
    name = _ATTRIBUTES.sub("", without_page_leader(name))
    name = _OPEN_TAIL.sub("", name)
    name = name.strip(" \u3000・-")
    if re.fullmatch(r"[「『【][^「」『』【】]*[」』】]", name):
        name = name[1:-1]
    return rejoin_wrapped(name.strip())


def before_fields(text: str) -> str:
    """A heading's name without the fields a form prints after it on the same line
    (「架空の推進 主管課 宵見課 関係課 月見課」 → 「架空の推進」): the name ends at the first
    word, set apart by white space, that is a known field label followed by a value; or
    at a field a colon joins on (a definition list's term and its first 「進捗度:A」
    read as one line: 「星を数えます:進捗度:A」 → 「星を数えます」)."""
    labels = _exact_labels()
    if ":" in text or "：" in text:
        for joined in _COLON_FIELD.finditer(text):
            if joined.start() > 0 and joined.group(1) in labels:
                text = text[: joined.start()]
                break
        text = _before_projects(text)
    words = list(re.finditer(r"\S+", text))
    for k, word in enumerate(words[1:-1], start=1):
        if word.group() in labels:
            return text[: words[k - 1].end()]
    return before_joined_field(text)


def before_joined_field(text: str) -> str:
    """「宵見の推進　【主担当】宵見課」, 「宵見の推進 進捗：◎」: a field label joined to its
    value by a bracket or a colon, set apart from the name by white space, ends the name
    (a label of the name's own level, 「基本目標：…」, is no such field)."""
    if not _JOINED_MARK.search(text):
        return text
    labels = _exact_labels()
    words = list(re.finditer(r"\S+", text))
    for k, word in enumerate(words[1:], start=1):
        joined = _JOINED_FIELD.match(word.group())
        label = joined and (joined.group(1) or joined.group(2))
        if label and label in labels and field_of(label, exact=True) not in _NAMING_FIELDS:
            return text[: words[k - 1].end()]
    return text


_JOINED_MARK = re.compile(r"[:：】]")
_NAMING_FIELDS = frozenset({"policy", "initiative", "project"})  # a level's own name, not a field
_JOINED_FIELD = re.compile(r"^(?:【([^【】]{2,12})】|([^\s:：【】]{2,12})[:：])")


def _before_projects(text: str) -> str:
    """「星の街づくり：宵見事業、月見事業」 (a term with the projects filed under it, as a
    definition list's pair reads): the name ends at the colon."""
    split = re.split(r"[:：]", text, maxsplit=1)
    if len(split) != 2 or not split[0].strip():
        return text
    head, rest = split
    parts = [p.strip() for p in re.split(r"[、，,]", rest)]
    if parts and all(p and project_ending(p) for p in parts):
        return head.rstrip()
    return text


_COLON_FIELD = re.compile(r"[:：]\s*([^\s:：]{2,12})\s*[:：]")


@cache
def _exact_labels() -> frozenset[str]:
    return frozenset(label for label in all_labels() if len(label) >= 2)


@cache
def _splits_word(left: str, right: str) -> bool:
    """True when the dictionary reads `left`+`right` as one word across the join."""
    from loaders.text.names import tokens

    joined = left + right
    cut = len(left)
    return any(t.start < cut < t.end for t in tokens(joined))


def rejoin_wrapped(name: str) -> str:
    """「区画整理事 業」 → 「区画整理事業」: a space a line wrap left inside a word is removed
    only where the dictionary reads the joined characters as one word."""
    if " " not in name and "\u3000" not in name:
        return name
    out = name
    for space in reversed(list(_WRAP_SPACE.finditer(name))):
        left = name[max(0, space.start() - 6) : space.start()]
        right = name[space.end() : space.end() + 6]
        if _splits_word(left, right):
            out = out[: space.start()] + out[space.end() :]
    return out


def policy_labels() -> list[str]:
    return labels_of("policy")


def known_initiative(facts: DocumentFacts, name: str) -> Initiative | None:
    key = nfkc_key(name)
    return next((i for i in facts.initiatives if nfkc_key(i.name) == key), None)


def known_code(facts: DocumentFacts, normalized: str) -> PolicyCode | None:
    return next((c for c in facts.policy_codes if c.normalized == normalized), None)


def enclosing_code(doc: StructuredDocument, block: Block) -> CodeParse | None:
    """The policy code of the nearest numbered heading above `block` that is a policy."""
    for heading in doc.headings_above(block):
        code = code_of(heading.number)
        if code is not None and names_policy_level(heading.prefix, exact=False):
            return code
    return None


def is_policy_heading(block: Block) -> bool:
    """A heading numbered after a policy label word (「施策2-3」, 「大項目Ⅰ」)."""
    return (
        block.kind == "heading"
        and code_of(block.number) is not None
        and names_policy_level(block.prefix)
    )


def _restarts(doc: StructuredDocument, prefix: str) -> bool:
    """Whether one level's numbers restart under each heading above it: the same code is
    printed with different names (「中項目1 架空の確保」, later 「中項目1 架空の推進」)."""
    names: dict[str, set[str]] = {}
    for block in doc.of_kind("heading"):
        if block.prefix == prefix and (code := code_of(block.number)) is not None:
            names.setdefault(code.normalized, set()).add(nfkc_key(block.text))
    return any(len(texts) > 1 for texts in names.values())


def _nested_step(block: Block, outer: Block, code: CodeParse) -> bool:
    """「政策目標(3) …」 then, right under it, 「施策目標(1) …」: a level numbered with one
    number printed directly under a broader level of another label, numbered so too, counts
    within it (3-1)."""
    broader = code_of(outer.number)
    return (
        block.parent == outer.index
        and len(code.parts) == 1
        and broader is not None
        and len(broader.parts) == 1
    )


_BREADCRUMB = re.compile(r"^\s*[>＞/／]\s*")


def under_code(broader: CodeParse, code: CodeParse) -> CodeParse:
    """A level's code under a broader one: kept when it already extends it (2-3 under 2),
    else composed along the chain (施策5 under 基本目標2 → 2-5)."""
    if extends(code, broader):
        return code
    return compose_codes(broader.printed, code.printed)


def breadcrumb_code(block: Block) -> CodeParse | None:
    """「基本目標2 > 施策5 名称」: a heading whose text goes on, after a breadcrumb mark, to a
    finer labelled level: that level's code under the heading's own (2-5), else None."""
    code = code_of(block.number)
    crumb = _BREADCRUMB.match(block.text)
    if code is None or crumb is None:
        return None
    lead = find_leading_code(block.text[crumb.end() :])
    if lead is None or not names_policy_level(lead.prefix):
        return None
    finer = code_of(lead.code.printed)
    return under_code(code, finer) if finer is not None else None


def _wrapped_field_code(doc: StructuredDocument, block: Block) -> CodeParse | None:
    """The code of a policy field printed on the line right before a policy heading
    (「位置付け:基本目標2 …」 then 「施策5 …」): the sheet's chain of levels, wrapped."""
    if block.index == 0:
        return None
    before = doc.blocks[block.index - 1]
    if before.kind != "field" or not before.value:
        return None  # its label may be any (「位置付け」): the value's label word says policy
    lead = find_leading_code(before.value)
    if lead is None or not lead.prefix or lead.prefix == block.prefix:
        return None
    if not names_policy_level(lead.prefix):
        return None
    return code_of(lead.code.printed)


def policy_code(doc: StructuredDocument, block: Block) -> CodeParse | None:
    """A policy heading's code in the plan: its printed number, or, when that level numbers
    afresh under each broader policy (「大項目Ⅰ」 then 「中項目1」), the broader code and its
    own (Ⅰ-1). A breadcrumb in the heading (「基本目標2 > 施策5 …」) or a broader level
    printed on the line before (「位置付け:基本目標2 …」 then 「施策5 …」) gives the finer
    level's code under the broader one (2-5)."""
    code = code_of(block.number)
    if code is None or not block.prefix or not is_policy_heading(block):
        return code
    crumb = breadcrumb_code(block)
    if crumb is not None:
        return crumb
    wrapped = _wrapped_field_code(doc, block)
    if wrapped is not None:
        return under_code(wrapped, code)
    outer = next(
        (h for h in doc.headings_above(block) if is_policy_heading(h) and h.prefix != block.prefix),
        None,
    )
    if outer is None:
        return _under_running_title(doc, block, code)
    if _finer_numbering(outer.number, block.number):
        return code  # 「基本目標３」 read under the last 「具体的な施策 (2)」 of goal 2: 1 > (1)
    if not (_restarts(doc, block.prefix) or _nested_step(block, outer, code)):
        return code
    broader = policy_code(doc, outer)
    if broader is None or code.normalized.startswith(broader.normalized + "-"):
        return code
    if len(code.parts) > len(broader.parts) and code.parts[0] != broader.parts[0]:
        return code  # 「施策1-1」 listed after 「基本目標5」 (a diagram's goals, then its 施策):
        # a code finer than the goal's carries its own goal (1), no step within 5
    return compose_codes(broader.printed, code.printed)


def _finer_numbering(outer: str | None, inner: str | None) -> bool:
    """Whether an outline's outer number is printed in a finer style than the inner one
    (「(2)」 over 「3」): a bracketed step never numbers the broader of two levels."""
    if not outer or not inner:
        return False
    outer, inner = plain_number(outer), plain_number(inner)
    return outer.startswith("(") and inner.isdigit()


def _under_running_title(doc: StructuredDocument, block: Block, code: CodeParse) -> CodeParse:
    """「施策目標(3) 名称」 under a running title 「施策の展開　　政策目標(1) 名称」 (a broader
    level of another label word printed after a wide gap, `level_chains.gap_level`): the
    heading's level under that one (1-3); its own code when no such title is above."""
    from loaders.recognisers.level_chains import gap_level  # it builds on this module

    for heading in doc.headings_above(block):
        found = gap_level(heading.text)
        if found is None or found[0] == block.prefix:
            continue
        return under_code(found[1], code)
    return code


def field_code(value: str) -> CodeParse | None:
    """The policy code a policy field's value leads with (「2-3 …」, 「施策5-1-1 …」)."""
    lead = find_leading_code(value)
    if lead is None or (lead.prefix and not names_policy_level(lead.prefix)):
        return None
    return code_of(lead.code.printed) or lead.code


def section_field_code(doc: StructuredDocument, block: Block) -> CodeParse | None:
    """The policy the innermost enclosing section places itself under with its own field
    (「重点目標2 …」 then 「関連施策: 施策6-1 …」): each of several sections of one page cites
    its own policy, which `sheet_code` (one chain for the whole page) cannot tell apart."""
    for heading in doc.headings_above(block):
        codes = {
            code.normalized: code
            for field in doc.blocks[heading.index + 1 : block.index]
            if field.parent == heading.index and field.kind == "field" and field.value
            and _cites_policy(field) and (code := field_code(field.value))
        }  # fmt: skip
        if len(codes) == 1:
            return next(iter(codes.values()))
        if codes:
            return None
    return None


def _cites_policy(field: Block) -> bool:
    """A field labelled as a policy (【施策】2-3 …), or one whose value names the level with
    its word before the code (「【総合計画】施策4-1-1 名称」)."""
    if label_field(field.label) == "policy":
        return True
    lead = find_leading_code(field.value or "")
    return lead is not None and bool(lead.prefix) and names_policy_level(lead.prefix)


def sheet_code(doc: StructuredDocument, block: Block) -> CodeParse | None:
    """The policy a sheet is about, from the policy fields printed before `block` when they
    form one chain (「政策名:政策2 …」 then 「施策名:施策2-3 …」 → 2-3)."""
    finest: CodeParse | None = None
    for field in doc.blocks[: block.index]:
        if field.kind != "field" or label_field(field.label) != "policy" or not field.value:
            continue
        code = field_code(field.value)
        if code is None:
            continue
        if finest is not None and not code.normalized.startswith(finest.normalized + "-"):
            return None  # codes of several policies: a list, not one sheet's policy
        finest = code
    return finest


def numbered_codes_column(table: Table, name_column: int) -> int | None:
    """「柱番号 | 改革の柱」, 「番号 | 基本目標/施策」, 「No. | 取組」: the column right before a
    name column, headed by a bare number label (not a field of its own: 事業番号, 電話番号),
    whose every filled cell is a code — the code of the name beside it. Plain numbers
    alone are the rows' own count unless the header says what it numbers (「柱番号」) or
    some cells are codes of several steps (「1」 then 「1-(1)」)."""
    column = name_column - 1
    if column < 0 or column >= len(table.header):
        return None
    header = nfkc_key(table.header[column])
    found = _NUMBER_HEADER.match(header)
    if found is None or (field_of(header, exact=True) not in (None, "policy")):
        return None
    rows = [r for r in table.rows if not table.is_group_row(r)]  # 「政策Ⅰ　…」 over its rows
    cells = [r[column].text for r in rows if column < len(r) and r[column].text.strip()]
    codes = [code_of(c) for c in cells]
    if not cells or any(c is None for c in codes):
        return None
    stepped = any(len(c.parts) > 1 for c in codes if c is not None)
    return column if stepped or found.group("what") else None


# 「No.」「№」「番号」「柱番号」「項目番号」: a column header that only numbers its rows
_NUMBER_HEADER = re.compile(r"^(?:no\.?|№|(?P<what>[^\sの0-9]{1,3})?番号)$", re.I)


def numbered_what(header: str) -> str | None:
    """What a number header says it numbers (「政策番号」 → 政策), else None."""
    found = _NUMBER_HEADER.match(nfkc_key(header))
    return found.group("what") if found is not None else None


def extends(code: CodeParse, broader: CodeParse) -> bool:
    """Whether `code` is a code below `broader` (2-3-1 below 2-3)."""
    return code.normalized.startswith(broader.normalized + "-")


def numbered_apart(code: CodeParse, context: CodeParse) -> bool:
    """Whether an entry's number is a list's own, not a code of the plan: shorter than the
    code of the policy it sits in and not below it (「(1)」 on the sheet of policy 2-3)."""
    return not extends(code, context) and len(code.parts) < len(context.parts)


def code_above(doc: StructuredDocument, block: Block) -> CodeParse | None:
    """The finest policy code `block` sits under: of the policy headings above it (a page
    headed 「施策3-2-1」 that then prints its goal 「政策3」 files its entries under 3-2-1),
    else of the sheet's policy fields, else the code an entry heading above it cites
    (「1 名称(総合計画 施策3-1)」 over its 「① …」)."""
    headings = list(doc.headings_above(block))
    codes = [
        code
        for heading in headings
        if is_policy_heading(heading) and (code := policy_code(doc, heading)) is not None
    ]
    if codes:
        finer = _continued_codes(headings, codes) + _numbered_under_codes(doc, headings)
        return max(codes + finer, key=lambda c: len(c.parts))
    own = section_field_code(doc, block)
    if own is not None:
        # 「1-1 名称」 over its record's 「基本目標：1 …」: the field names the level above the
        # record's own, the entries stay under the record's code
        within = [code for heading in headings if (code := code_of(heading.number)) is not None
                  and code.normalized.startswith(f"{own.normalized}-")]  # fmt: skip
        return max(within, key=lambda c: len(c.parts)) if within else own
    sheet = sheet_code(doc, block)
    if sheet is not None:
        return sheet
    return next(
        (code for heading in doc.headings_above(block)
         if (code := bracket_code(heading.text) or _citing_line_code(doc, heading)) is not None),
        None,
    )  # fmt: skip


def _numbered_under_codes(doc: StructuredDocument, headings: list[Block]) -> list[CodeParse]:
    """「(1) 名称」 right under 「基本目標1 …」: a heading numbered afresh within a policy
    heading is the level below it (1-1), as the policies read it."""
    found = []
    for inner, outer in itertools.pairwise(headings):
        number = code_of(inner.number)
        bracketed = (inner.number or "").strip().startswith(("(", "（"))
        if inner.prefix or number is None or len(number.parts) != 1 or not bracketed:
            continue
        code = policy_code(doc, outer) if is_policy_heading(outer) else None
        composed = code_of(f"{code.printed}-{number.normalized}") if code else None
        if composed is not None:
            found.append(composed)
    return found


def _continued_codes(headings: list[Block], codes: list[CodeParse]) -> list[CodeParse]:
    """「Ⅰ-1 名称」 under 「基本方針Ⅰ …」: a heading with no label word whose code goes on
    from a policy heading's code above it is a finer level of that policy."""
    outer = {c.normalized for c in codes}
    return [
        code
        for heading in headings
        if not heading.prefix
        and (code := code_of(heading.number)) is not None
        and len(code.parts) > 1
        and code.normalized.rsplit("-", 1)[0] in outer
    ]


# round or square: 「名称［施策3-1］」 cites its policy as 「名称（施策3-1）」 does
# 〔…〕 and ＜…＞ too: a tortoise-shell or angle bracket cites as round and square ones do
# (its body may hold one bracket of its own: 「（施策1-(1)）」, 「【施策１－(1)】」)
CITING_BRACKET = re.compile(
    r"[(（\[［〔<＜〈【](?P<body>(?:[^()（）\[\]［］〔〕<>＜＞〈〉【】]|[(（][^()（）]*[)）])*)"
    r"[)）\]］〕>＞〉】]\s*$"
)


def _citing_line_code(doc: StructuredDocument, heading: Block) -> CodeParse | None:
    """「〔総合計画　施策３－１　名称〕」 alone on its line over a goal's table: the code the
    bracketed line cites after a policy label word (the reader keeps its words only)."""
    line = doc.folded[heading.start : heading.end].strip()
    if not line or line[0] not in "〔[［(（【":
        return None
    for word in re.finditer(r"\S+", heading.text):
        lead = find_leading_code(heading.text[word.start() :])
        if lead is not None and names_policy_level(lead.prefix):
            return code_of(lead.code.printed) or lead.code
    return None


def bracket_code(text: str) -> CodeParse | None:
    """「名称(総合計画 施策3-2-1「…」)」 → 3-2-1: the code a trailing bracket cites after a
    policy label word, else None."""
    found = CITING_BRACKET.search(text)
    if found is None or not text[: found.start()].strip():
        return None
    body = found.group("body")
    for word in re.finditer(r"\S+", body):
        lead = find_leading_code(re.split("[「『]", body[word.start() :])[0].strip())
        if lead is not None and names_policy_level(lead.prefix):
            return code_of(lead.code.printed) or lead.code
    return None


def outline_levels(doc: StructuredDocument, heading: Block) -> list[tuple[Block, CodeParse]]:
    """The unlabelled numbered headings a section sits in, outermost first, each with its
    code composed along the nesting (「㈠ …」 over 「⑴ …」 → 1, 1-1). Empty unless the
    section is numbered at two levels at least, each level counting on its own."""
    chain: list[Block] = []
    block: Block | None = heading
    while block is not None and block.kind == "heading" and not block.prefix:
        code = code_of(block.number)
        if code is None or len(code.parts) != 1:
            break
        chain.append(block)
        block = doc.blocks[block.parent] if block.parent is not None else None
    if len(chain) < 2:
        return []
    chain.reverse()
    printed = [code.printed for b in chain if (code := code_of(b.number)) is not None]
    return [(b, compose_codes(*printed[: k + 1])) for k, b in enumerate(chain)]


def entry_table_section(doc: StructuredDocument, block: Block) -> list[tuple[Block, CodeParse]]:
    """A table of initiatives (a column so labelled) right under a section numbered at
    several levels: the plan's policy levels it is filed under (see `outline_levels`)."""
    if block.kind != "table" or block.table is None or block.parent is None:
        return []
    if "initiative" not in (field_of(h) for h in block.table.header):
        return []
    return outline_levels(doc, doc.blocks[block.parent])


def numbered_under(doc: StructuredDocument, heading: Block) -> Iterator[Block]:
    """The numbered headings and items one step under `heading`: its list."""
    for block in doc.under(heading):
        if block.kind not in ("heading", "item") or not block.number:
            continue
        if block.parent == heading.index:
            yield block


def unique(items: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def listed_after(doc: StructuredDocument, heading: Block) -> list[Block]:
    """The numbered entries a label heading introduces: its list, or else the numbered lines
    right after it at its own level (「…施策との関連」 then 「3-1-2 循環型社会の構築」, which the
    outline may not have nested under the label)."""
    entries = list(numbered_under(doc, heading))
    if entries:
        return entries
    following: list[Block] = []
    for block in doc.blocks[heading.index + 1 :]:
        if block.kind not in ("heading", "item") or not block.number:
            break
        if block.parent != heading.parent or code_of(block.number) is None:
            break
        following.append(block)
    return following


_YEAR_ONLY = re.compile(r"^(?:令和|平成|昭和|R|H)?\s*(?:元|[0-9]{1,4})\s*年度?$")


def all_rows(table: Table) -> list[list[Cell]]:
    """The table's rows, its header row first: a form laid out as a table has no header,
    only rows of labels and values."""
    return [table.header_cells, *table.rows] if table.header_cells else list(table.rows)


def _display_column(doc: StructuredDocument, at: int) -> int:
    """Where `at` stands on its line as printed (a wide character takes two places), so a
    row's cells line up with the header's whatever their width."""
    return printed_width(doc.text[doc.text.rfind("\n", 0, at) + 1 : at])


def aligned_row(doc: StructuredDocument, table: Table, row: list[Cell]) -> list[Cell | None]:
    """`row` with one place per header column: a space-aligned row that left cells blank
    (a continuation line under its code, 「      名称   担当課」) lost their places; each cell
    goes back under the header label it starts under. The row as it is when it has every
    cell or the header's places are not known."""
    header = table.header_cells
    if len(row) >= len(table.header) or len(header) != len(table.header) or not row:
        return list(row)
    starts = [_display_column(doc, c.start) for c in header]
    placed: list[Cell | None] = [None] * len(header)
    for cell in row:
        column = _display_column(doc, cell.start)
        k = max((i for i, s in enumerate(starts) if s <= column + 1), default=0)
        if placed[k] is not None:
            return list(row)  # two cells under one label: no alignment to trust
        placed[k] = cell
    return placed


def is_year_label(text: str) -> bool:
    """「令和2年度」 alone: one fiscal year, not 「令和4年度以降」 or 「中間評価」."""
    return bool(_YEAR_ONLY.match(text.strip()))


def names_entries(label: str) -> bool:
    """A form's row label that names an entry: an initiative label, or a longer one ending
    in it (「具体的な取組項目(小項目)」), but no other field's label (「現状と課題」)."""
    key = label_key(label)
    bare = re.sub(r"\([^()]*\)$", "", key)
    if not bare or field_of(bare, exact=True) not in (None, "initiative"):
        return False
    if field_of(bare) not in (None, "initiative"):
        return False  # 「施策の現状と課題」: ends in another field's longer label (現状と課題)
    return any(len(word) >= 2 and bare.endswith(word) for word in labels_of("initiative"))


def heads_form(doc: StructuredDocument, heading: Block) -> bool:
    """Whether a form of entries follows under `heading` (「重点改革項目Ⅱ 名称」 over a sheet
    whose rows name 取組項目 …): the heading names the sheet's group of entries."""
    for block in doc.under(heading):
        if block.kind == "table" and block.table is not None:
            rows = all_rows(block.table)
            return any(row and names_entries(row[0].text) for row in rows)
    return False


def links_a_chain(doc: StructuredDocument, heading: Block) -> bool:
    """Whether a policy heading is a link of the chain a sheet prints down to its subject
    (「政策3-2 …」 whose one numbered heading below is 「施策3-2-1 …」, a finer labelled
    level): the policy the subject serves, not a measure of the system."""
    code = code_of(heading.number)
    if heading.kind != "heading" or code is None or not is_policy_heading(heading):
        return False
    below = [
        b
        for b in doc.under(heading)
        if b.parent == heading.index and b.kind in ("heading", "item") and b.number
    ]
    if len(below) != 1 or not is_policy_heading(below[0]):
        return False
    finer = code_of(below[0].number)
    return finer is not None and extends(finer, code) and not _has_peer(doc, heading, code)


def _has_peer(doc: StructuredDocument, heading: Block, code: CodeParse) -> bool:
    """Another heading of the same label and depth (「政策Ⅱ-1」 beside 「政策Ⅱ-2」): the page
    prints a system of such policies, not the one chain of a sheet about its subject."""
    for other in doc.of_kind("heading"):
        if other is heading or other.prefix != heading.prefix or not other.number:
            continue
        peer = code_of(other.number)
        if peer is not None and len(peer.parts) == len(code.parts):
            return True
    return False


_ORDINAL = re.compile(r"^第\s*(?P<n>[0-9]{1,2})(?:\s*[編部章])?$")


def heading_code(block: Block) -> CodeParse | None:
    """A heading's number as a code; an ordinal's (第1, 第2章) is its number."""
    ordinal = _ORDINAL.match(plain_number(block.number or "").strip())
    return code_of(ordinal.group("n") if ordinal else block.number)


def heads_entry_table(doc: StructuredDocument, heading: Block) -> bool:
    """Whether a table of initiatives (a column so labelled) sits right under `heading`."""
    return any(
        b.kind == "table" and b.parent == heading.index and b.table is not None
        and "initiative" in (field_of(h) for h in b.table.header)
        for b in doc.under(heading)
    )  # fmt: skip


def entry_table_groups(doc: StructuredDocument) -> list[tuple[Block, CodeParse]]:
    """「第1 架空の運営」 over a table of 取組項目, 「第2 …」 over the next: sibling numbered
    headings, each over its own table of initiatives, are the pillars those rows are filed
    under (two at least, so one numbered section over a table is not taken for one)."""
    groups: dict[int | None, list[tuple[Block, CodeParse]]] = {}
    for heading in doc.of_kind("heading"):
        code = heading_code(heading)
        if code is None or len(code.parts) != 1 or heading.prefix or is_label_like(heading.text):
            continue
        if heads_entry_table(doc, heading) and not outline_levels(doc, heading):
            groups.setdefault(heading.parent, []).append((heading, code))  # (「㈠ …」 over
            # 「⑴ …」 over the table are levels composed along the nesting instead)
    return [
        member
        for members in groups.values()
        if len(members) >= 2 and len({c.normalized for _, c in members}) == len(members)
        for member in members
    ]


def own_list(entries: list[Block], heading: Block) -> bool:
    """「(1) …」「(2) …」 (or 「① …」) under 「基本方針1 …」: a list counting from 1 in a style of
    its own (bracketed or circled numbers under a code printed plain), apart from the plan's
    codes however short the heading's code is."""
    head = plain_number(heading.number or "").strip()
    if head.startswith("(") or head[:1] in _CIRCLED_DIGITS:
        return False
    numbers: list[int] = []
    for block in entries:
        printed = (block.number or "").strip()
        if printed[:1] in _CIRCLED_DIGITS:
            numbers.append(ord(printed[0]) - ord("①") + 1)
        elif (own := code_of(printed)) is not None and plain_number(printed).startswith("("):
            numbers.append(own.parts[-1])
        else:
            return False
    return numbers == list(range(1, len(numbers) + 1))


_CIRCLED_DIGITS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


_A_YEARS_WORK = re.compile(
    r"(?:令和|平成|R|H)\s*(?:元|[0-9]{1,2})\s*(?:年度)?|[今本前昨来次]年度|状況|実績|経過"
)


def is_progress_column(header: str) -> bool:
    """A column of what was done in one year or so far (「令和6年度の取組」, 「R5の取組内容・
    課題」, 「取組状況」): a record of progress beside each entry, not the entries' names,
    though its label holds an initiative word. An exact initiative label (「取組」) is no
    such column."""
    return (
        field_of(header) == "initiative"
        and field_of(header, exact=True) is None
        and _A_YEARS_WORK.search(header) is not None
    )


# 「取組内容」, 「令和6年度の取組」, 「取組状況」: a column of what was done, no entry's name
_DONE_WORDS = ("内容", "状況", "実績")


def says_what_was_done(label: str) -> bool:
    """An initiative column's label saying its cells tell what was done (its content, or the
    work of one year), not the name of an entry."""
    return any(word in label for word in _DONE_WORDS) or bool(year_mentions(label))


def progress_columns(table: Table) -> set[int]:
    """The columns of `is_progress_column` in a table that names its rows in a column of
    their own, labelled exactly as policies or initiatives (「約束」, 「取組項目」) and holding
    plain names: there the year's column only reports on each row. Beside a column of codes
    or of cited levels (「施策 | 令和7年度の主な取組」 with 「3-1 …」) the year's column lists
    the entries filed under them, and is no such column."""
    progress = {i for i, h in enumerate(table.header) if is_progress_column(h)}
    if not progress:
        return set()
    for column, header in enumerate(table.header):
        if column in progress or field_of(header, exact=True) not in ("policy", "initiative"):
            continue
        cells = [r[column].text.strip() for r in table.rows if column < len(r)]
        names = [c for c in cells if c]
        if names and all(code_of(c) is None and find_leading_code(c) is None for c in names):
            return progress
    return set()
