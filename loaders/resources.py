"""Where the project's data files live: ontology, shapes, queries and the bundled corpus.

They are plain files at the top of the checkout (the layout agreed with users), found relative
to this package, or under `MACHIKG_HOME` when the package is installed elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path


def project_root() -> Path:
    home = os.environ.get("MACHIKG_HOME")
    if home:
        return Path(home)
    return Path(__file__).resolve().parent.parent


def ontology_dir() -> Path:
    return project_root() / "ontology"


def shapes_dir() -> Path:
    return project_root() / "shapes"


def queries_dir() -> Path:
    return project_root() / "queries"


def corpus_dir() -> Path:
    return project_root() / "corpus"
