"""A Slack channel export read as the channel shows it: messages' words without mentions,
and the forms a workflow posts (Block Kit fields 「*label*\\nvalue」) as one table, a row
per message. Fictional names and figures."""

from __future__ import annotations

import json
from pathlib import Path

from loaders.formats import read_source


def _form(number: str, name: str, grade: str) -> dict[str, object]:
    fields = [("取組番号", number), ("取組名", name), ("所管課", "架空推進課"), ("R7評価", grade)]
    return {
        "type": "message", "subtype": "bot_message", "ts": "1.0",
        "text": "取組報告が提出されました",
        "blocks": [{"type": "section", "fields": [
            {"type": "mrkdwn", "text": f"*{label}*\n{value}"} for label, value in fields
        ]}],
    }  # fmt: skip


_CHANNEL = [
    {"type": "message", "subtype": "channel_join", "ts": "0.5", "text": "<@U1>さんが参加しました"},
    {"type": "message", "ts": "0.9", "user": "U1",
     "text": "<!channel> 本日が提出期限です。<https://example.invalid/form|報告フォーム>から提出してください。"},
    _form("Ⅰ-1-①", "架空収納率の向上", "A"),
    _form("Ⅰ-1-②", "架空窓口の改善", "B"),
]  # fmt: skip


def test_workflow_forms_are_one_table_and_messages_their_words(tmp_path: Path) -> None:
    path = tmp_path / "2026-04-24.json"
    path.write_text(json.dumps(_CHANNEL, ensure_ascii=False), encoding="utf-8")
    lines = read_source(path).text.splitlines()
    assert "本日が提出期限です。報告フォームから提出してください。" in lines
    assert "取組番号\t取組名\t所管課\tR7評価" in lines
    assert "Ⅰ-1-①\t架空収納率の向上\t架空推進課\tA" in lines
    assert "Ⅰ-1-②\t架空窓口の改善\t架空推進課\tB" in lines
    assert not any("参加しました" in line or line[:2] == "ts" for line in lines)
