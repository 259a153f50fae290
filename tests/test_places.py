"""Places a post prefers or requires (features/lint/places): cities of every country, metropolitan areas and
regions, zones, the casual ways posts prefer and the ways they require, against the words that only look like
places ("Reading", "Mobile", "Spring", "March"), markets, skills, legal reasons, trips and negations; and the
rule that reports them, in remote, office and hybrid posts. All sentences are written for these tests."""

from __future__ import annotations

import subprocess
import sys
import time
from functools import cache
from typing import Any

import pytest

from mobility_cli.features.lint.places import ZONE, asked_place, places_in, zones_of
from mobility_cli.features.lint.places.words import key_of
from mobility_cli.features.lint.rule import Example
from mobility_cli.model import Program
from tests.conftest import ROOT

PREFERS = [
    # cities that are no time-zone database name, of many countries, and the casual ways of preferring them
    ("Bonus if you're in Pune.", "Pune"),
    ("We'd love you to be within an hour of Leeds.", "Leeds"),
    ("Ideally you live in or near Rotterdam.", "Rotterdam"),
    ("It helps if you're based near Guadalajara.", "Guadalajara"),
    ("Happy to hear from people near Cluj.", "Cluj"),
    ("Being in Kraków would be a plus.", "Kraków"),
    ("Candidates in Ibadan or Kisumu will be preferred.", "Ibadan"),
    ("Folks around Medellín have an edge.", "Medellín"),
    ("Porto-based candidates have an advantage.", "Porto"),
    ("Ideally somewhere close to Wrocław.", "Wrocław"),
    ("We lean towards applicants from Bengaluru.", "Bengaluru"),
    ("A big plus if you're near Sao Paulo.", "Sao Paulo"),
    ("Preference for candidates in Ho Chi Minh City.", "Ho Chi Minh City"),
    ("Extra points if you're in Cebu City.", "Cebu City"),
    ("Living in Lodz would be great.", "Lodz"),
    ("Tampere folks get a leg up.", "Tampere"),
    ("Someone in Cologne would be ideal.", "Cologne"),
    ("Candidates in Bangalore will be prioritised.", "Bangalore"),
    # metropolitan areas and regions, which count wherever they are named
    ("Bay Area candidates preferred.", "Bay Area"),
    ("Ideally in the Randstad.", "the Randstad"),
    ("Someone in Greater Manchester would be ideal.", "Greater Manchester"),
    ("NCR-based applicants preferred.", "NCR"),
    ("Île-de-France preferred.", "Île-de-France"),
    ("Midwest is a plus.", "Midwest"),
    ("We prefer people in the Pacific Northwest.", "Pacific Northwest"),
    ("Klang Valley candidates will be given priority.", "Klang Valley"),
    ("Applicants across the Nordics especially welcome.", "Nordics"),
    # zones
    ("Ideally on AEST.", "AEST"),
    ("Someone on Eastern time would be great.", "Eastern"),
    ("European hours preferred.", "European"),
    ("A plus if your time zone is close to ours.", "time zone"),
    ("A nice extra: living in Manchester.", "Manchester"),
    ("We favour applicants close to Munich.", "Munich"),
    ("Preferred location: Pune", "Pune"),
]
REQUIRES = [
    ("Must be based in Texas.", "Texas"),
    ("You must live within 50 miles of Austin.", "Austin"),
    ("Only candidates from Ontario.", "Ontario"),
    ("Residents of Victoria only.", "Victoria"),
    ("Texas residents only.", "Texas"),
    ("UK-based only.", "UK"),
    ("Remote (US only)", "US"),
    ("Needs to be located in Leeds.", "Leeds"),
    ("Within commuting distance of Reading.", "Reading"),
    ("This role is open only to candidates in Germany.", "Germany"),
    ("We can only hire in Portugal.", "Portugal"),
    ("Applicants must reside in Quebec.", "Quebec"),
    ("You'll need to be based in the Bay Area.", "Bay Area"),
    ("Living in Bavaria is a must.", "Bavaria"),
    ("Must be in CET.", "CET"),
    ("Required location: Alberta", "Alberta"),
    ("Remote, Kenya (required)", "Kenya"),
    ("Must be a resident of Queensland.", "Queensland"),
    ("We're only able to consider applicants in Ireland.", "Ireland"),
    ("We are hiring in the Netherlands only.", "Netherlands"),
    ("Must reside in one of these states: Oregon, Idaho.", "Oregon"),
]
NOTHING = [
    # names that are ordinary words, in a bare "in" or beside a preference
    "Experience in Spring preferred.",
    "Ideally starting in March.",
    "Ideally in Reading.",
    "Nice to have: experience with Mobile payments.",
    "Knowledge of the Split payments API is a plus.",
    "We'd love you to join our team in Mobile apps.",
    # the other senses of "preferably" and "ideally", skills and languages
    "Preferably in plain SQL.",
    "Ideally in your first month.",
    "Ideally written in Go.",
    "Preferably in Python or Ruby.",
    "Experience in Rust is a plus.",
    "Must be fluent in French.",
    "Must have shipped in Kotlin.",
    "We prefer candidates who can start in May.",
    "Ideally you have lived in Japan.",
    # markets, customers, teams, the company's own place, other people's preferences
    "Experience selling to customers in APAC is a plus.",
    "US GAAP knowledge preferred.",
    "UK English spelling preferred.",
    "Experience with Texas public schools preferred.",
    "Our customers in Texas prefer email.",
    "Founded in Lisbon, we prefer written updates.",
    "Our Shenzhen office runs a phone line for carriers who prefer to call.",
    "Must be comfortable working with colleagues based in Berlin.",
    "Spanish or EU nationality preferred.",
    "Our team spans PST to CET, so we prefer async.",
    "Strong preference for async work across time zones.",
    "Annual bonus for staff in the UK.",
    "Lisbon is an ideal base for travel, and we prefer written updates.",
    "Experience with Stripe Connect in Europe is a plus.",
    "It's a plus if you've sold into the public sector in France.",
    "You must be able to travel to London a few times a year.",
    # trips, meetings, questions, negations
    "We meet once a year in Lisbon and we'd love you to come.",
    "You will need to be in London for the first week.",
    "Do I need to be in Europe?",
    "No time zone preferred.",
    "Anywhere in the world is fine; bonus points for curiosity.",
    "You don't need to be in London.",
    "Candidates anywhere in the EU are welcome.",
    # a hard limit with its legal reason
    "Must be based in the UK for payroll reasons.",
    "Only candidates in Germany: we employ through our legal entity there.",
    "Must live in the US because of export control rules.",
    "Must be based in the EU under data residency law.",
    "Candidates must be in Canada, since we cannot sponsor visas.",
]


