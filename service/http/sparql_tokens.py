"""A small SPARQL lexer: enough to see keywords outside strings, IRIs and comments.

pyoxigraph parses queries but exposes no syntax tree, so the few checks the service makes on
the text itself (refusing `SERVICE`/`LOAD`, spotting `USING`/`WITH`, adding protocol-given
`USING` clauses) need to know which words are keywords and which sit inside a string, an IRI,
a prefixed name, a variable or a comment. Anything the lexer does not recognise is passed
over one character at a time: the real parser reports syntax errors, not this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<name>(?:[A-Za-z\u00c0-\uffff][\w.\-\u00b7\u00c0-\uffff]*)?
             :(?:[\w\-.:%\u00b7\u00c0-\uffff]|\\[_~.\-!$&'()*+,;=/?\#@%])*
             |[A-Za-z_][\w\-]*)
  | (?P<open>\{)
  | (?P<close>\})
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    kind: str  # ws, comment, string, iri, var, name, open, close, other
    text: str
    start: int
    depth: int  # curly-brace nesting depth before this token

    def is_keyword(self, word: str) -> bool:
        return self.kind == "name" and self.text.upper() == word


_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def decode_codepoints(text: str) -> str:
    """Undo SPARQL's \\uXXXX / \\UXXXXXXXX escapes, which the grammar applies to the whole
    query text before parsing (so `\\u0053ERVICE` is the keyword SERVICE)."""

    def char(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else match.group()

    return _CODEPOINT.sub(char, text) if "\\" in text else text


def max_nesting(text: str) -> int:
    """The deepest nesting of { } ( ) [ ] outside strings, IRIs and comments."""
    depth = deepest = 0
    for token in tokens(text):
        if token.kind == "open" or (token.kind == "other" and token.text in "(["):
            depth += 1
            deepest = max(deepest, depth)
        elif token.kind == "close" or (token.kind == "other" and token.text in ")]"):
            depth = max(depth - 1, 0)
    return deepest


@lru_cache(maxsize=512)
def tokens(text: str) -> tuple[Token, ...]:
    """Every token of `text` with its brace depth; whitespace and comments included.

    Cached: clients (and the query page's examples) send the same texts again and again.
    """
    found: list[Token] = []
    depth = 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind == "close":
            depth = max(depth - 1, 0)
        found.append(Token(kind, match.group(), match.start(), depth))
        if kind == "open":
            depth += 1
    return tuple(found)


def keywords(text: str) -> set[str]:
    """The upper-cased bare words (keywords, function names) used in `text`."""
    return {t.text.upper() for t in tokens(text) if t.kind == "name" and ":" not in t.text}


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset, for error messages."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def first_keyword(text: str, words: set[str] | frozenset[str]) -> tuple[str, int] | None:
    """The first of `words` used as a keyword in `text`, with its offset."""
    return _first_keyword(text, frozenset(words))


@lru_cache(maxsize=512)
def _first_keyword(text: str, words: frozenset[str]) -> tuple[str, int] | None:
    for token in tokens(text):
        if token.kind == "name" and token.text.upper() in words:
            return token.text.upper(), token.start
    return None


def add_using_clauses(update: str, using: list[str], using_named: list[str]) -> str:
    """Put protocol-given `USING`/`USING NAMED` clauses into every operation with a WHERE.

    SPARQL 1.1 Protocol §2.2.3: `using-graph-uri` and `using-named-graph-uri` act as USING
    clauses of the update. pyoxigraph's Python API takes no such dataset, so the clauses are
    written into the text before each top-level `WHERE` of a DELETE/INSERT operation.
    A `DELETE WHERE` shortcut cannot carry USING, so it is spelled out in full first.
    """
    clauses = "".join(f" USING <{iri}>" for iri in using)
    clauses += "".join(f" USING NAMED <{iri}>" for iri in using_named)
    if not clauses:
        return update
    toks = tokens(update)
    out: list[str] = []
    previous_word = ""
    i = 0
    while i < len(toks):
        token = toks[i]
        if token.depth == 0 and token.is_keyword("WHERE"):
            if previous_word == "DELETE":
                # DELETE WHERE { P }  ==  DELETE { P } USING … WHERE { P }
                j = i + 1
                while j < len(toks) and toks[j].kind in ("ws", "comment"):
                    j += 1
                end = j
                while end < len(toks) and not (toks[end].kind == "close" and toks[end].depth == 0):
                    end += 1
                pattern = "".join(t.text for t in toks[j : end + 1])
                out.append(f"{pattern}{clauses} WHERE {pattern}")
                i = end + 1
                previous_word = ""
                continue
            out.append(clauses.lstrip() + " ")
        if token.kind == "name":
            previous_word = token.text.upper()
        out.append(token.text)
        i += 1
    return "".join(out)


def has_dataset_clause(update: str) -> bool:
    """Whether the update names its own dataset (`USING` or `WITH` at the top level)."""
    return any(
        t.depth == 0 and (t.is_keyword("USING") or t.is_keyword("WITH")) for t in tokens(update)
    )


@lru_cache(maxsize=512)
def has_from_clause(query: str) -> bool:
    """Whether the query names its own dataset (`FROM` / `FROM NAMED` outside any braces)."""
    return any(t.depth == 0 and t.is_keyword("FROM") for t in tokens(query))


def with_star_in_order(query: str, variables: list[str]) -> str | None:
    """`SELECT * …` with the `*` spelt out as `variables` in the order they first appear in the
    text (what users and SPARQLWrapper expect; pyoxigraph sorts them), or None when the query
    does not project `*` or the engine's order already is that order."""
    found = tokens(query)
    star = _top_level_star(found)
    if star is None:
        return None
    first_seen: dict[str, int] = {}
    for token in found:
        if token.kind == "var":
            first_seen.setdefault(token.text[1:], token.start)
    ordered = sorted(variables, key=lambda name: (first_seen.get(name, len(query)), name))
    if ordered == variables:
        return None
    projection = " ".join(f"?{name}" for name in ordered)
    return f"{query[:star]}{projection}{query[star + 1:]}"


def _top_level_star(found: tuple[Token, ...]) -> int | None:
    """The offset of the `*` in the query's own `SELECT [DISTINCT|REDUCED] *`, if any."""
    words = [t for t in found if t.kind not in ("ws", "comment")]
    for index, token in enumerate(words):
        if token.is_keyword("SELECT") and token.depth == 0:
            rest = words[index + 1 : index + 3]
            if rest and (rest[0].is_keyword("DISTINCT") or rest[0].is_keyword("REDUCED")):
                rest = rest[1:]
            if rest and rest[0].kind == "other" and rest[0].text == "*":
                return rest[0].start
            return None
    return None
