"""Validation of large submissions: the compiled engine (service.shacl) vs plain pySHACL.

    python bench/validation.py                    # 100k and 1M triples
    python bench/validation.py --sizes 20000 100000 --pyshacl-limit 900

The submission is the valid example (tests/model/data/valid-example.ttl) copied with its
IRIs renamed until it reaches the size, plus one broken copy, written as N-Triples. Each run
is a fresh child process, so peak memory is the child's maximum resident set size; pySHACL
runs `pyshacl.validate` with the same shapes and the ontology united into the data graph (as
service.validation does), and is stopped after --pyshacl-limit seconds.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "tests" / "model" / "data" / "valid-example.ttl"


def make_submission(triples: int, out: Path) -> int:
    import pyoxigraph as ox

    quads = list(ox.parse(path=EXAMPLE, format=ox.RdfFormat.TURTLE))
    template = ox.serialize(
        [ox.Triple(q.subject, q.predicate, q.object) for q in quads], format=ox.RdfFormat.N_TRIPLES
    ).decode("utf-8")
    per_copy = len(quads)
    copies = max(1, triples // per_copy)
    written = 0
    with out.open("w", encoding="utf-8") as file:
        for copy in range(copies):
            text = re.sub(
                r"<https://w3id\.org/machikg/id/(\d{6})",
                rf"<https://w3id.org/machikg/id/\1x{copy}",
                template,
            )
            if copy == 0:  # one broken record, so there is something to report
                text = text.replace('"JPY"', '"円"')
            file.write(text)
            written += per_copy
    return written


def child(engine: str, path: Path) -> None:
    """Run one validation in this process and print its time as JSON."""
    sys.path.insert(0, str(ROOT))
    start = time.perf_counter()
    if engine == "engine":
        import pyoxigraph as ox

        from service.shacl.check import validate_rdf

        report = validate_rdf(path.read_bytes(), ox.RdfFormat.N_TRIPLES)
        conforms, results = report.conforms, len(report.findings)
    else:
        import pyshacl
        import rdflib

        from loaders.resources import ontology_dir, shapes_dir
        from service.validation import load_ontology, load_shapes

        data = rdflib.Graph().parse(path, format="nt")
        data += load_ontology(ontology_dir() / "machikg.ttl")
        conforms, graph, _ = pyshacl.validate(
            data, shacl_graph=load_shapes(shapes_dir()), inference="none", advanced=True,
            allow_warnings=True,
        )
        results = len(list(graph.objects(None, rdflib.SH.result)))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "conforms": conforms,
                      "results": results}))


def measure(engine: str, path: Path, limit: float) -> dict[str, object]:
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--child", engine, str(path)],
            capture_output=True, text=True, timeout=limit, check=True,
        )
    except subprocess.TimeoutExpired:
        return {"seconds": None, "peak_mb": None, "timeout": limit}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--pyshacl-limit", type=float, default=1800)
    parser.add_argument("--child", nargs=2, metavar=("ENGINE", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return
    with tempfile.TemporaryDirectory() as directory:
        for size in args.sizes:
            path = Path(directory) / f"submission-{size}.nt"
            triples = make_submission(size, path)
            ours = measure("engine", path, 3600)
            theirs = measure("pyshacl", path, args.pyshacl_limit)
            row = {"triples": triples, "MB": round(path.stat().st_size / 1e6, 1),
                   "engine": ours, "pyshacl": theirs}
            if theirs.get("seconds") and ours.get("seconds"):
                row["speed-up"] = round(theirs["seconds"] / ours["seconds"], 1)
                row["memory ratio"] = round(theirs["peak_mb"] / ours["peak_mb"], 1)
            print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
