"""Quantities of time (features/reading/quantities.py): what each one counts, its bounds in years, and that any
text, however hostile, is read in linear time. The sentences are this project's own, one or more for every
kind and every way of writing a number; each positive shape has a sentence beside it that must read otherwise."""

from __future__ import annotations

import time

import pytest

from mobility_cli.features.reading.quantities import KINDS, Quantity, read_quantities

# (sentence, [(kind, the expression as written)]) -- every quantity the sentence holds, in order.
READ: list[tuple[str, list[tuple[str, str]]]] = [
    # time served, in every shape
    ("7+ yrs building backend services in Go", [("experience", "7+ yrs")]),
    ("You bring 4 years' hands-on experience with Kubernetes", [("experience", "4 years'")]),
    ("Candidates should have a minimum of five years in retail banking", [("experience", "a minimum of five years")]),
    ("We want someone with between 3 and 6 years of UX research", [("experience", "between 3 and 6 years")]),
    ("3 to 5 years as a support engineer", [("experience", "3 to 5 years")]),
    ("3 – 5 yrs in logistics", [("experience", "3 – 5 yrs")]),
    ("Ideally you have spent 2 or more years in a B2B company", [("experience", "2 or more years")]),
    ("A minimum of 12 months in a customer-facing position", [("experience", "A minimum of 12 months")]),
    ("Over a decade designing payment systems", [("experience", "Over a decade")]),
    ("At least two decades of industry experience", [("experience", "At least two decades")]),
    ("ten (10) years of progressive experience in finance", [("experience", "ten (10) years")]),
    ("Eight-plus years of Java", [("experience", "Eight-plus years")]),
    ("5+ YOE in data science", [("experience", "5+ YOE")]),
    ("Four years minimum working on distributed systems", [("experience", "Four years minimum")]),
    ("You should have one and a half years of QA testing", [("experience", "one and a half years")]),
    ("A year of experience with React is a plus", [("experience", "A year")]),
    ("Several years managing a customer success team", [("experience", "Several years")]),
    ("You have at least 3 yrs. in sales operations", [("experience", "at least 3 yrs.")]),
    ("3y+ experience in frontend development", [("experience", "3y+")]),
    ("Proven track record of 5+ years leading analytics teams", [("experience", "5+ years")]),
    ("Min. 4 yrs exp. in payroll", [("experience", "Min. 4 yrs")]),
    ("Having 2yrs of exp in Java", [("experience", "2yrs")]),
    ("2 year experience in customer support", [("experience", "2 year")]),
    ("nearly a decade of building design systems", [("experience", "nearly a decade")]),
    ("The role suits someone with a couple of years in support", [("experience", "a couple of years")]),
    ("Experience: minimum 3 years", [("experience", "minimum 3 years")]),
    ("Senior level, 8+ years", [("experience", "8+ years")]),
    ("Ideally 2 years", [("experience", "2 years")]),
    ("You've spent a year or two running a help desk", [("experience", "a year or two")]),
    ("No more than three years of professional experience", [("experience", "No more than three years")]),
    ("Years of hands-on experience with PostgreSQL", [("experience", "Years of hands-on experience")]),
    ("years of teaching in secondary schools", [("experience", "years of teaching")]),
    ("Multi-year experience with SAP", [("experience", "Multi-year experience")]),
    ("Long experience in ETL development", [("experience", "Long experience")]),
    ("Has run Kafka in production since 2018 or earlier", [("experience", "since 2018 or earlier")]),
    ("You have been writing SQL since at least 2016", [("experience", "since at least 2016")]),
    ("Seasoned product managers who like ambiguity", [("experience", "Seasoned")]),
    ("A veteran designer with a strong portfolio", [("experience", "veteran")]),
    # the company's, the team's or a colleague's own time
    ("Our engineers have an average of 9 years of experience", [("company", "9 years")]),
    ("The team brings 40 years of combined experience in publishing", [("company", "40 years")]),
    ("Priya has led the platform team for six years", [("company", "six years")]),
    ("Our company has been building learning software for over 20 years", [("company", "over 20 years")]),
    ("Since 2011 we have helped schools move online", [("company", "Since 2011")]),
    ("Since 2015, the team has shipped every week.", [("company", "Since 2015")]),
    ("The marking service has run on the same database since 2016", [("company", "since 2016")]),
    ("Kestrel was founded in 2009 in Leeds", [("company", "founded in 2009")]),
    ("The product is now ten years old", [("company", "ten years")]),
    ("A 10-year-old codebase with a lot of history", [("company", "10-year")]),
    ("He joined two years ago from a bank", [("company", "two years")]),
    ("You will work alongside seasoned engineers", [("company", "seasoned")]),
    ("Your manager has ten years in the field", [("company", "ten years")]),
    # a benefit or fact earned by service
    ("After three years with us you can take a paid sabbatical", [("service", "three years")]),
    ("28 days of leave, rising by one for every two years with us", [("service", "two years")]),
    ("A paid month off after every five years of service", [("service", "five years")]),
    ("The average tenure on our team is 6 years", [("service", "6 years")]),
    ("Most of us have been here for 8+ years", [("service", "8+ years")]),
    ("Team members average 7 years at the company", [("service", "7 years")]),
    # how long something is kept
    ("We keep applications on file for 12 months", [("retention", "12 months")]),
    ("Interview notes are deleted after six months", [("retention", "six months")]),
    ("Payroll records are retained for six years, as the law requires", [("retention", "six years")]),
    # any other duration: windows, rates, lengths, data
    ("You will spend the first three months shadowing the on-call rotation", [("duration", "three months")]),
    ("This is a 6-month fixed-term contract", [("duration", "6-month")]),
    ("This is a nine (9) month secondment", [("duration", "nine (9) month")]),
    ("The contract runs for 2 years", [("duration", "2 years")]),
    ("Probation period: 3 months", [("duration", "3 months")]),
    ("A three-year roadmap for the assessment engine", [("duration", "three-year")]),
    ("Writes the multi-year strategy for the platform", [("duration", "multi-year")]),
    ("We have 18 months of runway", [("duration", "18 months")]),
    ("Reports on eleven years of enrolment data", [("duration", "eleven years")]),
    ("In two years we want every school on the new player", [("duration", "two years")]),
    ("A new laptop every three years", [("duration", "three years")]),
    ("One conference a year, paid for", [("duration", "a year")]),
    ("Three months of notice is expected", [("duration", "Three months")]),
    ("College graduate (4-year degree)", [("duration", "4-year")]),
    ("whether you got here in eighteen months or eight years", [("duration", "eighteen months or eight years")]),
    # an age, or an age limit
    ("Applicants must be aged 21 to 30", [("age", "aged 21 to 30")]),
    ("Candidates should not be older than 35", [("age", "older than 35")]),
    ("Age: 25-35 years", [("age", "Age: 25-35 years")]),
    ("Under the age of 30 at the time of application", [("age", "Under the age of 30")]),
    ("Applicants under 30 preferred", [("age", "under 30")]),
    ("Must be 18 or older to apply", [("age", "18 or older")]),
    ("Between the ages of 22 and 28", [("age", "Between the ages of 22 and 28")]),
    ("Maximum age 32 years", [("age", "Maximum age 32 years")]),
    ("Not more than 27 years of age on the closing date", [("age", "Not more than 27 years")]),
    ("Applicants must not be more than 40 years old", [("age", "more than 40 years")]),
    ("Ideal for someone in their twenties", [("age", "in their twenties")]),
    ("Best suited to people in their early 30s", [("age", "in their early 30s")]),
    ("DOB required on the form", [("age", "DOB")]),
    ("Please include your date of birth", [("age", "date of birth")]),
    ("Born in 1998 or later", [("age", "Born in 1998 or later")]),
    # a graduation year, or a window since graduating
    ("Class of 2024 or 2025 only", [("graduation", "Class of 2024 or 2025")]),
    ("2023/2024 pass-outs are eligible", [("graduation", "2023/2024 pass-outs")]),
    ("Graduated in 2022 or later", [("graduation", "Graduated in 2022 or later")]),
    ("Recent graduates who graduated within the last two years", [("graduation", "two years")]),
    ("No more than 3 years since graduation", [("graduation", "No more than 3 years")]),
    ("Less than two years out of university", [("graduation", "Less than two years")]),
    ("Graduation year: 2024 or 2025", [("graduation", "Graduation year: 2024 or 2025")]),
    # whose the time is, and what the clause does with it
    (
        "We'd want to see at least four years of running accounts before you apply",
        [("experience", "at least four years")],
    ),
    ("He must have minimum 3 years in ed-tech sales", [("experience", "minimum 3 years")]),
    ("Has supported teachers for 3 years", [("experience", "3 years")]),
    ("You have worked with Spark for three years or more", [("experience", "three years or more")]),
    ("Min. 3 y of hands-on experience in Node", [("experience", "Min. 3 y")]),
    ("2 (two) years experience in our deploy tool", [("experience", "2 (two) years")]),
    ("Five years' worth of pipeline work", [("experience", "Five years'")]),
    ("Ten years' worth of enrolment data", [("duration", "Ten years'")]),
    ("Maintains 10 years of course content", [("duration", "10 years")]),
    ("Willing to commit to the role for at least 18 months", [("duration", "at least 18 months")]),
    ("Must be able to work 5 years in Spain without sponsorship", [("duration", "5 years")]),
    ("Someone on the team has spent six years on this codebase", [("company", "six years")]),
    ("The carrier app sends events since 2021", [("company", "since 2021")]),
    ("The company was born in 2015 in Porto", [("company", "born in 2015")]),
    ("Our users are aged 25 to 40", [("company", "aged 25 to 40")]),
    ("Games for learners aged 14 to 16", [("company", "aged 14 to 16")]),
    ("We're after someone under 30 who'll grow with us", [("age", "under 30")]),
    ("Only candidates below 30 years may apply", [("age", "below 30 years")]),
    ("Graduates of 2024 preferred", [("graduation", "Graduates of 2024")]),
    # nothing to read
    ("Supporting our 2025 batch of learners who sit exams in May", []),
    ("Helping schools set up their class of 2027 cohorts", []),
    ("Every ticket is answered in under 30 minutes", []),
    ("The 5 y axis shows the count", []),
    ("Whether you are 25 or 65, please apply", []),
    ("We welcome veterans and people of every age", []),
    ("Responds within two working days", []),
    ("The office is open 24 hours, 9 to 5", []),
    ("Moved to the new warehouse in 2021", []),
    ("In the first month you will mostly listen", []),
]


