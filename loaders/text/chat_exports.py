"""A messaging app's saved talk history, read as its messages.

A city account's talk saved from a messaging app (LINE's 「トーク履歴を送信」) writes each message
as one line 「10:01⇥○○町⇥"💰会計ごとの予算…」: time, sender, then the text, in double quotes
when it runs over several lines (a quote inside doubled, as a spreadsheet would). Read as it
stands, the time reads as a field label and the sender as a table cell, and the message's first
line (often its heading or a project's name) is lost to them. Each message is written as its
text alone, quotes taken off, a blank line after it, so that its lines read like a notice's;
stickers and photos (「[スタンプ]」) carry no text and are dropped.
"""

from __future__ import annotations

import re

# 「10:01⇥○○町⇥…」: a message's time and sender, tab-separated, before its text
_MESSAGE = re.compile(r"^(\d{1,2}:\d{2})\t([^\t\n]{1,40})\t(.*)$")
_MIN_MESSAGES = 3  # in the text, for it to be read as a talk history
# 「[写真]」「[スタンプ]」 alone: no text (「[ノート] …」 has a title after it, and is kept)
_PLACEHOLDER = re.compile(r"^\[[^\[\]]{1,12}\]$")


def _quoted_message(lines: list[str], start: int, first: str) -> tuple[list[str], int]:
    """The lines of a message opened by a quote, from `start`, and the index after it."""
    body = first[1:]
    out: list[str] = []
    index = start
    while True:
        if (len(body) - len(body.rstrip('"'))) % 2 == 1:  # a closing quote, not a doubled one
            out.append(body[:-1].replace('""', '"'))
            return out, index + 1
        if index + 1 >= len(lines) or _MESSAGE.match(lines[index + 1]):
            out.append(body.replace('""', '"'))  # no closing quote: the message ends here
            return out, index + 1
        out.append(body.replace('""', '"'))
        index += 1
        body = lines[index]


def unwrap_chat_messages(text: str) -> str:
    """`text` with each message of a talk history as its text alone, else `text` itself."""
    lines = text.split("\n")
    if sum(1 for line in lines if _MESSAGE.match(line)) < _MIN_MESSAGES:
        return text
    out: list[str] = []
    index = 0
    while index < len(lines):
        match = _MESSAGE.match(lines[index])
        if match is None:
            out.append(lines[index])
            index += 1
            continue
        first = match.group(3).rstrip("\r")
        if first.startswith('"'):
            body, index = _quoted_message(lines, index, first)
        else:
            body, index = [first], index + 1
        if len(body) == 1 and _PLACEHOLDER.match(body[0].strip()):
            continue
        out.extend(body)
        out.append("")
    return "\n".join(out)
