"""A unit's staff revised in a sentence: 「…課を7人から9人に増員し」「…の職員定数を…人から…人に
改めます」.

A proposal, an answer in the assembly or an outline of the year's organisation states a
change of a unit's staff as the count it had and the count it gets, joined by 「から」 after
the unit (「○○課を」, 「○○部の職員定数を」). The count it gets is the year's the sentence
names (「令和7年度は、」) or the page's; the count it had is the year before's. A count of
anything else (「定員を4人から6人に」 of a class, 「…は150人から155人」 with no unit before it)
is no staff. Read by loaders/recognisers/staff.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.field_vocabulary import labels_of
from loaders.genres.units import unit_kind
from loaders.text.fiscal_year import year_mentions

# 「架空福祉課を7人から9人に」「架空部局の職員定数を520人から526人に」
_REVISION = re.compile(
    r"(?P<unit>[^\s、。,()（）「」0-9]{2,40}?)(?:の(?P<label>[^\s、。を]{1,8}))?を\s*"
    r"(?P<a>[0-9][0-9,]*)\s*[人名]\s*から\s*(?P<b>[0-9][0-9,]*)\s*[人名]\s*(?:に|へ|と)"
)


@dataclass(frozen=True)
class Revision:
    """One side of a revision: the unit as printed, its year and count, where printed."""

    unit: str
    year: int
    count: int
    start: int  # the unit's start in the text read
    count_start: int
    count_end: int


def revisions(text: str, year: int | None) -> Iterator[Revision]:
    """Both sides of each revision of a unit's staff in `text` (a paragraph, its wrapped lines
    joined); `year` is the page's, for a sentence that names none."""
    staff = tuple(labels_of("staff"))
    for match in _REVISION.finditer(text):
        label = match.group("label")
        if label is not None and not label.startswith(staff):
            continue  # 「…の定員を」: a count of something else the unit has
        unit = _last_unit(match.group("unit"))
        if unit is None:
            continue
        sentence = text[text.rfind("。", 0, match.start()) + 1 : match.start()]
        named = [m.year for m in year_mentions(sentence) if m.kind == "fiscal"]
        when = named[-1] if named else year
        if when is None:
            continue
        start = match.start("unit") + match.group("unit").rfind(unit)
        for key, counted in (("a", when - 1), ("b", when)):
            count = int(match.group(key).replace(",", ""))
            yield Revision(unit, counted, count, start, match.start(key), match.end(key))


def _last_unit(words: str) -> str | None:
    """The unit the words before 「を」 end with (「同課に…、架空総務課架空防災係」: the 係), or
    None when they end with no unit."""
    words = re.split(r"[はもがにで、]", words)[-1]
    if unit_kind(words) is None:
        return None
    for k in range(1, len(words) - 1):
        tail = words[k:]
        if unit_kind(tail) is not None and unit_kind(words[:k]) is not None:
            return tail  # 「架空総務課架空防災係」: the 係 within the 課
    return words
