"""The one text front end (features/reading): any post body, whatever shape it arrived in, reads as the same
passages, each with its role and the way back to where it was written. Variants of each shape are our own."""

from __future__ import annotations

import pytest

from mobility_cli.features.reading.passage import (
    APPLY,
    BENEFITS,
    EQUAL_OPPORTUNITY,
    FIELD,
    HEADING,
    ITEM,
    NICE,
    REQUIREMENTS,
    RESPONSIBILITIES,
    ROW,
    Passage,
)
from mobility_cli.features.reading.post import read_body


def passages(body: str) -> list[Passage]:
    return list(read_body(body, 1))


def asked(body: str) -> list[str]:
    """The passages the requirements rules judge."""
    from mobility_cli.features.reading.asks import requirements_of

    return [p.text for p in requirements_of(tuple(passages(body)))]


@pytest.mark.parametrize(
    "marker",
    [
        "-",
        "*",
        "+",
        "•",
        "◦",
        "▪",
        "‣",
        "⁃",
        "–",
        "—",
        "➤",
        "►",
        "→",
        "✓",
        "✔",
        "☑",
        "★",
        "⭐",
        "🔹",
        "✅",
        "1.",
        "2)",
        "(a)",
        "b)",
        "iv.",
    ],
)
def test_a_list_item_is_an_item_whatever_its_marker(marker: str) -> None:
    body = f"### Requirements\n{marker} Writes runbooks for the on-call rota\n{marker} Reviews schema changes\n"
    found = [p for p in passages(body) if p.kind == ITEM]
    assert [p.text for p in found] == ["Writes runbooks for the on-call rota", "Reviews schema changes"]
    assert found[0].position(0) == (2, len(marker) + 2)


def test_html_left_in_the_text_is_read_as_structure_with_columns_kept() -> None:
    body = "<h3>What you bring</h3>\n<ul><li>Fluent&nbsp;SQL</li><li>Owns dashboards &amp; alerts</li></ul>\n"
    found = passages(body)
    assert found[0].kind == HEADING and found[0].role == REQUIREMENTS
    items = [p for p in found if p.kind == ITEM]
    assert [p.text for p in items] == ["Fluent SQL", "Owns dashboards & alerts"]
    line, column = items[0].position(items[0].text.index("SQL"))
    assert (line, column) == (2, "<ul><li>Fluent&nbsp;SQL".index("SQL") + 1)  # past the entity, on the letter
    line, column = items[1].position(items[1].text.index("alerts"))
    assert column == body.split("\n")[1].index("alerts") + 1


def test_a_wrapped_item_is_one_item_and_a_paragraph_after_it_is_not() -> None:
    body = (
        "### Requirements\n"
        "- Designs batch pipelines from the brokers'\n"
        "systems to modelled tables the team can query\n"
        "  without help\n"
        "- Writes postmortems\n"
        "Interested? Reply in #moves and we will set up a chat.\n"
    )
    found = passages(body)
    items = [p.text for p in found if p.kind == ITEM]
    assert (
        items[0]
        == "Designs batch pipelines from the brokers' systems to modelled tables the team can query without help"
    )
    assert items[1] == "Writes postmortems"
    assert APPLY in {p.role for p in found if p.text.startswith(("Interested", "Reply"))}


@pytest.mark.parametrize(
    "heading",
    [
        "**What you bring**",
        "WHAT YOU'LL NEED",
        "Your profile:",
        "#### Skills & Experience",
        "What we expect from you:",
        "<p><strong>Who you are</strong></p>",
        "## The must-haves",
    ],
)
def test_a_heading_of_any_shape_and_wording_opens_a_requirements_section(heading: str) -> None:
    body = f"Some words about the team.\n\n{heading}\n- Strong SQL\n- Explains trade-offs in writing\n"
    assert asked(body) == ["Strong SQL", "Explains trade-offs in writing"]


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Nice to have", NICE),
        ("Bonus points", NICE),
        ("What we offer", BENEFITS),
        ("Perks & benefits", BENEFITS),
        ("What you'll do", RESPONSIBILITIES),
        ("How to apply", APPLY),
        ("Our commitment to you", EQUAL_OPPORTUNITY),
    ],
)
def test_a_heading_gives_its_role_by_its_words(heading: str, role: str) -> None:
    found = passages(f"### {heading}\n- Something here\n")
    assert found[1].role == role


def test_a_table_is_read_row_by_row_with_its_header_as_label() -> None:
    body = "### Requirements\n| Skill | Level |\n|---|---|\n| Python | 3 years |\n| Incident reviews | leads them |\n"
    rows = [p for p in passages(body) if p.kind == ROW]
    assert [(p.text, p.line, p.label) for p in rows] == [
        ("Python | 3 years", 4, "Skill | Level"),
        ("Incident reviews | leads them", 5, "Skill | Level"),
    ]
    assert all(p.asking for p in rows) and rows[0].position(0) == (4, 3)


