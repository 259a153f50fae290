"""The rendered site checked by the tools its users' browsers and auditors use: axe-core (accessibility) on
every page type at desktop and phone width in Debian's Chromium, and the Nu HTML checker (the W3C's validator)
on every page. Screenshots of every page type at 1280 and 390 px go to build/screenshots (not committed)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.test_ci_outputs import TOOLS, _need
from tests.test_site_browser import CHROMIUM, SHOTS, new_page

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/system-packages)")
AXE = TOOLS / "node_modules" / "axe-core" / "axe.min.js"
VNU = TOOLS / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
PAGES = {
    "home": "index.html",
    "track": "tracks/engineering.html",
    "level": "levels/engineering/ic3.html",
    "board": "board.html",
    "paths": "paths.html",
    "posting": "postings/senior-backend-engineer.html",
    "report": "report.html",
}


def axe_violations(page: Any) -> list[dict[str, Any]]:
    _need(AXE.is_file(), "axe-core")
    page.add_script_tag(path=str(AXE))
    found: list[dict[str, Any]] = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return found


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("kind", sorted(PAGES))
def test_no_serious_or_critical_accessibility_violations(
    chromium: Any, example_site_url: str, kind: str, width: int
) -> None:
    page = new_page(chromium, viewport={"width": width, "height": 900})
    page.goto(example_site_url + PAGES[kind])
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{kind}-{width}.png"), full_page=True)
    bad = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"][:3]])
        for v in axe_violations(page)
        if v["impact"] in ("serious", "critical")
    ]
    assert not bad, (kind, width, bad)


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("kind", sorted(PAGES))
def test_nothing_is_wider_than_the_screen(chromium: Any, example_site_url: str, kind: str, width: int) -> None:
    """No page scrolls sideways as a whole; a wide element scrolls inside its own box, if at all."""
    page = new_page(chromium, viewport={"width": width, "height": 900})
    page.goto(example_site_url + PAGES[kind])
    assert page.evaluate("document.documentElement.scrollWidth") <= width, (kind, width)


def test_every_page_passes_the_nu_html_checker(example_site: Path) -> None:
    _need(VNU.is_file() and shutil.which("java") is not None, "the Nu HTML checker (vnu.jar and java)")
    pages = sorted(str(p) for p in example_site.rglob("*.html"))
    done = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *pages],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(done.stderr or done.stdout or '{"messages": []}')["messages"]
    errors = [(Path(m.get("url", "")).name, m.get("lastLine"), m["message"]) for m in messages if m["type"] == "error"]
    assert not errors, errors[:10]
