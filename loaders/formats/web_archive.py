"""A single-file web page (MHTML, Word's and browsers' 「Web アーカイブ」 .mht), read as its page.

Word's 「単一ファイル Web ページ」 save and a browser's 「Web ページ、1 ファイル」 wrap the page in
a MIME message: headers, a note for mail readers, then the HTML as one part (quoted-printable
or base64, in the charset its header names) beside the images. The standard library's MIME
reader takes the parts apart; the first HTML part is the page, read as any saved page is.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import Message

from loaders.formats.located import SourceText
from loaders.text.document_text import decode_document, page_text
from loaders.text.errors import DocumentError

# 「MIME-Version: 1.0」 and a multipart type in the first lines: a web archive's headers
_HEADERS = re.compile(rb"\A(?:[\x21-\x39\x3b-\x7e]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*?"
                      rb"MIME-Version:", re.IGNORECASE)  # fmt: skip
_MULTIPART = re.compile(rb"Content-Type:\s*multipart/related", re.IGNORECASE)
_SHIFT_JIS_NAMES = frozenset({"shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji"})


def is_web_archive(raw: bytes) -> bool:
    """Whether `raw` opens with the MIME headers of a multipart web archive."""
    head = raw[:2000].replace(b"\r\n", b"\n")
    return bool(_HEADERS.match(head)) and bool(_MULTIPART.search(head))


def _html_part(message: Message) -> Message | None:
    for part in message.walk():
        if part.get_content_type() == "text/html":
            return part
    return None


def read_web_archive(raw: bytes, file: str) -> SourceText:
    """The page a web archive holds, read as a saved page; DocumentError names what fails."""
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    part = _html_part(message)
    if part is None:
        raise DocumentError(file, "web archive (MIME) holds no HTML part")
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise DocumentError(file, "web archive's HTML part is empty")
    return SourceText(page_text(decode_declared(payload, part.get_content_charset(), file), file))


def decode_declared(payload: bytes, charset: str | None, file: str) -> str:
    """A body in the charset its header names (a web archive's part, a crawled reply), with
    "\n" newlines; a charset the header misnames or leaves out: the bytes read as any page's."""
    if charset is not None and charset.lower() in _SHIFT_JIS_NAMES:
        charset = "cp932"  # Windows writes its own Shift_JIS (①, ～) under the plain name
    if charset:
        try:
            return payload.decode(charset).replace("\r\n", "\n").replace("\r", "\n")
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_document(payload, file)
