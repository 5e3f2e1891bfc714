"""A large SELECT starts arriving long before it is finished."""

from __future__ import annotations

import time

import httpx

VALUES = " ".join(str(i) for i in range(100))
LARGE = f"SELECT * {{ VALUES ?a {{ {VALUES} }} VALUES ?b {{ {VALUES} }} VALUES ?c {{ {VALUES} }} }}"


def test_large_select_streams(readonly_url: str) -> None:
    httpx.get(f"{readonly_url}/sparql", params={"query": "ASK {}"})  # warm up the store host
    started = time.monotonic()
    first_byte = None
    size = 0
    with httpx.stream("GET", f"{readonly_url}/sparql", params={"query": LARGE},
                      headers={"Accept": "text/tab-separated-values"}, timeout=60) as response:
        assert response.status_code == 200
        for chunk in response.iter_bytes():
            if first_byte is None:
                first_byte = time.monotonic() - started
            size += len(chunk)
    total = time.monotonic() - started
    assert size > 1_000_000
    assert first_byte is not None
    # streamed, the first bytes come at ~a tenth of the time; buffered, with the last ones.
    # Half leaves room for a busy machine's pause before the first (seen once in CI: 0.17 of
    # 0.48 s, where a quarter was asked)
    assert first_byte < total / 2, f"first byte after {first_byte:.2f}s of {total:.2f}s"
