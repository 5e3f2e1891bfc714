"""Issue 11, finding 8: a 500 tells the client an incident id and nothing of what failed inside
(exception classes and messages tell an attacker what is behind the service)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from service.http.store_host import StoreHost
from tests.http.conftest import ServeStore

# an operation the store host does not have: it fails inside the host with an AttributeError
# whose message names the canary
CANARY = "canary_operation_7f3a"


def test_500s_show_no_exception_details_only_an_incident_id(
    serve_store: ServeStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    send = StoreHost.send

    def send_broken_query(
        self: StoreHost, operation: str, arguments: dict[str, Any], *, timeout_s: float
    ) -> Any:
        if operation == "query":
            operation = CANARY
        return send(self, operation, arguments, timeout_s=timeout_s)

    monkeypatch.setattr(StoreHost, "send", send_broken_query)
    with serve_store(tmp_path / "store") as url:
        response = httpx.get(f"{url}/sparql", params={"query": "ASK {}"}, timeout=60)
    assert response.status_code == 500
    assert re.search(r"\bincident \d+\b", response.text)
    for detail in (CANARY, "AttributeError", "Error:", "Traceback", "Host", "do_"):
        assert detail not in response.text
