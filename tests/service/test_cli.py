"""The `machikg` command, run in-process through `service.cli.main` (and once as a script)."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import rdflib

import service.ingest
from loaders.resources import corpus_dir
from service.cli import build_parser, main
from service.settings import Settings
from service.store import RemoteStore

SMALL_DOC = "kawasaki-kihonshisaku-VII-1-2.txt"
AmountLoader = Callable[[dict[str, int]], Callable[..., Any]]
BudgetGraph = Callable[[str, str, int], rdflib.Graph]


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MACHIKG_QUARANTINE", str(tmp_path / "quarantine"))
    monkeypatch.setenv("MACHIKG_STORE", str(tmp_path / "default-store"))
    monkeypatch.delenv("MACHIKG_ADMIN_TOKEN", raising=False)


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """One real corpus document (the smallest) with its manifest line."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / SMALL_DOC).write_bytes((corpus_dir() / SMALL_DOC).read_bytes())
    (folder / "manifest.csv").write_text(
        f"file,municipality_code,municipality,prefecture\n{SMALL_DOC},141305,川崎市,神奈川県\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def loaded_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store on disk holding the smallest corpus document, made with `machikg ingest`."""
    folder = tmp_path_factory.mktemp("cli-corpus")
    (folder / SMALL_DOC).write_bytes((corpus_dir() / SMALL_DOC).read_bytes())
    (folder / "manifest.csv").write_text(
        f"file,municipality_code,municipality\n{SMALL_DOC},141305,川崎市\n", encoding="utf-8"
    )
    store = folder / "store"
    assert main(["ingest", str(folder), "--store", str(store), "--no-progress"]) == 0
    return store


def stderr_errors(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("machikg: ")]


# -- ingest -----------------------------------------------------------------------------


def test_ingest_prints_each_loaded_document_and_exits_0(
    small_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["ingest", str(small_corpus), "--store", str(tmp_path / "s"), "--no-progress"])
    out, err = capsys.readouterr()
    assert code == 0
    assert out.startswith(f"loaded  {SMALL_DOC} (")
    assert err == "1 loaded, 0 quarantined, 0 failed\n"


def test_ingest_of_a_violating_document_exits_1_and_names_the_report(
    document_dir: Path,
    tmp_path: Path,
    amount_loader: AmountLoader,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    loader = amount_loader({"a.txt": -5, "b.txt": -5, "c.txt": -5})
    monkeypatch.setattr(service.ingest, "default_loader", lambda: loader)
    code = main(["ingest", str(document_dir / "a.txt"), "--store", str(tmp_path / "s")])
    errors = stderr_errors(capsys.readouterr().err)
    assert code == 1
    report = tmp_path / "quarantine" / "a.txt" / "report.txt"
    assert len(errors) == 1
    assert errors[0].startswith("machikg: a.txt: ")
    assert errors[0].endswith(f"SHACL violation(s), not stored; see {report}")


def test_ingest_with_a_missing_manifest_column_gives_one_message_and_exits_2(
    document_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (document_dir / "manifest.csv").write_text("file,municipality\na.txt,柏市\n", encoding="utf-8")
    code = main(["ingest", str(document_dir), "--store", str(tmp_path / "s")])
    assert code == 2
    assert stderr_errors(capsys.readouterr().err) == [
        f"machikg: {document_dir / 'manifest.csv'}: missing column 'municipality_code'"
        " (has: file, municipality)"
    ]


def test_ingest_of_an_empty_file_gives_one_message_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code = main(
        [
            "ingest",
            str(tmp_path / "empty.txt"),
            "--municipality-code",
            "122173",
            "--municipality",
            "柏市",
            "--store",
            str(tmp_path / "s"),
        ]
    )
    errors = stderr_errors(capsys.readouterr().err)
    assert code == 2
    assert len(errors) == 1
    assert "empty.txt" in errors[0] and "empty" in errors[0].split("empty.txt", 1)[1]


def test_ingest_needs_both_municipality_options(
    small_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "ingest",
            str(small_corpus / SMALL_DOC),
            "--municipality-code",
            "141305",
            "--store",
            str(tmp_path / "s"),
        ]
    )
    assert code == 2
    assert stderr_errors(capsys.readouterr().err) == [
        "machikg: give both --municipality-code and --municipality"
    ]


def test_ingest_into_a_store_held_by_serve_explains_what_to_do(
    small_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "held"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]);"
            " print('ready', flush=True); sys.stdin.read()",
            str(store),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        code = main(["ingest", str(small_corpus), "--store", str(store)])
    finally:
        holder.communicate("")
    assert code == 3
    assert stderr_errors(capsys.readouterr().err) == [
        f"machikg: store {store} is in use by another process (is `machikg serve` running?):"
        " stop it, or send the documents to the running service with --endpoint URL --token TOKEN"
    ]


def test_ingest_sends_documents_to_a_running_service(
    small_corpus: Path, machikg_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "ingest",
            str(small_corpus),
            "--endpoint",
            machikg_server,
            "--token",
            "test-admin-token",
            "--no-progress",
        ]
    )
    assert code == 0
    with RemoteStore(machikg_server) as served:
        assert f"https://w3id.org/machikg/graph/141305/{SMALL_DOC}" in served.named_graphs()


