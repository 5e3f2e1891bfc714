"""A Chatwork room's messages as its API returns them (`GET /rooms/{id}/messages`: a JSON list
of messages, each with `message_id`, `account` and `body`), read as the room shows them.

Printed key by key, each body is one run-on cell among ids and avatars, and its notation is
left in: 「[info][title]…[/title]…[/info]」 boxes, 「[To:id]」 addressees, 「[rp …]」 replies,
「[qt]…[/qt]」 quotations of other messages. Read as the room shows it, each message is its
lines, a box's title a line of its own; a quotation is left out (its words are another
message's, already read there), and so are addresses and attachments.

A room drafting a document posts it more than once: 「[title]X（案）[/title]」, then the same
title marked final (「X（確定版）」) after the corrections. The later box replaces the earlier
one, as the room's members read it: the draft's figures are no facts of the document. The
boxes are read first, as the document the room is about, then the talk around them.
"""

from __future__ import annotations

import re

from loaders.formats.json_data import parse_json
from loaders.text.errors import DocumentError

_MAX_MESSAGES = 100_000
_KEYS = ('"message_id"', '"account"', '"body"')

_QUOTE = re.compile(r"\[qt\].*?\[/qt\]", re.S)
_DOWNLOAD = re.compile(r"\[(download|preview)[^\]]*\].*?\[/\1\]", re.S)
_TO = re.compile(r"\[To:\d+\]\S*")  # the addressee's tag, then the name it shows
# a reply's tag, then the name it shows (「○○ ○○(…)さん」)
_REPLY = re.compile(r"\[rp aid=\d+ to=[\d-]+\](?:[^\n\[]{1,60}?さん)?")
_INFO = re.compile(r"\[info\](?P<inner>.*?)\[/info\]", re.S)
_TITLE = re.compile(r"\[title\](?P<title>.*?)\[/title\]", re.S)
_TAG = re.compile(r"\[/?(?:info|code|hr|piconname:\d+|picon:\d+)\]")
_TRAILING_NOTE = re.compile(r"\s*[(（][^()（）]{1,10}[)）]\s*$")


def is_chatwork_messages(text: str) -> bool:
    head = text.lstrip("\ufeff")[:3000]
    return head.lstrip().startswith("[") and all(key in head for key in _KEYS)


def posted_title_key(title: str) -> str:
    """A box's title without its trailing status note (（案）, （確定版）)."""
    return _TRAILING_NOTE.sub("", " ".join(title.split()))


def render_chatwork_messages(text: str, file: str) -> str:
    messages = parse_json(text.lstrip("\ufeff"), file)
    if not isinstance(messages, list) or len(messages) > _MAX_MESSAGES:
        raise DocumentError(file, "Chatwork messages are a list of messages")
    bodies = [str(m.get("body") or "") for m in messages if isinstance(m, dict)]
    boxes: list[tuple[int, re.Match[str], str]] = []  # message, box, its title's key
    for k, body in enumerate(bodies):
        for box in _INFO.finditer(body):
            title = _TITLE.search(box.group("inner"))
            if title is not None:
                boxes.append((k, box, posted_title_key(title.group("title"))))
    superseded = {(k, box.start()) for n, (k, box, key) in enumerate(boxes)
                  if key and any(later == key for _, _, later in boxes[n + 1 :])}  # fmt: skip
    # the boxes posted first, as the document the room is about; then the talk around them
    out: list[str] = []
    for k, box, _ in boxes:
        if (k, box.start()) not in superseded:
            out.extend([*_lines(box.group("inner")), ""])
    for body in bodies:
        out.extend([*_lines(_INFO.sub("", body)), ""])
    return "\n".join(out)


def _lines(body: str) -> list[str]:
    body = _QUOTE.sub("", body)
    body = _DOWNLOAD.sub("", body)
    body = _TO.sub("", body)
    body = _REPLY.sub("", body)
    body = _TITLE.sub(lambda m: f"\n{m.group('title').strip()}\n", body)
    body = _TAG.sub("\n", body)
    return [line.rstrip() for line in body.splitlines()]
