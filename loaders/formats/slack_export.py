"""A Slack channel's export (one day's file of the workspace export: a JSON list of
messages), read as the channel shows it: each message's text, and the forms a workflow or
an app posts (Block Kit sections of 「*label*\\nvalue」 fields) as the table of records they
are — one row per message, one column per label.

Printed key by key, each message's words appear twice (its `text` and its `blocks`) among
ids and timestamps, and a form's labels and values lines apart; read this way a channel of
submitted reports is a table a recogniser reads like any other."""

from __future__ import annotations

import html
import json
import re
from typing import Any

from loaders.text.errors import DocumentError

_MENTION = re.compile(r"<[@!#][^>]*>")
_LINK = re.compile(r"<(?:[^|>]*)\|([^>]*)>|<(https?://[^>]*)>")
# 「*words*」: a chat's bold mark (Slack's mrkdwn, Google Chat's), its words alone shown
BOLD_MARKS = re.compile(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])")
_LABELLED = re.compile(r"^\*(?P<label>[^*\n]+)\*[\s　]*\n?(?P<value>.*)$", re.S)
_MAX_MESSAGES = 100_000
_MESSAGE = re.compile(r'"type"\s*:\s*"message"')


def is_slack_export(text: str) -> bool:
    head = text.lstrip("\ufeff")[:3000]
    return head.lstrip().startswith("[") and '"ts"' in head and bool(_MESSAGE.search(head))


def _plain(text: str) -> str:
    """Slack's mrkdwn as the words it shows: mentions dropped, links as their labels."""
    text = _LINK.sub(lambda m: m.group(1) or m.group(2) or "", text)
    text = _MENTION.sub("", text)
    text = BOLD_MARKS.sub(r"\1", text)
    return html.unescape(text).strip()


def _record(blocks: list[Any]) -> list[tuple[str, str]]:
    """A form's (label, value) pairs: each field or section text printed 「*label*\\nvalue」."""
    pairs: list[tuple[str, str]] = []
    for block in blocks:
        if not isinstance(block, dict) or block.get("type") != "section":
            continue
        texts = [f for f in block.get("fields") or [] if isinstance(f, dict)]
        if isinstance(block.get("text"), dict):
            texts.append(block["text"])
        for field in texts:
            found = _LABELLED.match(str(field.get("text") or ""))
            if found is not None:
                pairs.append((_plain(found.group("label")), _plain(found.group("value"))))
    return pairs


def render_slack_export(text: str, file: str) -> str:
    try:
        messages = json.loads(text.lstrip("\ufeff"))
    except ValueError as error:
        raise DocumentError(file, f"malformed Slack export: {error}") from error
    if not isinstance(messages, list) or len(messages) > _MAX_MESSAGES:
        raise DocumentError(file, "a Slack export is a list of messages")
    out: list[str] = []
    tables: dict[tuple[str, ...], list[list[str]]] = {}
    for message in messages:
        if not isinstance(message, dict) or message.get("subtype") == "channel_join":
            continue
        pairs = _record(message.get("blocks") or [])
        if len(pairs) >= 3:  # a form: a row of the table of its labels
            labels = tuple(label for label, _ in pairs)
            if labels not in tables:
                tables[labels] = []
                out.append(f"\0{len(tables) - 1}")
            tables[labels].append([value for _, value in pairs])
            continue
        words = _plain(str(message.get("text") or ""))
        for line in words.splitlines():
            if line.strip():
                out.append(f"<p>{html.escape(line.strip())}</p>")
    rendered = [_table(list(labels), rows) for labels, rows in tables.items()]
    page = "".join(rendered[int(part[1:])] if part.startswith("\0") else part for part in out)
    return f"<html><body><main>{page}</main></body></html>"


def _table(labels: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(label)}</th>" for label in labels)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(v).replace(chr(10), '<br>')}</td>" for v in row)
        + "</tr>"
        for row in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"
