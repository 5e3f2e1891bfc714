"""Names in running text: organisational units, facilities, nicknames; and search tokens.

Unit and facility names are compound nouns ending in a telling suffix (…課, …センター).
SudachiPy's tokens give the compound's left boundary (where the run of nouns starts), so
no list of names is needed and documents from unseen cities work the same way.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from sudachipy import Dictionary, SplitMode, Tokenizer

from loaders.text.normalize import nfkc_key

# Sudachi refuses inputs over ~49 KB; lines longer than this are cut at sentence ends.
_CHUNK_CHARS = 4000
_lock = threading.Lock()  # a Sudachi tokenizer must not be used by two threads at once


@lru_cache(maxsize=1)
def _tokenizer() -> Tokenizer:
    return Dictionary(dict="core").tokenizer(mode=SplitMode.C)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    surface: str
    pos: tuple[str, ...]
    normalized: str
    known: bool = True  # in the dictionary (not an out-of-vocabulary guess)


def sudachi_chunks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) of each line, long lines cut at 。: Sudachi refuses very long inputs."""
    pos = 0
    for line in text.split("\n"):
        start = 0
        while len(line) - start > _CHUNK_CHARS:
            cut = line.rfind("。", start, start + _CHUNK_CHARS) + 1 or start + _CHUNK_CHARS
            yield pos + start, line[start:cut]
            start = cut
        if line[start:].strip():
            yield pos + start, line[start:]
        pos += len(line) + 1


def tokens(text: str) -> list[Token]:
    """Sudachi (mode C) tokens of `text` with offsets into it."""
    return list(_cached_tokens(text))


@lru_cache(maxsize=512)
def _cached_tokens(text: str) -> tuple[Token, ...]:
    """Recognisers read the same block text more than once (units, then facilities)."""
    result: list[Token] = []
    tokenizer = _tokenizer()
    with _lock:
        for offset, chunk in sudachi_chunks(text):
            for m in tokenizer.tokenize(chunk):
                result.append(
                    Token(offset + m.begin(), offset + m.end(), m.surface(),
                          tuple(m.part_of_speech()), m.normalized_form(), not m.is_oov())
                )  # fmt: skip
    return tuple(result)


def label_reading(label: str) -> str:
    """A label's reading in katakana (事業名 → ジギョウメイ), as Sudachi reads its words."""
    tokenizer = _tokenizer()
    with _lock:
        return "".join(m.reading_form() for m in tokenizer.tokenize(label))


_CONTENT_POS = {"名詞", "動詞", "形容詞", "形状詞"}


_NO_WORD_START = frozenset("ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶーｧｨｩｪｫｯｬｭｮｰ")


def word_across(first: str, second: str) -> bool:
    """Sudachi reads one dictionary word across the seam of `first` + `second`: the
    evidence that a line break fell inside a word (「…空調設」 / 「備更新事業」 → 設備). A
    second piece opening with a small kana or a long-vowel mark (「…コミュニテ」 / 「ィバス…」)
    is that evidence by itself: no word begins so."""
    if not first or not second:
        return False
    if second[0] in _NO_WORD_START and first[-1] not in _NO_WORD_START:
        return True
    seam = len(first)
    return any(
        t.start < seam < t.end and t.known and t.end - t.start >= 2 for t in tokens(first + second)
    )


def normalized_form_tokens(text: str) -> list[str]:
    """Normalized forms of the content words (nouns, verbs, adjectives), in order.

    Spelling variants meet here (コミュニティ and コミュニティー both → コミュニティー), which
    is what topic tagging and search compare.  Numbers, particles, symbols and auxiliary
    verbs (する, いる) are skipped.
    """
    return [
        t.normalized
        for t in tokens(text)
        if t.pos[0] in _CONTENT_POS and t.pos[1] not in ("数詞", "非自立可能")
    ]


@dataclass(frozen=True)
class Mention:
    """A name found in text: offsets [start, end), the name as printed, and its kind."""

    start: int
    end: int
    name: str
    kind: str


