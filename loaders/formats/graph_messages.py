"""Mail as Microsoft Graph returns it (`GET /me/messages/{id}`, or a `value` list of them):
each message's subject and its body, the HTML an Outlook user wrote, read as the mail shows.

Printed key by key, a message is a list of ids, timestamps, recipients and a preview, its
body one long string of HTML the tables of a press release sit in. Read as the mail shows:
the subject as the heading, then the body's HTML as a saved page is read; the envelope
(ids, recipients, flags, the attachments' records) says nothing of the page.
"""

from __future__ import annotations

import html
import re
from typing import Any

from loaders.formats.json_data import parse_json
from loaders.text.errors import DocumentError

_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.IGNORECASE)


def is_graph_messages(text: str) -> bool:
    head = text.lstrip("\ufeff")[:6000]
    return "graph.microsoft.com" in head and '"body"' in text and '"contentType"' in text


def _message_html(message: dict[str, Any]) -> str:
    body = message.get("body") if isinstance(message.get("body"), dict) else {}
    content = str(body.get("content") or "")
    subject = html.escape(" ".join(str(message.get("subject") or "").split()))
    if str(body.get("contentType") or "").lower() != "html":
        content = "".join(f"<p>{html.escape(line)}</p>" for line in content.splitlines())
    title = f"<h1>{subject}</h1>" if subject else ""
    opening = _BODY_OPEN.search(content)
    if opening is not None:
        return content[: opening.end()] + title + content[opening.end() :]
    return f"<html><body>{title}{content}</body></html>"


def render_graph_messages(text: str, file: str) -> str:
    """The messages' HTML, one after another (the first message's page when only one)."""
    data = parse_json(text.lstrip("\ufeff"), file)
    messages = data.get("value") if isinstance(data, dict) and "value" in data else [data]
    if not isinstance(messages, list):
        raise DocumentError(file, "a Graph response holds a message or a list of them")
    pages = [_message_html(m) for m in messages if isinstance(m, dict) and m.get("body")]
    if not pages:
        raise DocumentError(file, "a Graph response with no message body")
    if len(pages) == 1:
        return pages[0]
    inner = [p[(m.end() if (m := _BODY_OPEN.search(p)) else 0) :] for p in pages]
    return "<html><body>" + "<hr>".join(inner) + "</body></html>"
