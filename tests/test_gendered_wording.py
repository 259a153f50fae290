"""gendered-wording reads concepts: every explicitly gendered word where it stands (titles, words for people,
idioms, pronouns for the candidate), coded wording scored per section, and the senses that are not gendered
wording left alone (technical terms, names, invitations to apply, a colleague's pronoun). Our own sentences,
each positive beside a hard negative."""

from __future__ import annotations

from functools import cache

import pytest
import yaml

from mobility_cli.diagnostics import Severity
from mobility_cli.features.lint import RULES
from mobility_cli.features.lint.config import lint_settings
from mobility_cli.features.lint.rule import Finding, RuleContext
from mobility_cli.load import load_program, posting_from_text
from mobility_cli.model import Program
from mobility_cli.resources import default_program_root
from mobility_cli.source import WorkTreeSource
from tests.lint_examples import BASE_FRONT, FILE, TODAY


@cache
def program() -> Program:
    return load_program(WorkTreeSource(default_program_root()), frozenset({"program", "tracks", "framework"})).program


def lint(body: str, role: str = "Senior Backend Engineer") -> list[Finding]:
    front = yaml.safe_dump({**BASE_FRONT, "role": role}, sort_keys=False)
    post = posting_from_text(FILE, f"---\n{front}---\n{body}")
    assert post is not None
    return list(RULES["gendered-wording"].check(RuleContext(program(), post, lint_settings({}), TODAY)))


def in_work(line: str) -> str:
    return (
        "## Internal Job Post Template\n\n### What You'll Work On\n- The payments API and its move to a new database\n"
        f"{line}\n\n### What We're Looking For\n- Designs complex systems with multiple failure modes\n\n"
        "### How to Apply\nWrite a short note in #internal-mobility.\n"
    )


def line_of(body: str, text: str) -> int:
    """The line of the post (front matter included) that holds `text`."""
    front = yaml.safe_dump({**BASE_FRONT, "role": "x"}, sort_keys=False)
    return f"---\n{front}---\n{body}".splitlines().index(text) + 1


def warned(body: str) -> list[str]:
    return [f.message for f in lint(body) if f.severity is Severity.WARNING]


EXPLICIT = [
    # titles: listed, plural, possessive, hyphenated, and built like one though unlisted
    ("- Sign-off from the forewomen on each pallet count", "forewomen"),
    ("- Standing in for the linesmen during storms", "linesmen"),
    ("- The chairwoman's quarterly review of the ledger", "chairwoman's"),
    ("- Pairing with our warehousemen on the new scanners", "warehousemen"),
    ("- Backing up the sales-men on pre-sales calls", "men"),
    ("- Our stockboys restock the returns shelf nightly", "stockboys"),
    ("- Shadowing a delivery girl on the first week's rounds", "girl"),
    # words for people and idioms
    ("- Beers with the lads from the depot on Fridays", "lads"),
    ("- You and the other gals on the claims desk", "gals"),
    ("- We want the best man for the job", "man for the job"),
    ("- Someone has to man the phones during the launch", "man the"),
    ("- Manpower planning for the winter peak", "Manpower"),
    ("- Estimates in man-days for each migration step", "man-days"),
    ("- Working with the women on the night shift", "women"),
    ("- Replacing the gentleman's agreement on API versions", "gentleman's agreement"),
    # pronouns for the candidate, and pairs
    ("- She will own the reconciliation queue from day one", "She"),
    ("- From week two the queue is his to run", "his"),
    ("- He or she reports to the head of payments", "He or she"),
    ("- S/he keeps the runbooks current", "S/he"),
    ("- Each engineer writes up his/her incidents", "his/her"),
    ("- The new hire gets a laptop on day one, and we pair him with a mentor", "him"),
]
NOT_GENDERED = [
    "- Read the man pages before changing kernel parameters",
    "- Mitigating man-in-the-middle attacks on payment callbacks",
    "- Our Isle of Man entity and its ledgers",
    "- Business acumen and a feel for human factors in German and Roman markets",
    "- Climbing the career ladder in a manner that suits you, gently",
    "- Specimen data for the regimen of nightly tests",
    "- Fellow engineers review every change; the fellowship budget covers a course",
    "- The master branch and the master data service",
    "- Work on the HE sector accounts (universities and colleges)",
    "- The boycott list that compliance keeps",
    "- Ask Sam about the ledger; his team owns it",
    "- You will work with Priya, our onboarding lead; she has run the programme since it began",
    "- A customer told us last spring that he checks the app every morning",
    "- Your manager is Dana Ruiz. She holds a one-to-one every two weeks",
    "- Ines, our newest engineer, shipped the roster sync in her second week",
    "- Red herrings in the logs, and the shed where the old servers live",
    "- The male and female connectors on the scanner docks",
]


