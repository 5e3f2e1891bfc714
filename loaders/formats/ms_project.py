"""A Microsoft Project plan saved as XML (MSPDI, 「XML 形式」), read as its Gantt table shows
it.

A city's 実施計画 kept as a project schedule nests its levels by outline (基本目標 › 施策 ›
計画事業 › a task a year), each task a record of dates, durations and costs in hundredths of a
yen; the columns a planner added (「事業費（千円）」) are custom fields known only by a
`FieldID` the file's `ExtendedAttributes` name, and who is in charge is a resource assigned
to the task (`Assignments`), the resource's `Group` its department.

Read as the Gantt table shows it: a summary task over summary tasks is a heading with its
outline number (「1.1 架空の充実」); one over tasks of its own (a project over its
years' work) gives a row per task in the table under the level above: the project's
name, the task's year (printed first in its name), a column for each custom field and one for
the resources assigned (「部 課」). A milestone is a line of its own. Schedules, calendars
and the roll-up costs of summary tasks are no part of the page.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from loaders.text.errors import DocumentError
from loaders.text.fiscal_year import year_mentions

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

    children = _outline(rows)
    work = [bool(c) and all(_text(rows[j][1], "Summary") != "1" for j in c) for c in children]
    parent = {j: k for k, below in enumerate(children) for j in below}
    for k, (level, task, _) in enumerate(rows):
        name = _text(task, "Name")
        if not name or level == 0:
            if name and not title:
                out.extend([f"# {name}", ""])
            continue
        if work[k]:
            for _, child, fields in (rows[j] for j in children[k]):  # a project's years' work
                if _text(child, "Milestone") == "1":
                    milestones.append(f"◆{_text(child, 'Name')}")
                    continue
                year, work_name = _year_first(_text(child, "Name"))
                cells = [name, year, work_name, *(fields.get(c, "") for c in columns)]
                if staffed:
                    cells.append("、".join(assigned.get(_text(child, "UID"), [])))
                work_rows.append([_cell(c) for c in cells])
        elif children[k]:
            flush()
            # (the outline number 「1.1」 is the level's code in the plan: 1-1)
            number = (_text(task, "OutlineNumber") or _text(task, "WBS")).replace(".", "-")
            out.extend(["", f"{'#' * min(level + 1, _MAX_LEVEL)} {number} {name}".replace(
                "  ", " "), ""])  # fmt: skip
        elif k not in parent or not work[parent[k]]:
            flush()
            out.append(f"◆{name}" if _text(task, "Milestone") == "1" else name)
    flush()
    return "\n".join(out)


def _year_first(name: str) -> tuple[str, str]:
    """「令和8年度　実施設計」: a year's task named by its year first, the year its column."""
    first = next(iter(year_mentions(name)), None)
    if first is None or first.start != 0 or first.kind != "fiscal":
        return "", name
    return name[: first.end], name[first.end :].lstrip(" \u3000")


def _outline(rows: list[tuple[int, Element, dict[str, str]]]) -> list[list[int]]:
    """Each task's children (the tasks one outline level under it, before the next task at
    its level or above), read in one pass."""
    children: list[list[int]] = [[] for _ in rows]
    stack: list[int] = []  # the open tasks, outermost first
    for k, (level, _, _) in enumerate(rows):
        while stack and rows[stack[-1]][0] >= level:
            stack.pop()
        if stack and rows[stack[-1]][0] == level - 1:
            children[stack[-1]].append(k)
        stack.append(k)
    return children
