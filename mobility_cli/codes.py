"""The registry of diagnostic codes: stable names, default severities and the words behind them.

Formatters (SARIF rules, `--explain`) read descriptions from here, so a code is documented once.
Feature modules (lint rules, pitfall detectors) register their own codes through `register`.
"""

from __future__ import annotations

from dataclasses import dataclass

from mobility_cli.diagnostics import Severity


@dataclass(frozen=True, slots=True)
class CodeInfo:
    code: str
    severity: Severity
    summary: str
    rationale: str
    fix: str = ""


CODES: dict[str, CodeInfo] = {}


def register(info: CodeInfo) -> CodeInfo:
    CODES[info.code] = info
    return info


def info(code: str) -> CodeInfo:
    return CODES.get(code) or CodeInfo(code, Severity.ERROR, code, "")


E, W = Severity.ERROR, Severity.WARNING

for _info in (
    CodeInfo(
        "yaml-syntax",
        E,
        "The YAML or front matter cannot be parsed.",
        "A file that does not parse cannot be checked, and HR's change would silently not take effect.",
        "Fix the syntax at the line shown; indentation and unclosed quotes are the usual causes.",
    ),
    CodeInfo(
        "duplicate-key",
        E,
        "A key appears twice in one mapping.",
        "YAML keeps only the last value of a repeated key, so an earlier edit is lost without a word.",
        "Remove one of the two keys or merge their values.",
    ),
    CodeInfo(
        "schema",
        E,
        "The document does not match its schema.",
        "Every tool that reads the program relies on the documented shape of each file.",
        "Change the value as the message says; `mobility schema KIND` shows the full schema.",
    ),
    CodeInfo(
        "implicit-type",
        E,
        "YAML turned a value into something other than the text that was meant.",
        "YAML 1.1 reads no, on, yes, off as booleans, 1.10 as a number and 2026-11-01 as a date.",
        "Put the value in quotes.",
    ),
    CodeInfo(
        "yaml-version",
        W,
        "A value YAML 1.1 (mobility) and YAML 1.2 (most editors) read differently.",
        "mobility reads YAML 1.1 and most editors YAML 1.2: on a value like yes, 1:30 or 012 they disagree, so "
        "the editor and validate can say opposite things about the same line.",
        "Write the value so both read it alike: true or false, a plain decimal number, or text in quotes.",
    ),
    CodeInfo(
        "unresolved-reference",
        E,
        "A name that the program does not define.",
        "A lateral move, framework or post that points nowhere misleads the people who read it.",
        "Use a defined track or level id, or define the missing one.",
    ),
    CodeInfo(
        "duplicate-id",
        E,
        "Two things of one kind share an id.",
        "Ids name tracks, levels and posts everywhere; two of the same make every reference ambiguous.",
        "Rename or remove one of them.",
    ),
    CodeInfo(
        "invalid-id",
        E,
        "An id (written out, or taken from a file name) is not lowercase letters, digits and hyphens.",
        "Ids appear in links, file names and commands; odd characters break all three.",
        "Rename the file, or set `id:` to lowercase letters, digits and hyphens.",
    ),
    CodeInfo(
        "grade-order",
        E,
        "A track's grades go down from one level to the next.",
        "Grades make levels of different tracks comparable; a promotion cannot lower the grade.",
        "Reorder the levels or correct the grades so that they never decrease.",
    ),
    CodeInfo(
        "unknown-timezone",
        E,
        "A time zone that is not in the IANA time-zone database.",
        "Board, mentor matching and plans compute working-hour overlap from the zone; an unknown one breaks them.",
        "Use an IANA name such as Europe/Berlin; the hint suggests the closest one.",
    ),
    CodeInfo(
        "invalid-hours",
        E,
        "Working or core hours that are not a span of time of day.",
        "Overlap is computed from these hours; a span that ends when it starts, or at 24:30, has no meaning.",
        'Write HH:MM-HH:MM in 24-hour time, like "09:00-17:00"; an overnight span like "22:00-06:00" is fine.',
    ),
    CodeInfo(
        "date-order",
        E,
        "A post's dates are out of order.",
        "Windows computed from them (the internal-only window, days left to apply) would be negative.",
        "Dates run opened, internal_until, external_from, closes.",
    ),
    CodeInfo(
        "implausible-date",
        E,
        "A date far outside the years a program can mean (a typo in the year).",
        "Windows and metrics computed from such a date are meaningless, and date arithmetic on it fails.",
        "Correct the year.",
    ),
    CodeInfo(
        "invalid-value",
        E,
        "A value that is well-formed but impossible (more active mentees than places).",
        "Commands rely on these values being consistent.",
        "Correct the value as the message says.",
    ),
    CodeInfo(
        "framework-shape",
        W,
        "Text of a competency framework that is not read as behaviours.",
        "Behaviours are what posts trace their requirements to and what `gap` compares; prose or a framework "
        "without bullets loses them silently.",
        "Write each behaviour as a `- bullet` under a `### Area` heading.",
    ),
    CodeInfo(
        "unknown-rule",
        E,
        "mobility.yaml names a lint rule that does not exist.",
        "A misspelt rule in select, ignore or severity silently does nothing.",
        "Use a code from `mobility lint --list`; the hint suggests the closest one.",
    ),
    CodeInfo(
        "removed-level",
        E,
        "A level the last commit has was removed, and something still names it.",
        "Suggesting a similar level would falsify history (move records, past levels) or quietly move a post.",
        "Keep the level with `retired: true` (it stays for history, closed to new posts and routes), or update "
        "what names it.",
    ),
    CodeInfo(
        "retired-level",
        E,
        "A post or a mentor's current level names a retired level.",
        "A retired level is kept only for history; nobody can be hired into it or be at it now.",
        "Name a current level.",
    ),
    CodeInfo(
        "invalid-pattern",
        E,
        "A pattern in `lint: phrases:` that cannot be compiled to run in linear time.",
        "A program's own patterns come from pull requests; one that backtracks could hang CI for everyone.",
        "Use plain words, alternatives, classes and simple repeats; lookarounds and backreferences are refused.",
    ),
    CodeInfo(
        "unchecked-references",
        Severity.INFO,
        "References into a file that could not be read were not checked.",
        "Until the file can be read, what it defines is unknown: reporting every reference to it would bury the "
        "one real error under many false ones.",
        "Fix the file that could not be read; its references are checked again then.",
    ),
    CodeInfo(
        "missing-framework",
        W,
        "A level has no competency framework.",
        "Without a framework nobody can tell what the level expects, and movement decisions lose their basis.",
        "Write careers/TRACK/LEVEL.md with `### Area` sections of `- behaviour` bullets.",
    ),
    CodeInfo(
        "yaml-tag",
        E,
        "A YAML tag that mobility does not construct.",
        "Only plain YAML is read; tags such as !!python/object could run code in other tools.",
        "Remove the tag.",
    ),
    CodeInfo(
        "yaml-limit",
        E,
        "The file exceeds a parsing limit (aliases, nesting or nodes).",
        "Limits keep a hostile or broken file from exhausting memory or time in CI.",
        "Simplify the file; expand anchors and aliases by hand.",
    ),
    CodeInfo(
        "file-too-large",
        E,
        "The file is larger than the configured size limit.",
        "Program files are small by nature; a huge one is a mistake or an attack on CI.",
        "Split the file, or raise `limits.max_file_bytes` in mobility.yaml.",
    ),
    CodeInfo(
        "encoding",
        E,
        "The file is not valid UTF-8 (or UTF-16 with a byte-order mark).",
        "A file that cannot be decoded cannot be read the same way by every tool.",
        "Save the file as UTF-8.",
    ),
    CodeInfo(
        "unreadable",
        E,
        "A program file or folder that cannot be read (permissions, a name that is not UTF-8).",
        "What it holds is unknown: checking the rest as if it were complete would pass a partial program.",
        "Make it readable, or remove it.",
    ),
    CodeInfo(
        "unsafe-path",
        E,
        "A link inside the program leads outside it.",
        "Nothing outside the program root is ever read.",
        "Replace the link with the file itself.",
    ),
):
    register(_info)
