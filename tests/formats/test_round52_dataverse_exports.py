"""Round 52: a Dataverse (Power Apps) export saved as CSV, its first columns the ones kept for
re-import — 「(変更しないでください) 行革取組」 (a record's GUID), 「… 行のチェックサム」, 「…
修正日」. Before, they were read as the table's own: the GUID column, headed by a word of the
vocabulary (取組), taken as the initiatives' names and its header as one. Fictional names."""

from __future__ import annotations

from pathlib import Path

from data_documents import facts_of, lines, write

_EXPORT = (
    "(変更しないでください) 行革取組,(変更しないでください) 行のチェックサム,"
    "(変更しないでください) 修正日,取組名,取組番号,推進項目,所管課\n"
    "ba1e190b-109d-410f-90b1-5afc7921e425,wAh21NkXoGGtWjdy=,2026/04/08 17:42,"
    "架空手続の電子化,2-1-3,2-1 架空デジタル化,架空推進課\n"
    "e6f59ae6-5295-43a0-b79b-fe0c041e0615,u9hPYzJsPilyBd=,2026/04/09 9:15,"
    "架空寄附の推進,1-1-2,1-1 架空歳入の確保,架空振興課\n"
)


def test_the_system_columns_print_nothing(tmp_path: Path) -> None:
    printed = "\n".join(lines(write(tmp_path, "torikumi.csv", _EXPORT)))
    assert "変更しないでください" not in printed
    assert "ba1e190b" not in printed and "wAh21NkX" not in printed


def test_the_data_columns_keep_their_places(tmp_path: Path) -> None:
    printed = lines(write(tmp_path, "torikumi.csv", _EXPORT))
    assert any(line.strip("\t").startswith("架空手続の電子化\t2-1-3") for line in printed)


def test_the_initiatives_are_the_named_column_not_the_guids(tmp_path: Path) -> None:
    names = {i.name for i in facts_of(write(tmp_path, "torikumi.csv", _EXPORT)).initiatives}
    assert "架空手続の電子化" in names
    assert not any("変更しないでください" in name or "-" in name[:9] for name in names)
