"""The one normal form of a post's words (features/reading/normal.py) and the term matcher built on it
(features/lint/vocabulary.py): every entry finds the ways people write it, at the column where it was written,
in time linear in the text; and the shipped exclusionary-language data is well formed."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mobility_cli.features.lint.vocabulary import (
    Entry,
    Vocabulary,
    entries_of,
    expand,
    forms,
    keys,
    load_vocabulary,
    term_paths,
)
from mobility_cli.features.reading.normal import normal_form, normalise, rough_words

RULES = "mobility_cli.features.lint.rules"


def entry(term: str, concept: str = "test") -> Entry:
    return Entry(term, concept, "why", "instead")


def found(vocabulary: Vocabulary, text: str) -> list[str]:
    return [text[hit.start : hit.end] for hit in vocabulary.find(text)]


# --- the normal form -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("Able–Bodied  staff", "able bodied staff"),  # an en dash between words, two spaces
        ("GEN‑Z\tfolks", "gen z folks"),  # a non-breaking hyphen, a tab
        ("driver’s  licence", "driver's licence"),
        ("“quoted” words", '"quoted" words'),
        ("M.Sc. or B. Com", "msc or bcom"),
        ("b.e./b.tech", "be/btech"),
        ("Snr. Analyst, jr dev", "senior analyst, junior dev"),
        ("Sr.Designer", "senior designer"),
        ("ages 30–45", "ages 30-45"),  # a range of numbers keeps one hyphen
        ("pre\u00adsales", "presales"),  # a soft hyphen goes
        ("Plan B. Then we ship", "plan b. then we ship"),  # not a qualification
        ("usr/share and Srikanth", "usr/share and srikanth"),  # not the abbreviation
        ("x - y", "x - y"),  # a dash between spaces is punctuation
        ("node.js, e.g. this", "node.js, eg this"),
    ],
)
def test_the_normal_form_reads_words_however_they_were_typed(written: str, normal: str) -> None:
    assert normal_form(written).text == normal


@given(st.text(alphabet="aBc.-–’' \t\u00adİSrjJ5.", max_size=60))
def test_every_index_of_the_normal_text_maps_back_into_the_text_in_order(text: str) -> None:
    result = normalise(text)
    mapped = [result.original(i) for i in range(len(result.text))]
    assert all(0 <= m < len(text) for m in mapped)
    assert mapped == sorted(mapped)
    assert result.original(len(result.text)) == len(text)


@given(st.text(alphabet="abcyzBSrJ .-–—’'‘`\t\u00ad\u200bİé5,;/()“", max_size=60))
def test_the_quick_word_test_holds_every_word_of_the_normal_form(text: str) -> None:
    """`rough_words` is a superset of the normal form's words of ASCII letters, or a test would skip a hit."""
    normal = [k for k in keys(normal_form(text).text) if k.isascii() and k.isalpha()]
    assert set(normal) <= set(rough_words(text))


def test_the_normal_form_is_linear_in_the_text() -> None:
    piece = "B.E. - Sr. able-bodied  x.y.z gen–z ‘quote’ \u00ad "
    small, large = piece * 200, piece * 2000
    start = time.perf_counter()
    normalise(small)
    first = time.perf_counter() - start
    start = time.perf_counter()
    normalise(large)
    assert time.perf_counter() - start < max(first * 40, 0.5)


# --- the matcher -----------------------------------------------------------------------------------------------

VOCABULARY = Vocabulary.of(
    [
        entry("wheel-bound"),
        entry("hex cx"),
        entry("perch for long spells"),
        entry("spells of perch"),
        entry("ocd"),
        entry("b. arch"),
        entry("hurry"),
        entry("smelt"),
        entry("tote # kg"),
        entry("tote * crates"),
        entry("quiet{,| and} {brave|bold}"),
        entry("solder's mark"),
    ],
    unless=["smelt ore", "not a hurry"],
)


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        ("Wheel-bound, wheel bound or WHEELBOUND", ["Wheel-bound", "wheel bound", "WHEELBOUND"]),
        ("Hex-CX, hex cx and hexcx", ["Hex-CX", "hex cx", "hexcx"]),
        ("Perching for long spells, and spells of perching", ["Perching for long spells", "spells of perching"]),
        ("hurried, hurries, hurrying, hurrier", ["hurried", "hurries", "hurrying", "hurrier"]),
        ("smelted, smelting, smelters", ["smelted", "smelting", "smelters"]),
        ("O.C.D. about tidy tables, ocd", ["O.C.D", "ocd"]),
        ("a B.Arch or a B. Arch", ["B.Arch", "B. Arch"]),
        ("tote 20kg, toting twelve kg, tote twenty-five crates", ["tote 20kg", "toting twelve kg"]),
        ("tote heavy crates", ["tote heavy crates"]),
        ("quiet, brave and quiet and bold", ["quiet, brave", "quiet and bold"]),
        ("a solder’s mark and solders mark", ["solder’s mark", "solders mark"]),
    ],
)
def test_an_entry_finds_its_variants_without_listing_them(text: str, hits: list[str]) -> None:
    assert found(VOCABULARY, text) == hits


