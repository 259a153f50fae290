"""The linter judges concepts, not phrases: each rule fires on the same problem said other ways, and stays quiet
on the hard negative beside it. Each line is run through one rule on the example program's base post."""

from __future__ import annotations

import pytest

from mobility_cli.features.lint import RULES
from mobility_cli.features.lint.config import lint_settings
from mobility_cli.features.lint.rule import Example, RuleContext
from mobility_cli.load import load_program, posting_from_text
from mobility_cli.model import Program
from mobility_cli.resources import default_program_root
from mobility_cli.source import WorkTreeSource
from tests.lint_examples import FILE, TODAY, example_post


@pytest.fixture(scope="module")
def example_program() -> Program:
    return load_program(WorkTreeSource(default_program_root()), frozenset({"program", "tracks", "framework"})).program


def findings(program: Program, code: str, example: Example) -> list[str]:
    post = posting_from_text(FILE, example_post(example))
    assert post is not None
    context = RuleContext(program, post, lint_settings(dict(example.settings)), TODAY)
    from mobility_cli.diagnostics import Severity

    return [f.message for f in RULES[code].check(context) if f.severity is not Severity.INFO]


def asked(*lines: str) -> Example:
    return Example(requirements=lines)


def said(line: str, **front: object) -> Example:
    return Example(prose=line, front=front)


