"""Numbers a page prints through its style sheet, written into its text.

A CMS page may number its policy tree with CSS counters alone: 「ol.taikei>li>h3::before{content:
"基本目標" counter(kihon) "　"}」. A browser shows 「基本目標1　…」; the HTML holds only the name,
and the code a reader sees is lost to anything that reads the markup. The page's own style
rules are applied here, as far as numbering goes: `counter-reset`, `counter-increment` and the
`content` of `::before`/`::after` (strings, `counter()`, `counters()`, and `attr()`: an org
tree whose head counts live in `data-staff` attributes the style sheet prints), for the
selectors the HTML parser's selector engine understands; what it generates is written into
the element.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

# 「sel{decl}」 with no braces inside: a rule (one inside @media is read as well)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_PSEUDO = re.compile(r"::?(before|after)\s*$")
# a token of a `content` value: a quoted string, counter(name[, style]) or counters(name, sep)
_CONTENT_TOKEN = re.compile(
    r'"(?P<dq>[^"]*)"|\'(?P<sq>[^\']*)\''
    r"|counter\(\s*(?P<name>[\w-]+)\s*(?:,\s*(?P<style>[\w-]+)\s*)?\)"
    r"|counters\(\s*(?P<names>[\w-]+)\s*,\s*[\"'](?P<sep>[^\"']*)[\"']\s*(?:,\s*[\w-]+\s*)?\)"
    r"|attr\(\s*(?P<attr>[\w-]+)\s*\)"
)
_MAX_RULES = 400  # a page's own style block; a framework's whole sheet is not read
_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]  # fmt: skip


@dataclass
class _Effects:
    """What the style rules do to one element."""

    resets: list[tuple[str, int]] = field(default_factory=list)
    increments: list[tuple[str, int]] = field(default_factory=list)
    before: str | None = None
    after: str | None = None


def _counter_list(value: str, default: int) -> list[tuple[str, int]]:
    """「kihon」 or 「a 0 b 2」: counter names each with its number."""
    words = value.split()
    if words == ["none"]:
        return []
    out: list[tuple[str, int]] = []
    for word in words:
        if re.fullmatch(r"-?\d+", word) and out:
            out[-1] = (out[-1][0], int(word))
        elif re.fullmatch(r"[A-Za-z_][\w-]*", word):
            out.append((word, default))
    return out


def _styled(number: int, style: str | None) -> str:
    """A counter's number as its list style prints it."""
    if style in ("upper-roman", "lower-roman") and 0 < number < 4000:
        roman = ""
        for value, letters in _ROMAN:
            while number >= value:
                roman, number = roman + letters, number - value
        return roman if style == "upper-roman" else roman.lower()
    if style in ("upper-alpha", "upper-latin", "lower-alpha", "lower-latin") and 0 < number < 27:
        letter = chr(ord("A") + number - 1)
        return letter if style.startswith("upper") else letter.lower()
    if style == "decimal-leading-zero":
        return f"{number:02d}"
    return str(number)


