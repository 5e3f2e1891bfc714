"""Issue 11, finding 5 (stored XSS through IRIs), checked where it happened: in a real headless
Chromium. Every probe form of the report is stored, the resource page and the query page are
opened, every link is clicked, and no script of the data ever runs: no dialog, no navigation
to a `javascript:`/`data:`/`vbscript:` URL, and the Content-Security-Policy stops inline script
even when it gets into the page.

Chromium resolves no host name but 127.0.0.1 (`--host-resolver-rules`), so clicking a link to
another site makes no traffic.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from service.settings import DEFAULT_BASE
from tests.http.conftest import ServeStore
from tests.http.headless_chromium import NEEDS_CHROMIUM, chromium

pytestmark = NEEDS_CHROMIUM

GRAPH = "http://example.org/xss-probe"
SEE_ALSO = "http://www.w3.org/2000/01/rdf-schema#seeAlso"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
COMMENT = "http://www.w3.org/2000/01/rdf-schema#comment"
PROBE = f"{DEFAULT_BASE}/id/xss/probe"
# The forms the probe used. `<` and `"` cannot stand in an IRI, so they come percent-encoded.
SCRIPT_IRIS = [
    "javascript:alert(document.domain)",
    "JavaScript:alert(document.domain)",
    "data:text/html,%3Cscript%3Ealert(document.domain)%3C/script%3E",
    "data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+",
    "vbscript:msgbox(document.domain)",
]
ENCODED_IRIS = [  # instance IRIs (linked to their page here) with `"` and `<` percent-encoded
    f"{DEFAULT_BASE}/id/xss/%22%3E%3Cscript%3Ealert(document.domain)%3C/script%3E",
    f"{DEFAULT_BASE}/id/xss/x%22onmouseover=%22alert(document.domain)",
]
SCRIPT_LITERALS = [
    "<script>alert(document.domain)</script>",
    "<img src=x onerror=alert(document.domain)>",
]
SCRIPT_SCHEMES = ("javascript:", "data:", "vbscript:")


def n_triples() -> bytes:
    lines = [f'<{PROBE}> <{LABEL}> "probe"@ja .']
    lines += [f"<{PROBE}> <{SEE_ALSO}> <{iri}> ." for iri in SCRIPT_IRIS + ENCODED_IRIS]
    lines += [f'<{PROBE}> <{COMMENT}> "{text}" .' for text in SCRIPT_LITERALS]
    lines += [f"<{iri}> <{SEE_ALSO}> <{PROBE}> ." for iri in SCRIPT_IRIS]  # "referred to by"
    return ("\n".join(lines) + "\n").encode()


@pytest.fixture(scope="module")
def probe_url(
    serve_store: ServeStore,
    tmp_path_factory: pytest.TempPathFactory,
    admin_headers: dict[str, str],
) -> Iterator[str]:
    """A service holding the probe data, stored the way an attacker with a token would."""
    with serve_store(tmp_path_factory.mktemp("xss") / "store") as url:
        response = httpx.put(f"{url}/store", params={"graph": GRAPH}, content=n_triples(),
                             headers={"Content-Type": "application/n-triples", **admin_headers},
                             timeout=60)
        assert response.status_code in (201, 204), response.text
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    # Chromium resolves 127.0.0.1 only (a clicked link to another site goes nowhere); a
    # dialog stays open (is not dismissed by the driver) so that the test can see it
    with chromium(
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        capabilities={"unhandledPromptBehavior": "ignore"},
    ) as driver:
        driver.set_page_load_timeout(30)
        yield driver


def open_dialog(driver: Any) -> str | None:
    """The text of a dialog (alert, confirm, prompt) open in any window, else None."""
    from selenium.common.exceptions import NoAlertPresentException

    for handle in driver.window_handles:
        driver.switch_to.window(handle)
        try:
            return str(driver.switch_to.alert.text)
        except NoAlertPresentException:
            continue
    return None


def window_urls(driver: Any) -> list[str]:
    urls = []
    for handle in driver.window_handles:
        driver.switch_to.window(handle)
        urls.append(driver.current_url)
    return urls


def close_other_windows(driver: Any) -> None:
    first, *others = driver.window_handles
    for handle in others:
        driver.switch_to.window(handle)
        driver.close()
    driver.switch_to.window(first)


def settled(driver: Any) -> None:
    """Wait until every window has loaded: a script a click started has had its turn."""
    from selenium.webdriver.support.ui import WebDriverWait

    for handle in driver.window_handles:
        driver.switch_to.window(handle)
        if open_dialog(driver) is not None:
            return
        WebDriverWait(driver, 30).until(
            lambda d: d.execute_script("return document.readyState") == "complete")


def hrefs(driver: Any) -> list[str]:
    return list(driver.execute_script(
        "return [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))"))


def click_every_link(driver: Any, open_page: Any) -> list[str]:
    """Open the page afresh for each of its links, click it; the URLs every window showed."""
    from selenium.webdriver.common.by import By

    open_page()
    count = len(driver.find_elements(By.CSS_SELECTOR, "a[href]"))
    assert count > 0
    visited = []
    for index in range(count):
        open_page()
        link = driver.find_elements(By.CSS_SELECTOR, "a[href]")[index]
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
        link.click()
        settled(driver)
        assert open_dialog(driver) is None, f"a dialog opened after clicking link {index}"
        visited += window_urls(driver)
        close_other_windows(driver)
    return visited


def open_resource_page(driver: Any, url: str) -> None:
    driver.get(f"{url}/id/xss/probe")


def run_probe_query(driver: Any, url: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(f"{url}/")
    query = (f"SELECT ?s ?o WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}"
             " ORDER BY STR(?s) STR(?o)")
    driver.execute_script("document.getElementById('query').value = arguments[0]", query)
    driver.find_element(By.ID, "run").click()
    WebDriverWait(driver, 30).until(
        lambda d: len(d.find_elements(By.CSS_SELECTOR, "#results tbody tr")) > 0)


def test_resource_page_shows_every_probe_as_text_and_none_as_a_link(
    browser: Any, probe_url: str
) -> None:
    open_resource_page(browser, probe_url)
    text = browser.find_element("tag name", "body").text
    for probe in SCRIPT_IRIS + SCRIPT_LITERALS:
        assert probe in text
    assert not [h for h in hrefs(browser) if h.strip().lower().startswith(SCRIPT_SCHEMES)]
    assert browser.execute_script("return document.querySelectorAll('img[onerror]').length") == 0
    assert open_dialog(browser) is None


def test_clicking_every_link_of_the_resource_page_runs_no_script(
    browser: Any, probe_url: str
) -> None:
    visited = click_every_link(browser, lambda: open_resource_page(browser, probe_url))
    assert not [u for u in visited if u.lower().startswith(SCRIPT_SCHEMES)]


def test_clicking_the_probe_texts_of_the_resource_page_does_nothing(
    browser: Any, probe_url: str
) -> None:
    from selenium.webdriver.common.by import By

    open_resource_page(browser, probe_url)
    page = browser.current_url
    shown = [e for e in browser.find_elements(By.CSS_SELECTOR, ".iri") if e.text in SCRIPT_IRIS]
    assert {e.text for e in shown} == set(SCRIPT_IRIS)
    for element in shown:
        element.click()
        settled(browser)
        assert open_dialog(browser) is None
        assert window_urls(browser) == [page]


def test_query_page_shows_probe_iris_as_text_and_none_as_a_link(
    browser: Any, probe_url: str
) -> None:
    from selenium.webdriver.common.by import By

    run_probe_query(browser, probe_url)
    cells = [td.text for td in browser.find_elements(By.CSS_SELECTOR, "#results tbody td")]
    for probe in SCRIPT_IRIS:
        assert probe in cells
    assert any(probe in cell for cell in cells for probe in SCRIPT_LITERALS)
    assert not [h for h in hrefs(browser) if h.strip().lower().startswith(SCRIPT_SCHEMES)]
    assert open_dialog(browser) is None


def test_clicking_every_link_of_the_query_results_runs_no_script(
    browser: Any, probe_url: str
) -> None:
    visited = click_every_link(browser, lambda: run_probe_query(browser, probe_url))
    assert not [u for u in visited if u.lower().startswith(SCRIPT_SCHEMES)]


def test_policy_stops_an_inline_script_that_got_into_the_page(
    browser: Any, probe_url: str
) -> None:
    open_resource_page(browser, probe_url)
    outcome = browser.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        document.addEventListener("securitypolicyviolation",
            e => done({ran: window.injectedRan === true, directive: e.effectiveDirective}));
        const script = document.createElement("script");
        script.textContent = "window.injectedRan = true;";
        document.body.append(script);
        """
    )
    assert outcome == {"ran": False, "directive": "script-src-elem"}


def test_policy_stops_a_javascript_link_that_got_into_the_page(
    browser: Any, probe_url: str
) -> None:
    open_resource_page(browser, probe_url)
    link = browser.execute_script(
        "const a = document.createElement('a'); a.href = 'javascript:alert(document.domain)';"
        " a.id = 'injected'; a.textContent = 'injected'; document.body.prepend(a); return a;")
    link.click()
    settled(browser)
    assert open_dialog(browser) is None


def test_the_dialog_check_sees_a_javascript_link_run_where_no_policy_applies(
    browser: Any,
) -> None:
    """The control: on a page without the policy the same click does open a dialog, so the
    tests above would see one if the service let a script run."""
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get("about:blank")
    link = browser.execute_script(
        "const a = document.createElement('a'); a.href = 'javascript:alert(\"probe\")';"
        " a.textContent = 'injected'; document.body.append(a); return a;")
    link.click()
    WebDriverWait(browser, 30).until(lambda d: open_dialog(d) is not None)
    assert open_dialog(browser) == "probe"
    browser.switch_to.alert.dismiss()
