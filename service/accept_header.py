"""The HTTP Accept header (RFC 9110 §12.5.1): its ranges and the offer a client prefers.

Shared by the SPARQL service's result formats and the catalogue's representations, which
offer different media types but choose among them by the same rules: the most specific
matching range gives a type its q-value, a higher q wins, then a more specific range, then
the offerer's own order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class AcceptRange:
    media_type: str  # may be "*/*" or "type/*"
    q: float
    order: int

    def matches(self, media_type: str) -> bool:
        if self.media_type == "*/*":
            return True
        if self.media_type.endswith("/*"):
            return media_type.startswith(self.media_type[:-1])
        return self.media_type == media_type


def parse_accept(
    header: str | None, aliases: Mapping[str, str] | None = None
) -> list[AcceptRange]:
    """The ranges of an Accept header with their q-values; a malformed q counts as 1, a bare
    `*` (sent by some old clients) as `*/*`; `aliases` maps types to the offerer's names."""
    ranges: list[AcceptRange] = []
    for order, part in enumerate((header or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        media_type = fields[0].lower()
        if not media_type:
            continue
        if media_type == "*":
            media_type = "*/*"
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 1.0
        if aliases:
            media_type = aliases.get(media_type, media_type)
        ranges.append(AcceptRange(media_type, q, order))
    return ranges


def best_match(ranges: list[AcceptRange], offered: tuple[str, ...]) -> str | None:
    """The offered type the client prefers most (ties: the offerer's order); None if none.
    No ranges (no header, or an empty one) accept the first offer."""
    if not ranges:
        return offered[0]
    best: tuple[float, int, int] | None = None
    choice = None
    for index, media_type in enumerate(offered):
        matching = [r for r in ranges if r.matches(media_type)]
        if not matching:
            continue
        # the most specific range decides the q-value
        decisive = max(matching, key=lambda r: (r.media_type.count("*") * -1, -r.order))
        if decisive.q <= 0:
            continue
        specificity = 2 - decisive.media_type.count("*")
        key = (decisive.q, specificity, -index)
        if best is None or key > best:
            best, choice = key, media_type
    return choice
