"""A Google Chat space's messages as Google Takeout exports them (`messages.json`:
「{"messages": [{"creator", "created_date", "text", …}]}」), read as the space shows them.

Printed key by key, each message is one run-on value among creators' addresses and ids, and
its formatting marks are left in (「*■部の体制*」 in bold). A space drafting a document posts
it as a message of its own headed by its title in brackets (「【…（案）】」), then, after the
corrections in the thread, the same title marked final (「【…（確定版）】」): the later post
replaces the earlier one, as in a Chatwork room (`chatwork_messages`). The posted documents
are read first, as what the space is about, then the talk around them.
"""

from __future__ import annotations

import re

from loaders.formats.chatwork_messages import posted_title_key
from loaders.formats.json_data import parse_json
from loaders.formats.slack_export import BOLD_MARKS
from loaders.text.errors import DocumentError

_MAX_MESSAGES = 100_000
_MENTION = re.compile(r"^@\S+(?: \S+)? さん\s*$")
_TITLE = re.compile(r"^\s*【(?P<title>[^】]{2,60})】\s*$")


def is_google_chat(text: str) -> bool:
    """Google Takeout's messages of a space: 「messages」 whose entries have a creator."""
    head = text.lstrip("\ufeff")[:3000]
    return head.lstrip().startswith("{") and all(
        key in head for key in ('"messages"', '"creator"', '"created_date"')
    )


def _lines(text: str) -> list[str]:
    plain = BOLD_MARKS.sub(r"\1", text)
    return [line.rstrip() for line in plain.splitlines() if not _MENTION.match(line)]


def _title(lines: list[str]) -> str | None:
    first = next((line for line in lines if line.strip()), "")
    found = _TITLE.match(first)
    return posted_title_key(found.group("title")) if found else None


def render_google_chat(text: str, file: str) -> str:
    data = parse_json(text.lstrip("\ufeff"), file)
    messages = data.get("messages") if isinstance(data, dict) else None
    if not isinstance(messages, list) or len(messages) > _MAX_MESSAGES:
        raise DocumentError(file, "a Google Chat export holds a list of messages")
    posts = [_lines(str(m.get("text") or "")) for m in messages if isinstance(m, dict)]
    titles = [_title(lines) for lines in posts]
    out: list[str] = []
    for k, lines in enumerate(posts):  # the documents posted, a later version replacing one
        if titles[k] is not None and titles[k] not in titles[k + 1 :]:
            out.extend([*lines, ""])
    for k, lines in enumerate(posts):
        if titles[k] is None:
            out.extend([*lines, ""])
    return "\n".join(out)
