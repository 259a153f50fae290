"""What a duration counts, from the words around it in its clause (quantities.py reads the duration itself).

The questions are asked in order and the first answer wins: is it an age ("eight years old", "of age"), time
served ("of experience", "behind you"), a graduation ("graduated in the last two years"), how long something is
kept, a benefit earned by service ("after five years with us"), the company's own history ("we have moved
freight for 35 years"), a window or length of something else ("the next two years", "a five-year plan",
"ten years of booking data"), and last, time served by its shape ("5 years in e-commerce", "3+ years as an
analyst", "you have spent a decade ..."). What is none of these is a plain duration."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from mobility_cli.features.reading import quantity_words as lex
from mobility_cli.features.reading.quantity_words import Words


def holder(w: Words, i: int) -> str | None:
    """Whose time a quantity at word i is, from the nearest subject before it in its clause: "candidate" (you,
    someone, candidates), "future" (what you will get), "company" (we, the team, a colleague, the product), or
    None where the clause names nobody (a requirement bullet: "4+ years of Go")."""
    k = i - 1
    while k >= 0 and w.clause[k] == w.clause[i] and i - k <= 16:
        whose = _subject(w, k, i)
        if whose:
            return whose
        k -= 1
    first = k + 1  # "Fernhill has moved freight for 35 years": a name that opens the clause, then its verb
    named = first < i and w.text[w.starts[first]].isupper() and w.words[first] not in lex.NOT_NAMES
    return "company" if named and w.at(first + 1) in lex.AUX else None


def _subject(w: Words, k: int, i: int) -> str | None:
    """Whose time it is if word k, before the quantity at word i, is the subject."""
    word = w.words[k]
    if word not in lex.SUBJECTS:
        return None  # most words are no one: one set look
    asks = any(w.at(n) in lex.ASK_VERBS for n in range(max(k - 2, 0), min(k + 4, i)))
    if (word == "your" and w.at(k + 1) in lex.COLLEAGUES) or word in lex.AMONG:
        return "company"  # "your manager has ten years in the field", "alongside engineers with ..."
    if word in ("someone", "somebody", "anyone") and {w.at(k + 2), w.at(k + 3)} & {"team", "here", "us"}:
        return "company"  # "someone on the team has spent six years on it"
    if word in lex.CANDIDATE:
        future = word in ("you'll", "you'd") or w.at(k + 1) in lex.FUTURE
        asks = asks or bool({w.at(k + 1), w.at(k + 2)} & {"bring", "have"})  # "you would bring", "you'll have"
        return "future" if future and not asks else "candidate"  # "you'll gain", but "you'll need"
    verb = w.at(k + 1) in lex.AUX or (w.at(k + 1) in ("that", "which") and w.at(k + 2) in lex.AUX)
    if word in lex.OTHERS or word in lex.WE or (word in lex.COMPANY and verb):
        return "candidate" if asks else "company"  # "we'd want to see at least three years", "he must have"
    return None


@dataclass(frozen=True, slots=True)
class Around:
    """The words around a duration: before it and after it in its clause, its own words, whose it is."""

    before: list[str]
    after: list[str]
    span: list[str]
    holder: str | None
    hyphen: bool  # written as an adjective: "a five-year plan"
    years: float | None = None  # its value in years, the upper bound where it has one

    @property
    def words(self) -> set[str]:
        return {*self.before, *self.after}

    def near(self) -> list[str]:
        """The words right after it, up to a comma."""
        head = self.after[:6]
        return head[: head.index(",")] if "," in head else head

    def of(self) -> list[str]:
        """What it is "of": the words after "of", up to four, to the first preposition or punctuation."""
        found: list[str] = []
        skip = 1 if self.after[:1] == ["of"] else 2 if self.after[:2] == ["worth", "of"] else 0  # "5 years' worth of"
        for word in self.after[skip : skip + 4] if skip else []:
            if word in lex.STOP:
                break
            found.append(word)
        return found


def _age(a: Around) -> str | None:
    """ "28 years of age", "18 or older", "under 35 years old": a person's age; "the warehouse is eight years
    old" is the product's history, told by a thing before it or by no person and no limit."""
    if a.after[:2] == ["of", "age"] or {"older", "younger"} & set(a.span) or _age_limit(a):
        return "age"
    if not (a.after[:1] in (["old"], ["young"], ["yo"]) or a.after[:2] == ["-", "old"]):
        return None
    if a.before[-1:] and a.before[-1] in lex.AUDIENCE:
        return "company"  # "learners 14 to 18 years old": the product's audience
    person = a.holder in ("candidate", "future") or lex.PERSON & set(a.before)
    limit = lex.LIMIT & set(a.span) and not lex.THINGS & set(a.before)
    return "age" if person or limit or (a.hyphen and a.after[2:3] and a.after[2] in lex.PERSON) else "company"


