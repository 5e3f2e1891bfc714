"""The query page at `/`: an editor whose examples are the contract queries in `queries/`."""

from __future__ import annotations

import html
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from loaders.resources import queries_dir

TEMPLATE = Path(__file__).parent / "templates" / "index.html"
DEFAULT_QUERY = """SELECT ?graph (COUNT(*) AS ?triples)
WHERE { GRAPH ?graph { ?s ?p ?o } }
GROUP BY ?graph
ORDER BY DESC(?triples)
LIMIT 100"""


@dataclass(frozen=True)
class Example:
    name: str
    title: str
    description: str
    params: list[str]
    query: str


def read_example(path: Path) -> Example:
    """An example from a .rq file whose leading comments say `# title:`, `# description:`."""
    text = path.read_text(encoding="utf-8")
    fields: dict[str, str] = {}
    params: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        key, sep, value = stripped.lstrip("#").strip().partition(":")
        if not sep:
            continue
        key = key.strip().lower()
        if key == "param":
            params.append(value.strip())
        elif key in ("title", "description"):
            fields[key] = value.strip()
    return Example(
        name=path.stem,
        title=fields.get("title", path.stem),
        description=fields.get("description", ""),
        params=params,
        query=text,
    )


def read_examples(directory: Path | None = None) -> list[Example]:
    """The examples in `directory` (default: the project's queries/), sorted by file name."""
    directory = directory or queries_dir()
    if not directory.is_dir():
        return []
    return [read_example(p) for p in sorted(directory.glob("*.rq"))]


def render(examples: list[Example], *, endpoint: str, base: str, writable: bool) -> str:
    """The page's HTML with the examples embedded as JSON (no request needed to list them)."""
    data = json.dumps([asdict(e) for e in examples], ensure_ascii=False).replace("</", "<\\/")
    options = "\n".join(
        f'<option value="{i}" title="{html.escape(e.description)}">{html.escape(e.title)}</option>'
        for i, e in enumerate(examples)
    )
    return (
        TEMPLATE.read_text(encoding="utf-8")
        .replace("{{EXAMPLES_JSON}}", data)
        .replace("{{EXAMPLE_OPTIONS}}", options)
        .replace("{{ENDPOINT}}", html.escape(endpoint))
        .replace("{{BASE}}", html.escape(base))
        .replace("{{DEFAULT_QUERY}}", html.escape(DEFAULT_QUERY))
        .replace("{{WRITABLE}}", "writes enabled (bearer token)" if writable else "read-only")
    )
