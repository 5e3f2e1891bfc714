"""IRI path segments from names: one name, one segment, always the same.

Reloading a document must give an identical graph, so a name becomes the same segment
every time; Japanese stays readable (IRIs allow it) and only characters that would break
an IRI path segment or Turtle/SPARQL syntax are percent-encoded.
"""

from __future__ import annotations

import re
import unicodedata

# Characters kept as they are: IRI "iunreserved" ASCII plus sub-delims, ":" and "@".
_SAFE_ASCII = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@"
)
_WHITE = re.compile(r"\s+")


def _is_ucschar(char: str) -> bool:
    """RFC 3987 ucschar: non-ASCII characters an IRI may carry unencoded."""
    code = ord(char)
    if 0xA0 <= code <= 0xD7FF or 0xF900 <= code <= 0xFDCF or 0xFDF0 <= code <= 0xFFEF:
        return True
    plane_offset = code & 0xFFFF
    return 0x10000 <= code <= 0xEFFFD and plane_offset <= 0xFFFD and code < 0xE0000


def _encode(char: str) -> str:
    return "".join(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogatepass"))


def slug(s: str) -> str:
    """The IRI path segment for a name: NFKC, white space removed, unsafe characters
    percent-encoded (controls, space, <>"{}|\\^`#?%/[] …); Japanese kept as is.

    Raises ValueError for a name that is empty once white space is removed.
    """
    text = _WHITE.sub("", unicodedata.normalize("NFKC", s))
    if not text:
        raise ValueError(f"cannot make an IRI segment from an empty name ({s!r})")
    if text in (".", ".."):
        return "".join(_encode(c) for c in text)  # dot segments would be resolved away
    return "".join(
        c
        if c in _SAFE_ASCII or (ord(c) > 0x7F and _is_ucschar(c) and c.isprintable())
        else _encode(c)
        for c in text
    )