# Unit suffixes and the kind of unit they make (facts.OrganizationKind).
ORGANIZATION_SUFFIXES: dict[str, str] = {
    "事務局": "department", "事務所": "facility_unit", "本部": "department", "局": "department",
    "部": "department",
    "課": "division", "室": "division", "係": "section", "班": "section",
    "委員会": "committee", "審議会": "committee", "協議会": "committee", "会議": "committee",
    "組合": "external", "協会": "external", "公社": "external", "事業団": "external",
    "財団": "external",
}  # fmt: skip
FACILITY_SUFFIXES = (
    "センター", "会館", "公民館", "市民館", "連絡所", "出張所", "区役所", "役所", "支所",
    "図書館", "ホール", "施設", "体育館", "美術館", "博物館", "資料館", "プラザ", "庁舎",
    "交流館", "記念館", "児童館", "コミュニティハウス", "工場", "本館", "処理場", "浄水場",
    "斎場", "競技場", "野球場", "運動公園", "スタジアム", "アリーナ", "病院", "ランド",
    "小学校", "中学校", "診療所", "公園", "駐車場", "緑地", "プール", "ポンプ場", "パーク",
    "キャンプ場", "スキー場", "温泉館", "保育園", "調理場", "団地", "保育所", "こども園",
    "児童相談所", "津波避難タワー", "バスターミナル", "処分場", "分館",
    "展望台", "分校", "研究所", "試験場", "大学校", "駅前広場", "交通広場", "口広場", "自由通路",
    "道場", "武道場", "子ども館", "こども館", "城跡", "青少年ホーム", "高等学校", "専門学校",
    "研修館", "児童クラブ", "ギャラリー",
)  # fmt: skip
# Suffixes too generic to name a facility unless a proper noun is part of the name.
_NEEDS_PROPER_NOUN = ("施設",)
# Words that make "<word>課" a column label ("担当課", "所管室"), not a unit name.
_LABEL_WORDS = {"担当", "所管", "主管", "関係", "各", "当該", "同", "本", "全", "他", "所属",
                "庁内", "関係各", "該当", "当", "筆頭"}  # fmt: skip
# Everyday words that end in a unit suffix character.
_NOT_UNIT_ENDINGS = ("関係", "体系", "家系", "一部", "全部", "内部", "外部", "幹部", "細部")
_MUNICIPALITY_NAME = re.compile(r".+[市町村都道府県]$")
# Characters a name needs before its suffix: 人事課 yes, 一部 no; 緑区役所 yes, 区役所 no.
_MIN_UNIT_MODIFIER = 2
_MIN_FACILITY_MODIFIER = 1


_PLURAL_MARKS = {"等", "など", "ら", "達", "たち", "ほか"}
# 「うち清掃センター 19人」「(うち介護保険課所管分)」: the word that marks a part of a figure
# above (内数) stands before a name, never inside one.
_PART_MARKS = {"うち"}


# Box-drawing characters (a drawn table's bars 「│」「┃」, read by the tokenizer as nouns).
_BOX_DRAWING = re.compile(r"[\u2500-\u257f]+")


def _is_name_part(token: Token) -> bool:
    if token.surface in _PLURAL_MARKS:
        return False  # 区役所等庁舎: "等" ends a list, it is not inside a name
    if token.surface in _PART_MARKS:
        return False  # 「うち清掃センター」: a part of the figure above, no word of the name
    if _BOX_DRAWING.fullmatch(token.surface):
        return False  # 「│中央図書館│」: the bars of a drawn table bound a name, no part of it
    if token.pos[0] == "名詞":
        return token.pos[1] not in ("数詞", "代名詞")
    if token.pos[0] == "形状詞":  # クリーンセンター: an adjectival noun inside a compound
        return token.pos[1] != "助動詞語幹"
    return token.pos[0] == "接頭辞" or (token.pos[0] == "接尾辞" and token.pos[1] == "名詞的")


def continues_name(text: str, end: int) -> bool:
    """Whether a word of a name starts at `end`: 「職員共済組合」 in 「職員共済組合負担金」 is
    the start of a longer noun, not a name standing on its own."""
    following = next((t for t in tokens(text) if t.start >= end), None)
    return following is not None and following.start == end and _is_name_part(following)


def has_predicate(text: str) -> bool:
    """Whether `text` says something (a verb or an auxiliary), as a sentence does; a name
    of a thing (「協議会の設置」) does not."""
    return "。" in text or any(t.pos[0] in ("動詞", "助動詞") for t in tokens(text))


def ends_in_particle(text: str) -> bool:
    """「○○の導入で」, 「××の養成につきまして」: words closing on a particle or an
    auxiliary are the start of a clause, never the name of a thing."""
    words = tokens(text.strip())
    return bool(words) and words[-1].pos[0] in ("助詞", "助動詞")


