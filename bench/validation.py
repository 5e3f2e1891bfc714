"""Validation of large submissions: the compiled engine (service.shacl) vs plain pySHACL.

    python bench/validation.py              # a few minutes: 100k triples, a 10-municipality graph
    python bench/validation.py --big        # 100k, 1M triples, 50 MB Turtle, 100 municipalities
    python bench/validation.py --sizes 1000000 --national 0 --cap-factor 12 --memory-cap-gb 10

Submissions: N-Triples of the valid example (tests/model/data/valid-example.ttl) copied with
its IRIs renamed until it reaches the size, plus one broken copy; the same copies written as
Turtle (prefixed names, one subject per block) up to --turtle-mb MB; and the national graph:
a corpus from bench/generate.py ingested (service.ingest, as `machikg ingest` does) into a
fresh store, every document graph dumped as N-Triples (or --national-dump FILE, a dump made
before). Each validation is a fresh child process, niced (--nice): the machine is shared, so
what is compared is CPU time (user + system, the kernel's account of the child from wait4)
and peak RSS (VmHWM); wall time is shown for reference. The engine runs `validate_rdf`, the
whole `machikg validate` path (parse, context, shapes, report with lines); pySHACL parses with
rdflib and runs `pyshacl.validate` with the ontology united into the data (as
service.validation does), under a CPU-time cap (RLIMIT_CPU) of --cap-factor times the engine's
CPU time on the same file (at least --min-cap) and an address-space cap (RLIMIT_AS,
--memory-cap-gb) so it cannot starve the machine. Stopped at a cap, what it used is a lower
bound and the ratio reads "≥ R×": with the default factor 12, a stopped pySHACL still shows
whether the goal of 10× holds. The table goes to bench/validation-results.md (--out).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "tests" / "model" / "data" / "valid-example.ttl"
TURTLE_PREFIXES = {
    "mk": "https://w3id.org/machikg/ontology#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "org": "http://www.w3.org/ns/org#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dct": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "qb": "http://purl.org/linked-data/cube#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def _copies() -> tuple[str, int]:
    """The valid example as N-Triples text, and its number of triples."""
    import pyoxigraph as ox

    quads = list(ox.parse(path=EXAMPLE, format=ox.RdfFormat.TURTLE))
    text = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads],
                        format=ox.RdfFormat.N_TRIPLES) or b""
    return text.decode("utf-8"), len(quads)


def _copy(template: str, number: int) -> str:
    """Copy `number` of the example, its IRIs renamed; copy 0 carries one broken record."""
    text = re.sub(r"<https://w3id\.org/machikg/id/(\d{6})",
                  rf"<https://w3id.org/machikg/id/\1x{number}", template)
    return text.replace('"JPY"', '"円"') if number == 0 else text


def make_submission(triples: int, out: Path) -> int:
    """N-Triples of about `triples` triples; the number written."""
    template, per_copy = _copies()
    copies = max(1, triples // per_copy)
    with out.open("w", encoding="utf-8") as file:
        for number in range(copies):
            file.write(_copy(template, number))
    return copies * per_copy


def make_turtle(megabytes: float, out: Path) -> int:
    """Turtle of about `megabytes` MB (pyoxigraph's serializer: prefixed names, subjects
    grouped with `;`); the number of triples written."""
    import pyoxigraph as ox

    template, per_copy = _copies()
    header = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in TURTLE_PREFIXES.items())
    written, number = 0, 0
    with out.open("wb") as file:
        file.write(header.encode("utf-8"))
        while file.tell() < megabytes * 1e6:
            triples = [ox.Triple(q.subject, q.predicate, q.object) for q in
                       ox.parse(_copy(template, number).encode("utf-8"),
                                format=ox.RdfFormat.N_TRIPLES)]
            body = (ox.serialize(triples, format=ox.RdfFormat.TURTLE,
                                 prefixes=TURTLE_PREFIXES) or b"").decode("utf-8")
            file.write(re.sub(r"(?m)^@prefix [^\n]*\n", "", body).encode("utf-8"))
            written += per_copy
            number += 1
    return written


def make_national(municipalities: int, out: Path, scratch: Path) -> int:
    """The generated national graph: a corpus ingested into a fresh store, every document
    graph written as N-Triples (graph names dropped); the number of triples."""
    sys.path.insert(0, str(ROOT))
    import pyoxigraph as ox

    from bench.generate import generate
    from service.ingest import ingest
    from service.settings import DEFAULT_BASE, from_env
    from service.store import EmbeddedStore

    corpus, path = scratch / "corpus", scratch / "store"
    generate(corpus, municipalities)
    settings = from_env({"MACHIKG_STORE": str(path)}).with_(
        base=DEFAULT_BASE, quarantine_dir=scratch / "quarantine")
    store = EmbeddedStore(path)
    ingest([corpus], store, settings, progress=False)
    store.close()
    source = ox.Store.read_only(str(path))
    result = source.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert isinstance(result, ox.QueryTriples)
    result.serialize(output=str(out), format=ox.RdfFormat.N_TRIPLES)
    del source
    return count_lines(out)


def count_lines(path: Path) -> int:
    with path.open("rb") as file:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: file.read(1 << 20), b""))


def child(engine: str, path: Path) -> None:
    """Run one validation in this process and print what it found as JSON."""
    sys.path.insert(0, str(ROOT))
    start = time.perf_counter()
    turtle = path.suffix == ".ttl"
    if engine == "engine":
        import pyoxigraph as ox

        from service.shacl.check import validate_rdf

        fmt = ox.RdfFormat.TURTLE if turtle else ox.RdfFormat.N_TRIPLES
        report = validate_rdf(path.read_bytes(), fmt)
        conforms, results = report.conforms, len(report.findings)
    else:
        import pyshacl
        import rdflib

        from loaders.resources import ontology_dir, shapes_dir
        from service.validation import load_ontology, load_shapes

        data = rdflib.Graph().parse(path, format="turtle" if turtle else "nt")
        data += load_ontology(ontology_dir() / "machikg.ttl")
        conforms, graph, _ = pyshacl.validate(
            data, shacl_graph=load_shapes(shapes_dir()), inference="none", advanced=True,
            allow_warnings=True,
        )
        results = len(list(graph.objects(None, rdflib.SH.result)))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    # VmHWM, not ru_maxrss: Linux carries the parent's resident size at fork into the
    # child's ru_maxrss, and the parent holds the generated graphs
    print(json.dumps({"seconds": time.perf_counter() - start, "conforms": conforms,
                      "results": results, "cpu_s": usage.ru_utime + usage.ru_stime,
                      "peak_mb": _peak_mb(os.getpid())}))


@dataclass
class Run:
    """One child's figures. `stopped` says why it did not finish (None: it did); then its
    CPU time and peak memory are what it had used so far, lower bounds."""

    seconds: float
    cpu_s: float
    peak_mb: float
    stopped: str | None = None
    conforms: bool | None = None
    results: int | None = None

    @property
    def finished(self) -> bool:
        return self.stopped is None


@dataclass(frozen=True)
class Limits:
    """What a child may use: CPU seconds (RLIMIT_CPU: the kernel stops it, however loaded
    the machine), address space (RLIMIT_AS: it cannot starve the others), wall seconds (so
    the run ends), and its niceness (CPU time, not wall time, is what is compared)."""

    cpu_s: float | None = None
    memory_bytes: int | None = None
    wall_s: float = 3600.0
    nice: int = 0

    def apply(self) -> None:
        """Run in the child between fork and exec."""
        if self.nice:
            os.nice(self.nice)
        if self.cpu_s is not None:
            soft = max(1, math.ceil(self.cpu_s))
            resource.setrlimit(resource.RLIMIT_CPU, (soft, soft + 5))
        if self.memory_bytes is not None:
            resource.setrlimit(resource.RLIMIT_AS, (self.memory_bytes, self.memory_bytes))


_OUT_OF_MEMORY = ("MemoryError", "memory allocation of", "bad_alloc", "Cannot allocate memory")


def _peak_mb(pid: int) -> float:
    """Peak RSS (VmHWM) of a live process, MB; 0 when it is gone."""
    try:
        match = re.search(r"VmHWM:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text())
    except OSError:
        return 0.0
    return int(match.group(1)) / 1024 if match else 0.0


def measure(command: list[str], limits: Limits) -> Run:
    """Run `command` (which prints its findings as JSON on its last line) under `limits`.
    CPU time is the kernel's account of the child (wait4: user + system, up to the moment
    it ended or was stopped); peak memory is its VmHWM, as it reported it or as last seen."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err,
                                   preexec_fn=limits.apply)  # fork+exec: no threads here
        peak, killed = 0.0, False
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            peak = max(peak, _peak_mb(process.pid))
            if not killed and time.perf_counter() - start > limits.wall_s:
                process.kill()
                killed = True
            time.sleep(0.2)
        seconds = time.perf_counter() - start
        process.returncode = code = os.waitstatus_to_exitcode(status)
        cpu = usage.ru_utime + usage.ru_stime
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if code == 0:
        found = json.loads(stdout.strip().splitlines()[-1])
        return Run(seconds, cpu, max(peak, found["peak_mb"]), None, found["conforms"],
                   found["results"])
    if killed:
        return Run(seconds, cpu, peak, f"stopped after {limits.wall_s:,.0f} s wall")
    if limits.cpu_s is not None and code in (-signal.SIGXCPU, -signal.SIGKILL):
        # SIGXCPU at the soft limit, SIGKILL at the hard one: only the kernel sends these here
        return Run(seconds, cpu, peak, f"did not finish within {limits.cpu_s:,.0f} CPU-s")
    if limits.memory_bytes is not None and any(sign in stderr for sign in _OUT_OF_MEMORY):
        return Run(seconds, cpu, peak, f"out of memory (cap {limits.memory_bytes / 2**30:g}"
                                       f" GiB) after {cpu:,.0f} CPU-s")
    raise RuntimeError(f"{' '.join(command)} failed ({code}):\n{stderr[-3000:]}")


