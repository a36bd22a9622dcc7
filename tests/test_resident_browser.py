"""The resident's pages in a real browser (Debian's chromium): axe-core finds no WCAG 2.1 AA
violations, the Arabic page is right-to-left, the pages work without JavaScript, and
screenshots at 360x740 are kept in test-artifacts/.

The app runs in a subprocess (uvicorn on a free loopback port) against a fresh SQLite database
with the migrations, the demo data and a published week for the demo resident.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
PASSWORD = "browser-test-wachtwoord"
WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
              "resultTypes": ["violations"]}
PHONE = {"width": 360, "height": 740}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no chromium at {CHROMIUM} (apt-get install chromium)"),
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    folder = tempfile.mkdtemp(prefix="wijkwerk-browser-")
    port = _free_port()
    url = f"sqlite:///{folder}/browser.sqlite3"
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root), "DATABASE_URL": url}
    log = open(Path(folder) / "server.log", "w")
    process = subprocess.Popen([sys.executable, "-m", "tests.browser_server", url, str(port), PASSWORD],
                               cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(base + "/health", timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the app did not start: " + (Path(folder) / "server.log").read_text()[-2000:])
                time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        yield instance
        instance.close()


def _page(browser, javascript: bool = True):
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript, locale="nl-NL")
    return context.new_page()


def _sign_in(page, base: str) -> None:
    page.goto(base + "/login")
    page.fill("#username", "bewoner")
    page.fill("#password", PASSWORD)
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_url(base + "/mijn")


def _no_violations(page, context=None) -> None:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, context=context, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


def _mark_progress(page) -> None:
    """My progress is the part of the page about what the resident has done and can do."""
    marked = page.evaluate("""() => {
        let n = 0;
        for (const section of document.querySelectorAll('main section')) {
            const title = section.querySelector('h2');
            if (title && /Wat ik (al gedaan heb|kan)/.test(title.textContent)) { section.dataset.axe = 'voortgang'; n++; }
        }
        return n;
    }""")
    assert marked >= 1


def test_login_page_has_no_violations(server, browser):
    page = _page(browser)
    page.goto(server + "/login")
    _no_violations(page)


def test_my_week_has_no_violations_and_is_screenshotted(server, browser):
    page = _page(browser)
    _sign_in(page, server)
    assert page.locator("#week article.shift").count() >= 1  # a real week, not an empty page
    _no_violations(page)
    _no_violations(page, "#week")
    # Open "I can't come": the form inside must pass too.
    page.locator("#week details summary").first.click()
    _no_violations(page, "#week")
    page.locator("#week details summary").first.click()
    page.evaluate("window.scrollTo(0, 0)")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "resident-week-nl-360x740.png"))


def test_my_hours_has_no_violations(server, browser):
    page = _page(browser)
    _sign_in(page, server)
    assert page.locator("#uren meter").count() == 2
    _no_violations(page, "#uren")
    _no_violations(page, "#elders")


def test_my_progress_has_no_violations(server, browser):
    page = _page(browser)
    _sign_in(page, server)
    _mark_progress(page)
    _no_violations(page, "[data-axe=voortgang]")


def test_arabic_week_is_rtl_without_violations(server, browser):
    page = _page(browser)
    _sign_in(page, server)
    page.select_option("#language-choice", "ar")
    page.click("form.language-switch button[type=submit]")
    page.wait_for_selector("html[lang=ar][dir=rtl]")
    assert page.locator("#week article.shift").count() >= 1
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]  # nothing sticks out
    _no_violations(page)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "resident-week-ar-360x740.png"))
    # Back to Dutch for the other tests (the choice is remembered per user).
    page.select_option("#language-choice", "nl")
    page.click("form.language-switch button[type=submit]")
    page.wait_for_selector("html[lang=nl]")


def test_no_horizontal_scrolling_and_big_tap_targets_at_360px(server, browser):
    page = _page(browser)
    _sign_in(page, server)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    small = page.evaluate("""() => [...document.querySelectorAll('main button, main summary, main a, main input:not([type=hidden]), main select')]
        .filter(el => el.offsetParent !== null)
        .map(el => [el.outerHTML.slice(0, 80), el.getBoundingClientRect().height])
        .filter(([, h]) => h < 24)""")
    assert small == [], small


def test_the_page_works_without_javascript(server, browser):
    page = _page(browser, javascript=False)
    _sign_in(page, server)
    page.locator("#week details summary").first.click()
    assert page.locator("#week details[open] form").count() == 1
    page.check("input[name=kind][value=unavailable]")
    day = page.get_attribute("#av-on_date", "min")
    page.fill("#av-on_date", day)
    page.fill("#av-reason", "Tandarts")
    page.click("#beschikbaarheid form button[type=submit]")
    page.wait_for_url("**/mijn?doorgegeven=1*")
    assert "Tandarts" in page.inner_text("#beschikbaarheid")


def test_print_shows_the_week_without_forms(server, browser):
    page = _page(browser)
    _sign_in(page, server)
    page.emulate_media(media="print")
    assert page.locator("#week article.shift").first.is_visible()
    assert not page.locator(".topbar").is_visible()
    assert not page.locator("#beschikbaarheid form[action='/mijn/beschikbaarheid']").is_visible()
    assert not page.locator("#week details").first.is_visible()
