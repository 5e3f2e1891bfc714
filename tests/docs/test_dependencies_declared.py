"""Every third-party module the package imports at run time is a declared dependency.

Regression: httpx was imported by service/store.py but only listed in the test extras, so
the README's run command (`pip install -e .`, no extras) failed on a fresh machine.

A module of an optional extra (`machikg[cluster]`) may be imported only by a module that the
rest of the package imports inside `try: … except ImportError`, so the plain install runs.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).parents[2]
OWN = {"loaders", "service"}


def runtime_imports() -> set[str]:
    modules: set[str] = set()
    for package in OWN:
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    modules.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    modules.add(node.module.split(".")[0])
    return modules - OWN - set(sys.stdlib_module_names) - {"__future__"}


def declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {re.split(r"[\[<>=!~ ]", d, maxsplit=1)[0] for d in project["dependencies"]}
    return {n.lower().replace("_", "-") for n in names}


def optional_extras() -> set[str]:
    """The distributions of the optional extras users install on purpose (not the test tools)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {
        re.split(r"[\[<>=!~ ]", d, maxsplit=1)[0]
        for extra, requirements in project["optional-dependencies"].items()
        if extra != "test"
        for d in requirements
    }
    return {n.lower().replace("_", "-") for n in names}


def distributions_of(module: str) -> set[str]:
    return {d.lower().replace("_", "-") for d in packages_distributions().get(module, [])}


def test_every_runtime_import_is_a_declared_dependency() -> None:
    missing = {
        module: sorted(distributions_of(module)) or ["?"]
        for module in runtime_imports()
        if not distributions_of(module) & (declared() | optional_extras())
    }
    assert missing == {}


def importers_of(extra_module: str) -> set[str]:
    """Dotted names of the package modules that import `extra_module`."""
    found = set()
    for package in OWN:
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = (
                    [a.name for a in node.names] if isinstance(node, ast.Import)
                    else [node.module] if isinstance(node, ast.ImportFrom) and node.module
                    else []
                )  # fmt: skip
                if any(n.split(".")[0] == extra_module for n in names):
                    found.add(".".join(path.relative_to(ROOT).with_suffix("").parts))
    return found


def guarded(module: str, source: str) -> bool:
    """Whether every import of `module` in `source` sits in a try that catches ImportError."""
    tree = ast.parse(source)
    parent, name = module.rsplit(".", 1)
    imports = [
        node for node in ast.walk(tree)
        if (isinstance(node, ast.ImportFrom) and node.module == parent
        and any(a.name == name for a in node.names))
        or (isinstance(node, ast.Import) and any(a.name == module for a in node.names))
    ]  # fmt: skip
    protected = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.Try)
        and any(
            isinstance(h.type, ast.Name) and h.type.id in {"ImportError", "ModuleNotFoundError"}
            for h in node.handlers
        )
        for statement in node.body
        for inner in ast.walk(statement)
    }
    return all(id(node) in protected for node in imports)


def test_a_module_needing_an_optional_extra_is_imported_only_behind_an_import_error_guard() -> None:
    extras = {m for m in runtime_imports() if distributions_of(m) & optional_extras()}
    unguarded = []
    for extra_module in extras:
        for module in importers_of(extra_module):
            for path in (f for p in OWN for f in (ROOT / p).rglob("*.py")):
                source = path.read_text(encoding="utf-8")
                if module.rsplit(".", 1)[-1] in source and not guarded(module, source):
                    unguarded.append(f"{path.relative_to(ROOT)} imports {module}")
    assert unguarded == []
