"""A parsed data file (objects, arrays, scalars) → the text form of headings, labelled
fields and tab-separated tables the structure layer reads, with a path for every line.

Open-data JSON and YAML, and XML read as elements, are trees; a page prints the same facts
as an outline. So an object's key that holds an object or an array becomes a heading (its
depth the heading's level, printed as Markdown #s), a key holding a scalar a labelled field
「key：value」, and an array of records sharing their keys a table: one header row of the
keys, one row per record, a nested object's scalars as columns of their own (the leaf key, or
「parent_child」 where two leaves share a name). A record too deep for a row (it holds an
array of records itself) is printed as a heading of its name, its fields and its parts.

Keys starting with "@" are an XML element's attributes and "#text" its own text: printed
without the mark, the text standing for the element itself.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from loaders.facts import OBSERVATION_KINDS
from loaders.field_vocabulary import (
    NAME_LABEL_ENDS,
    ROW_KEY_ENDS,
    field_of,
    keys_rows,
    numbers_rows,
    printed_key,
)
from loaders.formats.data_values import (
    era_key_word,
    has_blocks,
    is_prose,
    keyed_text,
    prose_lines,
    scalar_text,
)
from loaders.formats.located import SourceText, TextBuilder
from loaders.formats.rich_text import is_rich_text, rich_text_html
from loaders.text.errors import DocumentError

MAX_DEPTH = 64  # nesting deeper than this is no document a city writes by hand
MAX_VALUES = 2_000_000  # values printed: YAML aliases can make a small file a huge tree
# each printed value stands for a few characters of the file at least, except where YAML
# aliases repeat a node: a file printing far more values than its size is an alias bomb
_VALUES_PER_CHAR = 4
_VALUES_FREE = 10_000
_MAX_HEADING = 6  # Markdown's deepest heading level
_ROW_DEPTH = 2  # an object nested this deep in a record still fits its row as columns
_LIST_IN_FIELD = 10  # a short list of scalars is one field, 「key：a、b、c」
TEXT_KEY = "#text"
# a GraphQL response names every object's type (`__typename`), a Sanity document each
# object's type and its key in its array (`_type`, `_key`) and its revision: schema and
# bookkeeping, never content
_META_KEYS = frozenset({"__typename", "_type", "_key", "_rev"})
_NAME_KEYS = ("名称", "名", "name", "title", "タイトル", "件名", "見出し", "label")
_TITLE_KEYS = ("title", "タイトル", "表題", "件名", "標題", "文書名", "資料名")
_SECTION_KEYS = ("heading", "caption", "見出し")  # a section object's own title

# a path step: (current path, key) → path of the key; (current path, index) → path of item
Step = Callable[[str, str], str]
Index = Callable[[str, int], str]


def json_step(path: str, key: str) -> str:
    plain = key and not any(c in key for c in ".[]'\" \t")
    return f"{path}.{key}" if plain else f"{path}[{key!r}]"


def json_index(path: str, index: int) -> str:
    return f"{path}[{index}]"


def display_key(key: str) -> str:
    """A key as printed: an XML attribute without its @, a romanised key the field
    vocabulary knows as its Japanese label (staff_count → 職員数), a name escaped as XML
    names escape a character (「_x6307__x6a19_」 → 指標, as SharePoint's internal names
    and Excel's XML keep a column's Japanese title)."""
    key = key.removeprefix("@")
    if "_x" in key:
        key = _escaped_name(key)
    return era_key_word(key) or printed_key(key)


_NAME_ESCAPE = re.compile(r"_x(?P<code>[0-9A-Fa-f]{4})_")
_CUT_ESCAPE = re.compile(r"_x[0-9A-Fa-f]{0,4}$")  # an escape cut at the name's length limit
_ODATA = re.compile(r"^OData_(?=_x)")  # SharePoint's prefix of a name opening with an escape


def _escaped_name(key: str) -> str:
    name = _ODATA.sub("", key)
    if not _NAME_ESCAPE.search(name):
        return key
    name = _NAME_ESCAPE.sub(lambda m: chr(int(m.group("code"), 16)), name)
    return _CUT_ESCAPE.sub("", name)


class Outline:
    """Writes one data tree as text, counting values so a tree cannot outgrow the limits."""

    def __init__(self, file: str, size: int, *, step: Step = json_step,
                 index: Index = json_index) -> None:  # fmt: skip
        """`size`: the file's length in characters, which bounds how much it may print."""
        self.file = file
        self.budget = min(MAX_VALUES, _VALUES_FREE + _VALUES_PER_CHAR * size)
        self.out = TextBuilder()
        self.step = step
        self.index = index
        self.values = 0
        self.heading_end = -1  # where the last heading's line ended

    # -- lines -----------------------------------------------------------------------------
    def heading(self, text: str, level: int, path: str) -> None:
        self._gap()
        marks = "#" * min(max(level, 1), _MAX_HEADING)
        self.out.line(f"{marks} {' '.join(text.split())}", path=path)
        self.heading_end = self.out.length

    def field(self, key: str, value: str, path: str) -> None:
        label = display_key(key)
        if re.match(rf"{re.escape(label)}\s*[:：]", value):
            self.out.line(value, path=path)  # 「unitLabel: 単位：千円」: the value labels itself
        else:
            self.out.line(f"{label}：{value}", path=path)

    def prose(self, text: str, path: str) -> None:
        for line in prose_lines(text):
            self.out.line(line, path=path)

    def item(self, text: str, path: str) -> None:
        self.out.line(f"・{text}", path=path)

    def _gap(self) -> None:
        """A blank line before a heading or a table: a block of its own."""
        tail = "".join(self.out.parts[-2:])
        under_heading = self.out.length == self.heading_end
        if self.out.length and not tail.endswith("\n\n") and not under_heading:
            self.out.write("\n")

    def result(self) -> SourceText:
        return SourceText(self.out.text(), self.out.map)

    # -- the tree --------------------------------------------------------------------------
    def count(self, path: str, depth: int, values: int = 1) -> None:
        self.values += values
        if self.values > self.budget:
            raise DocumentError(self.file, f"too many values: more than {self.budget} for a file"
                                f" of this size (aliases repeating nodes?) (at {path})")
        if depth > MAX_DEPTH:
            where = path if len(path) <= 80 else f"{path[:40]}…{path[-40:]}"
            raise DocumentError(self.file, f"nested deeper than {MAX_DEPTH} levels (at {where})")

    def value(self, value: Any, path: str, level: int, depth: int = 0, owner: str = "") -> None:
        """Any value at the top of a document or under a heading of `level - 1`; `owner` is
        the key holding it (it names a column of XML elements' own text)."""
        self.count(path, depth)
        if is_rich_text(value):  # a CMS's rich-text body: the page it renders
            self.prose(rich_text_html(value), path)
        elif isinstance(value, dict):
            self.members(value, path, level, depth, owner=owner)
        elif isinstance(value, list):
            self.array(value, path, level, depth, owner)
        elif value is not None:
            text = value if isinstance(value, str) else scalar_text(value)
            if is_prose(text):
                self.prose(text, path)
            elif text.strip():
                self.out.line(text.strip(), path=path)

    def document(self, value: Any, path: str, title: str | None = None) -> None:
        """A whole file: its title (a root element's name, a top-level title key's value) on
        the first line as a page's title, the rest under it."""
        named = _name_key(value, top=True) if isinstance(value, dict) and not title else None
        title = title or (scalar_text(value[named]) if named else None)
        if title:
            self.out.line(" ".join(title.split()), path=self.step(path, named) if named else path)
        if isinstance(value, dict):
            self.members(value, path, 1, 0, skip=named)
        else:
            self.value(value, path, 1)

    def members(self, obj: dict[str, Any], path: str, level: int, depth: int, *,
                named: str | None = None, skip: str | tuple[str, ...] | None = None,
                owner: str = "") -> None:  # fmt: skip
        """An object's keys in their order: fields for scalars, headings for the rest. In a
        record headed by its name (`named`, the key the name was read from), that key is not
        repeated and its arrays of records follow the name's heading with no heading of their
        key between, as a page prints a unit's table right under the unit. `skip`: a key
        already printed (the document's title). `owner`: the key holding the object, whose
        word names its bare 「name」 (「指標名」 under 「指標」)."""
        # an object's own fields first, then its parts (「評価：A」 after 「成果指標群」 is the
        # record's grade, not the indicator's: printed after the part's heading it would read
        # as the part's)
        # (each pointer to a named object read once: it sorts and prints as a field)
        skipped = (skip,) if isinstance(skip, str) else skip or ()
        chains = {k: _reference_chain(v) for k, v in obj.items() if isinstance(v, dict)}
        items = sorted(
            ((k, v) for k, v in obj.items() if k not in _META_KEYS),
            key=lambda kv: not _prints_as_field(kv[0], kv[1], chains.get(kv[0]) is not None),
        )
        for key, value in items:
            here = self.step(path, str(key))
            name = display_key(str(key))
            if key == TEXT_KEY:
                self.value(value, here, level, depth + 1)
            elif key == named or key in skipped or (isinstance(value, dict | list) and not value):
                continue
            elif isinstance(value, dict) and (chain := chains.get(key)) is not None:
                self.count(here, depth + 1, len(chain))
                self.field(name, " ".join(reversed(chain)), here)
            elif (dated := _dated_figures(value)) is not None:
                # 「base: {nendo: 2021, value: ○○}」, 「actual: [{nendo: 2024, value: …}]」:
                # each figure printed as a page prints a dated label (「基準値（2021年度）：…」)
                for k, (year, figure) in enumerate(dated):
                    at = self.index(here, k) if isinstance(value, list) else here
                    self.count(at, depth + 1)
                    self.field(f"{name}（{year}年度）", figure, at)
            elif isinstance(value, list) and _short_scalars(value):
                self.count(here, depth + 1, len(value))
                self.field(name, "、".join(scalar_text(v) for v in value), here)
            elif named is not None and isinstance(value, list) and _records(value):
                self.value(value, here, level, depth + 1, name)
            elif isinstance(value, dict) and (titled := _title_key(value)) is not None:
                # 「bureauSection: {heading: 局別の予算額, …}」: a section headed by its title
                self.heading(scalar_text(value[titled]), level, self.step(here, titled))
                self.count(here, depth + 1)
                self.members(value, here, level + 1, depth + 1, skip=titled)
            elif isinstance(value, dict) and _year_keyed(value):
                # 「jisseki = {R6 = ○○, R7 = ○○}」: a figure a year, each printed as a page
                # prints a dated label (「R6実績：○○」), no heading of years without a word
                for year, inner in value.items():
                    self.count(self.step(here, str(year)), depth + 1)
                    self.field(f"{str(year).strip()}{name}", scalar_text(inner),
                               self.step(here, str(year)))  # fmt: skip
            elif isinstance(value, dict | list):
                self.heading(name, level, here)
                self.value(value, here, level + 1, depth + 1, name)
            elif value is None:
                continue
            elif is_prose(value):
                self.count(here, depth + 1)
                self.heading(name, level, here)
                self.prose(value, here)
            else:
                self.count(here, depth + 1)
                if name.lower() in _NAME_KEYS and _LEVEL_OWNER.fullmatch(owner):
                    name = f"{owner}名"  # 「shihyo: {name: …}」 under 「指標」: 「指標名：…」
                elif name.lower() in _NAME_KEYS and _measured(obj):
                    name = _INDICATOR_NAME  # 「{name, base, actual, target}」: an indicator's
                self.field(name, keyed_text(str(key), value), getattr(value, "path", here))

    def array(self, items: list[Any], path: str, level: int, depth: int, owner: str) -> None:
        """Records sharing keys → a table; rows of scalars → a table; else item by item."""
        if (columns := _table_columns(items)) is not None:
            if len(columns) > 1:
                self.table(items, columns, path, depth, owner)
                return
            items = [_at(i, columns[0], "", self.step)[0] for i in items]  # one key: a list
        if all(isinstance(i, list) and _scalars(i) for i in items) and len(items) >= 2:
            self._gap()
            for k, row in enumerate(items):
                self.count(self.index(path, k), depth + 1, len(row) + 1)
                self.out.row([(scalar_text(v), {"path": self.index(path, k)}) for v in row])
            self.out.write("\n")
            return
        counted = _counting_code_key(items)
        for k, value in enumerate(items):
            here = self.index(path, k)
            if isinstance(value, dict):
                named = _name_key(value)
                coded = _code_key(value, named) if named else None
                if coded is None and named:
                    coded = counted
                title = scalar_text(value[named]) if named else f"{k + 1}"
                if coded is not None:  # 「番号：1-1」 beside 「施策名：…」: the code heads it too
                    number = scalar_text(value[coded]).strip()
                    if number.isdigit() and _LEVEL_OWNER.fullmatch(owner):
                        # 「torikumi: [{no: 1, name: …}]」: the list's word names the level its
                        # bare numbers count (「取組1 …」), as a page prints it
                        number = f"{owner}{number}"
                    title = f"{number} {title}"
                self.heading(title, level, here)
                self.count(here, depth + 1)
                skipped = [coded] if coded is not None else []
                if named is not None and (cited := _cited_level(value, named)) is not None:
                    # 「施策番号：5-1」「施策名：…」 in an entry: the one level it is filed under
                    word, code_key, name_key = cited
                    line = f"{scalar_text(value[code_key])} {scalar_text(value[name_key])}"
                    self.field(word, line, self.step(here, code_key))
                    skipped += [code_key, name_key]
                self.members(value, here, level + 1, depth + 1, named=named,
                             skip=tuple(skipped))  # fmt: skip
            elif isinstance(value, list):
                self.value(value, here, level, depth + 1, owner)
            elif value is not None:
                self.count(here, depth + 1)
                if is_prose(value):
                    self.prose(value, here)
                else:
                    self.item(scalar_text(value), here)

    def table(self, records: list[Any], columns: list[tuple[str, ...]], path: str,
              depth: int, owner: str) -> None:  # fmt: skip
        """One header row of the column names, one row per record, each cell mapped to the
        record's value it prints."""
        self._gap()
        units = _unit_columns(records, columns)
        columns = [c for c in columns if c not in units.values()]
        names = _column_names(columns, owner)
        self.out.row([(name, {"path": path}) for name in names])
        for k, record in enumerate(records):
            here = self.index(path, k)
            cells = []
            for column in columns:
                self.count(here, depth + 1)
                value, where = _at(record, column, here, self.step)
                text = _cell(value, str(column[-1]))
                if column in units and text:  # 「○○○○○」 with its object's 「千円」: one amount
                    text += _cell(_at(record, units[column], here, self.step)[0], "")
                cells.append((text, {"path": where}))
            while cells and not cells[-1][0]:
                cells.pop()
            if cells:
                self.out.row([*cells, ("", {})] if len(cells) == 1 else cells)
        self.out.write("\n")


