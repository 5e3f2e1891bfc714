"""Every third-party module the package imports at run time is a declared dependency.

Regression: httpx was imported by service/store.py but only listed in the test extras, so
the README's run command (`pip install -e .`, no extras) failed on a fresh machine.
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


def test_every_runtime_import_is_a_declared_dependency() -> None:
    distributions = packages_distributions()
    missing = {
        module: distributions.get(module, ["?"])
        for module in runtime_imports()
        if not {d.lower().replace("_", "-") for d in distributions.get(module, [])} & declared()
    }
    assert missing == {}
