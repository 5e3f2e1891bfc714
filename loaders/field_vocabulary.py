"""Which field a printed label names: the field vocabulary of `ontology/fields.ttl`.

Recognisers never spell a label in a regex; they ask `field_of("予算額(千円)")` → "budget".
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from loaders.resources import ontology_dir
from loaders.text.normalize import fold_width

_SPACE = re.compile(r"\s+")
# a trailing bracket (予算額(千円)), or a yen unit joined by an underscore as database and GIS
# exports name their columns (事業費_千円)
_QUALIFIER = re.compile(r"[(（][^()（）]*[)）]$|_[百千万億]*円$")
# a form's question number opening a column's label (「Q2. 所属課」「問3　事業名」): an online
# form's answers exported as a sheet head each column so
_QUESTION_NUMBER = re.compile(r"^(?:Q|問|設問|質問)[0-9]{1,3}(?:[.．:：)]|(?=[^\W\d_]))")
# a year closing a label (「施策評価R6」, 「評価令和5年度」): the label's field is its own
_LETTERS = re.compile(r"[^\W\d_]")
_TRAILING_YEAR = re.compile(
    r"(?<=\D)(?:(?:令和|平成|R|H)(?:元|[0-9]{1,2})|(?:19|20)[0-9]{2})年?度?$"
)


@lru_cache(maxsize=65536)
def label_key(label: str) -> str:
    """A label as compared: width folded, no white space, ASCII brackets (cached: parsing asks
    for the same few thousand cell texts hundreds of thousands of times per corpus)."""
    return _SPACE.sub("", fold_width(label)).replace("（", "(").replace("）", ")")


@cache
def fields_graph() -> Graph:
    """`ontology/fields.ttl`, parsed once per process for every reader of the vocabulary
    (read it, do not change it)."""
    graph = Graph()
    graph.parse(ontology_dir() / "fields.ttl", format="turtle")
    return graph


@cache
def field_labels() -> dict[str, str]:
    """label key → field name ("予算額" → "budget"), from the SKOS altLabels and prefLabels."""
    graph = fields_graph()
    labels: dict[str, str] = {}
    for prop in (SKOS.prefLabel, SKOS.altLabel):
        for concept, label in graph.subject_objects(prop):
            if getattr(label, "language", None) != "ja":
                continue
            name = str(concept).rsplit("#", 1)[-1]
            labels.setdefault(label_key(str(label)), name)
    return labels


@cache
def caption_cues(concept: str) -> tuple[str, ...]:
    """The words `mkf:captionCue` gives `concept` (「参考」, 「出先機関」, 「区分」), as compared:
    cues that mark a caption or a cell, no field labels of their own."""
    subject = URIRef(f"https://w3id.org/machikg/fields#{concept}")
    cue = URIRef("https://w3id.org/machikg/fields#captionCue")
    return tuple(label_key(str(word)) for word in fields_graph().objects(subject, cue))


@cache
@cache
def derived_labels() -> frozenset[str]:
    """The labels of figures derived from others (達成率, 増減, 対前年度比;
    `mkf:derivedColumn` in ontology/fields.ttl), as compared."""
    cue = URIRef("https://w3id.org/machikg/fields#derivedColumn")
    return frozenset(label_key(str(word)) for _, word in fields_graph().subject_objects(cue))


def preferred_label(field: str) -> str | None:
    """A field's preferred Japanese label (skos:prefLabel), the word that names it (取組)."""
    subject = URIRef(f"https://w3id.org/machikg/fields#{field}")
    for label in fields_graph().objects(subject, SKOS.prefLabel):
        if getattr(label, "language", None) == "ja":
            return label_key(str(label))
    return None


def labels_of(field: str) -> list[str]:
    """The labels of one field, longest first."""
    return list(_labels_of(field))


@cache
def _labels_of(field: str) -> tuple[str, ...]:
    """`labels_of`, sorted once per field (recognisers ask for it per document)."""
    labels = (k for k, v in field_labels().items() if v == field)
    return tuple(sorted(labels, key=len, reverse=True))