# a key naming a fiscal year: 「R6」「H30」「2025」「FY2025」「令和6年度」
_YEAR_KEY = re.compile(
    r"^\s*(?:[RHrh]\d{1,2}|(?:令和|平成)(?:\d{1,2}|元)年度?|(?:FY)?(?:19|20)\d{2}(?:年度)?)\s*$"
)


def _measured(record: dict[str, Any]) -> bool:
    """Whether a record holds an indicator's values: a key of a kind of value (基準値,
    目標値, 実績値) holding figures by year."""
    return any(
        field_of(display_key(str(k)), exact=True) in OBSERVATION_KINDS and _dated_figures(v)
        for k, v in record.items()
    )


_INDICATOR_NAME = "指標名"


def _dated_figures(value: Any) -> list[tuple[int, str]] | None:
    """(year, figure) of an object holding one figure and its fiscal year and nothing else
    (「{nendo: 2021, value: ○○}」), or of a list of such objects; None for any other."""
    items = value if isinstance(value, list) else [value]
    if not items or not all(isinstance(i, dict) for i in items):
        return None
    found = []
    for item in items:
        own = {k: v for k, v in item.items() if v is not None}
        years = [v for k, v in own.items() if _year_word(str(k)) and isinstance(v, int)]
        figures = [v for k, v in own.items() if str(k).lower() in _FIGURE_KEYS
                   and isinstance(v, int | float) and not isinstance(v, bool)]  # fmt: skip
        # (「{nendo: 2025, amount: ○○○○○, unit: 千円}」: the figure printed with its unit)
        units = [v for k, v in own.items() if str(k).lower() in _UNIT_KEYS and isinstance(v, str)]
        if len(own) != 2 + len(units) or len(units) > 1 or len(years) != 1 or (
            len(figures) != 1 or not 1900 < years[0] < 2200
        ):
            return None
        found.append((years[0], scalar_text(figures[0]) + "".join(units)))
    return found


