"""A browser's network capture (HAR 1.2, 「Save all as HAR with content」): a page whose facts
arrive as the API responses its script shows, each one a string of JSON inside the capture's
JSON (`log.entries[].response.content.text`, base64 when `encoding` says so).

Printed key by key, the capture is headers, timings and escaped strings. Read as the page
shows it: each successful response holding JSON, in the order the page asked for them, under
its address's path (「api/v2/…/goals」); a failed request (a 504 whose retry succeeded)
and the HTML shell, scripts and images are none of the page's content.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any
from urllib.parse import urlsplit

_OK = range(200, 300)


def is_har_capture(data: Any) -> bool:
    log = data.get("log") if isinstance(data, dict) else None
    return isinstance(log, dict) and isinstance(log.get("entries"), list) and "creator" in log


def har_responses(data: dict[str, Any]) -> dict[str, Any]:
    """Each successful JSON response's data under its address's path (and query)."""
    found: dict[str, Any] = {}
    for entry in data["log"]["entries"]:
        if not isinstance(entry, dict):
            continue
        request, response = entry.get("request") or {}, entry.get("response") or {}
        content = response.get("content") if isinstance(response, dict) else None
        if not isinstance(content, dict) or response.get("status") not in _OK:
            continue
        if "json" not in str(content.get("mimeType") or ""):
            continue
        text = content.get("text")
        if not isinstance(text, str):
            continue
        if content.get("encoding") == "base64":
            try:
                text = base64.b64decode(text).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError):
                continue
        try:
            value = json.loads(text)
        except ValueError:
            continue
        address = urlsplit(str(request.get("url") or "")) if isinstance(request, dict) else None
        key = address.path.strip("/") if address is not None else ""
        if key in found and address is not None and address.query:
            key = f"{key}?{address.query}"  # the next page of the same list
        found[key or f"response {len(found) + 1}"] = value
    return found