def field_of(label: str, *, exact: bool = False) -> str | None:
    """The field a printed label names, or None.

    Exact labels first; then a label with a trailing qualifier removed (予算額(千円)); then,
    unless `exact`, the longest known label the printed one ends with (令和4年度予算額) or
    starts with (目標値(2027年度)).
    """
    return _field_of(label, exact)


@lru_cache(maxsize=1 << 16)
def _field_of(label: str, exact: bool) -> str | None:
    """`field_of`, remembered: recognisers ask about the same cells and labels hundreds of
    times per document, and a miss scans every known label (a third of parsing time)."""
    key = label_key(label)
    if not key:
        return None
    labels = field_labels()
    if key in labels:
        return labels[key]
    if (asked := _QUESTION_NUMBER.match(key)) and key[asked.end():]:
        return _field_of(key[asked.end():], exact)  # 「Q2. 所属課」: a form's question
    bare = _QUALIFIER.sub("", key)
    if bare in labels:
        return labels[bare]
    undated = _TRAILING_YEAR.sub("", bare)
    if undated != bare and len(_LETTERS.findall(undated)) >= 2:
        return _field_of(undated, exact)  # 「施策評価R6」: the label, then the year it is of
    gloss = _GLOSS.search(key)
    if (
        gloss is not None
        and len(bare) <= _GLOSSED_WORD
        and labels.get(gloss.group(1)) in _GLOSSED_FIELDS
        and _field_of(bare, False) is None
    ):
        return labels[gloss.group(1)]  # 「小項目（取組）」: a level word, glossed with a field's
    if (shared := _shared_suffix_field(bare, labels)) is not None:
        return shared
    if (pair := _UNIT_AND_PART.match(bare)) and labels.get(pair.group("unit")) == "division":
        return "division"  # 「所管課・係」: the division, and its part (the 係) beside it
    if _KANA_LABEL.fullmatch(bare):
        return read_out_labels().get(bare)  # 「ｼﾞｷﾞｮｳﾒｲ」: 事業名 by its reading
    if _HIRAGANA_LABEL.fullmatch(bare):  # 「（たんとう：…）」: a children's page's 担当
        return read_out_labels().get(bare.translate(_TO_KATAKANA))
    if exact:
        return None
    if (entries := _level_and_entries(bare)) is not None:
        return entries
    numbered = next((w for w in _NUMBERING_WORDS if bare.endswith(w)), None)
    if numbered and labels.get(bare[: -len(numbered)]) in _VALUE_FIELDS:
        return None  # 「目標番号」: a column numbering its rows (the 目標 they are), no 目標値
    for known in _longest_first():
        if len(known) >= 2 and (
            key.endswith(known) or bare.endswith(known) or key.startswith(known)
        ):
            return labels[known]
    return None


def _level_and_entries(key: str) -> str | None:
    """「施策・計画事業」: a policy level's word and the entries' filed under it, over a column
    whose rows are the entries (the level printed as group lines between them) — the
    entries' field; else None."""
    parts = re.split(r"[・/／]", key)
    if len(parts) != 2 or not all(parts):
        return None
    upper, lower = _field_of(parts[0], False), _field_of(parts[1], False)
    return lower if upper == "policy" and lower in ("project", "initiative") else None


# 「所管課・係」「担当課・グループ」: a division's label, then the word for the part within it
_UNIT_AND_PART = re.compile(r"^(?P<unit>.+?)[・/／](?:係|担当|グループ|チーム|班)(?:名)?$")
# 「（取組）」 closing a label: the field the page glosses its own word with — a kind of entry
# or unit (a bracket of 単位, 千円 or a year qualifies the label's own field instead)
_GLOSS = re.compile(r"[(（]([^()（）]{2,8})[)）]$")
_GLOSSED_FIELDS = ("initiative", "policy", "project", "department", "division")
# 「小項目」「区分」: a column's short word, not a title (「マニフェスト（重点取組）」)
_GLOSSED_WORD = 4
# a label in katakana alone (a legacy system's field names, half-width in its files)
_KANA_LABEL = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}")
_HIRAGANA_LABEL = re.compile(r"[\u3041-\u3096\u30fc]{3,}")
_TO_KATAKANA = {code: code + 0x60 for code in range(0x3041, 0x3097)}



