"""Markdown's link and image syntax, blanked to what a reader sees.

A converter that writes Markdown (Jina Reader, html2text, pandoc, a CMS's Markdown export)
prints a link as 「[架空図書館](https://…/library.html)」 and an image as
「![Image 2: 架空の写真](https://…/photo.jpg)」. Read as they are, the brackets and the
address run into every name they hold. A link keeps its text, an image goes (an image inside
a link, 「[![…](…)](…)」, too); what goes is blanked to spaces, so offsets hold.
"""

from __future__ import annotations

import re

_TARGET = r"\((?:https?://|/|\.{0,2}/|#|mailto:)[^()\s]*(?:\s+\"[^\"]*\")?\)"
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,300}\]" + _TARGET)
_LINK = re.compile(r"\[(?P<text>[^\[\]\n]{0,300})\]" + _TARGET)


def blank_markdown_links(text: str) -> str:
    """`text` with Markdown images blanked and links blanked to their text."""
    if "](" not in text:
        return text  # (the cheap check)
    text = _IMAGE.sub(lambda m: " " * len(m.group()), text)

    def link(m: re.Match[str]) -> str:
        return " " + m.group("text") + " " * (len(m.group()) - len(m.group("text")) - 1)

    return _LINK.sub(link, text)
