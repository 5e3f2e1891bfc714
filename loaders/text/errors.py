"""The one error type for bad input documents.

Parsers raise `DocumentError` so a user sees which file (and line) is wrong and why,
instead of a bare traceback from deep inside a regex or decoder.
"""

from __future__ import annotations


class DocumentError(ValueError):
    """A document cannot be read or parsed; says what and where."""

    def __init__(self, file: str, problem: str, *, line: int | None = None) -> None:
        self.file = file
        self.problem = problem
        self.line = line
        where = f"{file}: line {line}" if line is not None else file
        super().__init__(f"{where}: {problem}")

    def __str__(self) -> str:
        where = f"{self.file}: line {self.line}" if self.line is not None else self.file
        return f"{where}: {self.problem}"
