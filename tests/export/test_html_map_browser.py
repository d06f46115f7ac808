"""The interactive map in a real browser (the system Chromium, headless, through Selenium),
used as a person uses it: search a person, click them on the map, read their figures,
colour by something else and read the legend. Screenshots are left in the test's folder."""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from kennisnet import palette
from kennisnet.analysis import AnalysisResult
from kennisnet.export import ExportRequest, export
from kennisnet.layout import compute_layout
from kennisnet.model import SurveyData

pytestmark = pytest.mark.slow


def _phone_browser() -> Any:
    """The phone tests' Chromium set-up (system chromium and chromedriver, no network)."""
    path = Path(__file__).resolve().parents[1] / "phones" / "phone_browser.py"
    spec = importlib.util.spec_from_file_location("phone_browser", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def browser() -> Iterator[Any]:
    driver, profile = _phone_browser().chromium(1400, 900)
    driver.implicitly_wait(0)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait(driver: Any) -> WebDriverWait[Any]:
    return WebDriverWait(driver, 20)


def open_map(
    driver: Any, tmp_path: Path, demo: tuple[SurveyData, AnalysisResult, str], **options: Any
) -> tuple[Path, AnalysisResult]:
    data, result, title = demo
    target = tmp_path / "map.html"
    request = ExportRequest(html=target, title=title, on=date(2026, 12, 4), **options)
    export(result, data, request, positions=compute_layout(result))
    driver.get(target.as_uri())
    wait(driver).until(lambda d: d.execute_script("return !!(window.kennisnetMap||{}).ready"))
    return target, result


def card_value(driver: Any, metric: str) -> str:
    row = driver.find_element(By.CSS_SELECTOR, f"#card-metrics [data-metric='{metric}'] .value")
    return str(row.text)


def legend(driver: Any, list_id: str = "legend") -> list[str]:
    return [li.text for li in driver.find_elements(By.CSS_SELECTOR, f"#{list_id} li")]


def test_search_click_read_the_figures_and_switch_the_colour(
    browser: Any, tmp_path: Path, demo: tuple[SurveyData, AnalysisResult, str]
) -> None:
    _target, result = open_map(browser, tmp_path, demo, lang="en")
    # Nothing was loaded from anywhere, and the page raised no error.
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
    browser.save_screenshot(str(tmp_path / "1-opened.png"))

    # Search: type part of a name, pick the person from the list.
    person = max(result.people, key=lambda p: (p.in_degree, p.id))
    box = browser.find_element(By.ID, "search")
    box.send_keys(person.name.split()[-1][:4])
    found = f"//ul[@id='results']//button[starts-with(normalize-space(.), '{person.name}')]"
    wait(browser).until(lambda d: d.find_elements(By.XPATH, found))
    browser.find_element(By.XPATH, found).click()
    wait(browser).until(lambda d: d.find_element(By.ID, "card-name").text == person.name)
    assert card_value(browser, "in_degree") == str(person.in_degree)
    assert card_value(browser, "weighted_in_degree") == str(person.weighted_in_degree)
    assert card_value(browser, "gatekeeper_of") == str(person.gatekeeper_of)
    assert card_value(browser, "pagerank") == f"{person.pagerank:.3f}"
    learners = browser.find_element(By.ID, "card-learners-title").text
    assert learners == f"Learn from them ({person.in_degree})"
    assert "How many colleagues say they learn from this person" in (
        browser.find_element(By.ID, "card-metrics").text
    )
    browser.save_screenshot(str(tmp_path / "2-searched.png"))

    # Click another person on the map itself (where the viewer draws them).
    other = next(p for p in result.people if p.id != person.id and p.in_degree >= 2)
    index = browser.execute_script(
        "return JSON.parse(document.getElementById('kennisnet-data').textContent)"
        ".people.label.indexOf(arguments[0])",
        other.name,
    )
    spot = browser.execute_script(
        "const n = kennisnetMap.network; n.focus(arguments[0], {scale: 2, animation: false});"
        "const p = n.getPosition(arguments[0]); const c = n.canvasToDOM(p);"
        "const box = document.getElementById('map').getBoundingClientRect();"
        "return [c.x - box.width / 2, c.y - box.height / 2];",
        index,
    )
    canvas = browser.find_element(By.CSS_SELECTOR, "#map canvas")
    ActionChains(browser).move_to_element_with_offset(canvas, spot[0], spot[1]).click().perform()
    wait(browser).until(lambda d: d.find_element(By.ID, "card-name").text == other.name)
    assert card_value(browser, "in_degree") == str(other.in_degree)
    browser.save_screenshot(str(tmp_path / "3-clicked.png"))

    # Colour by formal training: the dots and the legend change.
    assert legend(browser)[0].startswith("Cluster 1")
    Select(browser.find_element(By.ID, "colour")).select_by_visible_text("Formal training")
    wait(browser).until(lambda d: legend(d)[0] == "Formally trained")
    assert legend(browser) == ["Formally trained", "No formal training", "Training unknown"]
    trained = next(p for p in result.people if p.trained)
    colour = browser.execute_script(
        "const i = JSON.parse(document.getElementById('kennisnet-data').textContent)"
        ".people.label.indexOf(arguments[0]); return kennisnetMap.nodes.get(i).color.background",
        trained.name,
    )
    assert colour == palette.TRAINED
    Select(browser.find_element(By.ID, "colour")).select_by_visible_text("Department")
    wait(browser).until(lambda d: browser.find_element(By.ID, "legend-title").text == "Department")
    assert len(legend(browser)) >= 2
    marks = legend(browser, "legend-marks")
    assert "Dark ring: formally trained" in marks
    assert "Risk cluster: bad habits may spread" in marks
    # The risk clusters are listed and explained; "Show on the map" zooms to one.
    risks = browser.find_elements(By.CSS_SELECTOR, "#risk li")
    assert len(risks) == len(result.risk_clusters) > 0
    assert "Risk cluster" in risks[0].text
    before = browser.execute_script("return kennisnetMap.network.getScale()")
    risks[0].find_element(By.CSS_SELECTOR, "button.show").click()
    assert browser.execute_script("return kennisnetMap.network.getScale()") != before
    browser.save_screenshot(str(tmp_path / "4-department.png"))
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []


def test_a_pseudonymised_dutch_map_searches_codes(
    browser: Any, tmp_path: Path, demo: tuple[SurveyData, AnalysisResult, str]
) -> None:
    open_map(browser, tmp_path, demo, lang="nl", pseudonymise=True)
    box = browser.find_element(By.ID, "search")
    assert box.get_attribute("placeholder") == "Typ een code, bijvoorbeeld P-001"
    box.send_keys("P-00")
    first = "#results button"
    wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, first))
    code = browser.find_element(By.CSS_SELECTOR, first).text.split("\n")[0]
    browser.find_element(By.CSS_SELECTOR, first).click()
    wait(browser).until(lambda d: d.find_element(By.ID, "card-name").text == code)
    assert code.startswith("P-00")
    assert "Leerders" in browser.find_element(By.ID, "card-metrics").text
    box.clear()
    box.send_keys("Marijke")
    wait(browser).until(
        lambda d: d.find_element(By.ID, "results").text == "Niemand gevonden met die naam."
    )
    browser.save_screenshot(str(tmp_path / "5-pseudonymised.png"))