def _year_word(key: str) -> bool:
    """A key naming a fiscal year: 「年度」 as the vocabulary prints it (nendo, fiscal_year)."""
    return display_key(key) in ("年度", "年") or key.lower() in ("year", "fy")


_FIGURE_KEYS = frozenset({"value", "amount", "val", "値", "数値"})


def _year_keyed(obj: dict[str, Any]) -> bool:
    """An object of one figure per fiscal year, its keys the years. (Grades by year stay
    a heading over their years: the entry the heading sits under is what was graded.)"""
    return bool(obj) and all(
        _YEAR_KEY.match(str(k))
        and (v is None or (isinstance(v, int | float) and not isinstance(v, bool)))
        for k, v in obj.items()
    )


def _prints_as_field(key: str, value: Any, reference: bool) -> bool:
    """A member printed as a field line 「key：value」 (no heading of its own); `reference`:
    the value is a pointer to a named object (`_reference_chain`)."""
    if key == TEXT_KEY:
        return False
    if isinstance(value, list):
        return bool(value) and _short_scalars(value)
    if isinstance(value, dict):
        return reference
    return value is not None and not is_prose(value)


def _scalars(values: list[Any]) -> bool:
    return all(not isinstance(v, dict | list) for v in values)


def _short_scalars(values: list[Any]) -> bool:
    return (
        _scalars(values)
        and len(values) <= _LIST_IN_FIELD
        and not any(is_prose(v) for v in values)
    )