@pytest.mark.parametrize(("text", "place"), PREFERS)
def test_a_preference_names_its_place(text: str, place: str) -> None:
    ask = asked_place(text)
    assert ask is not None and not ask.required, text
    assert key_of(ask.place.name).removeprefix("the ") == key_of(place).removeprefix("the "), ask


@pytest.mark.parametrize(("text", "place"), REQUIRES)
def test_a_requirement_names_its_place(text: str, place: str) -> None:
    ask = asked_place(text)
    assert ask is not None and ask.required, text
    assert key_of(ask.place.name).removeprefix("the ") == key_of(place), ask


@pytest.mark.parametrize("text", NOTHING)
def test_words_that_only_look_like_places_ask_for_none(text: str) -> None:
    assert asked_place(text) is None, asked_place(text)


def test_a_location_field_counts_any_place_but_a_bare_word_still_needs_its_capital() -> None:
    assert [p.name for p in places_in("Leeds, Bath or Bristol", field=True)] == ["Leeds", "Bath", "Bristol"]
    assert [p.name for p in places_in("leeds", field=False)] == []
    assert asked_place("Remote (Leeds preferred)", field=True) is not None
    assert asked_place("REMOTE - PUNE PREFERRED", field=True) is not None


def test_a_zone_with_its_hours_is_no_requirement_but_a_preference_on_top_of_hours_is() -> None:
    assert asked_place("Must be in CET, 09:00-12:00 overlap") is None
    assert asked_place("Three hours of overlap with London; CET preferred.") is not None
    assert asked_place("Must be based in Texas and work 9am-5pm Central.") is not None  # the place, not the hours


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("Pune", "Asia/Kolkata"),
        ("Texas", "America/Chicago"),
        ("Bay Area", "America/Los_Angeles"),
        ("the Randstad", "Europe/Amsterdam"),
        ("NCR", "Asia/Kolkata"),
        ("Monterrey", "America/Monterrey"),
        ("Cluj-Napoca", "Europe/Bucharest"),
        ("Ontario", "America/Toronto"),
        ("Eastern", "America/New_York"),
        ("Central European", "Europe/Berlin"),
        ("UTC+2", "Africa/Johannesburg"),
        ("UK", "Europe/London"),
        ("Canada", "America/Toronto"),
    ],
)
def test_the_hint_names_a_zone_the_place_lies_in(place: str, zone: str) -> None:
    assert zones_of(place)[0] == zone


