"""What an employee does on the site, in Debian's Chromium: the map shows a level's lateral moves on focus, the
path explorer draws the route on the map, explains a missing route as the CLI does and keeps the route in the
address, search finds levels, behaviours and posts without leaving the site, the report page says what
`mobility report` says for the same window, and the site follows the system's dark mode."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_cli
from tests.test_site_browser import CHROMIUM, new_page

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/system-packages)")


def test_the_map_shows_the_lateral_moves_of_the_level_in_focus(chromium: Any, example_site_url: str) -> None:
    page = new_page(chromium, viewport={"width": 1280, "height": 900})
    page.goto(example_site_url + "index.html")
    assert page.locator("a.lv.lateral-to").count() == 0  # no web of arrows at rest
    page.focus('a.lv[data-key="engineering/ic3"]')  # keyboard focus, as a screen-reader user would
    targets = page.eval_on_selector_all("a.lv.lateral-to", "els => els.map(e => e.dataset.key)")
    assert targets and all(not t.startswith("engineering/") for t in targets)
    assert "Senior Engineer: lateral moves to" in (page.text_content(".map-note") or "")
    # every level is a link in the page's reading order: reachable by keyboard and screen reader
    links = page.eval_on_selector_all(".career-map a.lv", "els => els.length")
    assert links == 45


def test_the_path_explorer_draws_the_route_and_keeps_it_in_the_address(chromium: Any, example_site_url: str) -> None:
    page = new_page(chromium, viewport={"width": 1280, "height": 900})
    page.goto(example_site_url + "paths.html#from=engineering%2Fic3&to=engineering-manager%2Fem1")
    cli = run_cli("path", "ic3", "em1", "--format", "json").json()
    summary = page.locator("#route-summary")
    assert summary.get_attribute("data-route") == " ".join([cli["from"], *[s["to"] for s in cli["steps"]]])
    on_route = page.eval_on_selector_all("a.lv.on-route", "els => els.map(e => [e.dataset.key, e.dataset.step])")
    assert dict(on_route)[cli["from"]] == "start" and dict(on_route)[cli["to"]] == str(len(cli["steps"]))
    page.select_option("#p-to", "engineering/staff")
    assert page.evaluate("location.hash") == "#from=engineering%2Fic3&to=engineering%2Fstaff"
    assert "lateral" not in (summary.text_content() or "")  # no "0 lateral"
    options = page.eval_on_selector_all("#p-from optgroup", "els => els.map(e => e.label)")
    assert "Engineering" in options and "Product Management" in options  # grouped by track


@pytest.mark.parametrize(
    ("start", "end"), [("engineering/ic4", "engineering/ic2"), ("engineering/ic1", "sales/sales-manager")]
)
def test_a_missing_route_is_explained_with_the_clis_reason(
    chromium: Any, example_site_url: str, start: str, end: str
) -> None:
    cli = run_cli("path", start, end)
    page = new_page(chromium)
    page.goto(example_site_url + f"paths.html#from={start}&to={end}")
    said = page.text_content("#route-summary") or ""
    if cli.code == 0:
        assert page.locator("#route-summary").get_attribute("data-route")
        return
    reason = cli.stderr.splitlines()[0].split(": ", 3)[-1]  # after "mobility: error: no route from A to B: "
    key_words = [w for w in re.findall(r"[a-z]{5,}", reason) if w not in ("engineering", "routes")]
    assert said.startswith("No route") and all(w in said.lower() for w in key_words[:4]), (said, reason)


def test_search_finds_levels_behaviours_and_posts_without_leaving_the_site(
    chromium: Any, example_site_url: str
) -> None:
    page = new_page(chromium, viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(example_site_url + "index.html")
    page.fill("#q", "staff engineer")
    page.wait_for_selector("#q-results li")
    found = page.eval_on_selector_all("#q-results li a", "els => els.map(e => e.textContent)")
    assert "Staff Engineer" in found
    page.fill("#q", "failure modes")
    page.wait_for_function("document.querySelector('#q-results').textContent.includes('failure modes')")
    page.fill("#q", "platform engineer")
    page.wait_for_function("document.querySelector('#q-results').textContent.includes('Open post')")
    assert all(url.startswith(example_site_url) for url in requests), [
        u for u in requests if not u.startswith(example_site_url)
    ]


def test_the_report_page_says_what_mobility_report_says_for_its_window(example_site: Path) -> None:
    html = (example_site / "report.html").read_text()
    since, until = re.search(r"(\d{4}-\d\d-\d\d) to (\d{4}-\d\d-\d\d)", html).groups()  # type: ignore[union-attr]
    cli = json.loads(run_cli("report", "--since", since, "--until", until, "--format", "json").stdout)
    fill = cli["metrics"]["internal_fill_rate"]["overall"]
    assert f'{round(fill["value"] * 100)}% <span class="muted">({fill["numerator"]} of {fill["denominator"]})' in html
    for code in {p["code"] for p in cli["pitfalls"]}:
        assert f"<strong>{code}</strong>" in html
    assert html.count("<strong>") - html.count("</strong>") == 0
    assert len(cli["pitfalls"]) == html.count("<li><strong>")
    for section in ("Time to fill", "Retention after a move", "Moves between teams", "few cases"):
        assert section in html
    assert '<main id="main">' in html and 'aria-label="Main"' in html


def test_dark_mode_follows_the_system_and_there_is_a_favicon(
    chromium: Any, example_site_url: str, example_site: Path
) -> None:
    dark = chromium.new_context(color_scheme="dark").new_page()
    dark.goto(example_site_url + "index.html")
    light = chromium.new_context(color_scheme="light").new_page()
    light.goto(example_site_url + "index.html")
    background = "getComputedStyle(document.body).backgroundColor"
    assert dark.evaluate(background) != light.evaluate(background)
    assert dark.evaluate(background) == "rgb(11, 18, 32)"
    assert light.get_attribute('link[rel="icon"]', "href") == "favicon.svg"
    assert (example_site / "favicon.svg").read_text().startswith("<svg")


def test_dates_and_zones_on_the_board_never_break_on_a_phone(chromium: Any, example_site_url: str) -> None:
    page = new_page(chromium, viewport={"width": 390, "height": 900})
    page.goto(example_site_url + "board.html")
    lines = page.eval_on_selector_all(".board .nowrap", "els => els.map(e => e.getClientRects().length)")
    assert lines and all(n == 1 for n in lines)
    levels = page.eval_on_selector_all(".post-card p:first-of-type a", "els => els.map(e => e.textContent)")
    assert "Staff Engineer" in levels  # the level's title, not its id
