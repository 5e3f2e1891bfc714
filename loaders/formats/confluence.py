"""A Confluence page in its storage format (the XHTML Confluence keeps a page in, as its
REST API's `body.storage` and a space export hold it): read as the page Confluence shows.

The storage format is XHTML with Confluence's own elements in the `ac:` and `ri:` prefixes,
which it never declares, so no XML parser reads it; as HTML it reads as the page does once
the macros' workings are set aside: a macro's parameters (its id, its colour, the levels a
table of contents shows) are no words of the page, except a status lozenge's title (「完了」,
「確認済」), which is what the page shows; a task list's ids and states are dropped, its
tasks kept."""

from __future__ import annotations

import re

_MARKS = re.compile(r"<ac:(?:structured-macro|layout|rich-text-body|task-list)\b")
# every macro parameter but a title (a status lozenge's words)
_PARAMETER = re.compile(
    r"<ac:parameter\b(?![^>]*ac:name=\"title\")[^>]*>.*?</ac:parameter>|<ac:parameter\b[^>]*/>",
    re.S,
)
_TASK_PARTS = re.compile(r"<ac:task-(?:id|uuid|status)\b[^>]*>.*?</ac:task-(?:id|uuid|status)>",
                         re.S)  # fmt: skip


def is_confluence_storage(text: str) -> bool:
    head = text.lstrip("\ufeff")[:5000]
    return bool(_MARKS.search(head)) and "xmlns:ac" not in head


def render_confluence_storage(text: str) -> str:
    body = _TASK_PARTS.sub("", _PARAMETER.sub("", text.lstrip("\ufeff")))
    return f"<html><body><main>{body}</main></body></html>"