def test_a_long_text_is_read_in_linear_time() -> None:
    """Text full of preferring words and capitalised names, as one clause and as sentences, at two lengths:
    twice the text takes about twice the time (never the square), and 80,000 characters take seconds."""
    part = (
        "We ship the Leeds and Pune apps in Python and Spring, starting in March; it is a plus for us. Experience "
        "with CET teams in Lisbon twice a year is a plus, as is our 9:00 to 12:00 overlap with Leeds. "
    )
    asked_place("Ideally in Pune or Reading.")  # the tables load once
    for joined in (part, part.replace(";", ",").replace(".", ",")):
        timings = []
        for count in (200, 400):
            started = time.perf_counter()
            assert asked_place(joined * count) is None
            timings.append(time.perf_counter() - started)
        assert timings[1] < timings[0] * 3 + 0.1, timings
        assert timings[1] < 10, timings


def test_the_gazetteer_loads_only_when_a_post_asks_for_a_place() -> None:
    """A post with no word that prefers or requires never loads GeoNames' cities (a quarter of a second)."""
    script = (
        "from mobility_cli.features.lint.places import asked_place, gazetteer\n"
        "assert asked_place('We ship the payments API in Leeds and Pune.') is None\n"
        "assert asked_place('Remote, US time zones preferred') is not None\n"
        "assert gazetteer._load.cache_info().currsize == 0, 'loaded for nothing'\n"
        "assert asked_place('Ideally in Pune') is not None\n"
        "assert gazetteer._load.cache_info().currsize == 1\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


@cache
def _program() -> Program:
    from mobility_cli.load import load_program
    from mobility_cli.resources import default_program_root
    from mobility_cli.source import WorkTreeSource

    return load_program(WorkTreeSource(default_program_root()), frozenset({"program", "tracks", "framework"})).program


def _findings(**example: Any) -> list[tuple[int | None, str, str]]:
    from mobility_cli.features.lint import RULES
    from tests.lint_examples import example_context

    context = example_context(_program(), Example(**example))
    return [(f.line, f.message, f.hint or "") for f in RULES["timezone-preference"].check(context)]


def test_a_place_required_of_a_remote_post_is_reported_as_a_requirement() -> None:
    (found,) = _findings(requirements=("Must be based in Texas", "Mentors engineers through code review"))
    assert "requires candidates to be in Texas without the hours that make it checkable" in found[1]
    assert "America/Chicago" in found[2]


def test_an_office_or_hybrid_post_may_require_its_own_place() -> None:
    """In an office or hybrid post the place is the job's: requiring it, or preferring it, is no finding;
    preferring a zone on top of it still is."""
    for location in ("Leeds office", "Hybrid (Leeds, two days a week)", "On-site, Leeds"):
        front = {"location": location}
        assert _findings(front=front, requirements=("Must live within commuting distance of Leeds",)) == []
        assert _findings(front=front, prose="- Living near Leeds is a plus") == []
        assert len(_findings(front=front, prose="- CET strongly preferred")) == 1
    assert len(_findings(front={"location": "Remote"}, prose="- Living near Leeds is a plus")) == 1


def test_the_front_matter_location_is_read_as_a_location_field() -> None:
    (found,) = _findings(front={"location": "Remote (US only)"})
    assert found[1] == '"Remote (US only)" requires candidates to be in US without the hours that make it checkable'
    (found,) = _findings(front={"location": "Remote, Rotterdam preferred", "timezone": None})
    assert "vague location preference" in found[1] and "Europe/Amsterdam" in found[2]
    assert _findings(front={"location": "Remote (EMEA, 13:00-16:00 UK overlap)"}) == []


def test_a_field_is_read_with_its_name_which_may_be_what_prefers() -> None:
    (found,) = _findings(prose="Preferred location: Tampere")
    assert found[1] == '"Preferred location: Tampere" states a vague location preference'
    assert "Europe/Helsinki" in found[2]


def test_a_legal_reason_in_the_same_passage_is_not_scored() -> None:
    assert _findings(requirements=("Must be based in Texas: our payroll entity is there",)) == []
    assert len(_findings(requirements=("Must be based in Texas", "We run payroll from Austin"))) == 1


def test_a_zone_preference_is_called_one() -> None:
    (found,) = _findings(prose="- Someone on Pacific time would be great")
    assert "vague time-zone preference" in found[1] and "America/Los_Angeles" in found[2]
    assert all(place.kind == ZONE for place in places_in("UTC+1 to UTC+3, ideally CET"))
