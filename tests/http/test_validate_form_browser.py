"""The validation form works in a real headless Chromium under the strict CSP: upload a CSV
template with one bad row and read the violation in the report table, in Japanese."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.http.headless_chromium import NEEDS_CHROMIUM, chromium

pytestmark = NEEDS_CHROMIUM
SAMPLE = Path(__file__).parents[2] / "shapes" / "templates" / "projects.sample.csv"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with chromium() as driver:
        yield driver


@pytest.fixture
def bad_csv(tmp_path: Path) -> Iterator[Path]:
    """The projects sample with one budget written as a deficit (▲): negative yen."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    first_amount = lines[1].split(",")[4]
    lines[1] = lines[1].replace(first_amount, first_amount.replace('"', '"▲', 1), 1)
    path = tmp_path / "projects-with-a-bad-row.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    yield path


def test_a_bad_row_shows_as_a_violation_row_in_japanese(
    browser: object, service_url: str, bad_csv: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver = browser
    driver.get(f"{service_url}/validate")  # type: ignore[attr-defined]
    driver.find_element(By.ID, "file").send_keys(str(bad_csv))  # type: ignore[attr-defined]
    driver.find_element(By.ID, "validate").click()  # type: ignore[attr-defined]

    def table_rows(d: object) -> list[list[str]]:
        return [[td.text for td in tr.find_elements(By.TAG_NAME, "td")]
                for tr in d.find_elements(By.CSS_SELECTOR, "#report tbody tr")]  # type: ignore[attr-defined]

    WebDriverWait(driver, 30).until(lambda d: table_rows(d))
    [row] = table_rows(driver)
    severity, line, _focus, _label, path, _value, message = row
    assert (severity, line, path) == ("違反", "2:5", "mk:amount")
    assert "金額" in message
    verdict = driver.find_element(By.ID, "verdict")  # type: ignore[attr-defined]
    assert verdict.text.startswith("不適合")
    # the Japanese text is drawn with a font that has the glyphs: not as empty boxes
    width = driver.execute_script(  # type: ignore[attr-defined]
        "const c = document.createElement('canvas').getContext('2d');"
        "c.font = getComputedStyle(arguments[0]).font;"
        "return [c.measureText('違').width, c.measureText('\\u{10FFFF}').width];", verdict)
    assert width[0] > 0 and width[0] != width[1]
    logs = [entry for entry in driver.get_log("browser")  # type: ignore[attr-defined]
            if "Content Security Policy" in entry.get("message", "")]
    assert logs == []