_UNIT_KEYS = frozenset({"unit", "units", "単位", "tani"})


def _unit_columns(
    records: list[Any], columns: list[tuple[str, ...]]
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """A nested object's one figure and its unit (`yosan: {nendo, amount, unit}`), as
    columns: the figure's column → the unit's, printed as one amount (「○○○○○千円」), as the
    object means it; a unit beside several figures stays a column of its own."""
    merged = {}
    for unit in columns:
        if len(unit) < 2 or str(unit[-1]).lower() not in _UNIT_KEYS:
            continue
        figures = [
            c for c in columns
            if c != unit and c[:-1] == unit[:-1] and not _year_word(str(c[-1]))
            and all(r.get(c[0]) is None or _figure_at(r, c) for r in records)
        ]  # fmt: skip
        if len(figures) == 1 and any(_figure_at(r, figures[0]) for r in records):
            merged[figures[0]] = unit
    return merged


def _figure_at(record: dict[str, Any], column: tuple[str, ...]) -> bool:
    value: Any = record
    for key in column:
        if not isinstance(value, dict):
            return False
        value = value.get(key)
    return isinstance(value, int | float) and not isinstance(value, bool)


def _cell(value: Any, column: str) -> str:
    if isinstance(value, list):
        return "、".join(scalar_text(v) for v in value if v is not None)
    return keyed_text(column, value)


def _row_paths(record: dict[str, Any], depth: int = 0) -> list[tuple[str, ...]] | None:
    """The key paths of a record's scalars when it fits one table row, else None."""
    paths: list[tuple[str, ...]] = []
    for key, value in record.items():
        if key in _META_KEYS:
            continue
        if isinstance(value, dict):
            if depth + 1 >= _ROW_DEPTH:
                return None
            inner = _row_paths(value, depth + 1)
            if inner is None:
                return None
            paths.extend((key, *p) for p in inner)
        elif isinstance(value, list):
            if not _short_scalars(value):
                return None
            paths.append((key,))
        elif isinstance(value, str) and has_blocks(value):
            return None  # a description holding a table or a list: printed as its page
        else:
            paths.append((key,))
    return paths


def _table_columns(items: list[Any]) -> list[tuple[str, ...]] | None:
    """The columns of an array of records that print as a table: two records at least, all
    of them fitting a row, and a key that most of them share."""
    if len(items) < 2 or not all(isinstance(i, dict) for i in items):
        return None
    columns: dict[tuple[str, ...], None] = {}
    shared: Counter[tuple[str, ...]] = Counter()
    for record in items:
        paths = _row_paths(record)
        if paths is None:
            return None
        columns.update(dict.fromkeys(paths))
        shared.update(set(paths))
    if not columns or shared.most_common(1)[0][1] * 2 < len(items):
        return None
    # a key holding an object in some records and null in others: its object's keys are the
    # columns, never the object itself
    return [c for c in columns if not any(len(o) > len(c) and o[: len(c)] == c for o in columns)]


def _column_names(columns: list[tuple[str, ...]], owner: str) -> list[str]:
    """A column's leaf key, or its keys joined by "_" where leaves would repeat; an XML
    element's own text (#text) is named by the element, a bare name key by the records'
    word."""
    # 「取組番号」 beside a bare 「Title」: the records are that level's, the title its name
    levels = (_numbered_level(display_key(c[0])) for c in columns if len(c) == 1)
    numbered = next((word for word in levels if word is not None), None)

    def leaf(column: tuple[str, ...]) -> str:
        keys = [display_key(k) for k in column if k != TEXT_KEY]
        if len(keys) == 1 and keys[0].lower() in _NAME_KEYS and _LEVEL_OWNER.fullmatch(owner):
            return f"{owner}名"  # 「取組: [{title: …}]」: the entries' names, 「取組名」
        if len(keys) == 1 and keys[0].lower() in _NAME_KEYS and numbered is not None:
            return f"{numbered}名"
        return keys[-1] if keys else owner or "値"

    leaves = Counter(leaf(c) for c in columns)
    names = []
    for column in columns:
        if leaves[leaf(column)] > 1:
            names.append("_".join(display_key(k) for k in column if k != TEXT_KEY) or leaf(column))
        else:
            names.append(leaf(column))
    return names


def _numbered_level(label: str) -> str | None:
    """「取組番号」「事業No.」: the level word a column numbering rows opens with (取組)."""
    word = _level_word(label.rstrip("."), ROW_KEY_ENDS) if numbers_rows(label) else None
    return word or None


def _at(record: dict[str, Any], column: tuple[str, ...], path: str,
        step: Step) -> tuple[Any, str]:  # fmt: skip
    value: Any = record
    for key in column:
        if not isinstance(value, dict) or key not in value:
            return None, path
        value = value[key]
        path = step(path, key)
    # a value joined from the record a pointer names (joined_records.Joined): where it is
    return value, getattr(value, "path", path)


def _records(values: list[Any]) -> bool:
    return bool(values) and all(isinstance(v, dict) for v in values)


def _name_key(record: dict[str, Any], *, top: bool = False) -> str | None:
    """The key of what a record is called, to head it: a name-like key's short value, else
    (inside a document) its first short string; at the top of a file only a title key."""
    strings = [
        str(k) for k, v in record.items()
        if isinstance(v, str | int) and not isinstance(v, bool) and str(v).strip()
        and not is_prose(v) and k != TEXT_KEY
    ]  # fmt: skip
    strings = [k for k in strings if not k.startswith(("_", "$"))]  # system keys: no names
    names = _TITLE_KEYS if top else _NAME_KEYS
    for key in strings:
        if display_key(key).lower().endswith(names):
            return key
    if top:
        return None
    return next((k for k in strings if isinstance(record[k], str)), None)


# 「1-1」「Ⅱ-3」「2-(1)」: a record's code in the plan, short and wordless
_CODE_VALUE = re.compile(r"^[0-9Ⅰ-Ⅻ]{1,3}(?:[-‐－.・][(（]?[0-9Ⅰ-Ⅻ①-⑳]{1,3}[)）]?){0,4}$")


# a list's key printed as one word of a plan's levels (取組, 施策, 事業, 推進項目)
_LEVEL_OWNER = re.compile(r"[\u3400-\u9fff\u30a0-\u30ff]{1,6}")
# a key that says only 「code」, no level and no system's word (施策コード, 事業ID)
_BARE_CODE_KEYS = frozenset({"code", "コード"})
# a code only a plan prints: levels joined by a dash, or a Roman numeral (「Ⅱ」「Ⅱ-1」)
_PLAN_CODE = re.compile(
    r"^(?=.*[-‐－Ⅰ-Ⅻ])[0-9Ⅰ-Ⅻ]{1,3}(?:[-‐－][(（]?[0-9Ⅰ-Ⅻ①-⑳]{1,3}[)）]?){0,4}$"
)


def _code_key(record: dict[str, Any], named: str) -> str | None:
    """The key numbering a record in its plan (「番号：1-1」, 「施策番号」 beside 「施策名」):
    its value heads the record with its name, as the plan prints 「1-1 ○○の充実」. (A code
    key, 「施策コード」, stays a field: a system's key beside the name, read as the record's.)
    A number of another level (「施策番号」 beside 「取組名」) is a citation, no heading's."""
    level = _level_word(display_key(named), NAME_LABEL_ENDS)
    for key, value in record.items():
        label = display_key(str(key))
        if not isinstance(value, str | int) or isinstance(value, bool):
            continue
        code = scalar_text(value).strip()
        if _PLAN_CODE.match(code) and label.lower() in _BARE_CODE_KEYS:
            return str(key)  # 「code = "Ⅱ-1"」: a bare code key holding a plan's numbering
        if numbers_rows(label) and _CODE_VALUE.match(code):
            own = _level_word(label.rstrip("."), ROW_KEY_ENDS)
            return str(key) if not own or own == level else None
    return None


def _counting_code_key(items: list[Any]) -> str | None:
    """A bare code key numbering a list's records 1, 2, 3 … in order (`goals: [{code: "1",
    name: …}, {code: "2", …}]`): the plan's top level, numbered as a page prints it; a lone
    record's, or numbers out of order, are a system's keys."""
    if len(items) < 2 or not all(isinstance(i, dict) for i in items):
        return None
    keys = [k for k in items[0] if display_key(str(k)).lower() in _BARE_CODE_KEYS]
    for key in keys:
        values = [scalar_text(i.get(key)).strip() for i in items]
        if values == [str(n) for n in range(1, len(items) + 1)]:
            return str(key)
    return None


def _cited_level(record: dict[str, Any], named: str) -> tuple[str, str, str] | None:
    """(level word, code key, name key) of another level's number and name in a record
    (「施策番号」 and 「施策名」 in an 取組's record): the level the record is filed under."""
    own = _level_word(display_key(named), NAME_LABEL_ENDS)
    keys = {display_key(str(k)): str(k) for k, v in record.items()
            if isinstance(v, str | int) and not isinstance(v, bool)}  # fmt: skip
    for label, key in keys.items():
        word = _level_word(label.rstrip("."), ROW_KEY_ENDS)
        if not word or word in (own, label) or not keys_rows(label):
            continue
        name = next((k for lbl, k in keys.items() if lbl in (f"{word}名", f"{word}名称")), None)
        if name is not None and _CODE_VALUE.match(scalar_text(record[key]).strip()):
            return word, key, name
    return None


def _level_word(label: str, ends: tuple[str, ...]) -> str:
    """「施策」 of 「施策番号」 or 「施策名」: the level a label's word before its ending names."""
    for end in sorted(ends, key=len, reverse=True):
        if label.endswith(end):
            return label[: -len(end)].strip()
    return label


_REFERENCE_KEYS = 4  # a reference's own scalars besides its name: kind, code, id …
_REFERENCE_VALUE = 40  # … each short: a longer text is content of the object's own


def _reference_chain(obj: dict[str, Any]) -> list[str] | None:
    """An object that only points at a named thing (「担当課：{name, kind, parent: {…}}」),
    its name first, then each object it sits in, innermost first; None for any object
    with content of its own (a known field, a list, prose, more than one nested object)."""
    chain: list[str] = []
    seen = 0
    while obj is not None:
        seen += 1
        if seen > MAX_DEPTH:
            return None
        own = {k: v for k, v in obj.items() if k not in _META_KEYS and v is not None}
        key = next((k for k in own if isinstance(own[k], str)
                    and not k.startswith(("_", "$"))
                    and display_key(k).lower() in _NAME_KEYS), None)  # fmt: skip
        if key is None or is_prose(own[key]) or not str(own[key]).strip():
            return None
        nested = [v for v in own.values() if isinstance(v, dict)]
        scalars = [k for k, v in own.items() if k != key and not isinstance(v, dict)]
        if len(nested) > 1 or len(scalars) > _REFERENCE_KEYS or any(
            isinstance(own[k], list) or field_of(display_key(k), exact=True)
            or len(scalar_text(own[k])) > _REFERENCE_VALUE or is_prose(own[k])
            for k in scalars
        ):
            return None
        name = " ".join(str(own[key]).split())
        coded = _code_key(own, key) if not chain else None
        if coded is not None:
            # 「kihon_mokuhyo: {number: 1, title: …}」: the level's number before its name, as
            # the plan prints it (「基本目標：1 ○○のまち」)
            name = f"{scalar_text(own[coded]).strip()} {name}"
        chain.append(name)
        obj = nested[0] if nested else None
    return chain


def _title_key(obj: dict[str, Any]) -> str | None:
    """The key of a section object's printed title (heading, caption, 見出し): a short
    string, the object holding more than its title."""
    if len(obj) < 2:
        return None
    for key, value in obj.items():
        if (
            isinstance(value, str) and value.strip() and not is_prose(value)
            and display_key(str(key)).lower() in _SECTION_KEYS
        ):
            return str(key)
    return None