def test_field_lines_are_fields_and_their_name_gives_the_role() -> None:
    body = "### The job\nEducation: a degree in physics\nLocation: Remote\n**Key skills:** SQL, dbt\n"
    fields = {p.label: p for p in passages(body) if p.kind == FIELD}
    assert fields["Education"].role == REQUIREMENTS and fields["Education"].text == "a degree in physics"
    assert fields["Key skills"].role == REQUIREMENTS and fields["Key skills"].position(0) == (4, 17)
    assert not fields["Location"].asking


def test_a_label_bullet_is_context_not_a_requirement() -> None:
    body = "### Requirements\n- Operations:\n  - Runs the weekly capacity review\n  - Owns the rota\n"
    found = passages(body)
    assert asked(body) == ["Runs the weekly capacity review", "Owns the rota"]
    assert {p.label for p in found if p.kind == ITEM} == {"Operations"}


def test_an_equal_opportunity_sentence_hides_only_itself() -> None:
    body = (
        "### Requirements\n- Native English speaker\n"
        "- We welcome people of every age, gender, religion and ethnicity\n- Writes clear release notes\n"
    )
    assert asked(body) == ["Native English speaker", "Writes clear release notes"]


def test_benefits_and_an_invitation_after_the_list_are_not_requirements() -> None:
    body = (
        "### What We're Looking For\n- Calms frustrated customers\n- A €700 home-office budget\n"
        "- Dental insurance from day one\n\nTo apply, send us a note in #moves.\n"
        "We decide on skills alone, never on age, sex, race or disability.\n"
    )
    assert asked(body) == ["Calms frustrated customers"]


def test_a_sentence_about_the_list_is_not_a_requirement_but_one_about_the_candidate_is() -> None:
    body = "### Requirements\nWe kept this list short on purpose. You have run a support queue for a year.\n"
    assert asked(body) == ["You have run a support queue for a year."]


def test_an_unknown_heading_takes_its_role_from_what_its_items_ask() -> None:
    body = "### Du\n- Experience with dbt\n- You have shipped a data product\n\n### Our story\n- Founded in 2001\n- 300 people\n"
    assert asked(body) == ["Experience with dbt", "You have shipped a data product"]


def test_a_colon_line_under_how_to_apply_keeps_its_section_role() -> None:
    body = (
        "### How to Apply\nReply in #moves. Include:\n1. Why this role interests you\n2. A project you are proud of\n"
    )
    assert asked(body) == []


def test_quoted_text_is_read_where_it_is_asked_and_masked_where_it_is_mentioned() -> None:
    body = (
        '### Requirements\n- "Excellent communication skills"\n\n### About us\nWe dropped "rockstar" from our posts.\n'
    )
    found = passages(body)
    assert found[1].text == '"Excellent communication skills"'
    assert "rockstar" not in found[-1].text


def test_a_long_hostile_body_reads_in_linear_time() -> None:
    import time

    body = ("- " + "word " * 2000 + "\n") * 50 + "<li>" * 5000 + "&amp;" * 5000 + "\n" + "|" * 20000 + "\n"
    started = time.perf_counter()
    assert passages(body)
    assert time.perf_counter() - started < 5


def _passage(text: str, role: str, kind: str = ITEM, label: str = "") -> Passage:
    from mobility_cli.features.reading.passage import FIELD as _FIELD

    return Passage(text, 1, _FIELD if label else kind, role, "", label, ((0, 1, 1),))


@pytest.mark.parametrize(
    ("text", "role", "label", "expected"),
    [
        ("Hands-on experience with Conduit", REQUIREMENTS, "", True),
        ("Conduit", NICE, "", True),
        ("You'll need to know Conduit already: there is no time to learn it", RESPONSIBILITIES, "", True),
        ("Send a link to a Conduit pipeline you built yourself", APPLY, "", True),
        ("Apply through Conduit: open a ticket in the moves queue", APPLY, "", False),
        ("No Conduit experience needed; you'll pair on your first change", REQUIREMENTS, "", False),
        ("our in-house pipeline framework, nobody joins knowing it", "about", "Conduit", False),
        ("We'll walk you through Conduit in your first week", RESPONSIBILITIES, "", False),
        ("Q: Do I need to know Conduit?", "other", "", False),
        ("Conduit moves data from the brokers into the warehouse", "about", "", False),
    ],
)
def test_a_named_thing_is_asked_or_only_mentioned(text: str, role: str, label: str, expected: bool) -> None:
    from mobility_cli.features.reading.asks import asked

    start = text.find("Conduit")
    start = start if start >= 0 else 0
    assert asked(_passage(text, role, label=label), start, start + 7) is expected
