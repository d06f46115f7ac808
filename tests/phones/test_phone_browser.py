"""The phone page in a real browser (system Chromium through Selenium), as a person uses it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest
from phone_browser import chromium
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as seen
from selenium.webdriver.support.ui import WebDriverWait

from kennisnet.model import Channel, Frequency, TrainingAnswer
from kennisnet.phones import codes
from kennisnet.phones.server import PhoneServer
from kennisnet.phones.session import CODES, PhoneSession
from kennisnet.store import Project

pytestmark = pytest.mark.slow


@pytest.fixture
def browser() -> Iterator[Any]:
    driver, profile = chromium(360, 740)
    driver.implicitly_wait(0)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait(driver: Any) -> WebDriverWait[Any]:
    return WebDriverWait(driver, 10)


def visible_step(driver: Any, step: str) -> None:
    wait(driver).until(seen.visibility_of_element_located((By.ID, f"step-{step}")))


def click(driver: Any, element_id: str) -> None:
    element = wait(driver).until(seen.element_to_be_clickable((By.ID, element_id)))
    element.click()


def next_button(driver: Any, step: str) -> None:
    driver.find_element(By.CSS_SELECTOR, f"#step-{step} .next").click()


def pick(driver: Any, field: str, typed: str, name: str) -> None:
    """Type part of a name and tap the person in the list."""
    box = driver.find_element(By.ID, f"{field}-input")
    box.clear()
    box.send_keys(typed)
    xpath = f"//ul[@id='{field}-results']//button[starts-with(normalize-space(.), '{name}')]"
    wait(driver).until(seen.element_to_be_clickable((By.XPATH, xpath))).click()


def stored_one(project: Project) -> Any:
    (response,) = project.snapshot().responses
    return response


def test_a_whole_answer_in_dutch(project: Project, serve: Any, browser: Any) -> None:
    server = serve(PhoneSession(project))
    browser.get(server.url + "?lang=nl")
    visible_step(browser, "consent")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nl"
    assert "Ik doe mee" in browser.page_source
    click(browser, "consent-yes")
    visible_step(browser, "who")
    next_button(browser, "who")  # nobody chosen yet: told, and stays
    assert "Kies eerst je naam" in browser.find_element(By.ID, "who-error").text
    pick(browser, "who", "br", "Bram Jansen")
    assert browser.find_element(By.ID, "who-name").text == "Bram Jansen"
    next_button(browser, "who")
    visible_step(browser, "sources")
    pick(browser, "sources", "anne de", "Anne de Vries")
    click(browser, "freq-0-weekly")
    browser.find_element(By.ID, "topic-0").send_keys("roosters")
    pick(browser, "sources", "eva", "Eva Mulder")
    click(browser, "freq-1-daily")
    written = browser.find_element(By.ID, "written-input")
    written.send_keys("Kees van Buiten", Keys.ENTER)
    assert len(browser.find_elements(By.CSS_SELECTOR, "#sources-list .source")) == 3
    next_button(browser, "sources")
    visible_step(browser, "channels")
    for channel in ("internet", "colleague", "manager"):
        click(browser, f"channel-{channel}")
    assert not browser.find_element(By.ID, "channel-ai").is_enabled()  # 3 is the most
    assert browser.find_element(By.ID, "rank-internet").text == "nummer 1"
    next_button(browser, "channels")
    visible_step(browser, "training")
    click(browser, "training-yes")
    browser.find_element(By.ID, "training-which").send_keys("BHV")
    browser.find_element(By.ID, "training-when").send_keys("2023")
    click(browser, "send")
    visible_step(browser, "thanks")
    response = stored_one(project)
    people = {p.id: p.name for p in project.people()}
    assert people[response.respondent_id] == "Bram Jansen"
    assert [(people[n.source_id], n.frequency, n.topic) for n in response.nominations] == [
        ("Anne de Vries", Frequency.WEEKLY, "roosters"),
        ("Eva Mulder", Frequency.DAILY, None),
    ]
    assert [p.written for p in project.pending_names()] == ["Kees van Buiten"]
    assert response.channels == (Channel.INTERNET, Channel.COLLEAGUE, Channel.MANAGER)
    assert response.training is TrainingAnswer.YES
    assert (response.training_which, response.training_when) == ("BHV", "2023")
    assert response.language == "nl"
    # Kept on the phone only until stored: nothing is left behind.
    assert browser.execute_script("return window.localStorage.length") == 0


def test_an_answer_in_english_survives_a_reload(project: Project, serve: Any, browser: Any) -> None:
    server = serve(PhoneSession(project))
    browser.get(server.url + "?lang=nl")
    click(browser, "lang-switch")  # the NL/EN switch
    visible_step(browser, "consent")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    click(browser, "consent-yes")
    pick(browser, "who", "chan", "Chantal Smit")
    next_button(browser, "who")
    pick(browser, "sources", "daan", "Daan van Dam")
    click(browser, "freq-0-monthly")
    browser.refresh()  # a reload halfway: the half-filled answer is still there
    visible_step(browser, "sources")
    assert browser.find_element(By.CSS_SELECTOR, "#sources-list .who").text == "Daan van Dam"
    assert browser.find_element(By.ID, "freq-0-monthly").is_selected()
    next_button(browser, "sources")
    click(browser, "channel-trial_error")
    click(browser, "channel-other")
    browser.find_element(By.ID, "channel-other-text").send_keys("YouTube")
    next_button(browser, "channels")
    click(browser, "training-dont_know")
    click(browser, "send")
    visible_step(browser, "thanks")
    response = stored_one(project)
    assert project.person(response.respondent_id).name == "Chantal Smit"  # type: ignore[union-attr]
    assert response.channels == (Channel.TRIAL_ERROR, Channel.OTHER)
    assert response.channel_other == "YouTube"
    assert response.training is TrainingAnswer.DONT_KNOW
    assert response.language == "en"


def test_a_dropped_connection_is_retried_without_a_double_answer(
    project: Project, serve: Any, browser: Any
) -> None:
    session = PhoneSession(project)
    server = serve(session)
    browser.get(server.url + "?lang=en")
    click(browser, "consent-yes")
    pick(browser, "who", "eva", "Eva Mulder")
    next_button(browser, "who")
    next_button(browser, "sources")
    click(browser, "channel-colleague")
    next_button(browser, "channels")
    click(browser, "training-no")
    port = server.address.port
    server.stop()  # the Wi-Fi drops
    click(browser, "send")
    visible_step(browser, "failed")
    assert project.response_count() == 0
    browser.refresh()  # even a reload keeps the answer (the page is served again below)
    again = PhoneServer(session, "127.0.0.1", port)
    again.start()
    try:
        browser.refresh()
        visible_step(browser, "training")
        assert browser.find_element(By.ID, "training-no").is_selected()
        click(browser, "send")
        visible_step(browser, "thanks")
    finally:
        again.stop()
    assert project.response_count() == 1
    assert project.person(stored_one(project).respondent_id).name == "Eva Mulder"  # type: ignore[union-attr]


def test_a_wrong_token_shows_a_plain_refusal(project: Project, serve: Any, browser: Any) -> None:
    server = serve(PhoneSession(project))
    browser.get(server.url.replace(server.session.token, "x" * 32) + "?lang=nl")
    heading = wait(browser).until(seen.visibility_of_element_located((By.ID, "denied")))
    assert heading.text == "Dit adres van de vragenlijst klopt niet"
    assert "Anne" not in browser.page_source


def test_personal_code_mode(project: Project, serve: Any, browser: Any) -> None:
    cards = {c.person.name: c.code for c in codes.issue_codes(project)}
    server = serve(PhoneSession(project, mode=CODES))
    browser.get(server.url + "?lang=en")
    click(browser, "consent-yes")
    visible_step(browser, "code")  # "who are you" is skipped
    assert not browser.find_element(By.ID, "step-who").is_displayed()
    box = browser.find_element(By.ID, "code-input")
    box.send_keys("ZZZZZ-ZZZZZ", Keys.ENTER)
    wait(browser).until(seen.text_to_be_present_in_element((By.ID, "code-error"), "not known"))
    box.clear()
    box.send_keys(codes.shown(cards["Anne de Vries"]).lower())
    next_button(browser, "code")  # checks the code, then moves on
    visible_step(browser, "sources")
    pick(browser, "sources", "bram", "Bram Jansen")
    next_button(browser, "sources")
    click(browser, "channel-documentation")
    next_button(browser, "channels")
    click(browser, "training-yes")
    click(browser, "send")
    visible_step(browser, "thanks")
    response = stored_one(project)
    assert project.person(response.respondent_id).name == "Anne de Vries"  # type: ignore[union-attr]
    used = [c.person.name for c in codes.code_cards(project) if c.used_at]
    assert used == ["Anne de Vries"]
    # The same card a second time: the page says so.
    browser.get(server.url + "?lang=en")
    click(browser, "consent-yes")
    box = browser.find_element(By.ID, "code-input")
    box.send_keys(cards["Anne de Vries"], Keys.ENTER)
    wait(browser).until(seen.text_to_be_present_in_element((By.ID, "code-error"), "already"))
