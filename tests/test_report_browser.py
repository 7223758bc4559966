"""Look at the HTML report in a real browser: Debian's Chromium driven by Playwright (no browser download).

Skipped with a reason when Chromium or Playwright is missing (``apt-get install chromium``).
On failure a screenshot is kept in tests/artifacts/.
"""

from __future__ import annotations


import pytest

from browser_support import ARGS, CHROMIUM, NEEDS_CHROMIUM
from conftest import DEMO, ROOT, run_cli

ARTIFACTS = ROOT / "tests" / "artifacts"

pytestmark = [
    NEEDS_CHROMIUM,
    pytest.mark.slow,  # `make test-fast` leaves these out
]


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    report = tmp_path_factory.mktemp("report") / "demo.html"
    assert run_cli("analyze", str(DEMO), "--format", "html", "-o", str(report)).returncode == 0
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        requests: list[str] = []
        context.on("request", lambda r: requests.append(r.url))
        pg = context.new_page()
        pg.goto(report.as_uri())
        pg.wait_for_load_state("load")
        pg.requests = requests  # type: ignore[attr-defined]
        yield pg
        browser.close()


def _shot_on_failure(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_main_regions_are_visible(page) -> None:
    try:
        for selector in ("h1", "#profile svg", ".reasons li", ".strip a", ".legend", "#text .m", "#sources table", "footer"):
            element = page.locator(selector).first
            assert element.is_visible(), selector
            box = element.bounding_box()
            assert box and box["width"] > 0 and box["height"] > 0, selector
        chart = page.locator("#profile svg").bounding_box()
        assert chart["width"] > 250 and chart["height"] > 80  # not clipped to nothing
    except AssertionError:
        _shot_on_failure(page, "report-regions")
        raise


def test_tooltip_on_keyboard_focus(page) -> None:
    cue = page.locator("#text span.m[tabindex='0']").first
    tip = cue.locator(".tip")
    assert not tip.is_visible()
    cue.focus()
    try:
        assert tip.is_visible()
        assert len(tip.inner_text()) > 20
    except AssertionError:
        _shot_on_failure(page, "report-tooltip")
        raise


def test_attribution_cue_links_to_its_source(page) -> None:
    link = page.locator("#text a.m-attribution").first
    target = link.get_attribute("href")
    assert target and target.startswith("#src-")
    assert page.locator(target).count() == 1


def test_no_request_leaves_the_file(page) -> None:
    assert all(url.startswith("file://") for url in page.requests), page.requests


def test_print_layout_keeps_legend_and_hides_tooltips(page) -> None:
    page.emulate_media(media="print")
    assert page.locator(".legend").is_visible()
    assert page.locator(".tip").first.evaluate("e => getComputedStyle(e).display") == "none"
    page.emulate_media(media="screen")
