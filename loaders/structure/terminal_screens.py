"""Screens of a host terminal (an IBM i 5250 emulator) copied one after another as text.

A budget or personnel system on a host computer answers an inquiry with 24-line screens; a
clerk copies them into a text file. Each screen opens with the program's id and the
system's name over the date and time, asks its question in prompt lines (「予算年度 . . . :
2026」, 「単位 . . . :  千円」), prints its list, and ends with a paging mark (「続く...」,
「終り」) over the function keys (「F3=終了   F8=次頁」). Read as it is, the furniture and the
prompts run into the list as rows of one table under the program's id.

Here the furniture is blanked (the program id, date, time, paging marks, function keys) and
each prompt's dotted leader becomes the field's 「：」 set against its value, a line's second
prompt goes on a line of its own (a space before it made the line's end), in place, so
offsets into the text still hold: the list stands on its own under its column labels, the
prompts read as labelled fields (the unit, the year), the screen's title as a line above.
"""

from __future__ import annotations

import re

# 「F3=終了   F7=前頁   F8=次頁   5=詳細」: function keys (and options) with their meanings
_FUNCTION_KEYS = re.compile(r"^[ \t]*(?:F?[0-9]{1,2}=\S+[ \t]*){2,}$", re.MULTILINE)
# 「続く...」「終り」「More...」「Bottom」: a screen's paging mark alone on its line
_PAGING_MARK = re.compile(r"^[ \t]*(?:続く\.{3}|終り|More\.{3}|Bottom)[ \t]*$", re.MULTILINE)
# the program id opening a screen's first lines (「YSN210」, 「ITK-ZAI05」)
_PROGRAM_ID = re.compile(r"^[ \t]*[A-Z][A-Z0-9#@$]{2,}(?:-[A-Z0-9#@$]+)?(?=[ \t]{2})", re.MULTILINE)
# the date (26/02/06) or time (14:22:07) closing a screen's first lines
_STAMP = re.compile(r"(?<=[ \t]{2})(?:[0-9]{2}/[0-9]{2}/[0-9]{2}|[0-9]{2}:[0-9]{2}:[0-9]{2})"
                    r"[ \t]*$", re.MULTILINE)  # fmt: skip
# 「予算年度 . . . :」: a prompt's dotted leader up to its colon
_LEADER = re.compile(r"(?<=\S)(?: \.)+ ?:(?: +|$)")
# the gap before a line's next prompt (its label, then spaces, then the 「：」 set above)
_NEXT_PROMPT = re.compile(r"(?<=\S) {2,}(?=[^\s：]+ +：)")
_MIN_SCREENS = 1


def is_terminal_copy(text: str) -> bool:
    """Whether `text` holds screens of a host terminal: function-key lines closing screens."""
    return len(_FUNCTION_KEYS.findall(text)) >= _MIN_SCREENS and _LEADER.search(text) is not None


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _header_line(line: str) -> str:
    """A screen's first line with its program id and its date or time blanked."""
    if not (_PROGRAM_ID.search(line) and _STAMP.search(line)):
        return line
    return _STAMP.sub(_blank, _PROGRAM_ID.sub(_blank, line))


def blank_screen_furniture(text: str) -> str:
    """`text` with a terminal copy's furniture blanked and its prompts made fields (as many
    characters as before); any other text unchanged."""
    if not is_terminal_copy(text):
        return text
    text = _FUNCTION_KEYS.sub(_blank, text)
    text = _PAGING_MARK.sub(_blank, text)
    text = "".join(_header_line(line) for line in text.splitlines(keepends=True))
    text = _LEADER.sub(lambda m: " " * (len(m.group()) - 1) + "：", text)
    # 「予算年度 ：2026 …     単位 ：千円」: each prompt on a line of its own
    return _NEXT_PROMPT.sub(lambda m: m.group()[:-1] + "\n", text)