def _declarations(body: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in body.split(";"):
        name, colon, value = part.partition(":")
        if colon:
            out[name.strip().lower()] = value.strip()
    return out


def _without_narrow_screens(sheet: str) -> str:
    """The sheet without its `@media (max-width: …)` blocks: rules for a phone's screen
    (「td::before{content: attr(data-label)}」 over a stacked table's cells), where the page is
    read as a desktop browser shows it."""
    out, at = [], 0
    for media in _NARROW_MEDIA.finditer(sheet):
        if media.start() < at:
            continue
        depth, k = 1, media.end()
        while k < len(sheet) and depth:
            depth += {"{": 1, "}": -1}.get(sheet[k], 0)
            k += 1
        out.append(sheet[at : media.start()])
        at = k
    return "".join(out) + sheet[at:]


_NARROW_MEDIA = re.compile(r"@media[^{;]*max-width[^{;]*\{")


def _rules(tree: LexborHTMLParser) -> list[tuple[str, dict[str, str]]]:
    sheet = _COMMENT.sub("", "\n".join(node.text() for node in tree.css("style")))
    sheet = _without_narrow_screens(sheet)
    rules: list[tuple[str, dict[str, str]]] = []
    for match in _RULE.finditer(sheet):
        selectors = match.group(1).rsplit("}", 1)[-1]
        if "@" in selectors:
            selectors = selectors.split("{")[-1]
        declarations = _declarations(match.group(2))
        if not {"counter-reset", "counter-increment", "content"} & declarations.keys():
            continue
        rules.extend((s.strip(), declarations) for s in selectors.split(",") if s.strip())
        if len(rules) > _MAX_RULES:
            break
    return rules


def _set_counters(effect: _Effects, declarations: dict[str, str]) -> None:
    if "counter-reset" in declarations:
        effect.resets = _counter_list(declarations["counter-reset"], 0)
    if "counter-increment" in declarations:
        effect.increments = _counter_list(declarations["counter-increment"], 1)


def _effects(tree: LexborHTMLParser) -> dict[int, _Effects]:
    effects: dict[int, _Effects] = {}
    for selector, declarations in _rules(tree):
        pseudo = _PSEUDO.search(selector)
        plain = _PSEUDO.sub("", selector).strip()
        try:
            nodes = tree.css(plain) if plain else []
        except SelectolaxError:
            continue  # a selector the engine does not read: its numbers are not applied
        for node in nodes:
            effect = effects.setdefault(node.mem_id, _Effects())
            if pseudo is None:
                _set_counters(effect, declarations)
            elif "content" in declarations:
                if pseudo.group(1) == "before":
                    effect.before = declarations["content"]
                else:
                    effect.after = declarations["content"]
    # 「<ol style="counter-reset: kihon 3">」: a list continued after a break in the page
    for node in tree.css("[style*=counter]"):
        declarations = _declarations(node.attributes.get("style") or "")
        _set_counters(effects.setdefault(node.mem_id, _Effects()), declarations)
    return effects


def _generated(content: str, counters: dict[str, list[int]], node: LexborNode) -> str:
    """The text a `content` value generates with the counters as they stand and the
    element's attributes (「attr(data-staff)」)."""
    out: list[str] = []
    for token in _CONTENT_TOKEN.finditer(content):
        if token.group("dq") is not None or token.group("sq") is not None:
            text = token.group("dq") if token.group("dq") is not None else token.group("sq")
            out.append(re.sub(r"\\([0-9a-fA-F]{1,6})\s?", lambda m: chr(int(m.group(1), 16)),
                              text))  # fmt: skip
        elif token.group("attr"):
            out.append(node.attributes.get(token.group("attr")) or "")
        elif token.group("name"):
            values = counters.get(token.group("name")) or [0]
            out.append(_styled(values[-1], token.group("style")))
        else:
            values = counters.get(token.group("names")) or [0]
            out.append(token.group("sep").join(str(v) for v in values))
    return "".join(out)


def apply_generated_content(tree: LexborHTMLParser) -> None:
    """Write the numbers the page's style rules generate into its elements."""
    if not any("counter(" in node.text() or "attr(" in node.text() for node in tree.css("style")):
        return
    effects = _effects(tree)
    root = tree.body
    if not effects or root is None:
        return
    counters: dict[str, list[int]] = {}
    inserts: list[tuple[LexborNode, str, bool]] = []
    # a counter an element resets is scoped to its parent (the element, its descendants and
    # its following siblings): undone when the parent is left. Walked without recursion, so
    # that a page nested deeply is no risk.
    pending: list[tuple[LexborNode | None, list[str]]] = [(root.child, [])]
    while pending:
        node, owned = pending[-1]
        if node is None:
            for name in owned:
                counters[name].pop()
            pending.pop()
            continue
        pending[-1] = (node.next, owned)
        if not node.tag or node.tag.startswith("-"):
            continue  # text and comments
        effect = effects.get(node.mem_id)
        if effect is not None:
            for name, value in effect.resets:
                counters.setdefault(name, []).append(value)
                owned.append(name)
            for name, value in effect.increments:
                values = counters.setdefault(name, [])
                if not values:
                    values.append(0)
                    owned.append(name)
                values[-1] += value
            if effect.before:
                inserts.append((node, _generated(effect.before, counters, node), True))
            if effect.after:
                inserts.append((node, _generated(effect.after, counters, node), False))
        pending.append((node.child, []))
    for node, text, before in inserts:
        if not text:
            continue
        if before and node.child is not None:
            node.child.insert_before(text)
        else:
            node.insert_child(text)
