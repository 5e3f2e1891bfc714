"""A line that places its section in the plan behind a bracketed tag.

A sheet often opens each entry's section with a line naming the plan in a tag and then the
level the entry serves: 「［基本計画］施策２－４　干潟の保全」 under 「◆重点１ …」. The
line prints a policy (label word, code, name), and the heading it opens is an entry filed
under that policy, whatever the heading's own label word (目標, 重点 …).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.field_vocabulary import field_of
from loaders.genres.plan_names import is_plan_name
from loaders.recognisers.outline import code_of, names_policy_level
from loaders.structure import Block, StructuredDocument
from loaders.text.policy_codes import CodeParse, find_leading_code

_FURTHER_CODE = re.compile(r"[0-9０-９Ⅰ-Ⅻ][-－‐ー][0-9０-９(（]|[/／>＞]")
_TAG = re.compile(r"^\s*[\[［【〔〈<＜](?P<tag>[^\]］】〕〉>＞]{1,12})[\]］】〕〉>＞]\s*")


@dataclass(frozen=True)
class TaggedLevel:
    code: CodeParse
    name: str
    name_start: int  # offset of the name in the line


def tagged_level(text: str) -> TaggedLevel | None:
    """「[基本計画]施策2-4 名称」: a bracketed tag, then a policy label word with its code and
    the name; None for anything else (a tag before plain text, a code without a label word)."""
    tag = _TAG.match(text)
    if tag is None:
        return None
    rest = text[tag.end() :]
    lead = find_leading_code(rest)
    if lead is None or not names_policy_level(lead.prefix, exact=False):
        return None
    name = lead.label.strip()
    if not name:
        return None
    code = code_of(lead.code.printed) or lead.code
    return TaggedLevel(code, name, tag.end() + lead.label_start)


def placed_level(block: Block) -> TaggedLevel | None:
    """The tagged level a line prints (`tagged_level`), or the one a field tagged by its label
    gives as its value (「【基本計画】施策2-4 名称」 read as a field labelled 基本計画)."""
    if block.kind != "field":
        return tagged_level(block.text)
    value = block.value or ""
    if not block.label or not value or field_of(block.label, exact=True) is not None:
        return None  # a labelled field (位置付け, 関連施策) is read as its label says
    found = tagged_level(f"[{block.label}]{value}")
    if found is None or _FURTHER_CODE.search(found.name):
        return None  # 「施策2 名称 / 施策2-1 名称」: a chain of levels, read as a chain
    return found


def section_level(doc: StructuredDocument, heading: Block) -> TaggedLevel | None:
    """The tagged level the first line of a numbered heading's section prints: the policy
    the heading's entry is filed under."""
    if not heading.number:
        return None
    first = next(doc.under(heading), None)
    if first is None or first.kind not in ("heading", "paragraph", "item", "field"):
        return None
    return placed_level(first)


# 「重点取組1灯台の一般公開」: a label word and its number run straight into the name (a
# number badge in its own <span>, the text after it with no space)
_RUN_ON_ENTRY = re.compile(
    r"^(?P<label>[^\s0-9０-９]{2,8}?)(?P<n>[0-9０-９]{1,2})(?P<name>[^\s0-9０-９.．)）].+)$"
)


def run_on_entry(text: str) -> tuple[str, str] | None:
    """(number, name) of an entry titled by an initiative label word and its number run into
    the name with no space (「重点取組1名称」); None for anything else."""
    found = _RUN_ON_ENTRY.match(text.strip())
    if found is None or field_of(found.group("label"), exact=True) != "initiative":
        return None
    return found.group("n"), found.group("name").strip()


_CITING_BRACKET = re.compile(r"[(（\[［〔](?P<body>[^()（）\[\]［］〔〕]+)[)）\]］〕]\s*$")
_PLAN_WORDS = 2  # the words naming the plan before the level (「総合計画」, 「後期 基本計画」)
_PLAN_NAME_MAX = 24


def cited_level(text: str, *, whole: bool = False) -> TaggedLevel | None:
    """The level of the plan a line cites by the plan's name, then a policy label word with
    its code, then the level's name: 「〔総合計画 施策2-1 名称〕」 closing an entry's line, or
    with `whole` a line that is only the citation (「総合計画 施策目標(1)-(1) 名称」, its
    bracket dropped by the reader). The plan's name is what tells a citation from a level
    the page prints itself; None without it, or without a name after the code."""
    body, offset = text, 0
    found = _CITING_BRACKET.search(text)
    if found is not None and text[: found.start()].strip():
        body, offset = found.group("body"), found.start("body")
    elif not whole:
        return None
    for count, word in enumerate(re.finditer(r"\S+", body)):
        if count > _PLAN_WORDS:
            return None
        plan = body[: word.start()].strip()
        if not plan:
            continue
        if len(plan) > _PLAN_NAME_MAX or not is_plan_name(plan):
            return None  # a level's name before the next level (「名称 基本目標2 …」), no plan
        lead = find_leading_code(body[word.start() :])
        if lead is None or not names_policy_level(lead.prefix, exact=False):
            continue
        name = _before_next_level(lead.label).strip().strip("「」『』").strip()
        if not name:
            return None
        code = code_of(lead.code.printed) or lead.code
        return TaggedLevel(code, name, offset + word.start() + lead.label_start)
    return None


_LEVEL_SEPARATOR = re.compile(r"[ \u3000]*[/／>＞→][ \u3000]*")


def _before_next_level(label: str) -> str:
    """「名称 ／ 施策2-1 名称」: the cited level's name ends where the next level of the chain
    begins (its own label word and code after a separator)."""
    for separator in _LEVEL_SEPARATOR.finditer(label):
        after = find_leading_code(label[separator.end() :])
        if after is not None and names_policy_level(after.prefix, exact=False):
            return label[: separator.start()]
    return label
