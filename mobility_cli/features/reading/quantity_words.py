"""The words the quantity reader (quantities.py) knows, and the text cut into words with the clause each word is
in. Kept apart so that the reader's rules read as rules: a word list here is data, not logic."""

from __future__ import annotations

import re
from dataclasses import dataclass


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# a word, a number or one other character; no two parts can match the same text, so nothing backtracks
_TOKEN = re.compile(r"&nbsp;|[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)?|\S")
_ONES = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen"
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
VALUE = {w: float(n) for n, w in enumerate((_ONES + " eighteen nineteen").split(), 1)}
VALUE |= {w: float(n) for n, w in zip(range(20, 100, 10), _TENS.split(), strict=True)}
VAGUE = _set("several many multiple numerous few couple handful")
UNIT = {"year": 1.0, "yr": 1.0, "y": 1.0, "yoe": 1.0, "month": 1 / 12, "mo": 1 / 12, "mth": 1 / 12, "decade": 10.0}
UNIT |= {w + "s": v for w, v in UNIT.items() if w not in ("y", "yoe")}
_FILLER = _set("full long solid good whole more additional consecutive continuous straight")
# bounds written before a number ("at least 3") and after it or its unit ("3+ years", "2 years minimum")
BEFORE = {p: b for b, ps in (
    ("low", "at least|at minimum|min|min .|min of|minimum|minimum of|a minimum of|a min of|no less than"
     "|not less than|no fewer than|more than|over|above|well over|upwards of|in excess of|>|≥|older than"),
    ("high", "no more than|not more than|less than|fewer than|under|below|up to|max|max .|maximum|maximum of"
     "|a maximum of|at most|not over|not above|not exceeding|nearly|almost|<|≤|younger than|no older than"
     "|not older than"),
    ("about", "around|about|approximately|approx|approx .|roughly|~|some"),
    ("between", "between|aged between"),
) for p in ps.split("|")}  # fmt: skip
AFTER = {p: b for b, ps in (
    ("low", "+|plus|- plus|or more|or longer|or above|or over|or greater|and above|and up|and over|and more"
     "|minimum|min|min .|at least|or older"),
    ("high", "or less|or fewer|or under|or below|and under|and below|max|max .|maximum|at most|or younger"),
    ("about", "or so"),
) for p in ps.split("|")}  # fmt: skip
_EDGES = {p.split()[-1] for p in BEFORE} | {p.split()[0] for p in AFTER}
_AFTER_Y = {"", "of", "in", "exp", "experience", "+", ".", ",", ";", ")", "or", "and", "-", "as", "with"}
_ABBREVIATIONS = _set("min max exp yrs yr mos approx e g i etc incl vs no y o d b")
# Whose time it is (quantity_kinds.holder): the candidate, the company and its people, what makes a name a subject.
CANDIDATE = _set("you you're you've your yours yourself candidate candidates applicant applicants someone somebody")
CANDIDATE |= _set("anyone anybody whoever individual hire person")
FUTURE = _set("will would can could may might shall get gain")
OTHERS = _set("i i've i'm i'd he she he's she's my his her")
WE = _set("we we've we're we'd we'll our")
COMPANY = _set("company team squad hub business firm organisation organization department desk platform product")
COMPANY |= _set("service system app codebase warehouse stack office brand it it's its pipeline pipelines")
THINGS = COMPANY | _set("which this that building tool code data site plant fleet truck trucks machine car")
AUX = _set("has have had is was are were 's 've been exists existed runs ran moved shipped built operated served")
AUX |= _set("brings combines averages totals counts boasts")
NOT_NAMES = AUX | _set("this that there it here these those what which when where if as after before since for must")
NOT_NAMES |= _set("should will would can could may might need needs ideally preferably please")
# Ages, bounds, audiences ("learners aged 11 to 18" are the product's), verbs that take years as their object.
PERSON = CANDIDATE | OTHERS | _set("be being aged who people person persons individuals applicants men women")
LEADS_IN = _set("for of with than least about around nearly almost after within in over spent spend just only another")
LEADS_IN |= _set("than more less half has have had bring brings plus : ( - – , and or")
UPPER = _set("under below max maximum limit cap upper most up less fewer younger <")
LOWER = _set("over above min minimum least lower more older >")
LIMIT = _set("under below over above no not max maximum min minimum least most than up younger older between")
AUDIENCE = _set("learners students pupils children kids users customers teenagers teens patients clients players")
AUDIENCE |= _set("readers families residents cohort cohorts classes intake members")
NOT_VERBS = AUX | CANDIDATE | _set("years months decades this these those others ours yours theirs its always")
AT_LEAST = _set("+ plus least minimum min more over above well excess upwards")
COMMITMENT = _set("commit committed commitment willing available availability stay remain relocate contract")
COMMITMENT |= _set("relocation sponsorship visa permit")
COLLEAGUES = _set("manager team lead colleagues colleague mentor teammates peers boss buddy director head reports")
ASK_VERBS = _set("must should need needs want wants looking look seek seeking expect expects require requires prefer")
ASK_VERBS |= _set("prefers ideally preferably hire hiring like love")
AMONG = _set("alongside among amongst beside join joining mentored surrounded")
SUBJECTS = CANDIDATE | OTHERS | WE | COMPANY | AMONG
# What the words around a duration say it is: served, asked, graduated, kept, earned, a window, data, a length.
EXPERIENCE = _set("experience exp expertise yoe track background seniority behind belt veteran veterans")
ASKING = EXPERIENCE | _set("ideally preferably preferred required requires require must need needs needed want wanted")
ASKING |= _set("seeking minimum min least have having has bring brings")
GRADUATION = _set("graduated graduating graduation graduates grads passouts passout outs alumni")
RETAIN = _set("keep keeps kept keeping retain retains retained retaining retention store stores stored storing")
RETAIN |= _set("archive archived archives preserve preserved delete deleted deletes purge purged erase erased")
SERVICE = _set("tenure anniversary sabbatical average averages")
BENEFIT = _set("leave holiday holidays vacation days sabbatical bonus vest vests vesting pension raise rise rises")
BENEFIT |= _set("rising extra additional increase increases earn earns entitled eligible gets loyalty award paid")
WINDOW = _set("last past next first coming previous recent following initial final in within by during every")
WINDOW |= _set("each per this these those once twice")
DATA = _set("data history records record logs archive archives backups bookings shipments transactions events")
DATA |= _set("orders invoices tickets metrics growth runway funding neglect underinvestment operation operations")
SPAN_NOUNS = _set("contract secondment plan strategy roadmap program programme project term period assignment")
SPAN_NOUNS |= _set("rotation internship placement apprenticeship course degree diploma warranty lease notice")
SPAN_NOUNS |= _set("probation trial pilot commitment cycle horizon timeline forecast subscription")
SPAN_NOUNS |= _set("licence license budget loan mortgage migration leave holiday vacation pay salary length duration")
SPAN_LINKS = _set("of lasts last lasting is runs run for : - = will be up to spans covers takes a an the")
SPAN_AFTER = SPAN_NOUNS | DATA | _set("to from later earlier ahead away before after until out ago")
SHAPE = _set("in as with at across around working on doing using behind professional relevant industry commercial")
SHAPE |= _set("practical proven prior previous direct solid hands post full")
NOT_DOING = _set("during including according starting beginning morning evening nothing something anything")
NOT_DOING |= _set("everything bring thing things string spring ceiling pending following remaining ongoing")
NOT_DOING |= _set("upcoming outstanding exciting amazing interesting")
# Where "of ..." ends, what ends a clause, and the words around an age.
STOP = _set("in with at on for as from to and or , . ; ( ) that which who behind under across using including")
STOP |= _set("is are was were be has have will would should must can where when while because so but if we you")
STOP |= _set("they it our your their since until whose before after during within by via per than")
_BOUNDARY = _set(". ! ? ; | • ➤ ✔ ✓ ★ ▪ ● ◦ ‣ ⁃ →")
AGE_FILLER = _set(": limit of between range bracket group is must be should requirement - no not more less than")
AGE_FILLER |= _set("under below above over max maximum min minimum up to the from at least most cap ( preferably")
AGE_DECADES = _set("twenties thirties forties fifties sixties")
AGE_END = _set(". , ; ) s ' only and or please preferred preferably welcome need apply are at as on by is who to")
AGE_END |= _set("in ! ? : with that")


