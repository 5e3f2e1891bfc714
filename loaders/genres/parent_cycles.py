"""A document's units must chain up to its body: a unit read as its own parent, or a ring
of units each the parent of the next, reaches no body and would fail the shapes, taking the
whole document with it. The link that closes such a ring is dropped (the unit's parent is
then not stated), so the rest of what the document says is kept."""

from __future__ import annotations

from loaders.facts import Organization
from loaders.text.normalize import nfkc_key


def without_parent_cycles(organizations: list[Organization]) -> None:
    """Drop, in place, each parent link that closes a ring (a unit its own parent too)."""
    by_name = {nfkc_key(o.name): o for o in organizations}
    for organization in organizations:
        seen = {nfkc_key(organization.name)}
        current = organization
        while current.parent is not None:
            key = nfkc_key(current.parent)
            if key in seen:
                current.parent = None  # the link back into the path: the ring closes here
                break
            seen.add(key)
            following = by_name.get(key)
            if following is None:
                break
            current = following