@pytest.mark.parametrize(("text", "expected"), READ, ids=[text[:40] for text, _ in READ])
def test_what_each_quantity_counts(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.kind, q.text) for q in read_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("3-5 years of Go", 3.0, 5.0),
        ("18 months in a support role", 1.5, 1.5),
        ("a decade of teaching", 10.0, 10.0),
        ("half a decade in retail", 5.0, 5.0),
        ("a year and a half as a tutor", 1.5, 1.5),
        ("at least 2 years in sales", 2.0, None),
        ("5+ years of Python", 5.0, None),
        ("no more than two years in industry", None, 2.0),
        ("6-12 months of experience", 0.5, 1.0),
        ("applicants under 30", None, 30.0),
        ("must not be older than 35", None, 35.0),
        ("aged 21 to 30", 21.0, 30.0),
        ("a couple of years in support", 2.0, 2.0),
        ("several years in support", None, None),
        ("twenty-five years old", 25.0, 25.0),
    ],
)
def test_bounds_in_years(text: str, low: float | None, high: float | None) -> None:
    (found,) = read_quantities(text)
    assert (found.low, found.high) == (low, high)


def test_offsets_point_at_the_expression() -> None:
    text = "We have moved freight for 35 years; you bring at least 3 years in customs."
    for quantity in read_quantities(text):
        assert text[quantity.start : quantity.end] == quantity.text
        assert quantity.kind in KINDS
    assert [q.kind for q in read_quantities(text)] == ["company", "experience"]