# 「青ノ台市」「霞ヶ浦」: a katakana ノ or ヶ the tokenizer reads as a particle, set between
# two words of a name with no space, is a letter of that name.
_NAME_JOINERS = ("ノ", "ヶ", "ケ")


def _joins_name(toks: list[Token], k: int) -> bool:
    return (
        0 < k < len(toks) - 1
        and toks[k].surface in _NAME_JOINERS
        and _is_name_part(toks[k - 1])
        and _is_name_part(toks[k + 1])
        and toks[k - 1].end == toks[k].start
        and toks[k].end == toks[k + 1].start
    )


def _ordinal(token: Token, run: list[Token]) -> bool:
    """A number right after the prefix 第 (第三, 第2): an ordinal inside a name."""
    return (
        token.pos[:2] == ("名詞", "数詞")
        and bool(run)
        and run[-1].surface == "第"
        and run[-1].pos[0] == "接頭辞"
        and run[-1].end == token.start
    )


def _noun_runs(toks: list[Token]) -> Iterator[list[Token]]:
    run: list[Token] = []
    for k, token in enumerate(toks):
        if _joins_name(toks, k) and run and run[-1].end == token.start:
            run.append(token)
            continue
        if _ordinal(token, run):  # 「第三中学校」: the number after 第 is part of the name
            run.append(token)
            continue
        if _is_name_part(token) and (not run or run[-1].end == token.start):
            run.append(token)
            continue
        if run:
            yield run
        run = [token] if _is_name_part(token) else []
    if run:
        yield run


def _suffix(name: str, suffixes: Iterable[str]) -> str | None:
    """The longest of `suffixes` that `name` ends with (one regex search: the leftmost match
    is the longest; asked tens of thousands of times per corpus, over ~100 suffixes)."""
    found = _suffix_pattern(tuple(suffixes)).search(name)
    return found.group() if found else None


# 「各種委員会事務局」「各土木事務所」 (each of them): a kind, no unit
_GENERIC_HEADS = ("各", "関係各", "その他の", "その他")


def office_name(name: str) -> bool:
    """「環境保健研究所」「林業試験場」: a name whose suffix reads as a facility's (研究所,
    試験場, センター …), with a word of its own before the suffix; where a column of units
    lists it (所属名), it names the office that works there."""
    suffix = _suffix(name, FACILITY_SUFFIXES)
    return suffix is not None and len(name) - len(suffix) >= _MIN_UNIT_MODIFIER


def generic_unit(name: str) -> bool:
    """「各種委員会事務局」「各出張所」「その他の課」: a word for several units of a kind (a
    line that groups them in a table), no one unit; 「議会事務局・各種委員会事務局」 holds one."""
    return any(part.strip().startswith(_GENERIC_HEADS) for part in re.split(r"[・･、]", name))


@lru_cache(maxsize=16)
def _suffix_pattern(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(set(suffixes), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, ordered)) + r")\Z")


def _is_place_or_name(token: Token) -> bool:
    """A proper noun that can name a place or body (Sudachi reads ホール as a surname)."""
    return token.pos[1] == "固有名詞" and token.pos[2] != "人名"


def _is_place_name(token: Token) -> bool:
    return token.pos[1:3] == ("固有名詞", "地名") and bool(_MUNICIPALITY_NAME.match(token.surface))


def find_organizations(text: str) -> list[Mention]:
    """Organisational units named in `text` (…部, …局, …課, …室, …係, …委員会, …組合).

    A run of nouns is cut after every token that ends in a unit suffix, so
    "市民文化局文化振興部文化企画課" yields three units; a leading city name ("青葉台市") is
    not part of an internal unit's name; a post ("…部長") yields its unit.  Column labels
    such as 担当課 and words such as 一部 are not units.  センター is left to
    `find_facilities`: whether one is a unit depends on the table it sits in.
    """
    found: list[Mention] = []
    for run in _noun_runs(tokens(text)):
        segment_start = 0
        for index, token in enumerate(run):
            before = run[segment_start:index]
            if _unit_head(token) and not all(t.pos[1] == "固有名詞" for t in before):
                # 「健康部長」 read as one word: the head of the unit its first character
                # names (a dictionary word for the post, where 「福祉部」「長」 come apart);
                # after a proper noun alone, 「架空原部長」, a person is called by the post
                token = replace(token, end=token.end - 1, surface=token.surface[:-1])
            piece = [*run[segment_start:index], token]
            name = text[piece[0].start : token.end]
            suffix = _suffix(name, ORGANIZATION_SUFFIXES)
            if suffix is None:
                continue
            mention = _organization(text, piece, suffix)
            if mention is not None:
                found.append(mention)
                segment_start = index + 1
    return _without_holder_names(text, found)


