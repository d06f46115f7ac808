"""Headless Chromium from the system packages, driven by Selenium (tests and screenshots).

Selenium's own browser download cannot work here: the system's chromium and
chromium-driver are used. Background networking is switched off (no network).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--disable-features=Translate,OptimizationHints,MediaRouter",
)


def chromium(width: int = 360, height: int = 740, lang: str = "nl") -> tuple[Any, Path]:
    """(driver, its fresh profile folder): remove the folder after ``driver.quit()``."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if binary is None or driver_path is None:
        raise RuntimeError("install the system packages chromium and chromium-driver")
    profile = Path(tempfile.mkdtemp(prefix="kennisnet-chromium-"))
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    options.add_argument(f"--lang={lang}")
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    # The page's own viewport exactly as on a phone or tablet (touch, mobile layout).
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
    )
    driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True})
    return driver, profile
