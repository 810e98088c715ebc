"""Open a written view in headless Chromium, as a person would, and report what happened.

Used by the browser tests, ``bench/view.py`` and ``kg view --screenshot``. Chromium runs with no network:
every host name resolves to nothing and every proxied request goes to a closed port, so a page that tried
to fetch a script would visibly fail, and the performance log still records the attempt, which is what
the tests look at. Needs the Debian packages ``chromium`` and ``chromium-driver`` (or KG_CHROMIUM and
KG_CHROMEDRIVER naming the binaries) and the ``browser`` extra (selenium).
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import KgError

LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:", "chrome:", "chrome-extension:", "devtools:")
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-extensions",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--proxy-server=127.0.0.1:9",
    "--lang=zh-CN",
)


@dataclass
class PageReport:
    """What loading a page did: how long the layout took to settle, what it logged and requested."""

    stabilized_ms: int
    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    @property
    def external_requests(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(LOCAL_SCHEMES)]


def _binary(env: str, *names: str) -> str:
    configured = os.environ.get(env)
    if configured:
        return configured
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    raise KgError(f"no {names[0]} found", f"install the Debian packages chromium and chromium-driver, or set {env}")


def available() -> str | None:
    """None when headless Chromium can run here, else why not (for a skip message)."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install 'kg[browser]')"
    try:
        _binary("KG_CHROMIUM", "chromium", "chromium-browser", "google-chrome")
        _binary("KG_CHROMEDRIVER", "chromedriver")
    except KgError as exc:
        return str(exc)
    return None


@contextmanager
def chromium(width: int = 1400, height: int = 900) -> Iterator[Any]:
    """A selenium driver for headless Chromium with no network; closed on exit."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        raise KgError("selenium is not installed", "pip install 'kg[browser]'") from None
    os.environ.setdefault("SE_AVOID_STATS", "true")  # selenium-manager is not used (both paths given); belt and braces
    options = webdriver.ChromeOptions()
    options.binary_location = _binary("KG_CHROMIUM", "chromium", "chromium-browser", "google-chrome")
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--window-size={width},{height}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    service = Service(executable_path=_binary("KG_CHROMEDRIVER", "chromedriver"))
    driver = webdriver.Chrome(options=options, service=service)
    try:
        # --window-size is the window, browser frame included: headless Chromium's page is ~140 px shorter.
        # The page (and so a screenshot) gets exactly the size asked for.
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )
        yield driver
    finally:
        driver.quit()


def open_view(driver: Any, page: Path, timeout: float = 120.0) -> PageReport:
    """Load a kg view and wait until its layout has settled; report console errors and requests."""
    driver.get(Path(page).resolve().as_uri())
    deadline = time.monotonic() + timeout
    while not driver.execute_script("return Boolean(window.kgView && window.kgView.ready)"):
        if time.monotonic() > deadline:
            raise KgError(f"the view {page} did not settle within {timeout:.0f} s")
        time.sleep(0.05)
    stabilized = int(driver.execute_script("return window.kgView.stabilizedMs"))
    return PageReport(stabilized, console_errors(driver), requests(driver))


def console_errors(driver: Any) -> list[str]:
    """Console messages at error level (uncaught exceptions included) since the last call."""
    return [entry["message"] for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


def requests(driver: Any) -> list[str]:
    """URLs the page asked for since the last call (from Chromium's performance log)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def screenshot(page: Path, png: Path, width: int = 1400, height: int = 900) -> PageReport:
    """Save a PNG of the settled view."""
    with chromium(width, height) as driver:
        report = open_view(driver, page)
        driver.execute_script("window.kgView.network.fit({animation: false})")
        time.sleep(0.2)
        driver.save_screenshot(str(png))
    return report