def opens_with_label_unit(name: str) -> bool:
    """「担当課架空みどり課」: a name opening with a column label's word and a unit suffix
    (担当課, 所管部), a label run into the name, no unit's own word."""
    return any(
        name.startswith(word) and name[len(word) : len(word) + 1] in ORGANIZATION_SUFFIXES
        for word in _LABEL_WORDS
    )


def _unit_head(token: Token) -> bool:
    """「部長」「課長」: one word for the head of a unit, its unit's suffix before 長."""
    return (
        len(token.surface) == 2
        and token.surface.endswith("長")
        and token.surface[0] in ORGANIZATION_SUFFIXES
    )


def _without_holder_names(text: str, found: list[Mention]) -> list[Mention]:
    """Trim a post holder's name glued to a unit: "髙橋直資地域づくり推進部長".

    When a unit is followed by 長 (a head post) and ends with the name of a unit found
    elsewhere in the text, the extra words in front are the holder's name, not the unit's.
    """
    names = {m.name for m in found}
    trimmed: list[Mention] = []
    for mention in found:
        if text.startswith("長", mention.end):
            shorter = [n for n in names if n != mention.name and mention.name.endswith(n)]
            if shorter:
                name = max(shorter, key=len)
                mention = Mention(mention.end - len(name), mention.end, name, mention.kind)
        trimmed.append(mention)
    return trimmed


# Words ending in a suffix character that name an office (市長公室, 知事公室), unlike 教室;
# 部局 names the departments under one head (知事部局, 市長部局) when a modifier says whose.
_OFFICE_WORDS = ("公室", "部局")


def _organization(text: str, piece: list[Token], suffix: str) -> Mention | None:
    last = piece[-1]
    if text.startswith("別", last.end):
        return None  # 「一般会計局別予算」「部別」: by 局, the suffix opens a word, no unit
    word_ending = len(suffix) < len(last.surface) < len(suffix) + 2
    if word_ending and last.surface not in _OFFICE_WORDS and not _missplit(piece, suffix):
        return None  # 一部, 教室: a word that merely ends in a suffix character
    if last.surface.endswith(_NOT_UNIT_ENDINGS):
        return None
    kind = ORGANIZATION_SUFFIXES[suffix]
    if kind in ("department", "division", "section"):
        while len(piece) > 1 and _is_place_name(piece[0]):
            piece = piece[1:]
    if kind in ("division", "section"):
        inside = [i for i, t in enumerate(piece[:-1]) if _suffix(t.surface, FACILITY_SUFFIXES)
                  and t.surface not in _NEEDS_PROPER_NOUN]  # 施設管理課: 施設 names no place
        rest = piece[inside[-1] + 1 :] if inside else piece
        if (
            len(text[rest[0].start : rest[-1].end]) - len(suffix) >= _MIN_UNIT_MODIFIER
            and not (inside and _runs_facility(piece[inside[-1]], rest, suffix))
        ):
            piece = rest  # 区役所区民課: the unit inside a facility (but 施設課 is a unit)
    start, end = piece[0].start, piece[-1].end
    name = text[start:end]
    modifier = name[: -len(suffix)]
    if piece[-1].surface in _OFFICE_WORDS:  # 「担当部局」「各部局」: whose office is not said
        modifier = name[: -len(piece[-1].surface)]
    if len(modifier) < _MIN_UNIT_MODIFIER or modifier in _LABEL_WORDS:
        return None
    return Mention(start, end, name, kind)


def _runs_facility(facility: Token, rest: list[Token], suffix: str) -> bool:
    return facility.surface == "センター" and runs_centre("".join(t.surface for t in rest))


def runs_centre(unit: str) -> bool:
    """「推進課」 after 「こども家庭センター」: what the unit does (推進, 整備, 運営: one noun
    of action) and its suffix — a unit named for the centre it runs, not one inside it."""
    action = tokens(unit[:-1]) if len(unit) > 1 else []
    return len(action) == 1 and action[0].pos[2] == "サ変可能"


