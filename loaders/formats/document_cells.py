"""A sheet whose rows each carry a whole document in one cell: a groupware export (a report,
a bulletin board's posts, a workflow's requests) with a 「内容」 or 「本文」 column holding the
text as typed, its own tables pasted from a sheet as tab-separated lines.

Read as a table, such a cell is one run-on line: its paragraphs, headings and pasted tables
are lost. Read as a person opens the entry, each row is a page: its title as a heading, the
short cells as the entry's labelled fields (「作成者：…」), then each long cell's own lines,
under its column's label, as they were typed.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from loaders.formats.record_rows import Line

_MIN_LABELS = 3  # a header row names this many columns or more
_DOCUMENT_LINES = 6  # a cell of this many lines or more holds a text of its own …
_PAGE_LINES = 20  # … when a table is pasted among them, or when it runs this long


def _lines(cell: str) -> list[str]:
    return [line.rstrip() for line in cell.replace("\r\n", "\n").split("\n")]


# a column holding each row's message as typed (a chat's or a board's export)
# (not 「内容」 or 「備考」: a table's description column, a line or two beside its row)
_BODY_LABELS = ("本文", "メッセージ", "メッセージ本文", "投稿本文", "message", "body")


def _is_body_label(label: str) -> bool:
    return label.strip().lower() in _BODY_LABELS


def _is_message(cell: str) -> bool:
    """A message of several lines (a list typed one item a line) in a body column: its lines
    are the message's, not one run-on cell."""
    return sum(1 for line in _lines(cell) if line.strip()) >= 2


def _is_document(cell: str) -> bool:
    """Many lines, a table pasted among them or a page's length of them (a tracker's notes
    of a few labelled lines are a record's, read by `record_rows`)."""
    lines = [line for line in _lines(cell) if line.strip()]
    return len(lines) >= _DOCUMENT_LINES and (
        any("\t" in line for line in lines) or len(lines) >= _PAGE_LINES
    )


def document_lines(read: Sequence[Sequence[str]]) -> list[Line] | None:
    """The sheet's lines with each row holding a document written as its page, or None when
    no cell under a header row holds a document."""
    for h, header in enumerate(read):
        labels = [c.strip() for c in header]
        if sum(1 for c in labels if c) < _MIN_LABELS or any("\n" in c for c in labels):
            continue
        rows = list(enumerate(read[h + 1 :], start=h + 1))
        bodies = {k for k, label in enumerate(labels) if _is_body_label(label)}
        if not any(_is_document(c) or (k in bodies and _is_message(c))
                   for _, row in rows for k, c in enumerate(row)):  # fmt: skip
            return None
        return _written(read, h, labels, rows, bodies)
    return None


def _label(labels: list[str], column: int) -> str:
    """A column's label, or its place when the header leaves it blank."""
    return labels[column] if column < len(labels) and labels[column] else f"列{column + 1}"


def _written(
    read: Sequence[Sequence[str]], h: int, labels: list[str],
    rows: list[tuple[int, Sequence[str]]], bodies: Collection[int] = (),
) -> list[Line]:  # fmt: skip
    lines: list[Line] = [[(c, (r, k)) for k, c in enumerate(row) if c.strip()]
                         for r, row in enumerate(read[:h])]  # fmt: skip
    for r, row in rows:
        filled = [(k, c) for k, c in enumerate(row) if c.strip()]
        if not filled:
            continue
        title_at, title = filled[0]
        lines.append([])
        lines.append([(f"## {' '.join(title.split())}", (r, title_at))])
        long = [(k, c) for k, c in filled[1:]
                if _is_document(c) or (k in bodies and _is_message(c))]  # fmt: skip
        for k, cell in filled[1:]:
            if (k, cell) not in long:
                lines.append([(f"{_label(labels, k)}：{' '.join(cell.split())}", (r, k))])
        for k, cell in long:
            lines.append([])
            lines.append([(f"### {_label(labels, k)}", (r, k))])
            for line in _lines(cell):
                if not line.strip():
                    lines.append([])
                    continue
                lines.append([(part, (r, k)) for part in line.split("\t")])
    return lines
