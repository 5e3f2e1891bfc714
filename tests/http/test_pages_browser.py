"""The pages researchers read, in a real headless Chromium over the served corpus (issue 13):
Japanese is drawn with a CJK font (not tofu), the query page charts numbers and points at
syntax errors, a project page quotes its sources, an indicator page charts its targets and
actuals. Screenshots go to $MACHIKG_SCREENSHOTS, else to a pytest temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from service.settings import DEFAULT_BASE
from service.store import EmbeddedStore
from tests.http.conftest import ServeStore
from tests.http.headless_chromium import NEEDS_CHROMIUM, chromium

MK = "https://w3id.org/machikg/ontology#"
PROV = "http://www.w3.org/ns/prov#"

pytestmark = NEEDS_CHROMIUM

# Draws one character with an element's own font and returns its pixels: two characters
# that both fall back to the missing-glyph box (tofu) give the same pixels.
GLYPH_PIXELS = """
const [selector, text] = arguments;
const style = getComputedStyle(document.querySelector(selector));
const canvas = document.createElement("canvas");
canvas.width = 64; canvas.height = 64;
const context = canvas.getContext("2d");
context.font = `40px ${style.fontFamily}`;
context.fillStyle = "#000";
context.fillText(text, 4, 48);
return Array.from(context.getImageData(0, 0, 64, 64).data).join(",");
"""


@pytest.fixture(scope="module")
def url(serve_store: ServeStore, corpus_store: EmbeddedStore) -> Iterator[str]:
    with serve_store(None, admin_token=None, initial_nquads=corpus_store.export("nquads")) as u:
        yield u


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    with chromium("--window-size=1280,1400") as browser:
        yield browser


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("MACHIKG_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def _page(url: str, iri: str) -> str:
    return url + quote(iri[len(DEFAULT_BASE):], safe="/")


def _wait(driver: Any, condition: Any, seconds: float = 20) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, seconds).until(condition)


def _run(driver: Any, query: str) -> None:
    from selenium.webdriver.common.by import By

    driver.execute_script("document.getElementById('query').value = arguments[0]", query)
    driver.find_element(By.ID, "status").get_attribute("textContent")
    driver.execute_script("document.getElementById('status').textContent = ''")
    driver.find_element(By.ID, "run").click()
    _wait(driver, lambda d: d.find_element(By.ID, "status").text not in ("", "running…"))


def _save(driver: Any, folder: Path, name: str) -> Path:
    path = folder / name
    driver.save_screenshot(str(path))
    assert path.stat().st_size > 10_000
    return path


def test_japanese_is_drawn_with_a_cjk_font_not_as_tofu(driver: Any, url: str) -> None:
    driver.get(f"{url}/")

    def pixels(text: str) -> str:
        return driver.execute_script(GLYPH_PIXELS, "h1 .sub", text)

    # the detector itself: two private-use characters no font has are the same box
    assert pixels("\ue000") == pixels("\ue001")
    assert pixels("漢") != pixels("\ue000"), "漢 is drawn as the missing-glyph box (tofu)"
    assert pixels("漢") != pixels("字"), "kanji are drawn as identical boxes (tofu)"
    assert pixels("あ") != pixels("\ue000"), "kana are drawn as the missing-glyph box (tofu)"


BUDGETS = f"""PREFIX mk: <{MK}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?project ?amount WHERE {{
  ?p a mk:Project ; rdfs:label ?project ; mk:budget/mk:amount ?amount
}} ORDER BY DESC(?amount) LIMIT 12"""


def test_query_page_charts_amounts_as_bars_and_formats_them_in_yen(
    driver: Any, url: str, screenshots: Path
) -> None:
    from selenium.webdriver.common.by import By

    driver.get(f"{url}/")
    _run(driver, BUDGETS)
    rows = driver.find_elements(By.CSS_SELECTOR, "#results tbody tr")
    assert rows
    bars = driver.find_elements(By.CSS_SELECTOR, "#chart svg rect.bar")
    assert len(bars) == len(rows)
    amount = rows[0].find_elements(By.TAG_NAME, "td")[1].text
    assert amount.endswith("円") and "," in amount
    _save(driver, screenshots, "query-page-bar-chart.png")


def test_query_page_charts_a_fiscal_year_column_as_lines(
    driver: Any, url: str, screenshots: Path
) -> None:
    from selenium.webdriver.common.by import By

    driver.get(f"{url}/")
    _run(driver, f"""PREFIX mk: <{MK}>
        SELECT ?indicator ?kind ?fiscal_year ?value WHERE {{
          ?o mk:indicator/<http://www.w3.org/2000/01/rdf-schema#label> ?indicator ;
             mk:observationKind ?kind ; mk:fiscalYear/mk:year ?fiscal_year ; mk:value ?value
        }} ORDER BY ?indicator ?kind ?fiscal_year""")
    assert driver.find_elements(By.CSS_SELECTOR, "#chart svg polyline.line")
    _save(driver, screenshots, "query-page-line-chart.png")


def test_a_syntax_error_clears_the_results_and_points_at_the_token(
    driver: Any, url: str
) -> None:
    from selenium.webdriver.common.by import By

    driver.get(f"{url}/")
    _run(driver, BUDGETS)
    assert driver.find_elements(By.CSS_SELECTOR, "#results tbody tr")
    _run(driver, "SELECT * WHERE {\n  ?s ?p ?o .\n  FILTR(?o) }")
    status = driver.find_element(By.ID, "status").text
    assert "line 3, column 3" in status and "“FILTR”" in status
    assert driver.find_elements(By.CSS_SELECTOR, "#results tbody tr") == []
    assert not driver.find_element(By.ID, "chart").is_displayed()
    assert "^" in driver.find_element(By.ID, "error-context").text


def test_project_page_quotes_the_source_of_its_facts(
    driver: Any, url: str, corpus_store: EmbeddedStore, screenshots: Path
) -> None:
    from selenium.webdriver.common.by import By

    (row,) = corpus_store.select(f"""
        SELECT ?project (SAMPLE(?quote) AS ?q) WHERE {{
          ?project a <{MK}Project> ; <{MK}budget> ?b ; <{PROV}wasDerivedFrom> ?e .
          ?e <{PROV}value> ?quote }} GROUP BY ?project ORDER BY DESC(COUNT(?e)) LIMIT 1""")
    driver.get(_page(url, str(row["project"])))
    quotes = [q.text for q in driver.find_elements(By.CSS_SELECTOR, "figure.evidence blockquote")]
    assert str(row["q"]).strip() in [q.strip() for q in quotes]
    assert "円" in driver.find_element(By.ID, "statements").text
    _save(driver, screenshots, "project-page-source-quotes.png")


def test_indicator_page_charts_targets_and_actuals_by_year(
    driver: Any, url: str, corpus_store: EmbeddedStore, screenshots: Path
) -> None:
    from selenium.webdriver.common.by import By

    (row,) = corpus_store.select(f"""
        SELECT ?indicator (COUNT(DISTINCT ?o) AS ?n) WHERE {{
          ?o <{MK}indicator> ?indicator ; <{MK}fiscalYear>/<{MK}year> ?y }}
        GROUP BY ?indicator ORDER BY DESC(?n) LIMIT 1""")
    driver.get(_page(url, str(row["indicator"])))
    _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#indicator-chart svg"))
    dots = driver.find_elements(By.CSS_SELECTOR, "#indicator-chart circle.dot")
    assert len(dots) == int(row["n"])
    driver.execute_script("document.getElementById('indicator-chart').scrollIntoView()")
    _save(driver, screenshots, "indicator-page-chart.png")
