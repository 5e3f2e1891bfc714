"""`machikg score` called in-process leaves the environment as it found it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from service.cli import main

ROOT = Path(__file__).parents[2]


def test_recognisers_only_does_not_switch_the_genre_parsers_off_for_later_callers(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Regression: the switch outlived the command, so a store built later in the same
    process (a test session's topic store) was read without the per-genre parsers."""
    monkeypatch.delenv("MACHIKG_GENRE_PARSERS", raising=False)
    gold = ROOT / "tests/data/gold-seeds.json"
    code = main(["score", str(gold), "--recognisers-only", "--store", ":memory:"])
    capsys.readouterr()
    assert code == 0
    assert "MACHIKG_GENRE_PARSERS" not in os.environ
