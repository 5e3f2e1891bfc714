"""Caption files (WebVTT, SubRip) read as the text a viewer sees and hears.

A ward head's video message publishes its captions: cues of one or two lines, each under a
number and its timing (「00:01:04.300 --> 00:01:13.100 line:8%」), spoken lines marked with
their speaker (「<v 区長>…」), on-screen titles with a class (「<c.telop>…</c>」). The timings,
numbers, style and note blocks are no text of the message. A speaker's sentence runs over
cues; its lines are joined until the sentence ends. An on-screen title keeps its lines, a
block of its own (they carry the tables and figures the video shows).
"""

from __future__ import annotations

import re

_TIMING = re.compile(r"^\s*[0-9:.,]+\s*-->\s*[0-9:.,]+")
_HEADER_BLOCKS = ("WEBVTT", "STYLE", "NOTE", "REGION")
_VOICE = re.compile(r"<v(?:\.[^ >]*)?\s+[^>]*>")
_TAG = re.compile(r"</?[a-z]+(?:\.[^>]*)?(?:\s[^>]*)?>|<[0-9:.]+>")
_SENTENCE_END = re.compile(r"[。！？!?」』）)]$")
_SUBRIP_START = re.compile(r"\A\ufeff?1\r?\n[0-9:,]+\s*-->")


def is_captions(text: str) -> bool:
    """A WebVTT file (「WEBVTT」 first) or a SubRip one (cue 1, then its timing)."""
    return text.lstrip("\ufeff").startswith("WEBVTT") or bool(_SUBRIP_START.match(text))


def render_captions(text: str) -> str:
    """The cues' text: spoken lines joined into sentences, on-screen titles line by line."""
    out: list[str] = []
    speech = ""
    for block in re.split(r"\r?\n\s*\r?\n", text.lstrip("\ufeff")):
        lines = [line.rstrip() for line in block.splitlines() if line.strip()]
        if not lines or lines[0].split(" ", 1)[0] in _HEADER_BLOCKS:
            continue
        timing = next((k for k, line in enumerate(lines) if _TIMING.match(line)), None)
        if timing is None:
            continue
        cue = lines[timing + 1 :]
        if cue and _VOICE.match(cue[0]):  # a speaker's words: one sentence over cues
            speech += "".join(_TAG.sub("", _VOICE.sub("", line)).strip() for line in cue)
            if _SENTENCE_END.search(speech):
                out.append(speech)
                speech = ""
            continue
        if speech:
            out.append(speech)
            speech = ""
        shown = [_TAG.sub("", line).strip() for line in cue]
        out.extend(line for line in shown if line)
        out.append("")
    if speech:
        out.append(speech)
    return "\n".join(out).strip() + "\n"