def _missplit(piece: list[Token], suffix: str) -> bool:
    """「市民部」 read as 市 + 民部, or a longer word cut one letter short of its end before
    a token of its last letter and the suffix: the word before and the start of the last
    token make a word of their own (市民), so the suffix is the unit's, not part of a word."""
    if len(piece) < 2:
        return False
    word = piece[-2].surface + piece[-1].surface[: -len(suffix)]
    split = tokens(word)
    return len(split) == 1 and split[0].pos[0] == "名詞"


def find_facilities(text: str) -> list[Mention]:
    """Facilities named in `text` (…センター, …会館, …公民館, …連絡所, …区役所 …).

    The name runs from the start of its noun run to its last facility suffix
    ("青葉区役所道路公園センター" is one name); a bare type word (公民館, 区役所) is not a
    name, and …施設 counts only with a proper noun in it.  A name given with a nickname
    ("…(愛称:…)") is taken whole, across "・" (see `find_nicknames`).
    """
    toks = tokens(text)
    nicknamed = [mention for mention, _alias in _nicknames(text, toks)]
    # 「(愛称:エコパークかくう)」: the nickname is another name of the place before it
    brackets = [(m.start(), m.end()) for m in _NICKNAME.finditer(text)]
    found = list(nicknamed)
    for run in _dot_joined(text, list(_noun_runs(toks))):
        mention = _facility(text, run)
        if mention is not None and not any(
            n.start <= mention.start < n.end or mention.start <= n.start < mention.end
            for n in nicknamed
        ) and not any(a <= mention.start < b for a, b in brackets):
            found.append(mention)
    found += [m for m in _prefixed_facilities(text) if not any(
        n.start <= m.start < n.end or m.start <= n.start < m.end for n in found)]
    return sorted(found, key=lambda m: m.start)


# Type words printed before the proper name: 「道の駅あおば」.
FACILITY_PREFIXES = ("道の駅",)
# A kana name, with 「の」 and one kanji when a particle or the end follows: 「…のさと」
# 「あおばの里」, but not 「あおば」 + 「の農産物」.
_KANA_NAME = re.compile(
    r"(?!の)[ぁ-ゖァ-ヺー]+?(?:の[一-龥](?![一-龥])|(?=の|[^ぁ-ゖァ-ヺー]|$))"
)


def _prefixed_facilities(text: str) -> list[Mention]:
    """Facilities whose type word comes first and whose name is in kana after it."""
    found: list[Mention] = []
    for prefix in FACILITY_PREFIXES:
        for match in re.finditer(re.escape(prefix), text):
            name = _KANA_NAME.match(text, match.end())
            if name is not None:
                found.append(Mention(match.start(), name.end(), text[match.start() : name.end()],
                                     prefix))  # fmt: skip
    return found


_DOTS = ("・", "･")
# Suffixes that also end unrelated words (ブランド): they count only as a word of their own.
_WHOLE_WORD_SUFFIXES = ("ランド",)
# Words that make a name a kind of facility (基幹型…センター, 生涯学習用公民館), not one place.
_KIND_MARKERS = {"型", "用", "向け", "式"}


def _dot_joined(text: str, runs: list[list[Token]]) -> list[list[Token]]:
    """Runs joined across a 「・」 inside one name (「中央防災公園・多機能複合施設」), unless
    the part before it already names a facility (「中央図書館・東部公民館」 are two)."""
    joined: list[list[Token]] = []
    for run in runs:
        if joined:
            before = joined[-1]
            gap = text[before[-1].end : run[0].start]
            left = text[before[0].start : before[-1].end]
            right = text[run[0].start : run[-1].end]
            bare = _suffix(right, FACILITY_SUFFIXES) in _NEEDS_PROPER_NOUN  # 「…・複合施設」
            if gap in _DOTS and (_suffix(left, FACILITY_SUFFIXES) is None or bare):
                joined[-1] = before + run
                continue
        joined.append(run)
    return joined


def _facility(text: str, run: list[Token]) -> Mention | None:
    for last in range(len(run) - 1, -1, -1):
        piece = run[: last + 1]
        name = text[piece[0].start : piece[-1].end]
        suffix = _suffix(name, FACILITY_SUFFIXES)
        if suffix is None:
            continue
        if suffix in _WHOLE_WORD_SUFFIXES and piece[-1].surface != suffix:
            continue
        if any(t.surface in _KIND_MARKERS and t.pos[0] == "接尾辞" for t in piece):
            return None
        if len(name) - len(suffix) < _MIN_FACILITY_MODIFIER:
            return None
        if suffix in _NEEDS_PROPER_NOUN and not any(_is_place_or_name(t) for t in piece):
            return None
        return Mention(piece[0].start, piece[-1].end, name, suffix)
    return None