def _age_limit(a: Around) -> bool:
    """ "candidates below 30 years": a limit of a person's years that no one serves (a cap on experience is a few
    years, and says what of: "no more than two years of experience", "under 3 years in industry")."""
    if a.years is None or a.years < 18 or not lex.LIMIT & set(a.span) or a.holder not in ("candidate", None):
        return False
    said = a.of() or lex.EXPERIENCE & set(a.near()) or (a.after[:1] and a.after[0] in lex.SHAPE)
    return not said and not lex.LEADS_IN & set(a.before[-1:]) and bool(lex.PERSON & set(a.before))


def _served(a: Around) -> str | None:
    """ "of experience", "experience" after it, "behind you", "yoe": time served, the candidate's or, where the
    clause says so, the team's ("our team has 40 years of combined experience")."""
    if lex.EXPERIENCE & set(a.near()) or "yoe" in a.span:
        shared = {"combined", "collective", "between"} & set(a.near())  # "40 years of combined experience"
        return "company" if a.holder == "company" or shared else "experience"
    if {"aged", "age", "ages", "be", "being"} & set(a.before[-3:]):
        return "age"  # "aged 21 to 30 years", "must be over 18 years"
    return None


def _graduation(a: Around) -> str | None:
    """ "graduated within the last two years", "three years since graduation", "two years out of university"."""
    passed_out = any(x in ("pass", "passed", "passing") and y == "out" for x, y in pairwise(a.before))
    return "graduation" if lex.GRADUATION & a.words or a.after[:2] == ["out", "of"] or passed_out else None


def _retention(a: Around) -> str | None:
    """ "we keep applications for 12 months", "records are retained for six years"."""
    return "retention" if lex.RETAIN & a.words else None


def _service(a: Around) -> str | None:
    """A benefit or fact earned by time with the company: "after five years with us", "ten years of service",
    "average tenure", "have been here for eight years"."""
    after = a.after[:3]
    if after[:2] in (["of", "service"], ["with", "us"]) or after[:1] in (["here"], ["service"]):
        return "service"
    if lex.SERVICE & a.words or ("been" in a.before and ("here" in a.words or "us" in a.before)):
        return "service"
    if after[:1] in (["with"], ["at"]) and after[1:2] == ["the"] and after[2:] and after[2] in lex.COMPANY:
        return "service"
    if a.before[-1:] in (["after"], ["every"], ["each"], ["per"]) and (
        lex.BENEFIT & a.words or after[:1] in (["with"], ["at"])
    ):
        return "service"
    return None


def _window(a: Around) -> str | None:
    """ "the next two years", "in 18 months", "every three years", "one course a year": a window of time or a
    rate, whoever's clause it is."""
    if a.before[-1:] and a.before[-1] in lex.WINDOW:
        return "duration"
    rate = a.span[:1] in (["a"], ["an"]) and a.before[-1:] and a.before[-1] not in lex.LEADS_IN
    return "duration" if rate and a.after[:1] in ([], [","], ["."], [";"], ["and"], ["or"], [")"]) else None