CASES: list[tuple[str, Example, bool]] = [
    # years: numbers as words, plus, decades, vague counts, tenure words, caps; not retention or data
    ("years-of-experience", asked("Five-plus years of Go"), True),
    ("years-of-experience", asked("Two decades in payments"), True),
    ("years-of-experience", asked("At least eleven years of backend work"), True),
    ("years-of-experience", asked("A few years of production Go"), True),
    ("years-of-experience", asked("A seasoned engineer who ships small changes"), True),
    ("years-of-experience", asked("Years of hands-on experience with queues"), True),
    ("years-of-experience", asked("No more than four years of experience"), True),
    ("years-of-experience", said("- We hope you have 5+ years behind you, honestly"), True),
    ("years-of-experience", asked("Keeps ledger records for seven years"), False),
    ("years-of-experience", asked('Rewrites the "3+ years" line of old posts'), False),
    ("years-of-experience", asked("Answers questions with SQL over ten years of payment data"), False),
    ("years-of-experience", said("- The service was built five years ago"), False),
    # degrees: credentials, not the word
    ("degree-requirement", asked("BS/MS in Computer Science"), True),
    ("degree-requirement", asked("B.S. or M.S. in a related field"), True),
    ("degree-requirement", asked("MEng in software engineering"), True),
    ("degree-requirement", asked("Educated to university level"), True),
    ("degree-requirement", asked("CS degree or equivalent experience"), True),
    ("degree-requirement", asked("Works with a high degree of autonomy"), False),
    ("degree-requirement", asked("No degree required: show us what you built"), False),
    ("degree-requirement", asked("Gathers 360-degree feedback every quarter"), False),
    ("degree-requirement", asked("Models master data for carriers"), False),
    ("degree-requirement", asked("Merges into the `master` branch twice a day"), False),
    # time-zone preferences: a preference and a place, wherever said; negation respected
    ("timezone-preference", said("", location="Remote (EST preferred)"), True),
    ("timezone-preference", said("", location="Remote, ideally Central European Time"), True),
    ("timezone-preference", said("- We prefer candidates in North American time zones"), True),
    ("timezone-preference", said("- Bonus points if you are on CET"), True),
    ("timezone-preference", said("- Remote (East Coast preferred)"), True),
    ("timezone-preference", said("", location="Remote, Pacific time a strong plus"), True),
    ("timezone-preference", said("- People based in LATAM will be given priority"), True),
    ("timezone-preference", said("- A strong plus: you have run an on-call rotation"), False),
    ("timezone-preference", said("- Berlin-based candidates preferred"), True),
    ("timezone-preference", said("- You will support our Berlin-based finance team"), False),
    ("timezone-preference", said("- Priority is given to the Lisbon office's outage queue"), False),
    ("timezone-preference", said("- Ideally in fintech, but not required"), False),
    ("timezone-preference", said("- Remote, no time zone preferred: the team is fully async"), False),
    ("timezone-preference", said("- Three hours a day of overlap with Berlin, 10:00-13:00"), False),
    # origin, ability, age
    ("exclusionary-language", said("- Native or near-native English"), True),
    ("exclusionary-language", said("- English as a first language"), True),
    ("exclusionary-language", said("- English mother tongue"), True),
    ("exclusionary-language", said("- Native fluency in German"), True),
    ("exclusionary-language", said("- Able to carry 20 kg boxes"), True),
    ("exclusionary-language", said("- Can stand for long periods"), True),
    ("exclusionary-language", said("- Excellent eyesight and hearing"), True),
    ("exclusionary-language", said("- Physically fit"), True),
    ("exclusionary-language", said("- Join our young, dynamic team"), True),
    ("exclusionary-language", said("- Fresh graduates welcome"), True),
    ("exclusionary-language", said("- Perfect for recent grads"), True),
    ("exclusionary-language", said("- Aged under 35"), True),
    ("exclusionary-language", said("- Graduated in 2024 or later"), True),
    ("exclusionary-language", said("- We want youthful energy"), True),
    ("exclusionary-language", said("- Perfect, accent-free English"), True),
    ("exclusionary-language", said("- Able to sit at a desk for 8 hours a day"), True),
    ("exclusionary-language", said("- Normal colour vision"), True),
    ("exclusionary-language", said("- Ideally in your late twenties"), True),
    ("exclusionary-language", said("- Candidates under the age of 40"), True),
    ("exclusionary-language", said("- The warehouse is 8 years old and still fast"), False),
    ("exclusionary-language", said("- Ideally a graduate from the last two years"), True),
    ("exclusionary-language", said("- The team is mostly in their 20s and 30s"), True),
    ("exclusionary-language", said("- The service has been in production for 20 years and 3 months"), False),
    ("exclusionary-language", said("- Must have a clean driving record"), True),
    ("exclusionary-language", said("- Keeps a clean record of every incident and its follow-up"), False),
    ("exclusionary-language", said("- We do the heavy lifting so analysts don't have to"), False),
    ("exclusionary-language", said("- Keeps the ingestion jobs in good health"), False),
    ("exclusionary-language", said("- Not a native speaker? That's fine"), False),
    ("exclusionary-language", said("- You do not need to be a native English speaker"), False),
    ("exclusionary-language", said("- The ledger is young and changes fast"), False),
    ("exclusionary-language", said("- Fluent written Spanish for customer emails"), False),
    # gendered wording: the study's words, explicit words; technical vocabulary never counts
    ("gendered-wording", said("- A driven, self-confident, self-reliant champion who will fight and defend"), True),
    ("gendered-wording", said("- He will own the queue from day one"), True),
    ("gendered-wording", said("- Your first week: his first project is the queue"), True),
    ("gendered-wording", said("- Join the guys on the night shift"), True),
    ("gendered-wording", said("- Reports to the chairman"), True),
    ("gendered-wording", said("- Works with our salesmen"), True),
    ("gendered-wording", said("- Competencies, business logic, persistence, assertions, analytics and commits"), False),
    ("gendered-wording", said("- Tunes the connection pool; keeps the shared drive tidy"), False),
    ("gendered-wording", said("- Ask Sam about the queue; his team wrote it"), False),
    # internal tools: case-sensitive names, unnamed in-house systems
    (
        "internal-tool-experience",
        Example(requirements=("Experience with Lighthouse",), settings={"internal_tools": ["Lighthouse"]}),
        True,
    ),
    ("internal-tool-experience", Example(requirements=("Familiarity with our in-house deployment tooling",)), True),
    ("internal-tool-experience", Example(requirements=("Familiarity with our homegrown scheduler",)), True),
    ("internal-tool-experience", Example(requirements=("Works with our in-house legal team",)), False),
    ("internal-tool-experience", Example(requirements=("Answers our internal customers within a day",)), False),
    (
        "internal-tool-experience",
        Example(requirements=("Grows our lighthouse customers",), settings={"internal_tools": ["Lighthouse"]}),
        False,
    ),
    (
        "internal-tool-experience",
        Example(requirements=("No Lighthouse experience needed",), settings={"internal_tools": ["Lighthouse"]}),
        False,
    ),
    # untraceable: a word every framework uses ("team", "product") traces nothing; a specific one does
    ("untraceable-requirement", asked("Works well with the product team"), True),
    ("untraceable-requirement", asked("He or she will report to the Head of Engineering"), False),
    ("untraceable-requirement", asked("Mentors junior engineers in code review"), False),
    # short-window counts the whole window, from opening
    ("short-window", Example(front={"opened": "2026-11-15", "closes": "2026-11-21"}), True),
    ("short-window", Example(front={"opened": "2026-10-20", "closes": "2026-11-22"}), False),
]


@pytest.mark.parametrize(("code", "example", "fires"), CASES, ids=[f"{c}:{e.describe()[:40]}" for c, e, _ in CASES])
def test_a_rule_judges_the_concept(example_program: Program, code: str, example: Example, fires: bool) -> None:
    found = findings(example_program, code, example)
    assert bool(found) is fires, found


def test_an_evaluation_entry_read_as_a_mapping_is_still_read(example_program: Program) -> None:
    text = example_post(Example()).replace(
        "evaluation:\n- Designs complex systems with multiple failure modes",
        "evaluation:\n- Take-home: build a rate limiter",
    )
    post = posting_from_text(FILE, text)
    assert post is not None and post.evaluation == ("Take-home: build a rate limiter",)
