"""Fuzzing the HTTP API from its own OpenAPI description (issue 11): schemathesis sends
generated requests to every operation of a live service; none is answered 5xx except the
declared 503 (busy, timed out), and every answer fits the schema the service publishes.

Bounded (a few examples per operation, no deadline) so that the suite stays fast; requests
carry no token, so nothing is written.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import response_schema_conformance

from tests.http.conftest import ServeStore

EXAMPLES_PER_OPERATION = 8


@pytest.fixture(scope="module")
def fuzzed_url(serve_store: ServeStore, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("fuzz")
    with serve_store(folder / "store", submissions_dir=folder / "submissions") as url:
        yield url


@pytest.fixture(scope="module")
def api_schema(fuzzed_url: str) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_url(f"{fuzzed_url}/openapi.json")


schema = schemathesis.pytest.from_fixture("api_schema")


def test_openapi_schema_is_served_without_warnings_and_with_unique_operation_ids(
    fuzzed_url: str,
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # FastAPI warns about a duplicate operation id
        response = httpx.get(f"{fuzzed_url}/openapi.json", timeout=60)
    assert response.status_code == 200
    ids = [operation["operationId"] for path in response.json()["paths"].values()
           for operation in path.values()]  # fmt: skip
    assert len(ids) == len(set(ids))


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_no_operation_answers_5xx_but_a_declared_503_or_breaks_its_schema(
    case: schemathesis.Case, fuzzed_url: str
) -> None:
    response = case.call(base_url=fuzzed_url, timeout=60)
    assert response.status_code < 500 or response.status_code == 503, (
        f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:300]}"
    )
    case.validate_response(response, checks=[response_schema_conformance])