def test_ingest_to_a_service_without_the_token_fails_clearly(
    small_corpus: Path, machikg_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["ingest", str(small_corpus), "--endpoint", machikg_server, "--no-progress"]
    code = main([*args, "--force"])  # --force: the corpus may be stored already, unchanged
    assert code == 2
    [error] = stderr_errors(capsys.readouterr().err)
    assert error.endswith(
        "the service refused the request (HTTP 401): give the admin token with --token"
    )


# -- query ------------------------------------------------------------------------------

COUNT_GRAPHS = (
    "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }"
    ' FILTER(!CONTAINS(STR(?g), "/graph/vocabulary/")) }'
)
BIND_QUERY = "SELECT ?name WHERE { BIND(?who AS ?name) }"


def test_query_prints_csv_when_not_on_a_terminal(
    loaded_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", COUNT_GRAPHS, "--store", str(loaded_store)]) == 0
    assert capsys.readouterr().out.splitlines() == ["n", "1"]


def test_query_binds_a_plain_string(loaded_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "query",
            "SELECT ?who WHERE {}",
            "--bind",
            "who=川崎市",
            "--format",
            "tsv",
            "--store",
            str(loaded_store),
        ]
    )
    assert code == 0
    assert capsys.readouterr().out.splitlines() == ["?who", '"川崎市"']


def test_query_binds_a_typed_literal(
    loaded_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "query",
            "SELECT ?y WHERE {}",
            "--bind",
            "y=2017^^xsd:integer",
            "--format",
            "json",
            "--store",
            str(loaded_store),
        ]
    )
    assert code == 0
    binding = json.loads(capsys.readouterr().out)["results"]["bindings"][0]["y"]
    assert binding["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"


def test_query_binds_an_iri(loaded_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "query",
            "SELECT ?t WHERE { BIND(isIRI(?x) AS ?t) }",
            "--bind",
            "x=<https://example.org/a>",
            "--store",
            str(loaded_store),
        ]
    )
    assert code == 0
    assert capsys.readouterr().out.splitlines() == ["t", "true"]


