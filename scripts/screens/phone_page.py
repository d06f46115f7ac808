"""Screenshots of the phone page: every step at 360x740 (phone) and 768x1024 (tablet),
Dutch and English, plus the phone at 200% zoom; saved under out/screens/phones/.

Run: PYTHONPATH=src python scripts/screens/phone_page.py
Uses the system Chromium (chromium, chromium-driver); the server listens on 127.0.0.1.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "phones"))

from phone_browser import chromium  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as seen  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

OUT = ROOT / "out" / "screens" / "phones"


def shoot(driver: object, name: str) -> None:
    driver.save_screenshot(str(OUT / f"{name}.png"))  # type: ignore[attr-defined]


def walk(url: str, lang: str, width: int, height: int, who: int, scale: int = 1) -> None:
    driver, profile = chromium(width // scale, height // scale, lang)
    if scale != 1:
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {
                "width": width // scale,
                "height": height // scale,
                "deviceScaleFactor": scale,
                "mobile": True,
            },
        )
    tag = f"{width}x{height}-{lang}" + (f"-zoom{scale * 100}" if scale != 1 else "")
    wait = WebDriverWait(driver, 10)
    try:
        driver.get(url + f"?lang={lang}")
        wait.until(seen.visibility_of_element_located((By.ID, "step-consent")))
        shoot(driver, f"{tag}-1-consent")
        driver.find_element(By.ID, "consent-yes").click()
        box = driver.find_element(By.ID, "who-input")
        box.send_keys("an")
        wait.until(seen.element_to_be_clickable((By.CSS_SELECTOR, "#who-results button")))
        shoot(driver, f"{tag}-2-who-search")
        # Each walk answers as someone else (an answer is stored once per person).
        driver.find_elements(By.CSS_SELECTOR, "#who-results button")[who].click()
        shoot(driver, f"{tag}-3-who-chosen")
        driver.find_element(By.CSS_SELECTOR, "#step-who .next").click()
        for typed in ("bram", "chantal"):
            box = driver.find_element(By.ID, "sources-input")
            box.send_keys(typed)
            wait.until(seen.element_to_be_clickable((By.CSS_SELECTOR, "#sources-results button")))
            driver.find_element(By.CSS_SELECTOR, "#sources-results button").click()
        driver.find_element(By.ID, "freq-0-weekly").click()
        driver.execute_script("window.scrollTo(0, 0)")
        shoot(driver, f"{tag}-4-sources")
        driver.execute_script("document.getElementById('sources-list').scrollIntoView()")
        shoot(driver, f"{tag}-5-sources-chosen")
        driver.find_element(By.CSS_SELECTOR, "#step-sources .next").click()
        for channel in ("colleague", "internet", "other"):
            driver.find_element(By.ID, f"channel-{channel}").click()
        shoot(driver, f"{tag}-6-channels")
        driver.find_element(By.CSS_SELECTOR, "#step-channels .next").click()
        driver.find_element(By.ID, "training-yes").click()
        shoot(driver, f"{tag}-7-training")
        driver.find_element(By.ID, "send").click()
        wait.until(seen.visibility_of_element_located((By.ID, "step-thanks")))
        shoot(driver, f"{tag}-8-thanks")
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def main() -> None:
    from kennisnet.phones.server import PhoneServer
    from kennisnet.phones.session import PhoneSession
    from kennisnet.resources import resource
    from kennisnet.store import Project

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        os.environ["KENNISNET_HOME"] = temp
        copy = Path(temp) / "demo.kennisnet"
        shutil.copy(resource("demo", "demo.kennisnet"), copy)
        with Project.open(copy, backup=False) as project:
            # The demo has answers; start a fresh wave so that everyone can answer.
            project.add_wave("Telefoons")
            session = PhoneSession(project)
            server = PhoneServer(session, "127.0.0.1", 0)
            server.start()
            try:
                walk(server.url, "nl", 360, 740, 0)
                walk(server.url, "nl", 768, 1024, 1)
                walk(server.url, "en", 360, 740, 2)
                walk(server.url, "en", 768, 1024, 3)
                walk(server.url, "nl", 360, 740, 4, scale=2)
            finally:
                server.stop()
    print(f"screenshots in {OUT}")


if __name__ == "__main__":
    main()