@pytest.mark.parametrize(
    "text",
    [
        "the wheel, bound for the depot",  # a comma between the words
        "we smelt ore here",  # `unless` overlaps it
        "this is not a hurry",
        "spellbound perches",
        "hexagonal cx",
        "a toted crate",  # "*" needs a word between
    ],
)
def test_near_misses_are_not_hits(text: str) -> None:
    assert found(VOCABULARY, text) == []


def test_hits_are_the_longest_left_to_right_and_never_overlap() -> None:
    vocabulary = Vocabulary.of([entry("long"), entry("long spells"), entry("spells of rain")])
    assert found(vocabulary, "long spells of rain") == ["long spells"]
    assert found(vocabulary, "spells of rain, long") == ["spells of rain", "long"]


def test_a_short_word_does_not_find_another_word_that_looks_inflected() -> None:
    assert "grading" not in forms("grad") and "gradding" in forms("grad")
    assert "thing" not in forms("the")
    assert {"sitting", "sitter", "sits"} <= forms("sit")
    assert {"insanely", "crazier", "carried", "driving", "driver"} <= forms("insane") | forms("crazy") | forms(
        "carry"
    ) | forms("drive")


def test_hits_are_reported_in_the_text_as_written() -> None:
    text = "Mgr. note:  the  Wheel–Bound  team"
    (hit,) = VOCABULARY.find(text)
    assert text[hit.start : hit.end] == "Wheel–Bound"


def test_braces_expand_and_a_term_cannot_start_with_a_wildcard() -> None:
    assert expand("a{b| c|} d") == ["ab d", "a c d", "a d"]
    with pytest.raises(ValueError):
        list(term_paths("* crates"))
    with pytest.raises(ValueError):
        expand("{a|b|c|d|e|f|g|h}" * 5)


def test_the_matcher_is_linear_in_the_text() -> None:
    piece = "wheel hex perch for long tote 5 kg quiet, brave hurry not a "
    small, large = piece * 100, piece * 1000
    start = time.perf_counter()
    VOCABULARY.find(small)
    first = time.perf_counter() - start
    start = time.perf_counter()
    hits = VOCABULARY.find(large)
    assert time.perf_counter() - start < max(first * 40, 0.5)
    assert len(hits) == 3 * 1000  # tote 5 kg, quiet, brave, hurry (not "not a hurry": "wheel" follows)


def test_might_match_is_false_only_where_find_finds_nothing() -> None:
    for text in ["nothing here", "WHEELBOUND", "o.c.d.", "B. Arch", "tote 9kg", "perching for long spells"]:
        assert bool(VOCABULARY.find(text)) <= VOCABULARY.might_match(text)
    assert not VOCABULARY.might_match("a plain sentence about the payments api")


# --- data files ------------------------------------------------------------------------------------------------


def test_a_data_file_must_give_every_entry_its_concept_why_and_instead() -> None:
    with pytest.raises(ValueError, match="has no why"):
        entries_of([{"term": "x", "concept": "c", "instead": "y"}], "file")
    with pytest.raises(ValueError, match="neither"):
        entries_of([{"terms": ["x"]}], "file")
    wordings, unless = entries_of([{"term": "x", "concept": "c", "why": "w", "instead": "i", "variants": ["y"]}], "f")
    assert [w for w, _ in wordings] == ["x", "y"] and unless == []


def test_every_shipped_wording_finds_its_own_entry() -> None:
    """A wording in the data that cannot find itself is a typo: each one, written out, is a hit of its entry."""
    from pathlib import Path

    import yaml

    path = Path(__file__).parents[1] / "mobility_cli" / "features" / "lint" / "rules" / "exclusionary_language.yaml"
    wordings, _ = entries_of(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)
    vocabulary = load_vocabulary(RULES, "exclusionary_language.yaml")
    lost = []
    for wording, wanted in wordings:
        for written in expand(wording):
            text = written.replace("*", "big").replace("#", "12")
            if wanted not in [hit.entry for hit in vocabulary.find(text)]:
                lost.append(text)
    assert not lost, lost
    assert {e.concept for e in vocabulary.entries} >= {"origin", "age", "ability", "ableist-idiom", "race-idiom"}
