"""「町長部局と議会事務局、教育委員会を合わせた職員数は88人」: a staff count stated over
several units joined by a cue word (`mkf:combined` in the field vocabulary) is the count of
the whole body the document is about, not of any unit the phrase names. The units joined are
blanked out (offsets kept) so the staff statement reads as the bare label's."""

from __future__ import annotations

from functools import cache

from loaders.field_vocabulary import labels_of, sentence_cues
from loaders.genres.generic import find_organization_mentions


@cache
def _cues() -> tuple[str, ...]:
    return tuple(sorted((c for c, f in sentence_cues().items() if f == "combined"), key=len,
                        reverse=True))  # fmt: skip


def combined_as_whole(sentence: str) -> str:
    """`sentence` with the units a cue word joins right before the staff label blanked out
    (the same length, so offsets still point into the sentence); unchanged when no cue joins
    units there."""
    staff = labels_of("staff")
    for cue in _cues():
        at = sentence.find(cue)
        while at >= 0:
            end = at + len(cue)
            if any(sentence.startswith(label, end) for label in staff):
                units = find_organization_mentions(sentence[:at])
                if units:
                    first = units[0][0]
                    return sentence[:first] + " " * (end - first) + sentence[end:]
            at = sentence.find(cue, end)
    return sentence
