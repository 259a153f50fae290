"""The rendered site in a real headless Chromium (Debian's, driven by Playwright): filters, the path
explorer, links, and a hostile post that must not run. Screenshots go to build/screenshots (not committed)."""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.conftest import ROOT, run_cli
from tests.test_render import HOSTILE_POST

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/system-packages)")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SHOTS = ROOT / "build" / "screenshots"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The default program plus one hostile post, rendered and served over HTTP on localhost."""
    program = tmp_path_factory.mktemp("program")
    shutil.copytree(ROOT / "careers", program / "careers")
    shutil.copytree(ROOT / "postings", program / "postings")
    shutil.copy(ROOT / "mobility.yaml", program / "mobility.yaml")
    (program / "postings" / "hostile.md").write_text(
        HOSTILE_POST.replace("level: ic3", "level: ic3").replace("role: Backend Engineer", "role: Hostile Post")
    )
    out = tmp_path_factory.mktemp("out") / "site"
    result = run_cli("--repo", str(program), "render", "--out", str(out))
    assert result.code == 0, result.stderr
    from tests.conftest import _quiet_handler

    handler = functools.partial(_quiet_handler(), directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser(chromium: Any) -> Any:
    """The session's one Chromium (tests/conftest.py): Playwright allows one sync driver per process."""
    return chromium


def new_page(browser: Any, **options: Any) -> Any:
    context = browser.new_context(**options)
    return context.new_page()


def visible_ids(page: Any) -> set[str]:
    return set(page.eval_on_selector_all(".post-card:not([hidden])", "els => els.map(e => e.dataset.id)"))


def test_board_filters_change_the_visible_posts(browser: Any, site: str) -> None:
    page = new_page(browser, timezone_id="Europe/Berlin")
    page.goto(site + "board.html")
    everything = visible_ids(page)
    assert {"staff-platform-engineer", "product-manager-growth", "operations-specialist-billing"} <= everything
    page.select_option("#f-track", "engineering")
    assert visible_ids(page) == {"staff-platform-engineer", "senior-backend-engineer", "hostile"}
    page.select_option("#f-track", "")
    page.select_option("#f-team", "Growth")
    assert visible_ids(page) == {"product-manager-growth"}
    page.select_option("#f-team", "")
    page.check("#f-fits")
    # 09:00-17:00 in Berlin: Berlin's core hours overlap 6 h; New York's (11-15) and Kolkata's (09:30-13:30)
    # fall outside the Berlin day, in winter and in summer alike. A post that states no core hours ("US time
    # zones preferred" in its text) has no fit to judge: it is not listed as fitting, as in `mobility board`.
    fits = visible_ids(page)
    assert "staff-platform-engineer" in fits and "senior-backend-engineer" not in fits
    assert "product-manager-growth" not in fits and "operations-specialist-billing" not in fits
    assert page.text_content("#my-zone") == "Europe/Berlin"
    ny = new_page(browser, timezone_id="America/New_York")
    ny.goto(site + "board.html")
    ny.check("#f-fits")
    assert "product-manager-growth" in visible_ids(ny) and "staff-platform-engineer" not in visible_ids(ny)


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Auckland"])
def test_the_site_board_and_the_cli_agree_on_fit(browser: Any, site: str, zone: str) -> None:
    today = datetime.now(UTC).date().isoformat()
    rows = run_cli("--today", today, "board", "--timezone", zone, "--format", "json").json()
    page = new_page(browser, timezone_id=zone)
    page.goto(site + "board.html")
    page.check("#f-fits")
    shown = visible_ids(page)
    for row in rows:
        assert (row["id"] in shown) == (row["fits"] is True), (row, zone)


@pytest.mark.parametrize("pair", [("ic2", "staff"), ("ic3", "em1"), ("coordinator", "ic2"), ("ic1", "pm")])
def test_path_explorer_matches_the_cli(browser: Any, site: str, pair: tuple[str, str]) -> None:
    cli = run_cli("path", *pair, "--format", "json").json()
    page = new_page(browser)
    page.goto(site + "paths.html")
    page.select_option("#p-from", cli["from"])
    page.select_option("#p-to", cli["to"])
    expected = " ".join([cli["from"], *[s["to"] for s in cli["steps"]]])
    assert page.get_attribute("#route-summary", "data-route") == expected
    assert page.get_attribute("#route-summary", "data-months") == str(cli["months"])


def test_every_link_inside_the_site_resolves(browser: Any, site: str) -> None:
    page = new_page(browser)
    seen: set[str] = set()
    queue = [site + "index.html"]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        if not url.endswith(".html"):  # feeds and CSV download rather than display: fetch them instead
            assert page.request.get(url).status == 200, url
            continue
        response = page.goto(url)
        assert response is not None and response.status == 200, url
        for href in page.eval_on_selector_all(
            "a[href]", "els => els.map(e => new URL(e.getAttribute('href'), document.baseURI).href)"
        ):
            if href.startswith(site):
                queue.append(re.sub(r"#.*$", "", href))
    assert len(seen) > 60


def test_a_hostile_post_does_not_run(browser: Any, site: str) -> None:
    page = new_page(browser)
    page.goto(site + "postings/hostile.html")
    page.wait_for_load_state("load")
    for link in page.query_selector_all("article a"):
        link.click(no_wait_after=True)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert "window.__pwned = 1" in page.text_content("article")


def test_screenshots_at_desktop_and_phone_width(browser: Any, site: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, height, name in ((1280, 900, "desktop"), (390, 844, "phone")):
        page = new_page(browser, viewport={"width": width, "height": height})
        for path in ("index.html", "board.html", "levels/engineering/ic3.html"):
            page.goto(site + path)
            target = SHOTS / f"{name}-{path.replace('/', '_')}.png"
            page.screenshot(path=str(target), full_page=True)
            assert target.stat().st_size > 10_000
            overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")
            assert not overflow or path == "index.html", f"{path} scrolls sideways at {width}px"


def test_path_explorer_explains_a_step_down_as_the_cli_does(browser: Any, site: str) -> None:
    cli = run_cli("path", "ic4", "ic2")
    assert cli.code == 1 and "promotions only go up" in cli.stderr
    page = new_page(browser)
    page.goto(site + "paths.html")
    page.select_option("#p-from", "engineering/ic4")
    page.select_option("#p-to", "engineering/ic2")
    said = page.text_content("#route-summary") or ""
    assert "graded below" in said and "promotions only go up" in said
    assert page.get_attribute("#route-summary", "data-route") is None
