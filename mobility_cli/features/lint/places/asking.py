"""Where a text prefers or requires a place: a clause with a word that prefers ("preferred", "ideally", "a
big plus", "bonus if you're in", "it helps if", "we'd love you to be within", "X-based candidates have an
advantage") or requires ("must be based in", "must live within", "only candidates from", "residents of X only",
"within commuting distance of"), and a place that the finder reads as a place near it, unless the clause says
the opposite ("anywhere", "no time zone preferred", "you don't need to be in London")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import NamedTuple

import re2

from mobility_cli.features.lint.places.finder import ZONE, Place, places_in
from mobility_cli.features.lint.places.words import Spans

# Substrings one of which each word that prefers or requires (below) contains.
STEMS = (
    *("prefer", "ideal", "plus", "bonus", "nice", "lean", "priorit", "edge", "advantage", "love", "favo", "points"),
    *("credit", "good to", "better", "would be", "help", "happy", "keen", "especially", "particularly", "encourag"),
    *("consider", "first", "suit", "works best", "possible", "hoping", "leg up", "step up", "head start", "upper"),
    *("stand", "higher", "desir", "appreciat", "must", "need", "have to", "has to", "requir", "expected to"),
    *("asked to", "should", "only", "exclusively", "open to", "available to", "limited to", "restricted to"),
    *("confined to", "within", "commut", "mandatory", "essential", "negotiable", "compulsory", "site", "onsite"),
    "office",
)
RESIDENCE_STEMS = ("based", "locat", "live", "living", "resid", "situated")
# RE2 scans for sixty words as one automaton, several times faster than Python's engine (no lookarounds here);
# each at the start of a word, so that "deliver", "knowledge" and "understand" are no "live", "edge", "stand".
_STEM = re2.compile(
    r"\b(?:(?P<lives>" + "|".join(map(re.escape, RESIDENCE_STEMS)) + ")|" + "|".join(map(re.escape, STEMS)) + ")"
)
PREFERENCE = re.compile(
    r"\b(?:preferred|preferably|prefer(?:s|ence|able)?|ideally|ideal|desirable|appreciated"
    r"|an?\s+(?:(?:big|huge|real|strong|definite|major|great|nice|significant|added|extra|massive|distinct|clear)\s+)?"
    r"(?:plus|bonus|advantage)|bonus\s+(?:points?|if|for\s+(?:being|living|anyone|candidates|those|people|folks|someone|you))|bonus(?=\s*[:!)])|plus\s+points?|extra\s+(?:points|credit)"
    r"|brownie\s+points|nice\s+to\s+have|good\s+to\s+have|nice\s+if|even\s+better|all\s+the\s+better"
    r"|(?:nice|welcome|added|big)\s+extra"
    r"|lean(?:s|ing)?\s+towards?|(?:will\s+be\s+)?prioriti[sz]ed?"
    r"|(?:given|get|gets|have|has|take|takes|give|giving)\s+(?:first\s+)?(?:priority|preference|consideration)"
    r"|priority\s+(?:will\s+be\s+|is\s+)?given|(?:have|has|get|gets|with)\s+an\s+edge|at\s+an\s+advantage"
    r"|advantageous|(?:we'd|we\s+would|would|we'll|i'd)\s+(?:really\s+)?love"
    r"|love\s+(?:to\s+(?:hear|see|meet|find|have)|someone|people|you|folks|candidates)|favou?r(?:ed|s)?"
    r"|would\s+be\s+(?:great|ideal|nice|good|helpful|handy|perfect|amazing|wonderful|awesome|lovely|useful|best"
    r"|better|welcome|appreciated|a\s+(?:plus|bonus))|(?:it|that)\s+helps|helps?\s+if|(?:it'd|it\s+would|would)\s+help"
    r"|helpful|happy\s+to\s+hear\s+from|keen\s+to\s+(?:hear|find|meet)"
    r"|(?:especially|particularly)\s+(?:keen|interested|welcome|if|those|people|candidates|applicants|folks)"
    r"|encourage[ds]?\s+(?:to\s+apply|applicants|candidates|people)|considered\s+first|first\s+in\s+line"
    r"|(?:would|will)\s+suit|suits\s+(?:someone|people|candidates)|best\s+suited|works\s+best"
    r"|if\s+possible|where\s+possible|hoping\s+(?:for|to\s+find)|(?:leg|step)\s+up|head\s+start|upper\s+hand"
    r"|stand(?:s)?\s+out|scores?\s+higher)\b",
    re.IGNORECASE,
)
REQUIREMENT = re.compile(
    r"\b(?:(?:must|need(?:s)?\s+to|have\s+to|has\s+to|required\s+to|expected\s+to|asked\s+to|should|will\s+need\s+to"
    r"|'ll\s+need\s+to)\s+(?:(?:already|currently|permanently|physically|still|also|all)\s+)?(?:be\s+)?(?:an?\s+)?"
    r"(?:based|located|living|resident|residing|situated|settled|live|reside|relocate|move|in|within|near|from)"
    r"|requires?\s+(?:you|candidates|applicants|hires|employees|everyone|the\s+(?:successful\s+)?(?:candidate|person"
    r"|hire))\s+to\s+(?:be|live|reside|relocate)"
    r"|(?:only|exclusively)\s+(?:able\s+to\s+)?(?:(?:open|available)\s+to\s+)?(?:(?:hire|hiring|employ|employing|consider|considering"
    r"|accept|accepting|recruit|recruiting|interview|interviewing)\s+)?(?:candidates|applicants|people|residents"
    r"|those|folks|individuals|applications|hire|hiring|employ|consider|accept|recruit|engineers|designers|talent)"
    r"|(?:open|available|limited|restricted|confined)\s+(?:only\s+)?to\s+(?:candidates|applicants|people|residents"
    r"|those|folks|individuals|applications|employees|staff|hires|talent)"
    r"|(?:can|could|will)\s+only\s+(?:hire|employ|consider|accept|recruit|work\s+with|onboard|take)"
    r"|within\s+(?:a\s+)?(?:reasonable\s+)?(?:commut\w*|driving|travel(?:l?ing)?)\s+distance|commutable"
    r"|commuting\s+distance|able\s+to\s+commute|within\s+\d+\s*(?:miles?|mi|km|kilomet(?:re|er)s?|minutes?|mins?)"
    r"|(?:is|are)\s+(?:a\s+)?(?:must|required|mandatory|essential|requirement|non-negotiable|compulsory)"
    r"|mandatory|non-negotiable|on[\s-]?site|in[\s-]office|required\s+(?:location|country|region|state|city|base)"
    r"|(?:location|residency|base)\s+required|required(?=\s*\)))\b",
    re.IGNORECASE,
)
# A requirements bullet that says where the candidate lives is a requirement ("Based in Texas").
RESIDENCE = re.compile(
    r"\b(?:based|located|living|live|lives|reside|resides|residing|resident|situated)\s+"
    r"(?:(?:somewhere|permanently|currently)\s+)?(?:in|within|near|around|close\s+to|out\s+of|between)\b",
    re.IGNORECASE,
)
# Who else may be somewhere: "teams based in Berlin", "colleagues located in Lisbon" are no ask.
_OTHERS = frozenset(
    {"team", "teams", "colleagues", "customers", "clients", "partners", "stakeholders", "users", "offices", "we"}
    | {"company", "engineers", "designers", "who", "that", "which", "office", "we're", "is", "mostly", "hq"}
)
NEGATION = re.compile(
    r"\b(?:no|not|any|without)\s+(?:particular\s+|specific\s+|strong\s+)?(?:time[\s-]*zones?\s+|timezones?\s+"
    r"|location(?:al)?\s+|geographic(?:al)?\s+|country\s+|regional\s+)?(?:is\s+|are\s+)?(?:preferred|preference"
    r"|required|requirement|restrictions?|limits?)\b|\b(?:does\s+not|doesn't|don't|do\s+not)\s+(?:matter|mind)\b"
    r"|\banywhere\b|\bworldwide\b|\bwherever\b|\bregardless\s+of\b|\bno\s+matter\s+where\b|\bfrom\s+any\b"
    r"|\bin\s+any\s+(?:time[\s-]*zone|timezone|country|location|region|city|state)\b"
    r"|\b(?:don't|do\s+not|doesn't|does\s+not|won't|will\s+not|needn't|need\s+not|not|never|no\s+need\s+to)\s+"
    r"(?:need\s+to\s+|have\s+to\s+|required\s+to\s+|necessary\s+to\s+|expected\s+to\s+|asked\s+to\s+)?(?:be\s+)?"
    r"(?:based|located|living|live|reside|relocate|in|near|within)\b"
    r"|\bnot\s+(?:a\s+)?(?:requirement|necessary|needed|limited|restricted|essential|mandatory|required)\b|\bno\s+need\b",
    re.IGNORECASE,
)
# A hard limit with a legal reason stated beside it is the law's, not a preference.
LEGAL = re.compile(
    r"\b(?:payroll|(?:legal|local|registered)\s+entit(?:y|ies)|(?:our|an?|no)\s+entit(?:y|ies)\s+(?:in|there)"
    r"|employer\s+of\s+record|EOR|visas?|work\s+permits?|right\s+to\s+work|work(?:ing)?\s+authori[sz]ation"
    r"|authori[sz]ed\s+to\s+work|eligib\w+\s+to\s+work|sponsor\w*|data\s+residency|residency\s+(?:laws?|rules)"
    r"|data\s+protection\s+laws?|export\s+control\w*|ITAR|security\s+clearance|clearance|tax(?:es|ation)?\s+"
    r"(?:laws?|reasons|rules|purposes|registration)|for\s+tax|legal(?:ly)?\s+(?:reasons?|requirements?|required"
    r"|obligations?|restrictions?)|regulat\w+|licen[cs]\w*|labou?r\s+laws?|employment\s+laws?|HIPAA|FedRAMP"
    r"|government\s+contracts?|contractual(?:ly)?|citizens?(?:hip)?)\b",
    re.IGNORECASE,
)
# After a place, making it a trip, not a home: "in London for the first week", "in Lisbon twice a year".
TRAVEL = re.compile(
    r"\W*(?:[\w'’]+\W+){0,3}?(?:once|twice|quarterly|annually|yearly|monthly|every\s+\w+"
    r"|a\s+few\s+times|for\s+(?:the\s+|a\s+|an\s+|your\s+)?(?:first|onboarding|induction|kick-?off|offsite|retreat"
    r"|meetups?|week|two\s+weeks|conference|summit|interview))\b",
    re.IGNORECASE,
)
# A skill or a past: the places within the phrase are where it was done ("experience with Stripe in Europe",
# "you've sold into the public sector in France"), not where the candidate is to be.
EXPERIENCE = re.compile(
    r"\b(?:experienced?|expertise|background|familiarity|knowledge|track\s+record|(?:you've|you\s+have|you\s+had"
    r"|having|have\s+you)\s+(?:\w+\s+)?(?:lived|worked|sold|studied|travell?ed|shipped|launched|built|run|managed"
    r"|supported|taught|operated|served|grown|led|scaled|hired|done))\b",
    re.IGNORECASE,
)
_COMMUTE = re.compile(r"commut|\bwithin\s+\d", re.IGNORECASE)
# Hours that make a zone requirement checkable: "09:00-17:00", "9am to 1pm", "three hours of overlap".
HOURS = re.compile(
    r"\b\d{1,2}(?::\d\d|\s*[ap]\.?m\b\.?)\s*(?:-|–|—|to|until)\s*\d{1,2}(?::\d\d|\s*[ap]\.?m\b\.?)?"
    r"|\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six)\s*(?:hours?|hrs?|h)\s+(?:of\s+)?(?:daily\s+)?overlap",
    re.IGNORECASE,
)
# A clause ends at a sentence's end (not "U.S." nor "St."), a semicolon, a line, or a "but".
_CLAUSE = re.compile(r"(?<!\b[A-Z])(?<!\bSt)(?<!\bMt)[.;!?](?=\s|$)|\n|\s(?:but|although|though|however|whereas)\b")
_NEAR = 90  # characters between a word that asks and the place it asks for


class Ask(NamedTuple):
    """A clause's ask: where the asking word starts in the text, the place, and whether it is a requirement."""

    offset: int
    place: Place
    required: bool