def _history(a: Around) -> str | None:
    """The company's, team's or product's own time: "five years ago", "a 35-year history", "founded"."""
    if a.after[:1] == ["ago"] or a.after[:2] == ["in", "business"] or {"founded", "established"} & set(a.before):
        return "company"
    return "company" if a.hyphen and a.after[:1] and a.after[0] in ("history", "heritage", "legacy") else None


def _period(a: Around) -> str | None:
    """The length of something else: "a five-year plan", "a contract of 12 months", "a 12-month secondment",
    "ten years of booking data"."""
    of = a.of()
    if a.hyphen or (of and of[-1] in lex.SPAN_AFTER) or (a.after[:1] and a.after[0] in lex.SPAN_AFTER):
        return "duration"
    if a.after[:3] == ["in", "a", "row"] or _object(a) or lex.COMMITMENT & a.words:
        return "duration"  # "in a row", "maintains 10 years of content", "willing to commit for 18 months"
    k = len(a.before) - 1
    while k > 0 and a.before[k] in lex.SPAN_LINKS:
        k -= 1  # "the contract runs for 2 years", "probation period: 3 months"
    return "duration" if k < len(a.before) - 1 and a.before[k] in lex.SPAN_NOUNS else None


def _object(a: Around) -> bool:
    """ "Maintains 10 years of course content", "Answers questions with SQL over ten years of bookings": the
    object of the bullet's verb, not time the candidate served (which a verb does not take directly)."""
    if not a.before or a.before[-1] in lex.LEADS_IN or lex.ASKING & set(a.before):
        return False
    verb = a.before[0]
    return len(verb) > 3 and verb.endswith("s") and verb not in lex.NOT_VERBS


def _shape(a: Around) -> str | None:
    """Time served by its shape: "of <skill>", "in <field>", "as a ...", "with <tool>", "<doing something>",
    a clause that asks about experience, or the candidate's own time ("you have spent a decade ...")."""
    if a.holder in ("company", "future"):  # "we have moved freight for 35 years", "you will spend 12 months in ..."
        return "company" if a.holder == "company" else "duration"
    first = a.after[0] if a.after else ""
    doing = first.endswith("ing") and len(first) > 4 and first not in lex.NOT_DOING
    if a.of() or first in lex.SHAPE or doing:
        return "experience"
    if lex.ASKING & set(a.before) or a.holder == "candidate":
        return "experience"  # "Experience Required: 2-4 Years", "ideally 2 years", "you have spent a decade ..."
    return "experience" if lex.AT_LEAST & set(a.span) else None  # "8+ years", "well over ten years"


_QUESTIONS: tuple[Callable[[Around], str | None], ...] = (
    _age,
    _served,
    _graduation,
    _retention,
    _service,
    _window,
    _history,
    _period,
    _shape,
)


def kind_of(w: Words, start: int, end: int, hyphen: bool, years: float | None = None) -> str:
    """What the duration on words start..end (`years` long, where known) counts (see the module's docstring)."""
    a = Around(w.before(start), w.after(end, 10), w.words[start:end], holder(w, start), hyphen, years)
    for question in _QUESTIONS:
        kind = question(a)
        if kind:
            return kind
    return "duration"


def since_kind(w: Words, i: int, j: int) -> str:
    """What "since 2020" (words i..j) counts: the candidate's time, unless its clause is the company's ("we have
    run Airflow since 2019", "Since 2019, the hub has ...", "the squad exists since 2023") or a graduation."""
    before, after = w.before(i), w.after(j, 4)
    if lex.GRADUATION & {*before, *after}:
        return "graduation"
    whose = holder(w, i)
    if whose is None and (w.at(j) == "," or not before):  # "Since 2019, we have ...", "Since 2011 we have ..."
        whose = "company" if (lex.WE | lex.COMPANY) & set(after) else None
    if whose == "company" or {"founded", "established", "operating", "business"} & set(before):
        return "company"
    # "the carrier app sends events since 2021": a thing that does something, not "has built pipelines since ..."
    acting = any(x in lex.THINGS and len(y) > 3 and y[-1] in "sd" for x, y in pairwise(before))
    return "company" if acting and whose != "candidate" else "experience"