@cache
def read_out_labels() -> dict[str, str]:
    """Each known label's katakana reading → its field (ジギョウメイ → project), for systems
    that name their fields by reading; read with Sudachi, once, when such a label is met."""
    from loaders.text.names import label_reading

    readings: dict[str, str] = {}
    for label, name in field_labels().items():
        reading = label_reading(label)
        if reading and reading not in readings:
            readings[reading] = name
    return readings


# the last words of a label that only numbers or codes its rows (its own label is looked up
# exactly: 施策番号, 施策コード name policies)
_NUMBERING_WORDS = ("番号", "コード")
# 「主な取組1」「主な取組2」: the label numbered, one column of several of the same field
_TRAILING_ORDINAL = re.compile(r"(?<![0-9年月])[0-9]{1,2}$")


def numbered_siblings(header: list[str], index: int) -> list[int]:
    """「主な取組1 | 主な取組2」: the other columns of one label numbered in turn."""
    key = label_key(header[index])
    ordinal = _TRAILING_ORDINAL.search(key)
    if ordinal is None or ordinal.start() < 2:
        return []
    stem = key[: ordinal.start()]
    return [k for k, other in enumerate(header) if k != index
            and (o := _TRAILING_ORDINAL.search(label_key(other)))
            and label_key(other)[: o.start()] == stem]  # fmt: skip


def numbered_column_field(header: list[str], index: int) -> str | None:
    """The field of a label numbered in turn over several columns of one header (each
    column holds that field), else None. A label numbered alone (「構成事業1」 down a
    record's first column) is no such column."""
    if not numbered_siblings(header, index):
        return None
    key = label_key(header[index])
    ordinal = _TRAILING_ORDINAL.search(key)
    assert ordinal is not None
    return field_of(key[: ordinal.start()])
_VALUE_FIELDS = ("target", "actual", "baseline", "estimate", "budget")


def _shared_suffix_field(key: str, labels: dict[str, str]) -> str | None:
    """「局・区名」, 「部・課名」: two labels sharing their last word, printed once — the field
    the first names (局名: a unit), unless the second names another field; else None."""
    parts = key.split("・")
    if len(parts) != 2 or not parts[0] or len(parts[1]) < 2:
        return None
    for cut in range(1, len(parts[1])):
        head, suffix = parts[1][:cut], parts[1][cut:]
        first, second = labels.get(parts[0] + suffix), labels.get(head + suffix)
        if first is not None and second in (None, first):
            return first  # (区名 is no label of its own: a ward is a unit as a 局 is)
    return None


_MKF = "https://w3id.org/machikg/fields#"


@cache
def marked_words(mark: str) -> tuple[str, ...]:
    """The words an annotation property of the vocabulary lists (`mkf:stageMark`,
    `mkf:valueColumn` …), as compared, longest first."""
    words = {label_key(str(w)) for _, w in fields_graph().subject_objects(URIRef(_MKF + mark))}
    return tuple(sorted(words, key=len, reverse=True))


# the last words of a label of a column numbering its rows (取組番号, 事業No.)
_ROW_NUMBER_WORDS = ("番号", "No", "NO")


def numbers_rows(label: str) -> bool:
    """「取組番号」「事業No.」: a label of a column numbering its rows."""
    return label_key(label).rstrip(".").endswith(_ROW_NUMBER_WORDS)


# … and of a column keying them: a code or an id (施策コード, 事業ID), no name
_ROW_KEY_WORDS = ("コード", "ID", "CD")
# every last word of a label numbering or keying rows, longest first (「施策番号」 → 施策)
ROW_KEY_ENDS = tuple(sorted({*_ROW_NUMBER_WORDS, *_ROW_KEY_WORDS}, key=len, reverse=True))


def keys_rows(label: str) -> bool:
    """「取組番号」「事業No.」「施策コード」「事業ID」: a label of a column numbering or keying
    its rows, which holds no names."""
    return numbers_rows(label) or label_key(label).rstrip(".").upper().endswith(_ROW_KEY_WORDS)


