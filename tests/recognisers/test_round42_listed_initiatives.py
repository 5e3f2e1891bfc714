"""Initiatives listed the ways plans print them: a 「主な取組：A、B」 field right under a level
of the system (「◆施策1-(1)　名称」), and a numbered list whose entry opens with a figure run
into a word (「1.　1人1台端末を活用した学びの推進」, a Google Docs export). Fictional."""

from __future__ import annotations

from tests.recognisers._facts_of import parsed_as_read

_ARTICLE = (
    "<html><body><h1>架空戦略 基本目標ごとの成果</h1><h2>■基本目標1　架空のしごと</h2>"
    "<p>◆施策1-(1)　架空産業の振興<br>主な取組：架空セミナーによる起業の促進、"
    "架空企業の販路開拓の支援<br>（担当：架空部 架空課）</p>"
    "<p>◆施策1-(2)　架空農業の発展<br>主な取組：架空研修の実施、架空梨の販路拡大</p>"
    "</body></html>"
)

_PLAN = (
    "#### **施策1-2-1　架空の学びの育成**\n\n**主な取組**\n\n"
    "1. **1人1台端末を活用した架空の学び**  \n   端末を活用した学びを進めます。\n"
    "2. **架空児童生徒への支援の充実**  \n   支援センターを設置します。\n"
)


def test_a_listing_field_under_a_level_files_each_entry_under_it() -> None:
    facts = parsed_as_read(_ARTICLE, "x.html")
    found = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert {("架空セミナーによる起業の促進", ("1-(1)",)), ("架空企業の販路開拓の支援", ("1-(1)",)),
            ("架空研修の実施", ("1-(2)",))} <= found  # fmt: skip


def test_a_numbered_entry_opening_with_a_figure_is_an_entry() -> None:
    facts = parsed_as_read(_PLAN, "x.md")
    found = {(i.name, tuple(i.policy_codes)) for i in facts.initiatives}
    assert ("1人1台端末を活用した架空の学び", ("1-2-1",)) in found
    assert ("架空児童生徒への支援の充実", ("1-2-1",)) in found