def test_each_clause_is_read_on_its_own() -> None:
    """A subject in one sentence does not own the years of the next."""
    found = read_quantities("We have run Kestrel for 12 years. 3+ years of Go.\n- 2 years in a school")
    assert [(q.kind, q.text) for q in found] == [
        ("company", "12 years"),
        ("experience", "3+ years"),
        ("experience", "2 years"),
    ]


def test_the_interface_is_a_frozen_value() -> None:
    (found,) = read_quantities("4 years of Ruby")
    assert found == Quantity(0, 7, "experience", 4.0, 4.0, "4 years")
    with pytest.raises(AttributeError):
        found.kind = "age"  # type: ignore[misc]


HOSTILE = {  # each about 60,000 characters, the size of the longest post anyone pastes, and then some
    "spaces after a number": "5" + " " * 60_000 + "years",
    "a number then spaces then nothing": "at least 5" + " " * 60_000 + "x",
    "many numbers": "5 " * 30_000,
    "many units": "years " * 10_000,
    "numbers and units": "3-5 years, " * 4_000,
    "a long run of digits": "9" * 60_000 + " years",
    "many hyphens": "5" + "-" * 60_000 + "year",
    "since without a year": "since " * 10_000,
    "ages without a number": "aged age ages " * 5_000,
    "parentheses": "one (1) (1) (1) " * 4_000,
    "years of, never experience": "years of " * 7_000,
    "a clause of subjects": "you we our team has " * 3_000 + "5 years",
    "a long sentence": ("the team and the product and the platform " * 1_500) + "for 5 years",
    "calendar years": "2020/" * 12_000 + "2021 pass-outs",
    "apostrophes": "years'" * 10_000,
    "number words": "twenty-" * 8_000 + "five years",
    "lines of capitals": "Five\n" * 12_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_is_read_in_linear_time(name: str) -> None:
    text = HOSTILE[name]
    start = time.perf_counter()
    read_quantities(text)
    small = time.perf_counter() - start
    start = time.perf_counter()
    read_quantities(text + text + " ")  # twice as long (and not the cached text)
    large = time.perf_counter() - start
    assert large < 3.0, (name, large)
    assert large < 4 * small + 0.2, (name, small, large)  # linear, with room for noise
