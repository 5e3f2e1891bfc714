"""How long ingesting the bundled corpus takes once machikg has started (goal: under 2 s).

Start-up (imports, the SudachiPy dictionary, parsing the SHACL shapes and the thesaurus) is
timed apart, then the corpus is ingested into a fresh store several times, stage by stage:
read + parse, facts → RDF, SHACL validation, and the store transaction. Validation is what
ingest runs (the compiled engine, `service.shacl.documents`); `--validator pyshacl` times
the reference instead. `--corpus DIR` (repeatable) ingests other folders with a manifest.
Usage:

    python bench/ingest_corpus.py [--runs 5] [--on-disk] [--validator engine|pyshacl]
        [--corpus DIR ...]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

GOAL_S = 2.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--on-disk", action="store_true", help="RocksDB store in a temp dir")
    parser.add_argument("--validator", choices=("engine", "pyshacl"), default="engine")
    parser.add_argument("--corpus", type=Path, action="append", help="default: corpus/")
    args = parser.parse_args()

    t0 = time.perf_counter()
    from loaders.manifest import read_manifest
    from loaders.pipeline import parse_entry
    from loaders.resources import corpus_dir
    from loaders.text.names import normalized_form_tokens
    from loaders.to_rdf import document_graph, graph_iri
    from service.settings import DEFAULT_BASE
    from service.shacl.documents import validate_document
    from service.store import EmbeddedStore
    from service.validation import validate_graph

    validate = validate_document if args.validator == "engine" else validate_graph
    entries = [e for folder in args.corpus or [corpus_dir()] for e in read_manifest(folder)]
    normalized_form_tokens("起動")  # loads the SudachiPy dictionary
    try:
        from loaders.topics import Thesaurus

        Thesaurus.load()
    except ImportError:
        pass
    from rdflib import Graph

    validate(Graph())  # parses (and compiles) the shapes once
    startup = time.perf_counter() - t0

    stages: dict[str, list[float]] = {"read+parse": [], "to RDF": [], "validate": [], "store": []}
    totals: list[float] = []
    triples = 0
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            store = EmbeddedStore(Path(tmp) / "store" if args.on_disk else None)
            run = dict.fromkeys(stages, 0.0)
            start = time.perf_counter()
            triples = 0
            for entry in entries:
                t = time.perf_counter()
                facts = parse_entry(entry)
                run["read+parse"] += time.perf_counter() - t
                t = time.perf_counter()
                graph = document_graph(facts, base=DEFAULT_BASE)
                run["to RDF"] += time.perf_counter() - t
                t = time.perf_counter()
                report = validate(graph)
                run["validate"] += time.perf_counter() - t
                t = time.perf_counter()
                if report.conforms:
                    triples += store.replace_graph(str(graph_iri(facts, base=DEFAULT_BASE)), graph)
                run["store"] += time.perf_counter() - t
            totals.append(time.perf_counter() - start)
            for stage, seconds in run.items():
                stages[stage].append(seconds)
            store.close()

    kind = "on-disk RocksDB" if args.on_disk else "in-memory"
    print(f"machikg ingest of {len(entries)} documents ({triples} triples, {kind} store,")
    print(f"median of {args.runs} runs, validation: {args.validator}; "
          f"start-up {startup:.2f} s not included)\n")
    print(f"{'stage':<14}{'seconds':>9}")
    for stage, values in stages.items():
        print(f"{stage:<14}{statistics.median(values):>9.3f}")
    total = statistics.median(totals)
    print(f"{'total':<14}{total:>9.3f}")
    per_document = statistics.median(stages["validate"]) / len(entries) * 1000
    print(f"\n{len(entries) / total:.1f} documents/s in one process; "
          f"validation {per_document:.1f} ms per document")
    if not args.corpus:  # the goal is for the bundled corpus
        print(f"\ngoal < {GOAL_S:.1f} s: {'met' if total < GOAL_S else 'NOT met'} "
              f"({total / GOAL_S:.2f}× the budget)")


if __name__ == "__main__":
    main()