def marked(texts: Sequence[str]) -> tuple[set[int], set[int]]:
    """Which of the texts hold a word that prefers or requires (STEMS), and which one that says where someone
    lives (RESIDENCE_STEMS): one scan of all the texts at once, so that a post's passages that ask nothing
    cost no pattern and no call each."""
    joined = "\n".join(texts).lower()
    asking: set[int] = set()
    living: set[int] = set()
    if len(texts) > 1 and _STEM.search(joined) is None:
        return asking, living  # most posts: one scan, nothing found
    starts = list(accumulate((len(t) + 1 for t in texts), initial=0))
    match = _STEM.search(joined)
    while match is not None:
        index = bisect_right(starts, match.start()) - 1
        if match.lastgroup == "lives":
            living.add(index)
            match = _STEM.search(joined, match.end())
        else:  # one word that asks is enough for a text: on to the next
            asking.add(index)
            match = _STEM.search(joined, starts[index + 1]) if index + 1 < len(texts) else None
    return asking, living


def asked_place(text: str, field: bool = False, nice: bool = False, requirement: bool = False) -> Ask | None:
    """The first place the text prefers or requires (`field`: a location field, where any place counts; `nice`:
    it stands under a nice-to-have heading, so it prefers; `requirement`: it is a requirement, so where it says
    the candidate lives it requires). None where the text states a legal reason: a limit the law sets."""
    asking, living = marked([text])
    if not (nice or asking or (requirement and living)):
        return None  # most passages ask nothing, and no other pattern runs on them
    start = 0
    for end in [m.start() for m in _CLAUSE.finditer(text)] + [len(text)]:
        question = text.startswith("?", end)  # "Do I need to be in Europe?" asks nothing of anyone
        found = None if question else _clause_ask(text[start:end], field, nice, requirement)
        if found is not None:
            if LEGAL.search(text):
                return None
            place = found.place._replace(start=start + found.place.start, end=start + found.place.end)
            return Ask(start + found.offset, place, found.required)
        start = end + 1
    return None


