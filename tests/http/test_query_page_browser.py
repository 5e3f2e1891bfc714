"""The query page works in a real headless Chromium: pick an example, run it, see rows."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.http.headless_chromium import NEEDS_CHROMIUM, chromium

pytestmark = NEEDS_CHROMIUM

GRAPH = "http://example.org/browser"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
DATA = "".join(
    f'<https://w3id.org/machikg/id/x{i}> <{LABEL}> "項目{i}"@ja .\n' for i in range(3)
).encode()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with chromium() as driver:
        yield driver


@pytest.fixture(scope="module")
def page_url(service_url: str, admin_headers: dict[str, str]) -> str:
    response = httpx.put(f"{service_url}/store", params={"graph": GRAPH}, content=DATA,
                         headers={"Content-Type": "application/n-triples", **admin_headers})
    assert response.status_code in (201, 204)
    return service_url


def rows(driver: object) -> list[list[str]]:
    from selenium.webdriver.common.by import By

    return [[td.text for td in tr.find_elements(By.TAG_NAME, "td")]
            for tr in driver.find_elements(By.CSS_SELECTOR, "#results tbody tr")]  # type: ignore[attr-defined]


def test_default_query_shows_rows_in_the_table(browser: object, page_url: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver = browser
    driver.get(f"{page_url}/")  # type: ignore[attr-defined]
    driver.find_element(By.ID, "run").click()  # type: ignore[attr-defined]
    WebDriverWait(driver, 20).until(lambda d: rows(d))
    graph_cell, count_cell = rows(driver)[0]
    assert graph_cell == GRAPH
    assert count_cell.startswith("3")
    link = driver.find_element(By.CSS_SELECTOR, "#results tbody a")  # type: ignore[attr-defined]
    assert link.get_attribute("href").startswith("http")


def test_example_query_runs_from_the_menu(browser: object, page_url: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    driver = browser
    driver.get(f"{page_url}/")  # type: ignore[attr-defined]
    menu = Select(driver.find_element(By.ID, "example"))  # type: ignore[attr-defined]
    assert len(menu.options) > 1, "the page lists the queries/ examples"
    menu.select_by_index(1)
    description = driver.find_element(By.ID, "example-description").text  # type: ignore[attr-defined]
    assert description
    driver.execute_script(  # type: ignore[attr-defined]
        "document.getElementById('query').value = arguments[0]",
        f"SELECT ?s ?label WHERE {{ GRAPH <{GRAPH}> {{ ?s <{LABEL}> ?label }} }} ORDER BY ?s",
    )
    driver.find_element(By.ID, "run").click()  # type: ignore[attr-defined]
    WebDriverWait(driver, 20).until(lambda d: len(rows(d)) == 3)
    assert rows(driver)[0][1].startswith("項目0")
    status = driver.find_element(By.ID, "status").text  # type: ignore[attr-defined]
    assert status.startswith("3 rows")
    assert driver.find_element(By.ID, "download-csv").is_enabled()  # type: ignore[attr-defined]


def test_syntax_error_is_shown_on_the_page(browser: object, page_url: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver = browser
    driver.get(f"{page_url}/")  # type: ignore[attr-defined]
    driver.execute_script(  # type: ignore[attr-defined]
        "document.getElementById('query').value = 'SELECT * WHERE {'")
    driver.find_element(By.ID, "run").click()  # type: ignore[attr-defined]
    WebDriverWait(driver, 20).until(
        lambda d: "400" in d.find_element(By.ID, "status").text)
    assert "line 1" in driver.find_element(By.ID, "status").text  # type: ignore[attr-defined]
