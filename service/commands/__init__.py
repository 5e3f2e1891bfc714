"""The `machikg` subcommands, one module each.

Plugin contract: a module here exposes `register(subparsers) -> None`, which adds its
subcommand with `subparsers.add_parser(...)` and sets `func(args) -> int` (the exit code) via
`parser.set_defaults(func=...)`. `service.cli` imports the modules named in COMMANDS, in this
order; a module that does not exist yet is skipped. Common options (`--store`, `--base`) are
added to every subcommand by the CLI unless the module already defines them.
"""

COMMANDS: tuple[str, ...] = (
    "ingest", "query", "validate", "export", "serve", "search", "score", "catalog", "fetch",
    "submissions", "backup",
)
