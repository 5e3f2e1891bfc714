"""Fuzzing the HTTP API from its own OpenAPI description (issue 11): schemathesis sends
generated requests to every operation of a live service; none is answered 5xx except the
declared 503 (busy, timed out), and every answer fits the schema the service publishes.

Bounded (a few examples per operation, no deadline) so that the suite stays fast; requests
carry no token, so nothing is written.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import response_schema_conformance

from tests.http.conftest import ServeStore

EXAMPLES_PER_OPERATION = 25


@pytest.fixture(scope="module")
def fuzzed_url(serve_store: ServeStore, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("fuzz")
    with serve_store(folder / "store", submissions_dir=folder / "submissions") as url:
        yield url


@pytest.fixture(scope="module")
def api_schema(fuzzed_url: str) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_url(f"{fuzzed_url}/openapi.json")



def fuzz_every_operation(api_schema: schemathesis.BaseSchema, fuzzed_url: str,
                         check: Callable[[schemathesis.Case, schemathesis.Response], None]) -> int:
    """Run `check` on the answers to generated requests for every operation; how many ran.

    (schemathesis' own pytest fixture loader does not work with this pytest, so the cases are
    drawn from each operation's hypothesis strategy here.)"""
    operations = [result.ok() for result in api_schema.get_all_operations()]
    for operation in operations:

        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def run(case: schemathesis.Case) -> None:
            check(case, case.call(base_url=fuzzed_url, timeout=60))

        run()
    return len(operations)


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



def test_no_operation_answers_5xx_but_a_declared_503(
    api_schema: schemathesis.BaseSchema, fuzzed_url: str
) -> None:
    def no_server_error(case: schemathesis.Case, response: schemathesis.Response) -> None:
        assert response.status_code < 500 or response.status_code == 503, (
            f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:300]}"
        )

    assert fuzz_every_operation(api_schema, fuzzed_url, no_server_error) > 20


def test_every_answer_fits_the_published_schema(
    api_schema: schemathesis.BaseSchema, fuzzed_url: str
) -> None:
    def conforms(case: schemathesis.Case, response: schemathesis.Response) -> None:
        case.validate_response(response, checks=[response_schema_conformance])

    assert fuzz_every_operation(api_schema, fuzzed_url, conforms) > 20