def validation_command(engine: str, path: Path) -> list[str]:
    """This script's child mode: one validation by `engine` ("engine" or "pyshacl")."""
    return [sys.executable, __file__, "--child", engine, str(path)]


@dataclass
class Case:
    name: str
    path: Path
    triples: int
    engine: Run | None = None
    pyshacl: Run | None = None
    notes: list[str] = field(default_factory=list)


def ratio(theirs: Run, their_value: float, our_value: float) -> str:
    """theirs ÷ ours; a lower bound ("≥") when theirs was stopped before the end."""
    if not our_value:
        return "n/a"
    return f"{'' if theirs.finished else '≥ '}{their_value / our_value:.1f}×"


def _theirs(run: Run, value: float, digits: int = 1) -> str:
    return f"{value:,.{digits}f}" if run.finished else f"≥ {value:,.{digits}f}"


def table(cases: list[Case]) -> str:
    """The results as a Markdown table."""
    lines = [
        "| submission | triples | MB | engine CPU s | engine peak MB | pySHACL CPU s "
        "| pySHACL peak MB | CPU-time ratio | peak-memory ratio | wall s engine / pySHACL "
        "| results engine / pySHACL |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for case in cases:
        ours, theirs = case.engine, case.pyshacl
        assert ours is not None and theirs is not None
        mb = case.path.stat().st_size / 1e6
        outcome = (f"{ours.results} ({'conforms' if ours.conforms else 'fails'}) / "
                   + (f"{theirs.results} ({'conforms' if theirs.conforms else 'fails'})"
                      if theirs.finished else "—"))
        their_cpu = (f"{theirs.cpu_s:,.1f}" if theirs.finished
                     else f"{theirs.stopped} (used {theirs.cpu_s:,.1f})")
        lines.append(
            f"| {case.name} | {case.triples:,} | {mb:.1f} | {ours.cpu_s:.1f} | "
            f"{ours.peak_mb:,.0f} | {their_cpu} | {_theirs(theirs, theirs.peak_mb, 0)} | "
            f"{ratio(theirs, theirs.cpu_s, ours.cpu_s)} | "
            f"{ratio(theirs, theirs.peak_mb, ours.peak_mb)} | "
            f"{ours.seconds:.1f} / {_theirs(theirs, theirs.seconds)} | {outcome} |"
        )
    return "\n".join(lines) + "\n"


def write_results(out: Path, cases: list[Case], args: argparse.Namespace, loads: list[str],
                  started: str) -> None:
    command = "python bench/validation.py " + " ".join(sys.argv[1:])
    turtle = [c for c in cases if c.name.startswith("Turtle")]
    goals = []
    for case in turtle:
        run = case.engine
        assert run is not None
        met = run.seconds < 60 and run.peak_mb < 2048
        goals.append(f"- {case.name}: engine {run.seconds:.1f} s wall ({run.cpu_s:.1f} CPU-s),"
                     f" {run.peak_mb:,.0f} MB peak — goal < 60 s and < 2 GB"
                     f" {'met' if met else 'NOT met'}.")
    ratios = [(c.pyshacl.cpu_s / c.engine.cpu_s, c.pyshacl.finished) for c in cases
              if c.engine and c.pyshacl and c.engine.cpu_s]
    smallest = min(ratios, default=(0.0, True))
    text = (
        "# Validation benchmark (bench/validation.py)\n\n"
        f"`{command}` — started {started}, {os.cpu_count()}-core machine shared with other"
        f" engineers (load average at start / end: {loads[0]} / {loads[-1]}).\n\n"
        "Compared: CPU time (user + system, the kernel's account of each child, wait4) and"
        " peak RSS (VmHWM). Wall time moves with the others' load and is shown only for"
        f" reference; the children run at niceness {args.nice}. pySHACL runs with a CPU-time"
        f" cap (RLIMIT_CPU) of {args.cap_factor:g}× the engine's CPU time on the same"
        f" submission (at least {args.min_cap:g} CPU-s) and an address-space cap (RLIMIT_AS)"
        f" of {args.memory_cap_gb:g} GiB: when it is stopped, what it had used is a lower"
        " bound, and so is the ratio (\"≥\").\n\n"
        + table(cases)
        + "\nGoals (issue 12): ≥ 10× faster than pySHACL (smallest CPU-time ratio here: "
        + f"{'' if smallest[1] else '≥ '}{smallest[0]:.1f}×); 50 MB of Turtle in < 60 s and"
        + " < 2 GB.\n"
        + ("\n".join(goals) + "\n" if goals else "")
        + "".join(f"\n{c.name}: {note}\n" for c in cases for note in c.notes)
    )
    out.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", action="store_true",
                        help="100k and 1M triples, 50 MB of Turtle, 100 municipalities")
    parser.add_argument("--sizes", type=int, nargs="*", help="N-Triples sizes (triples)")
    parser.add_argument("--turtle-mb", type=float, help="size of the Turtle submission (0: none)")
    parser.add_argument("--national", type=int, metavar="MUNICIPALITIES",
                        help="municipalities of the generated national graph (0: none)")
    parser.add_argument("--national-dump", type=Path, metavar="FILE",
                        help="an N-Triples dump of a generated store, instead of ingesting one")
    parser.add_argument("--cap-factor", type=float, default=12.0,
                        help="pySHACL's CPU-time cap, in multiples of the engine's (default 12)")
    parser.add_argument("--min-cap", type=float, default=120.0,
                        help="pySHACL's CPU-time cap at least this many CPU-s (default 120)")
    parser.add_argument("--memory-cap-gb", type=float, default=10.0,
                        help="pySHACL's address-space cap, GiB (default 10)")
    parser.add_argument("--nice", type=int, default=10, help="niceness of the children")
    parser.add_argument("--wall-limit", "--pyshacl-limit", dest="wall_limit", type=float,
                        help="pySHACL stopped after this many wall seconds (default 6 × its"
                             " CPU cap + 600: a deadline on a loaded machine)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "validation-results.md")
    parser.add_argument("--child", nargs=2, metavar=("ENGINE", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return
    sizes = args.sizes if args.sizes is not None else (
        [100_000, 1_000_000] if args.big else [100_000])
    turtle_mb = args.turtle_mb if args.turtle_mb is not None else (50.0 if args.big else 0.0)
    national = args.national if args.national is not None else (100 if args.big else 10)
    started = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    loads = [" ".join(f"{x:.1f}" for x in os.getloadavg())]
    cases: list[Case] = []
    with tempfile.TemporaryDirectory(prefix="machikg-validation-") as directory:
        scratch = Path(directory)
        for size in sizes:
            path = scratch / f"submission-{size}.nt"
            cases.append(Case(f"N-Triples {size:,}", path, make_submission(size, path)))
        if turtle_mb:
            path = scratch / f"submission-{turtle_mb:g}MB.ttl"
            cases.append(Case(f"Turtle {turtle_mb:g} MB", path, make_turtle(turtle_mb, path)))
        if args.national_dump:
            cases.append(Case(f"national graph ({args.national_dump.name})", args.national_dump,
                              count_lines(args.national_dump)))
        elif national:
            path = scratch / f"national-{national}.nt"
            start = time.perf_counter()
            triples = make_national(national, path, scratch / "national")
            case = Case(f"national graph, {national} municipalities", path, triples)
            case.notes.append(f"generated and ingested in {time.perf_counter() - start:.0f} s "
                              f"(bench/generate.py {national} municipalities × 4 documents)")
            cases.append(case)
        for case in cases:
            case.engine = measure(validation_command("engine", case.path),
                                  Limits(nice=args.nice))
            if not case.engine.finished:
                raise RuntimeError(f"the engine did not finish on {case.name}")
            cap = max(args.cap_factor * case.engine.cpu_s, args.min_cap)
            case.pyshacl = measure(
                validation_command("pyshacl", case.path),
                Limits(cpu_s=cap, memory_bytes=int(args.memory_cap_gb * 2**30),
                       wall_s=args.wall_limit or 6 * cap + 600, nice=args.nice),
            )
            print(table([case]).splitlines()[-1], flush=True)
        loads.append(" ".join(f"{x:.1f}" for x in os.getloadavg()))
        write_results(args.out, cases, args, loads, started)
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