def test_query_reads_a_rq_file_and_notes_unbound_parameters(
    loaded_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rq = tmp_path / "who.rq"
    rq.write_text("# title: who\n# param: who — a name\n" + BIND_QUERY + "\n", encoding="utf-8")
    assert main(["query", str(rq), "--store", str(loaded_store)]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == ["name", ""]
    assert stderr_errors(captured.err) == [
        f"machikg: {rq}: note: parameter ?who is not bound (--bind who=VALUE)"
    ]


def test_query_table_format_shows_rows(
    loaded_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", COUNT_GRAPHS, "--format", "table", "--store", str(loaded_store)]) == 0
    out = capsys.readouterr().out
    assert "1 row(s)" in out and "│ 1 " in out


def test_bad_sparql_exits_2_with_the_parser_position(
    loaded_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["query", "SELECT * WHERE { ?s ?p }", "--store", str(loaded_store)])
    assert code == 2
    [error] = stderr_errors(capsys.readouterr().err)
    assert error.startswith("machikg: query: SPARQL syntax error: error at 1:25")


def test_a_query_failing_while_it_runs_exits_2(
    loaded_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    assert main(["query", query, "--store", str(loaded_store)]) == 2
    [error] = stderr_errors(capsys.readouterr().err)
    assert error.startswith("machikg: query: the query failed: ")


def test_a_missing_query_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", str(tmp_path / "nope.rq"), "--store", str(tmp_path)]) == 2
    assert stderr_errors(capsys.readouterr().err) == [
        f"machikg: {tmp_path / 'nope.rq'}: no such query file"
    ]


def test_a_malformed_binding_exits_2(
    loaded_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", COUNT_GRAPHS, "--bind", "oops", "--store", str(loaded_store)]) == 2
    assert stderr_errors(capsys.readouterr().err) == [
        "machikg: --bind oops: expected NAME=VALUE, e.g. --bind topic=防災"
    ]


def test_querying_a_store_that_does_not_exist_says_to_ingest_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", COUNT_GRAPHS, "--store", str(tmp_path / "none")]) == 2
    [error] = stderr_errors(capsys.readouterr().err)
    assert "does not exist yet: load documents first with `machikg ingest`" in error
    assert not (tmp_path / "none").exists()


# -- validate ---------------------------------------------------------------------------


def write_turtle(path: Path, graph: rdflib.Graph) -> Path:
    graph.serialize(path, format="turtle")
    return path


def test_validate_a_conforming_document_graph_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from loaders.manifest import read_manifest
    from loaders.pipeline import load_document

    entry = next(e for e in read_manifest(corpus_dir()) if e.file == SMALL_DOC)
    path = write_turtle(tmp_path / "doc.ttl", load_document(entry, base="https://x.org").graph)
    assert main(["validate", str(path), "--lang", "en"]) == 0
    assert "Conforms (violations: 0" in capsys.readouterr().out


def test_validate_a_violating_graph_exits_1_with_a_report(
    tmp_path: Path, budget_graph: BudgetGraph, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_turtle(tmp_path / "bad.ttl", budget_graph("122173", "a.txt", -5))
    report = tmp_path / "report.ttl"
    assert main(["validate", str(path), "--report-ttl", str(report)]) == 1
    out = capsys.readouterr().out
    assert "不適合" in out and "mk:amount" in out
    assert report.stat().st_size > 0


def test_validate_a_document_parses_it_first(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(corpus_dir() / SMALL_DOC)]) == 0
    assert "適合 (違反: 0" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        (
            "bad.ttl",
            b"@prefix ex: <http://x/> .\nex:a ex:b .\n",
            "invalid Turtle: Parser error at line 2 column 11: . is not a valid RDF object",
        ),
        ("empty.ttl", b"", "empty: no RDF triples in this Turtle file"),
        ("garbage.nt", bytes(range(256)), "invalid N-Triples: Parser error at line 1 column 1"),
        ("bad.jsonld", b"{not json", "invalid JSON-LD: Parser error at line 1"),
        ("bad.rdf", b"<rdf:RDF", "invalid RDF/XML: syntax error"),
        ("notes.pptx", b"PK", "unknown file type '.pptx'"),
    ],
    ids=[
        "invalid-turtle",
        "empty-turtle",
        "binary-ntriples",
        "bad-jsonld",
        "bad-rdfxml",
        "unknown-type",
    ],
)
def test_validate_unreadable_rdf_exits_2_with_one_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes, problem: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert main(["validate", str(path)]) == 2
    [error] = stderr_errors(capsys.readouterr().err)
    assert error.startswith(f"machikg: {path}: {problem}")


@pytest.mark.parametrize(
    ("data", "problem"),
    [(b"", "empty"), (bytes(range(256)) * 4, "binary")],
    ids=["empty", "binary-garbage"],
)
def test_validate_an_unreadable_document_exits_2_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, problem: str
) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    code = main(["validate", str(path), "--municipality-code", "122173", "--municipality", "柏市"])
    assert code == 2
    [error] = stderr_errors(capsys.readouterr().err)
    assert "doc.txt" in error and problem in error


def test_validate_a_document_without_municipality_asks_for_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "doc.txt"
    path.write_text("令和5年度 福祉部の運営方針\n", encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    [error] = stderr_errors(capsys.readouterr().err)
    assert error.endswith("give --municipality-code CODE --municipality NAME")


MUNICIPALITY = ["--municipality-code", "122173", "--municipality", "柏市"]
TEMPLATES = Path(__file__).parents[2] / "shapes" / "templates"


def test_validate_reads_a_json_document_as_a_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "projects.json"
    path.write_text(
        json.dumps({"事業一覧": [{"事業名": "架空橋梁補修事業", "予算額": "1,200千円"}]},
                   ensure_ascii=False),
        encoding="utf-8",
    )
    assert main(["validate", str(path), *MUNICIPALITY]) == 0
    assert f"{path}: " in capsys.readouterr().out


def test_validate_reads_a_csv_that_is_no_template_as_a_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kpi.csv"
    path.write_text("指標名,基準値,目標値\n架空の利用者数,120,150\n", encoding="utf-8")
    assert main(["validate", str(path), *MUNICIPALITY]) == 0
    assert "CSV template" not in capsys.readouterr().err


def test_validate_a_csv_that_is_no_template_with_no_municipality_says_both_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kpi.csv"
    path.write_text("指標名,基準値,目標値\n架空の利用者数,120,150\n", encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    [error] = stderr_errors(capsys.readouterr().err)
    assert "not a machikg template" in error
    assert error.endswith("to check it as a document instead, give --municipality-code CODE"
                          " --municipality NAME")


def test_validate_still_reads_a_filled_in_template_as_a_template(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # as a document it would need --municipality-code; as a template it conforms
    assert main(["validate", str(TEMPLATES / "projects.sample.csv")]) == 0
    assert "233 triples" in capsys.readouterr().out


def test_validate_reads_xml_without_an_rdf_root_as_a_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "feed.xml"
    path.write_text("<?xml version='1.0'?><事業一覧><事業><事業名>架空公園整備事業</事業名>"
                    "</事業></事業一覧>", encoding="utf-8")
    assert main(["validate", str(path), *MUNICIPALITY]) == 0
    assert "invalid RDF/XML" not in capsys.readouterr().err


def test_validate_reads_xml_with_an_rdf_root_as_rdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "data.xml"
    path.write_text('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
                    "<rdf:Description", encoding="utf-8")
    assert main(["validate", str(path), *MUNICIPALITY]) == 2
    assert "invalid RDF/XML" in capsys.readouterr().err


def test_validate_a_missing_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(tmp_path / "nope.ttl")]) == 2
    assert stderr_errors(capsys.readouterr().err) == [
        f"machikg: {tmp_path / 'nope.ttl'}: no such file"
    ]


# -- export -----------------------------------------------------------------------------


def test_export_writes_nquads_to_a_file(loaded_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "dump.nq"
    assert main(["export", "-o", str(out), "--store", str(loaded_store)]) == 0
    quads = list(ox.parse(path=out, format=ox.RdfFormat.N_QUADS))
    assert len(quads) > 100
    assert {q.graph_name.value for q in quads} == {
        f"https://w3id.org/machikg/graph/141305/{SMALL_DOC}",
        "https://w3id.org/machikg/graph/vocabulary/ontology",
        "https://w3id.org/machikg/graph/vocabulary/topics",
    }


def test_export_turtle_is_one_graph(
    loaded_store: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["export", "--format", "turtle", "--store", str(loaded_store)]) == 0
    graph = rdflib.Graph().parse(data=capsysbinary.readouterr().out, format="turtle")
    assert len(graph) > 100


def test_export_of_a_store_that_does_not_exist_exits_2(tmp_path: Path) -> None:
    assert main(["export", "--store", str(tmp_path / "none")]) == 2


# -- serve ------------------------------------------------------------------------------


def test_serve_hands_its_options_to_the_http_service(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[tuple[Settings, str, int]] = []
    fake = types.ModuleType("service.http.server")
    fake.serve = lambda settings, *, host, port: calls.append((settings, host, port))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "service.http.server", fake)
    code = main(
        [
            "serve",
            "--host",
            "0.0.0.0",
            "--port",
            "8123",
            "--admin-token",
            "s3cret",
            "--timeout",
            "5",
            "--store",
            str(tmp_path / "s"),
        ]
    )
    assert code == 0
    [(settings, host, port)] = calls
    assert (host, port, settings.admin_token, settings.query_timeout_s, settings.store_path) == (
        "0.0.0.0",
        8123,
        "s3cret",
        5.0,
        tmp_path / "s",
    )


def test_serve_refuses_a_non_positive_timeout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--timeout", "0"]) == 2
    assert stderr_errors(capsys.readouterr().err) == [
        "machikg: --timeout must be positive, got 0.0"
    ]


# -- the command framework ----------------------------------------------------------------


@pytest.mark.parametrize("command", ["ingest", "query", "validate", "export", "serve"])
def test_every_command_help_has_an_example_and_the_exit_codes(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    out = capsys.readouterr().out
    assert exited.value.code == 0
    assert f"machikg {command}" in out.split("example:", 1)[1]
    assert "exit codes:" in out and "--store DIR" in out


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "Typical session:" in capsys.readouterr().err


def test_a_command_module_that_does_not_exist_is_skipped() -> None:
    parser = build_parser(("query", "no_such_command_yet"))
    subcommands = next(a for a in parser._actions if a.dest == "command")
    assert list(subcommands.choices) == ["query"]  # type: ignore[arg-type]


def test_a_plugin_gets_the_common_options(monkeypatch: pytest.MonkeyPatch) -> None:
    plugin = types.ModuleType("service.commands.fake_plugin")

    def register(subparsers: Any) -> None:
        sub = subparsers.add_parser("fake-plugin")
        sub.set_defaults(func=lambda args: 0 if args.store == "S" and args.base == "B" else 9)

    plugin.register = register  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "service.commands.fake_plugin", plugin)
    args = build_parser(("fake_plugin",)).parse_args(["fake-plugin", "--store", "S", "--base", "B"])
    assert args.func(args) == 0


def test_a_broken_plugin_is_reported_only_when_used(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(
        sys.modules, "service.commands.broken", types.ModuleType("service.commands.broken")
    )  # no register()
    parser = build_parser(("query", "broken"))
    args = parser.parse_args(["broken"])
    assert args.func(args) == 3
    assert stderr_errors(capsys.readouterr().err)[0].startswith(
        "machikg: the 'broken' command cannot be loaded: AttributeError"
    )


def test_the_console_script_runs(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("machikg")
    assert script.exists(), "install the project: pip install -e ."
    done = subprocess.run(
        [str(script), "query", "SELECT * WHERE { ?s }", "--store", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("machikg: query: SPARQL syntax error: error at 1:")
    assert done.stdout == ""


def test_serve_on_a_store_in_use_exits_unavailable_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from service.cli import EXIT_UNAVAILABLE, main
    from service.store import EmbeddedStore

    holder = EmbeddedStore(tmp_path / "store")  # another process would hold the lock too
    try:
        code = main(["serve", "--store", str(tmp_path / "store"), "--port", "0"])
    finally:
        holder.close()
    assert code == EXIT_UNAVAILABLE
    assert "in use" in capsys.readouterr().err