_NICKNAME = re.compile(
    r"[(（]\s*(?:愛称|通称)\s*[:：]?\s*[「『]?(?P<alias>[^()（）「」『』]+?)[」』]?\s*[)）]"
)


_NICKNAME_GAP = 2  # the most white space between a name and its nickname's bracket


def nickname_after(text: str, end: int) -> str | None:
    """The nickname printed in brackets right after a name ending at `end` (「…館（愛称：Y）」),
    else None."""
    space = text[end : end + _NICKNAME_GAP]
    found = _NICKNAME.match(text, end + len(space) - len(space.lstrip(" \u3000\n")))
    return found.group("alias").strip() if found else None


def without_nickname(text: str) -> str:
    """「架空館（愛称：かくうホール）」 → 架空館: a name without the nickname closing it."""
    found = _NICKNAME.search(text)
    return text[: found.start()].rstrip() if found and found.end() == len(text.rstrip()) else text


def find_nicknames(text: str) -> list[tuple[Mention, str]]:
    """Facilities printed with a nickname: "青葉台市文化・交流複合施設(愛称:あおばテラス)".

    The official name is the noun run right before the bracket, which may be joined by
    "・" (文化・交流); the nickname is what the bracket gives.
    """
    return _nicknames(text, tokens(text))


def _nicknames(text: str, toks: list[Token]) -> list[tuple[Mention, str]]:
    ends = [t.end for t in toks]
    found: list[tuple[Mention, str]] = []
    for match in _NICKNAME.finditer(text):
        # 「○○清掃工場 (愛称:…)」「…工場<br>(愛称:…)」: a space or line break may part them
        opening = len(text[: match.start()].rstrip(" \u3000\n"))
        if match.start() - opening > _NICKNAME_GAP:
            opening = match.start()
        index = bisect.bisect_right(ends, opening) - 1
        name_tokens: list[Token] = []
        while index >= 0:
            token = toks[index]
            joins = token.surface in ("・", "･") and name_tokens
            contiguous = token.end == (name_tokens[-1].start if name_tokens else opening)
            if not (contiguous and (_is_name_part(token) or joins)):
                break
            name_tokens.append(token)
            index -= 1
        while name_tokens and not _is_name_part(name_tokens[-1]):
            name_tokens.pop()  # a leading "・" is not part of the name
        if not name_tokens:
            continue
        start, end = name_tokens[-1].start, name_tokens[0].end
        name = text[start:end]
        kind = _suffix(name, FACILITY_SUFFIXES) or "施設"
        found.append((Mention(start, end, name, kind), match.group("alias").strip()))
    return found


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]


_MAX_DISTANCE = 2
_MIN_RATIO = 0.6


def closest_unit_name(printed: str, known: Iterable[str]) -> str | None:
    """The known unit name a printed (possibly misprinted) name means, or None.

    Exact matches (compared by `nfkc_key`) win.  Otherwise the candidate must end in the
    same unit suffix (課, 室 …), be within edit distance 2 and share most characters
    (1 - distance/length ≥ 0.6), and be the unique best — a misprint is resolved only when
    there is no doubt which unit it means ("広報広報課" → "広報広聴課").
    """
    names = list(dict.fromkeys(known))
    key = nfkc_key(printed)
    for name in names:
        if nfkc_key(name) == key:
            return name
    suffixes = (*ORGANIZATION_SUFFIXES, *FACILITY_SUFFIXES)
    suffix = _suffix(key, suffixes)
    scored: list[tuple[int, str]] = []
    for name in names:
        candidate = nfkc_key(name)
        if suffix is None or _suffix(candidate, suffixes) != suffix:
            continue
        distance = _edit_distance(key, candidate)
        ratio = 1 - distance / max(len(key), len(candidate))
        if distance <= _MAX_DISTANCE and ratio >= _MIN_RATIO:
            scored.append((distance, name))
    if not scored:
        return None
    best = min(distance for distance, _name in scored)
    winners = [name for distance, name in scored if distance == best]
    return winners[0] if len(winners) == 1 else None