@dataclass(slots=True)
class Words:
    """The text cut into words (lower case, ’ as '), with offsets and the clause each is in."""

    text: str
    starts: list[int]
    ends: list[int]
    words: list[str]
    clause: list[int]

    def at(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def phrase(self, i: int, n: int) -> str:
        return " ".join(self.words[i : i + n]) if i >= 0 and i + n <= len(self.words) else ""

    def before(self, i: int, n: int = 12) -> list[str]:
        """Up to n words before i, in i's clause."""
        k = i
        while k > 0 and i - k < n and self.clause[k - 1] == self.clause[i]:
            k -= 1
        return self.words[k:i]

    def after(self, j: int, n: int = 8) -> list[str]:
        """Up to n words from j on, in the clause of the word before j."""
        c = self.clause[j - 1] if j > 0 else 0
        k = j
        while k < len(self.words) and k - j < n and self.clause[k] == c:
            k += 1
        return self.words[j:k]


def cut(text: str) -> Words:
    """Cut once; a clause ends at a sentence's end (not an abbreviation's dot), a semicolon, a bullet, or a line
    break before a capital or a marker."""
    found = Words(text, [], [], [], [])
    starts, ends, words, clauses = found.starts, found.ends, found.words, found.clause
    clause, end, previous = 0, 0, ""
    lowered = text.lower().replace("’", "'")
    same = len(lowered) == len(text)  # else a letter lowers to two ("İ"): each word is lowered on its own
    for match in _TOKEN.finditer(lowered if same else text):
        start, word = match.start(), match.group() if same else match.group().lower().replace("’", "'")
        if word == "&nbsp;":
            continue
        if text.find("\n", end, start) >= 0 and (word in _BOUNDARY or not text[start].islower()):
            clause += 1
        end = match.end()
        starts.append(start)
        ends.append(end)
        words.append(word)
        clauses.append(clause)
        if word in _BOUNDARY and not (word == "." and previous in _ABBREVIATIONS):
            clause += 1
        previous = word
    return found


def number(w: Words, i: int) -> tuple[float | None, int] | None:
    """The number at word i ("5", "five", "twenty-five", "one (1)", "a", "a couple of"), and the word after it;
    its value is None for a vague one ("several", "a few")."""
    word, j = w.at(i), i + 1
    if word[:1].isdigit():
        whole, _, part = word.replace(",", ".").partition(".")
        if len(whole) > 3 or len(part) > 2:
            return None  # a year, a thousands figure or a long run of digits: not a number of years
        value: float | None = float(word.replace(",", "."))
    elif word in VALUE:
        value = VALUE[word]
        if value >= 20 and w.at(j + (w.at(j) == "-")) in VALUE and VALUE[w.at(j + (w.at(j) == "-"))] < 10:
            value, j = value + VALUE[w.at(j + (w.at(j) == "-"))], j + 1 + (w.at(j) == "-")
    elif word in ("a", "an", "half"):
        if word == "half" or w.at(j) in ("couple", "few"):
            return number(w, j) if word == "a" else ((0.5, j + 1) if w.at(j) in ("a", "an") else None)
        return (1.0, j) if w.at(j) in UNIT or (w.at(j) == "-" and w.at(j + 1) in UNIT) else None
    elif word in VAGUE:
        value = 2.0 if word == "couple" else None
        j += w.at(j) == "of" and word in ("couple", "handful")
    else:
        return None
    if w.at(j) == "(" and (w.at(j + 1)[:1].isdigit() or w.at(j + 1) in VALUE) and w.at(j + 2) == ")":
        j += 3  # "one (1) year", "2 (two) years"
    if value is not None and w.phrase(j, 3) == "and a half":
        value, j = value + 0.5, j + 3
    return value, j


def bound_at(w: Words, i: int, table: dict[str, str], backwards: bool) -> tuple[str, int] | None:
    """A bound written before word i (backwards) or from word i on, and where it starts or ends."""
    edge = w.at(i - 1).rpartition(" ")[2] if backwards else w.at(i)
    if edge not in _EDGES:
        return None  # most words end or start no bound: one set look
    for n in (3, 2, 1):
        phrase = w.phrase(i - n, n) if backwards else w.phrase(i, n)
        if phrase in table and (not backwards or i - n >= 0):
            return table[phrase], (i - n if backwards else i + n)
    return None


def amount(w: Words, i: int, between: bool) -> tuple[float | None, float | None, str, int] | None:
    """A number or a range of numbers from word i ("3-5", "three to five", "2 or more"): low, high, the bound
    written after it, and the word after."""
    first = number(w, i)
    if first is None:
        return None
    low, j = first
    high, (bound, j) = low, bound_at(w, j, AFTER, False) or ("", j)
    if w.at(j) in ("-", "–", "—", "to", "or", "/", "~") or (between and w.at(j) in ("and", "&")):
        second = number(w, j + 1)
        if second is not None and second[0] is not None and low is not None:
            high, (bound, j) = second[0], bound_at(w, second[1], AFTER, False) or (bound, second[1])
    return low, high, bound, j


def unit(w: Words, j: int) -> tuple[float, int] | None:
    """The unit at word j ("years", "yrs.", "months'", "y" written on the number), and the word after it."""
    j += w.at(j) in _FILLER and w.at(j + 1) in UNIT
    factor = UNIT.get(w.at(j))
    if factor is None or (w.at(j) == "y" and w.starts[j] != w.ends[j - 1] and w.at(j + 1) not in _AFTER_Y):
        return None  # "3y", "Min. 3 y of ...", not "the 5 y axis"
    j += 1
    j += w.at(j) == "." and w.at(j - 1) in ("yrs", "yr", "mos", "mo", "mths", "mth") and w.starts[j] == w.ends[j - 1]
    j += w.at(j) == "'" and w.starts[j] == w.ends[j - 1]  # "3 years' experience"
    return factor, j


def scaled(value: float | None, factor: float) -> float | None:
    return None if value is None else round(value * factor, 4)
