"""A mail message saved as a file (Thunderbird's or Outlook's .eml): its subject and body.

A plan or a notice sent round by mail and published (or kept) as the message file is headers,
then the body, perhaps beside attachments in base64. The standard library's MIME reader takes
the parts apart and decodes the header words (=?UTF-8?B?…?=); the body read is the first
text part that is no attachment. A body sent 「format=flowed」 (RFC 3676, Thunderbird's way)
has its long lines broken at the mailer's width with a space left at each break: those
lines are one line again, so a name or an amount cut at the width reads whole.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage

from loaders.formats.located import SourceText
from loaders.formats.web_archive import decode_declared
from loaders.text.document_text import page_text
from loaders.text.errors import DocumentError

# a mail's own headers at the top: a sender or a subject, and the MIME version
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[^\n]*$")
_MAIL_HEADERS = (b"from:", b"subject:", b"to:", b"date:")
_MIN_MAIL_HEADERS = 2


def is_mail_message(raw: bytes) -> bool:
    """Whether `raw` opens with a mail's headers (From, Subject … and MIME-Version)."""
    head = raw[:4000].replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    lines = [ln for ln in head.split(b"\n") if ln and not ln[:1].isspace()]
    if not lines or not all(_HEADER_LINE.match(ln) for ln in lines):
        return False
    names = {ln.split(b":", 1)[0].lower() + b":" for ln in lines}
    return b"mime-version:" in names and len(names & set(_MAIL_HEADERS)) >= _MIN_MAIL_HEADERS


def _body_part(message: EmailMessage) -> EmailMessage | None:
    """The first text part that is no attachment: plain text first, else HTML."""
    for kind in ("text/plain", "text/html"):
        for part in message.walk():
            if part.get_content_type() == kind and not part.is_attachment():
                return part  # type: ignore[return-value]
    return None


def unflowed(text: str, *, delete_space: bool) -> str:
    """A 「format=flowed」 body's lines, each soft break (a line closing on a space) joined
    to the next line; the space itself dropped where the break falls beside a Japanese
    letter or before a figure's comma or point (「1 ,500」), or the body says 「DelSp=yes」.
    A signature's 「-- 」 line is no soft break."""
    out: list[str] = []
    current = ""
    for line in text.split("\n"):
        if current and (delete_space or not current[-2:-1].isascii() or not line[:1].isascii()
                        or line[:1] in ",."):  # fmt: skip
            current = current[:-1]  # the space a mailer left at the break
        current += line
        if line.endswith(" ") and line != "-- ":
            continue
        out.append(current)
        current = ""
    if current:
        out.append(current)
    return "\n".join(out)


def read_mail_message(raw: bytes, file: str) -> SourceText:
    """The message's subject over its body, read as a text; DocumentError names what fails."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    part = _body_part(message)  # type: ignore[arg-type]
    if part is None:
        raise DocumentError(file, "mail message holds no text part")
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise DocumentError(file, "mail message's text part is empty")
    body = decode_declared(payload, part.get_content_charset(), file)
    if part.get_content_type() == "text/plain" and part.get_param("format") == "flowed":
        delete_space = str(part.get_param("delsp") or "").lower() == "yes"
        body = unflowed(body, delete_space=delete_space)
    subject = str(message.get("subject") or "").strip()
    text = f"{subject}\n\n{body}" if subject and part.get_content_type() == "text/plain" else body
    return SourceText(page_text(text, file))
