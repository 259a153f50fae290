"""The Atom feed and the check-in calendar, read by the parsers their users' tools are built on: feedparser
(and RFC 3987's grammar for every id and link) for the feed, icalendar and vobject for the calendar."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest
import vobject
import yaml
from icalendar import Calendar
from rfc3987_syntax import is_valid_syntax_iri

from tests.conftest import run_cli

ATOM = "{http://www.w3.org/2005/Atom}"


def _render(tmp_path: Path, *args: str, repo: Path | None = None) -> bytes:
    out = tmp_path / "site"
    where = ("--repo", str(repo)) if repo else ()
    result = run_cli(*where, "render", "--out", str(out), *args)
    assert result.code == 0, result.stderr
    return (out / "feed.xml").read_bytes()


def test_the_feed_parses_cleanly_with_an_author_and_absolute_links(tmp_path: Path) -> None:
    parsed = feedparser.parse(_render(tmp_path, "--base-url", "https://example.github.io/careers"))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.feed.author == "Example Co. Internal Mobility Program"
    assert parsed.feed.id == "https://example.github.io/careers/feed.xml"
    assert [link.href for link in parsed.feed.links if link.rel == "self"] == [parsed.feed.id]
    assert len(parsed.entries) == 4
    for entry in parsed.entries:
        assert entry.link.startswith("https://example.github.io/careers/postings/")
        assert entry.id == entry.link and is_valid_syntax_iri(entry.id)
        assert entry.published_parsed <= entry.updated_parsed


def test_feed_ids_are_iris_that_survive_renaming_the_program(tmp_path: Path, program) -> None:
    """Without a base URL the ids are urn:uuid names from the post ids: valid IRIs, the same after a rename."""
    from tests.posts import FRAMEWORKS, GOOD, post

    root = program({"postings/a.md": post(GOOD), **FRAMEWORKS})
    before = feedparser.parse(_render(tmp_path / "1", repo=root))
    settings = root / "mobility.yaml"
    settings.write_text(settings.read_text().replace("name:", "name: Renamed &", 1))
    after = feedparser.parse(_render(tmp_path / "2", repo=root))
    assert not before.bozo and not after.bozo
    ids = [before.feed.id, *(e.id for e in before.entries)]
    assert ids == [after.feed.id, *(e.id for e in after.entries)] and len(ids) == 2
    assert all(i.startswith("urn:uuid:") and is_valid_syntax_iri(i) for i in ids)
    assert after.feed.author.startswith("Renamed &")
    assert not [link for link in after.feed.links if link.rel == "self"]  # no self link that names no address


def test_the_base_url_comes_from_the_settings_and_a_wrong_one_is_refused(tmp_path: Path, program) -> None:
    from tests.posts import FRAMEWORKS, GOOD, post

    root = program({"postings/a.md": post(GOOD), **FRAMEWORKS})
    settings = root / "mobility.yaml"
    settings.write_text(settings.read_text() + "site:\n  base_url: https://careers.example.com/\n")
    parsed = feedparser.parse(_render(tmp_path, repo=root))
    assert parsed.entries[0].id == "https://careers.example.com/postings/a.html"
    refused = run_cli("render", "--out", str(tmp_path / "x"), "--base-url", "careers.example.com")
    assert refused.code == 2 and "not an http or https address" in refused.stderr
    settings.write_text(settings.read_text().replace("https://careers", "ftp://careers"))
    found = run_cli("--repo", str(root), "validate", "--format", "json").json()["diagnostics"]
    assert [(d["code"], d["pointer"]) for d in found if d["severity"] == "error"] == [("schema", "/site/base_url")]


def _calendar(tmp_path: Path, *today: str) -> bytes:
    from tests.test_mentoring import small

    root, _ = small(tmp_path)
    pairs = {"pairs": [{"mentor": "held", "mentee": "Pat Q. (p-1)", "timezone": "Asia/Kolkata"}]}
    (tmp_path / "pairs.yaml").write_text(yaml.safe_dump(pairs))
    ics = tmp_path / "checkins.ics"
    args = ("--repo", str(root), *today, "mentors", "confirm", str(tmp_path / "pairs.yaml"), "--start", "2027-01-04")
    result = run_cli(*args, "--out", str(ics), "--force")
    assert result.code == 0, result.stderr
    return ics.read_bytes()


def test_the_calendar_parses_with_two_parsers_and_is_stamped_when_written(tmp_path: Path) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    data = _calendar(tmp_path)
    events = list(Calendar.from_ical(data).walk("VEVENT"))
    assert len(events) == 3
    for event in events:
        stamp = event.decoded("dtstamp")
        assert before <= stamp <= datetime.now(UTC) and stamp != event.decoded("dtstart")
        assert int(event["sequence"]) > 0
    second = vobject.readOne(data.decode())
    assert [e.uid.value for e in second.vevent_list] == [str(e["uid"]) for e in events]
    assert [e.dtstart.value for e in second.vevent_list] == [e.decoded("dtstart") for e in events]
    assert "seed" not in data.decode()


def test_reruns_keep_uids_and_a_later_write_has_a_higher_sequence(tmp_path: Path) -> None:
    first = list(Calendar.from_ical(_calendar(tmp_path / "a", "--today", "2026-12-01")).walk("VEVENT"))
    again = list(Calendar.from_ical(_calendar(tmp_path / "b", "--today", "2026-12-01")).walk("VEVENT"))
    later = list(Calendar.from_ical(_calendar(tmp_path / "c", "--today", "2026-12-02")).walk("VEVENT"))
    assert [e.to_ical() for e in first] == [e.to_ical() for e in again]  # --today makes it reproducible
    assert [str(e["uid"]) for e in first] == [str(e["uid"]) for e in later]
    assert first[0].decoded("dtstamp") == datetime(2026, 12, 1, tzinfo=UTC)
    assert all(int(b["sequence"]) > int(a["sequence"]) for a, b in zip(first, later, strict=True))


@pytest.mark.parametrize("mentee", ["Pat Q. (p-1)"])
def test_a_uid_holds_no_spaces_or_brackets(tmp_path: Path, mentee: str) -> None:
    events = list(Calendar.from_ical(_calendar(tmp_path)).walk("VEVENT"))
    assert all(" " not in str(e["uid"]) and "(" not in str(e["uid"]) for e in events)
