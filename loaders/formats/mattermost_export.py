"""A Mattermost bulk export (JSON Lines: a `version` line, then the team, channels, users
and posts, each post with its replies), read as the channel shows it.

Its lines are records of ids, timestamps and props; the posts' Markdown (a heading, a
table of counts, a list of changes) sits in `message` fields among them. Read as the
channel shows it: each post's message in the order posted, its replies under it in theirs,
a post a section apart; the records of the team, its channels and its users say nothing of
the page.
"""

from __future__ import annotations

import json
import re
from typing import Any

from loaders.text.errors import DocumentError

_POSTS = ("post", "direct_post")
_MENTION = re.compile(r"^@[\w.\-]+\s*")
_MAX_LINES = 200_000


def is_mattermost_export(text: str) -> bool:
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    return '"type":"version"' in first.replace(" ", "") and '"post"' in text


def _time(record: dict[str, Any]) -> int:
    try:
        return int(record.get("create_at") or 0)
    except (TypeError, ValueError):
        return 0


def _message(record: dict[str, Any]) -> str:
    return _MENTION.sub("", str(record.get("message") or "")).strip()


def render_mattermost_export(text: str, file: str) -> str:
    posts: list[dict[str, Any]] = []
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        if number > _MAX_LINES:
            raise DocumentError(file, f"too many lines: more than {_MAX_LINES}")
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            message = f"malformed JSON Lines: line {number}: {error.msg}"
            raise DocumentError(file, message) from error
        if isinstance(record, dict) and record.get("type") in _POSTS:
            post = record.get(record["type"])
            if isinstance(post, dict):
                posts.append(post)
    out: list[str] = []
    for post in sorted(posts, key=_time):
        out.extend([_message(post), ""])
        replies = [r for r in post.get("replies") or [] if isinstance(r, dict)]
        for reply in sorted(replies, key=_time):
            out.extend([_message(reply), ""])
        out.append("")
    return "\n".join(out)