@cache
def sentence_cues() -> dict[str, str]:
    """Cue word → field ("から" → "baseline"): words that, right after a value in running
    text, say what kind of value it is (`mkf:sentenceCue`)."""
    from rdflib import URIRef

    graph = fields_graph()
    return {
        fold_width(str(cue)): str(concept).rsplit("#", 1)[-1]
        for concept, cue in graph.subject_objects(URIRef(_MKF + "sentenceCue"))
    }


@cache
def cues_of(field: str) -> tuple[str, ...]:
    """The sentence cues of one field (「前年度」「前年」 of previousYear), in the vocabulary's
    order: asked for by many readers, looked up once."""
    return tuple(cue for cue, named in sentence_cues().items() if named == field)


def leading_cue(text: str, field: str) -> str | None:
    """The longest sentence cue of `field` that `text` opens with (「前年度 ○,○○○」 →
    前年度, not 前年), else None."""
    return next((cue for cue in _cues_longest_first(field) if text.startswith(cue)), None)


@cache
def _cues_longest_first(field: str) -> tuple[str, ...]:
    return tuple(sorted(cues_of(field), key=len, reverse=True))


@cache
def numbering_prefixes() -> dict[str, str]:
    """Word → field ("方針" → "policy"): words printed only right before a level's number
    (「方針1 …」), no labels on their own (`mkf:numberingPrefix`)."""
    from rdflib import URIRef

    graph = fields_graph()
    return {
        label_key(str(word)): str(concept).rsplit("#", 1)[-1]
        for concept, word in graph.subject_objects(URIRef(_MKF + "numberingPrefix"))
    }


# A romanised data key, as open-data APIs and system exports name their fields:
# snake_case (staff_count), camelCase or PascalCase (StaffNumber), kebab-case, dotted.
_DATA_KEY = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[_\-.][A-Za-z0-9]+)*")
_KEY_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")


def key_words(key: str) -> tuple[str, ...] | None:
    """A romanised data key's words, lower case (「StaffNumber」 → staff, number), or None
    when the key is not one (Japanese, or spaced text): the one place key spellings fold."""
    if not _DATA_KEY.fullmatch(key):
        return None
    return tuple(word.lower() for word in _KEY_WORD.findall(key))


@cache
def english_labels() -> dict[tuple[str, ...], str]:
    """A field's English label words → its Japanese prefLabel (("project", "name") → 事業名):
    the `@en` altLabels of every field that has a Japanese one (the `@en` prefLabels
    describe a field for people and are no keys), or else a Japanese cue word."""
    from rdflib import URIRef

    graph = fields_graph()
    printed: dict[str, str] = {}
    for concept, label in graph.subject_objects(SKOS.prefLabel):
        if getattr(label, "language", None) == "ja":
            printed.setdefault(str(concept), str(label))
    # a year cue standing for a column (currentYear → 本年度) has no label: its first cue word
    for concept, cue in graph.subject_objects(URIRef(_MKF + "sentenceCue")):
        if getattr(cue, "language", None) == "ja":
            printed.setdefault(str(concept), str(cue))
    words: dict[tuple[str, ...], str] = {}
    for concept, label in graph.subject_objects(SKOS.altLabel):
        if getattr(label, "language", None) == "en" and str(concept) in printed:
            words.setdefault(tuple(str(label).lower().split()), printed[str(concept)])
    return words


@cache
def _english_cues() -> dict[str, str]:
    """An English word opening a data key → the Japanese word a page prints for it
    («previous» → 前年度): the `@en` and the `@ja` `mkf:keyCue` of one field."""
    from rdflib import URIRef

    graph = fields_graph()
    printed: dict[str, str] = {}
    english: dict[str, str] = {}
    for concept, cue in graph.subject_objects(URIRef(_MKF + "keyCue")):
        language = getattr(cue, "language", None)
        if language == "en":
            english[str(cue).lower()] = str(concept)
        elif language == "ja":
            printed[str(concept)] = fold_width(str(cue))
    return {word: printed[field] for word, field in english.items() if field in printed}