def _clause_ask(clause: str, field: bool, nice: bool, requirement: bool) -> Ask | None:
    """A clause's ask: a requirement said outright wins over a preference, a preference over where a
    requirement or a nice-to-have says the candidate lives ("Based in CET, preferred" prefers)."""
    prefers = Spans(m.span() for m in PREFERENCE.finditer(clause) if _ours(clause, m.start()))
    requires = Spans(m.span() for m in REQUIREMENT.finditer(clause))
    lives = Spans(m.span() for m in RESIDENCE.finditer(clause) if requirement and _candidate(clause, m.start()))
    if not (prefers or requires or lives or nice or "only" in clause.lower()) or NEGATION.search(clause):
        return None
    done = Spans(m.span() for m in EXPERIENCE.finditer(clause))
    commute, hours = _COMMUTE.search(clause) is not None, HOURS.search(clause) is not None  # once a clause
    for place in places_in(clause, field, Spans([*prefers.spans, *requires.spans, *lives.spans])):
        if TRAVEL.match(clause, place.end) and not commute:
            continue  # a trip, unless the clause asks to live within reach for it
        if any(_within(clause, span, place.start) for span in done.near(place.start, place.start, 60)):
            continue
        required, preferred, lived = (spans.near(place.start, place.end, _NEAR) for spans in (requires, prefers, lives))
        checkable = place.kind == ZONE and hours  # "in CET, 09:00-17:00": the hours make it checkable
        if nice:
            return Ask(min((s for s, _ in required + preferred + lived), default=place.start), place, False)
        if (required or place.only) and not checkable:
            return Ask(required[0][0] if required else place.start, place, True)
        if preferred or (lived and not checkable):
            return Ask((preferred or lived)[0][0], place, not preferred)
    return None


def _within(clause: str, span: tuple[int, int], start: int) -> bool:
    """Whether a place at `start` is inside the phrase of a skill or a past that `span` begins: after it, with
    no comma, bracket or dash between ("experience with Stripe in Europe", not "experience, ideally in Leeds")."""
    between = clause[span[1] : start]
    return 0 <= start - span[1] < 60 and not any(c in between for c in ",;:()—–") and " - " not in between


def _ours(clause: str, start: int) -> bool:
    """Whether a word that prefers there is the post's, for a candidate: not someone else's ("carriers who
    prefer to phone"), nor praise of a place ("Lisbon is an ideal base")."""
    before = clause[max(start - 30, 0) : start].split()
    if before and before[-1].lower() in {"who", "that", "which", "they", "customers", "users"}:
        return False
    return _PRAISE.match(clause, start) is None


_PRAISE = re.compile(r"ideal\s+(?:place|city|base|location|spot|hub|home|setting|destination|climate)", re.I)


def _candidate(clause: str, start: int) -> bool:
    """Whether "based in" there is said of the candidate, not of the team or the company."""
    before = clause[max(start - 30, 0) : start].split()
    return not before or before[-1].lower().strip(",'’") not in _OTHERS