def overlapping(boxes: list[list[float]]) -> list[tuple[int, int]]:
    """Pairs of names whose boxes on the screen overlap, or stand less than 4 pixels apart
    on one line (two names that read as one)."""
    return [
        (int(a[0]), int(b[0]))
        for k, a in enumerate(boxes)
        for b in boxes[k + 1 :]
        if a[1] < b[3] + 4 and b[1] < a[3] + 4 and a[2] < b[4] and b[2] < a[4]
    ]


def names_drawn(driver: Any) -> list[list[float]]:
    driver.execute_script("kennisnetMap.network.redraw()")
    return list(driver.execute_script("return kennisnetMap.labels()"))


def test_names_never_lie_over_each_other_and_more_appear_when_zooming_in(
    browser: Any, tmp_path: Path, demo: tuple[SurveyData, AnalysisResult, str]
) -> None:
    _target, result = open_map(browser, tmp_path, demo, lang="en")
    labels = browser.execute_script(
        "return JSON.parse(document.getElementById('kennisnet-data').textContent).people.label"
    )
    person = {p.name: p for p in result.people}
    # The whole network: names where they fit, none over another, the most named first.
    whole = names_drawn(browser)
    assert whole and not overlapping(whole)
    named = {int(box[0]) for box in whole}
    assert 0 < len(named) < len(labels)
    top = max(result.key_holders, key=lambda p: (p.in_degree, -p.id))
    assert labels.index(top.name) in named
    browser.save_screenshot(str(tmp_path / "6-names-whole.png"))

    # Zoomed out further: only the key knowledge holders and dots big enough to see.
    browser.execute_script(
        "const n = kennisnetMap.network; n.moveTo({scale: n.getScale() * 0.3, animation: false})"
    )
    far = names_drawn(browser)
    scale = browser.execute_script("return kennisnetMap.network.getScale()")
    assert far and not overlapping(far) and len(far) < len(whole)
    sizes = browser.execute_script(
        "return JSON.parse(document.getElementById('kennisnet-data').textContent).people.size"
    )
    for box in far:
        p = person[labels[int(box[0])]]
        assert p.key_holder or sizes[int(box[0])] * scale >= 5, p.name
    browser.save_screenshot(str(tmp_path / "7-names-far.png"))

    # Zoomed in on someone who had no name on the whole network: now they have one.
    waiting = max(
        (i for i in range(len(labels)) if i not in named),
        key=lambda i: (person[labels[i]].in_degree, -i),
    )
    browser.execute_script(
        "kennisnetMap.network.focus(arguments[0], {scale: 4, animation: false})", waiting
    )
    near = names_drawn(browser)
    assert waiting in {int(box[0]) for box in near} and not overlapping(near)
    browser.save_screenshot(str(tmp_path / "8-names-near.png"))

    # Found with the search: the person chosen always has their name, whatever the zoom.
    browser.find_element(By.ID, "fit").click()
    quiet = min((i for i in range(len(labels)) if i not in named), key=lambda i: (sizes[i], i))
    box = browser.find_element(By.ID, "search")
    box.send_keys(labels[quiet])
    box.send_keys(Keys.ENTER)
    wait(browser).until(lambda d: d.find_element(By.ID, "card-name").text == labels[quiet])
    chosen = names_drawn(browser)
    assert int(chosen[0][0]) == quiet and not overlapping(chosen)
    browser.save_screenshot(str(tmp_path / "9-names-chosen.png"))
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