@pytest.mark.parametrize(("line", "word"), EXPLICIT)
def test_every_explicitly_gendered_word_is_reported_where_it_stands(line: str, word: str) -> None:
    found = [f for f in lint(in_work(line)) if f.severity is Severity.WARNING]
    assert [f.message.split('"')[1] for f in found] == [word], [f.message for f in found]
    assert (found[0].line, found[0].column) == (line_of(in_work(line), line), line.index(word) + 1)


@pytest.mark.parametrize("line", NOT_GENDERED)
def test_other_senses_and_other_people_are_left_alone(line: str) -> None:
    assert warned(in_work(line)) == []


def test_each_occurrence_is_one_finding_naming_the_word_and_the_neutral_one() -> None:
    found = warned(in_work("- The salesmen and the guys in ops, and the chairman too"))
    assert found == [
        '"salesmen" is a gendered job title: write "salespeople"',
        '"guys" is a gendered word for people: write "everyone, folks or team"',
        '"chairman" is a gendered job title: write "chair"',
    ]


def test_an_invitation_to_apply_names_no_colleague() -> None:
    line = "We especially welcome applications from women and from people who do not identify as men."
    assert warned(in_work("- Payments work") + f"\n{line}\n") == []
    assert (
        warned(in_work("- Payments work") + "\n### Women in Payments\nOur Women in Payments network meets monthly.\n")
        == []
    )


TECHNICAL = (
    "- Power iteration for the dominant eigenvalue; growth in daily active users; a force-directed layout;\n"
    "  architecture decision records; an individual contributor role; analytics and lead time;\n"
    "  the Support Team Lead; the support rotation, shared drive, dependencies, every commit and zero-trust;\n"
    "  competencies, a competitive salary, intellectual property and deterministic builds"
)


def test_technical_terms_never_count_at_any_severity() -> None:
    assert lint(in_work(TECHNICAL)) == []


def test_a_strongly_masculine_section_is_a_warning_at_its_first_coded_word_naming_it() -> None:
    body = in_work("- A fearless, decisive, self-sufficient engineer with a competitive streak who defends calls")
    (found,) = lint(body)
    assert found.severity is Severity.WARNING and 'the section "What You\'ll Work On"' in found.message
    assert (found.line, found.column) == (line_of(body, body.splitlines()[4]), 5)


def test_technical_words_do_not_offset_a_masculine_section() -> None:
    line = "- A fearless, decisive, competitive, self-sufficient engineer on the support rotation, with files on the shared drive, "
    (found,) = lint(in_work(line + "pinned dependencies and a review before every commit"))
    assert found.severity is Severity.WARNING


def test_boilerplate_in_another_section_never_offsets_a_coded_one() -> None:
    coded = in_work("- An aggressive, dominant, competitive, fearless engineer")
    kind = "\n### What we offer\nA warm, supportive, kind, caring, loyal, understanding and collaborative team.\n"
    equal = "\n### Our commitment to you\nWe are committed, honest and kind, and we decide on merit alone.\n"
    assert len(warned(coded + kind + equal)) == 1
    assert warned(in_work("- Ambitious") + equal + "\n### About us\nA dominant, competitive, aggressive firm.\n") == []


def test_coded_words_spread_over_sections_do_not_add_up() -> None:
    body = in_work("- An ambitious engineer") + "\n### How we work\nDecisive reviews, and an independent team.\n"
    assert warned(body) == []