@lru_cache(maxsize=4096)
def printed_key(key: str) -> str:
    """A romanised data key as a page would print its label, so every recogniser reads an
    API's or export's field as it reads a Japanese page: the longest run of the key's last
    words that is a field's English label becomes the field's Japanese label, each word
    before it an English cue word's Japanese cue («previous_staff_count» → 前年度職員数). A key
    with a word the vocabulary does not know stays as printed."""
    words = key_words(key)
    if not words:
        return key
    romanised = _romanised_key(words)
    if romanised is not None:
        return romanised
    labels = english_labels()
    for cut in range(len(words)):
        if words[cut:] in labels:
            cues = [_english_cues().get(word) for word in words[:cut]]
            if all(cues):
                return "".join(c for c in cues if c) + labels[words[cut:]]
            return key
    return key


# 「課名」「事業名称」: a label's last word saying its column or field holds names
NAME_LABEL_ENDS = ("名", "名称")

_YEAR_WORD = re.compile(r"^(?:[rh][0-9]{1,2}|[0-9]{4})$")  # r5, h30, 2024: a year


@cache
def _romaji_words() -> dict[str, tuple[str, bool]]:
    """A romanised word of a data key → (the Japanese word, whether it is a unit)."""
    from rdflib import URIRef

    graph = fields_graph()
    words: dict[str, tuple[str, bool]] = {}
    for node, printed in graph.subject_objects(URIRef(_MKF + "printedAs")):
        unit = any(bool(v) for v in graph.objects(node, URIRef(_MKF + "unitWord")))
        for spelling in graph.objects(node, URIRef(_MKF + "romaji")):
            words[str(spelling).lower()] = (str(printed), unit)
    return words


def _romanised_key(words: tuple[str, ...]) -> str | None:
    """«kessangaku_yen» → 決算額（円）, «jisseki_r5» → R5実績: a key all of whose words are
    romanised Japanese (`mkf:romaji`), or None. A key of year words alone is none."""
    known = _romaji_words()
    joined: list[str] = []  # «r», «5» (split where letters meet digits) → «r5»
    for word in words:
        if word.isdigit() and joined and joined[-1] in ("r", "h"):
            joined[-1] += word
        else:
            joined.append(word)
    words = tuple(joined)
    years = [w.upper() for w in words if _YEAR_WORD.match(w)]
    rest = [w for w in words if not _YEAR_WORD.match(w)]
    if not rest or any(w not in known for w in rest):
        return None
    label = "".join(known[w][0] for w in rest if not known[w][1])
    units = [known[w][0] for w in rest if known[w][1]]
    if not label:
        return None
    return "".join(years) + label + "".join(f"（{u}）" for u in units)


@cache
def _longest_first() -> tuple[str, ...]:
    """The label keys, longest first, sorted once (field_of runs for every cell and label)."""
    return tuple(sorted(field_labels(), key=len, reverse=True))


def all_labels() -> list[str]:
    return list(_longest_first())


# 「［事業］」「【指標】」「〔評価〕」: a label in brackets opening a line of a record
_OPENING_LABEL = re.compile(r"^[\[〔【]\s*(?P<label>[^\]〕】]{1,10})\s*[\]〕】]\s*")


def opening_label(text: str) -> tuple[str | None, int]:
    """The field a bracketed label opening `text` names (「［事業］ X事業 予算額 …」 →
    project) and where the rest of the text starts; (None, 0) when no known label opens it."""
    found = _OPENING_LABEL.match(text)
    if found is None:
        return None, 0
    field = field_of(found.group("label"), exact=True)
    return (field, found.end()) if field is not None else (None, 0)


_SUM = "計"
# 「３か年」「5年間」: the span of years a total sums, before its 計
_SPAN_SUMMED = re.compile(r"[0-9０-９]+(?:か|ヵ|ケ|カ)?年(?:度|間)?")


def is_total_label(text: str) -> bool:
    """「合計」「施策計」「３か年計」: a total's label — the vocabulary's, or 計 after a label of
    the vocabulary (the level or kind the row sums) or the span of years it sums; 「…基本設計」
    is a name that ends so, no total."""
    key = label_key(text)
    if field_of(key, exact=True) in ("total", "subtotal"):
        return True
    before = key.removesuffix(_SUM)
    return before != key and bool(before) and (
        field_of(before, exact=True) is not None or bool(_SPAN_SUMMED.fullmatch(before))
    )
