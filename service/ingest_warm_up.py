"""Imported by ingest's fork server (`service.ingest_pipeline`): runs `warm_up()` there once,
so every worker forked from it starts with the shapes compiled, the dictionary and thesaurus
loaded, and the parsers' caches filled, instead of paying ~0.5 s each.

A failure here must not stop the server (it would take the pool with it); each worker's
initializer runs `warm_up()` again, and reports a broken installation itself.
"""

from __future__ import annotations

import contextlib
import gc

from service.ingest_pipeline import warm_up

with contextlib.suppress(Exception):
    warm_up()
gc.collect()
gc.freeze()  # workers forked from here share the warm state untouched by their collector
