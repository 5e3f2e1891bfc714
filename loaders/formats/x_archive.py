"""An X (Twitter) account's archive file of posts (`data/tweets.js`, 「window.YTD.tweets.part0
= [ … ]」), read as the account's timeline shows it.

A city's 広報 account posts its budget as a thread (「(1/9)」 … 「(9/9)」, each post a reply to
the one before), a list running on from one post into the next. The archive holds each post
as a record of ids, entities and edit history, newest first; an edited post is there in
every version (`edit_info.initial.editTweetIds` lists them, the last the one shown), and a
repost (「RT @…」) is another account's words.

Read as the timeline shows it: oldest first, each post's text once, in its last version,
reposts left out; the posts of a thread run on as one passage (their 「(4/9)」 counters
dropped), other posts a paragraph each.
"""

from __future__ import annotations

import html
import re
from typing import Any

from loaders.formats.json_data import parse_json
from loaders.text.errors import DocumentError

_HEAD = re.compile(r"^\ufeff?\s*window\.YTD\.\w+\.part\d+\s*=\s*")
_COUNTER = re.compile(r"\s*[(（]\s*\d{1,2}\s*/\s*\d{1,2}\s*[)）]\s*$")
_SHORT_LINK = re.compile(r"https?://t\.co/\w+")
_MAX_POSTS = 100_000
_RUN_ON = ("、", ",", "，", "・")
_MONTHS = {m: k for k, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}
_CREATED = re.compile(
    r"^\w{3} (?P<mon>\w{3}) (?P<day>\d{2}) (?P<time>[\d:]{8}) \S+ (?P<year>\d{4})$"
)


def is_x_archive(text: str) -> bool:
    return bool(_HEAD.match(text[:200])) and '"full_text"' in text


def _when(post: dict[str, Any]) -> str:
    """A post's time as a sortable string (「Wed Apr 01 01:02:52 +0000 2026」)."""
    found = _CREATED.match(str(post.get("created_at") or ""))
    if found is None:
        return ""
    month = _MONTHS.get(found.group("mon"), 0)
    return f"{found.group('year')}{month:02d}{found.group('day')}{found.group('time')}"


def _superseded(posts: list[dict[str, Any]]) -> set[str]:
    """The ids of posts an edit replaced: each version but the last of its edit chain."""
    replaced: set[str] = set()
    for post in posts:
        info = post.get("edit_info") or {}
        chain = (info.get("initial") or (info.get("edit") or {}).get("editControlInitial") or {})
        ids = [str(i) for i in chain.get("editTweetIds") or []]
        replaced.update(ids[:-1])
    return replaced


def _text(post: dict[str, Any]) -> str:
    words = html.unescape(str(post.get("full_text") or ""))
    for url in (post.get("entities") or {}).get("urls") or []:
        if isinstance(url, dict) and url.get("url") and url.get("expanded_url"):
            words = words.replace(str(url["url"]), str(url["expanded_url"]))
    words = _SHORT_LINK.sub("", words)
    lines = [line.rstrip() for line in words.split("\n")]
    if lines:
        lines[-1] = _COUNTER.sub("", lines[-1])
    return "\n".join(line for line in lines if line.strip())


def render_x_archive(text: str, file: str) -> str:
    head = _HEAD.match(text[:200])
    data = parse_json(text[head.end() :] if head else text, file)
    if not isinstance(data, list) or len(data) > _MAX_POSTS:
        raise DocumentError(file, "an X archive holds a list of posts")
    posts = [p.get("tweet", p) for p in data if isinstance(p, dict)]
    posts = [p for p in posts if isinstance(p, dict)]
    replaced = _superseded(posts)
    shown = [p for p in posts if str(p.get("id_str") or p.get("id")) not in replaced
             and not str(p.get("full_text") or "").startswith("RT @")]  # fmt: skip
    ids = {str(p.get("id_str") or p.get("id")) for p in posts}
    times = {str(p.get("id_str") or p.get("id")): _when(p) for p in posts}

    def placed(post: dict[str, Any]) -> str:
        """An edited post stands where its first version was posted."""
        first = (((post.get("edit_info") or {}).get("edit") or {}).get("initialTweetId"))
        return times.get(str(first), _when(post)) if first else _when(post)

    out: list[str] = []
    for post in sorted(shown, key=placed):
        words = _text(post)
        if not words:
            continue
        threaded = str(post.get("in_reply_to_status_id_str") or "") in ids and not (
            words.startswith("@")
        )
        if not threaded and out:
            out.append("")  # a post of its own: a paragraph apart
        if threaded and out and out[-1].endswith(_RUN_ON):
            out[-1] += words  # 「…、」 then the next post: one sentence cut by the length limit
            continue
        out.append(words)
    return "\n".join(out)
