"""The HTML report in a real headless Chromium, offline: sections, no errors, screenshots.

Screenshots land in tests/artifacts/ (git-ignored; CI keeps them as artifacts).
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.cdp import Browser, find_chromium

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
SECTIONS = ["actions", "this-week", "encouragement", "latency", "funnel", "activity", "review"]
CHROMIUM = find_chromium()

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed (apt-get install -y chromium; CI installs it)",
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    assert CHROMIUM is not None
    chromium = Browser(CHROMIUM, tmp_path_factory.mktemp("chromium-profile"))
    try:
        chromium.send("Runtime.enable")
        chromium.send("Log.enable")
        chromium.send("Network.enable")
        chromium.send("Page.enable")
        yield chromium
    finally:
        chromium.close()


def _open(browser: Browser, path: Path, width: int, mobile: bool) -> None:
    browser.send(
        "Emulation.setDeviceMetricsOverride",
        width=width,
        height=900,
        deviceScaleFactor=2 if mobile else 1,
        mobile=mobile,
    )
    browser.events.clear()
    browser.send("Page.navigate", url=path.as_uri())
    browser.wait_for("Page.loadEventFired")


def _errors(browser: Browser) -> list[str]:
    found = []
    for event in browser.events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.exceptionThrown":
            found.append(params["exceptionDetails"].get("text", "exception"))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in {"error", "assert"}:
            found.append(str(params.get("args")))
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            found.append(params["entry"]["text"])
    return found


def _requests(browser: Browser) -> list[str]:
    return [
        e["params"]["request"]["url"]
        for e in browser.events
        if e.get("method") == "Network.requestWillBeSent"
        and not e["params"]["request"]["url"].startswith(("file:", "data:"))
    ]


def _screenshot(browser: Browser, name: str) -> Path:
    shot = browser.send("Page.captureScreenshot", format="png", captureBeyondViewport=True)
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / name
    target.write_bytes(base64.b64decode(shot["data"]))
    return target


@pytest.mark.parametrize(
    ("width", "mobile", "name"),
    [(390, True, "report-phone.png"), (1280, False, "report-desktop.png")],
    ids=["phone-390", "desktop-1280"],
)
def test_report_opens_offline_with_every_section(
    browser: Browser, report_html: Path, width: int, mobile: bool, name: str
) -> None:
    _open(browser, report_html, width, mobile)
    found = browser.evaluate("[...document.querySelectorAll('main > section')].map(s => s.id)")
    assert found == SECTIONS
    charts = browser.evaluate(
        "[...document.querySelectorAll('svg.chart')].map(s => [s.dataset.chart,"
        " Math.round(s.getBoundingClientRect().width) > 0])"
    )
    assert charts == [["km", True], ["funnel", True], ["activity", True]]
    assert _errors(browser) == []
    assert _requests(browser) == []
    # Reads on a phone: the page itself never scrolls sideways (wide tables scroll inside).
    page_width = browser.evaluate("document.documentElement.scrollWidth")
    assert page_width <= width
    shot = _screenshot(browser, name)
    assert shot.stat().st_size > 10_000
