"""A Microsoft Project plan saved as XML (MSPDI, 「XML 形式」), read as its Gantt table shows
it.

A city's 実施計画 kept as a project schedule nests its levels by outline (基本目標 › 施策 ›
計画事業 › a task a year), each task a record of dates, durations and costs in hundredths of a
yen; the columns a planner added (「事業費（千円）」) are custom fields known only by a
`FieldID` the file's `ExtendedAttributes` name, and who is in charge is a resource assigned
to the task (`Assignments`), the resource's `Group` its department.

Read as the Gantt table shows it: a summary task over summary tasks is a heading with its
outline number (「1.1 架空の充実」); one over tasks of its own (a project over its
years' work) is a heading by its name over a table of those tasks, a column for each custom
field they fill and one for the resources assigned (「部 課」); a milestone is a line of its
own. Schedules, calendars and the roll-up costs of summary tasks are no part of the page.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from loaders.text.errors import DocumentError

_ROOT = re.compile(r"<Project\b[^>]*xmlns=\"http://schemas\.microsoft\.com/project\"")
_MAX_TASKS = 50_000
_MAX_LEVEL = 6


def is_ms_project(text: str) -> bool:
    return bool(_ROOT.search(text[:3000])) and "<Tasks>" in text


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(element: Element, name: str) -> Element | None:
    return next((c for c in element if _local(c.tag) == name), None)


def _text(element: Element, name: str) -> str:
    found = _child(element, name)
    return " ".join((found.text or "").split()) if found is not None else ""


def _all(element: Element | None, name: str) -> list[Element]:
    return [c for c in element if _local(c.tag) == name] if element is not None else []


def _cell(words: str) -> str:
    return words.replace("\t", " ").replace("|", "｜")


def render_ms_project(text: str, file: str) -> str:
    try:
        root = fromstring(text.lstrip("\ufeff").encode("utf-8"))
    except (ParseError, DefusedXmlException, ValueError) as error:
        raise DocumentError(file, f"malformed Project XML: {error}") from error
    aliases = {_text(a, "FieldID"): _text(a, "Alias") or _text(a, "FieldName")
               for a in _all(_child(root, "ExtendedAttributes"), "ExtendedAttribute")}  # fmt: skip
    resources = {}
    for resource in _all(_child(root, "Resources"), "Resource"):
        name = _text(resource, "Name")
        if name:
            resources[_text(resource, "UID")] = " ".join(
                w for w in (_text(resource, "Group"), name) if w
            )
    assigned: dict[str, list[str]] = {}
    for assignment in _all(_child(root, "Assignments"), "Assignment"):
        who = resources.get(_text(assignment, "ResourceUID"))
        if who:
            assigned.setdefault(_text(assignment, "TaskUID"), []).append(who)
    tasks = _all(_child(root, "Tasks"), "Task")
    if len(tasks) > _MAX_TASKS:
        raise DocumentError(file, f"too many tasks: {len(tasks)}")
    rows = []
    for task in tasks:
        try:
            level = int(_text(task, "OutlineLevel") or "0")
        except ValueError:
            level = 0
        fields = {aliases.get(_text(a, "FieldID"), ""): _text(a, "Value")
                  for a in _all(task, "ExtendedAttribute")}  # fmt: skip
        rows.append((level, task, fields))
    title = _text(root, "Title") or _text(root, "Name")
    out = [f"# {title}", ""] if title else []
    work_rows: list[list[str]] = []  # the rows of the table under the last heading
    milestones: list[str] = []
    columns = [a for a in aliases.values()
               if any(f.get(a) for _, t, f in rows if _text(t, "Summary") != "1")]
    staffed = any(assigned.get(_text(t, "UID")) for _, t, _ in rows)

    def flush() -> None:
        if work_rows:
            header = ["事業名", "年度", "作業", *columns, *(["担当"] if staffed else [])]
            out.extend(["", "\t".join(header), *("\t".join(r) for r in work_rows), ""])
            work_rows.clear()
        out.extend(milestones)
        milestones.clear()

    for k, (level, task, _) in enumerate(rows):
        name = _text(task, "Name")
        if not name or level == 0:
            if name and not title:
                out.extend([f"# {name}", ""])
            continue
        children = _children(rows, k)
        if children and all(_text(t, "Summary") != "1" for _, t, _ in children):
            for _, child, fields in children:  # a project over its years' work: its rows
                if _text(child, "Milestone") == "1":
                    milestones.append(f"◆{_text(child, 'Name')}")
                    continue
                year, work = _year_first(_text(child, "Name"))
                cells = [name, year, work, *(fields.get(c, "") for c in columns)]
                if staffed:
                    cells.append("、".join(assigned.get(_text(child, "UID"), [])))
                work_rows.append([_cell(c) for c in cells])
        elif children:
            flush()
            # (the outline number 「1.1」 is the level's code in the plan: 1-1)
            number = (_text(task, "OutlineNumber") or _text(task, "WBS")).replace(".", "-")
            out.extend(["", f"{'#' * min(level + 1, _MAX_LEVEL)} {number} {name}".replace(
                "  ", " "), ""])  # fmt: skip
        elif not any(_is_work_parent(rows, j) for j in _parents(rows, k)):
            flush()
            out.append(f"◆{name}" if _text(task, "Milestone") == "1" else name)
    flush()
    return "\n".join(out)


_YEAR_FIRST = re.compile(
    r"^(?P<year>(?:令和|平成)(?:\d{1,2}|元)年度|(?:19|20)\d{2}年度)[\s\u3000]*"
)


def _year_first(name: str) -> tuple[str, str]:
    """「令和8年度　実施設計」: a year's task named by its year first, the year its column."""
    found = _YEAR_FIRST.match(name)
    return (found.group("year"), name[found.end() :]) if found else ("", name)


def _children(
    rows: list[tuple[int, Element, dict[str, str]]], k: int
) -> list[tuple[int, Element, dict[str, str]]]:
    level = rows[k][0]
    children = []
    for below in rows[k + 1 :]:
        if below[0] <= level:
            break
        if below[0] == level + 1:
            children.append(below)
    return children


def _parents(rows: list[tuple[int, Element, dict[str, str]]], k: int) -> list[int]:
    """The index of the task `k` sits right under."""
    level = rows[k][0]
    for j in range(k - 1, -1, -1):
        if rows[j][0] < level:
            return [j]
    return []


def _is_work_parent(rows: list[tuple[int, Element, dict[str, str]]], j: int) -> bool:
    """A summary task over tasks of its own only (printed as their table)."""
    children = _children(rows, j)
    return bool(children) and all(_text(t, "Summary") != "1" for _, t, _ in children)
