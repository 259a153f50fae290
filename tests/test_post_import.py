"""`mobility post import`: a post from a careers page (three applicant-tracking systems' markup), a job board's
text, a Word document and Markdown, written into a copy of the example program. Each import keeps every sentence
of the original, fills the fields the text states, validates, and lints exactly as the same post written by hand
in the template; bad input is refused with its code and exit 2, and nothing is ever written over a post without
--force. The fixtures (tests/fixtures/post_import/) are written for these tests, in imitation of each system's
markup, not copied from any page."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, Result, cli_env, run_cli

FIXTURES = ROOT / "tests" / "fixtures" / "post_import"
TODAY = "2026-11-24"


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A copy of the example program, to import into."""
    root = tmp_path / "program"
    root.mkdir()
    shutil.copy(ROOT / "mobility.yaml", root / "mobility.yaml")
    for folder in ("careers", "postings"):
        shutil.copytree(ROOT / folder, root / folder)
    return root


def run(root: Path, *args: str) -> Result:
    return run_cli("--repo", str(root), "--today", TODAY, *args)


def imported(root: Path, source: Path | str, *args: str) -> Result:
    return run(root, "post", "import", str(source), *args)


def front_and_body(text: str) -> tuple[dict[str, object], str]:
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front), body


def words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


# ---- the sentences of an original, found without the importer's help ---------------------------------------------

_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_LABEL = re.compile(r"^[\w ()'-]{1,40}:\s*\S")


def sentences(units: list[str]) -> list[str]:
    """Each sentence of three words or more in the blocks of text given; labels ("Team: X") are fields, not text."""
    found = []
    for unit in units:
        text = " ".join(unit.split())
        if _LABEL.match(text) and len(text.split()) <= 8:
            continue
        found += [s for s in _SENTENCE.split(text) if len(re.findall(r"\w+", s)) >= 3]
    return found


class _Visible(HTMLParser):
    """The text a reader of the page sees in its body, block by block; headings, scripts, styles, forms,
    buttons, navigation, footers and cookie notices aside."""

    SKIP = frozenset(
        {"script", "style", "head", "nav", "footer", "form", "button", "h1", "h2", "h3", "h4", "h5", "h6", "title"}
    )
    FURNITURE = re.compile(r"cookie|footer|btn|navigation|posting-categor|location|company|app-title")
    BLOCKS = frozenset({"p", "li", "div", "td", "th", "dd", "dt", "br", "ul", "tr", "table"})
    VOID = frozenset({"br", "img", "input", "link", "meta", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.units: list[str] = [""]
        self.plain: list[str] = [""]  # each unit's text outside <b> and <strong>: none, and the unit is a heading
        self.stack: list[bool] = []
        self.bold = 0

    def _unit(self) -> None:
        self.units.append("")
        self.plain.append("")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        marks = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role", "data-automation-id"))
        self.bold += tag in ("b", "strong")
        if tag in self.BLOCKS:
            self._unit()
        if tag not in self.VOID:
            hidden = bool(self.stack and self.stack[-1]) or tag in self.SKIP or bool(self.FURNITURE.search(marks))
            self.stack.append(hidden)

    def handle_endtag(self, tag: str) -> None:
        self.bold -= tag in ("b", "strong")
        if self.stack:
            self.stack.pop()
        if tag in self.BLOCKS:
            self._unit()

    def handle_data(self, data: str) -> None:
        if not (self.stack and self.stack[-1]):
            self.units[-1] += data
            self.plain[-1] += "" if self.bold else data

    def text_units(self) -> list[str]:
        return [unit for unit, plain in zip(self.units, self.plain, strict=True) if plain.strip()]


def html_sentences(path: Path) -> list[str]:
    reader = _Visible()
    reader.feed(path.read_text(encoding="utf-8"))
    return sentences(reader.text_units())


def text_sentences(text: str) -> list[str]:
    """Blocks of a text or Markdown file: paragraphs, each list item its own; front matter and headings aside."""
    if text.startswith("---\n"):
        text = text.split("---\n", 2)[2]
    units: list[str] = [""]
    for line in text.split("\n"):
        stripped = line.strip()
        marker = re.match(r"^(?:[-*+•◦▪‣–➤✓]|\d{1,2}[.)]|\([a-z]\))\s+", stripped)
        heading = stripped.startswith("#") or stripped.isupper() or stripped.endswith(":") or stripped.startswith("**")
        heading = heading or bool(_LABEL.match(stripped) and len(stripped.split()) <= 8)  # a field, not text
        if not stripped or marker or heading:
            units.append("")
        if marker:
            stripped = stripped[marker.end() :]
        if not heading:
            units[-1] += " " + stripped
    return sentences(units)


# ---- the cases ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    source: str  # a fixture, or "word_document.docx" (built by the test)
    post: str
    role: str
    team: str | None
    location: str
    level: str
    closes: str
    async_percent: int | None


CASES = [
    Case(
        "greenhouse_style.html",
        "senior-backend-engineer",
        "Senior Backend Engineer",
        "Routing Platform",
        "Remote (Europe, UTC−1 to UTC+3)",
        "engineering/ic3",
        "2027-01-18",
        75,
    ),
    Case(
        "lever_style.html",
        "data-scientist-demand-forecasting",
        "Data Scientist, Demand Forecasting",
        "Analytics – Forecasting",
        "Lisbon or remote in Portugal",
        "data-science/data-scientist",
        "2027-02-05",
        60,
    ),
    Case(
        "workday_style.html",
        "operations-specialist-customs-paperwork",
        "Operations Specialist, Customs Paperwork",
        None,
        "Rotterdam, NL",
        "operations/specialist",
        "2027-01-29",
        40,
    ),
    Case(
        "job_board.txt",
        "senior-product-designer-driver-app",
        "Senior Product Designer - Driver App",
        "Driver Experience",
        "Remote, any time zone between UTC-5 and UTC+2",
        "design/senior-designer",
        "2027-02-12",
        65,
    ),
    Case(
        "legacy_post.md",
        "customer-success-manager-marketplaces",
        "Customer Success Manager, Marketplaces",
        "Partner Success",
        "Remote (Americas)",
        "customer-success/csm",
        "2027-01-22",
        None,
    ),
    Case(
        "word_document.docx",
        "lead-engineer-developer-tooling",
        "Lead Engineer, Developer Tooling",
        "Developer Productivity",
        "Remote within UTC±3",
        "engineering/ic4",
        "2027-01-29",
        70,
    ),
]

# The Word document: (style, text) paragraphs, a run in bold, and a table, as an editor would type them.
DOCX_PARAGRAPHS: list[tuple[str, str]] = [
    ("Title", "Lead Engineer, Developer Tooling"),
    ("Normal", "Team: Developer Productivity"),
    ("Normal", "Location: Remote within UTC±3"),
    (
        "Bold",
        "Our build and test tools serve two hundred engineers, and |most of them wait on CI| more than they would like.",
    ),
    ("Heading 2", "Responsibilities"),
    ("List Bullet", "Cut the median CI time for the main repository in half"),
    ("List Bullet", "Run the developer tooling roadmap with the platform leads"),
    ("List Bullet 2", "quarterly planning with each team"),
    ("Heading 2", "Requirements"),
    ("List Bullet", "Drives technical decisions that impact multiple teams"),
    ("List Bullet", "10+ years of hands-on build engineering"),
    ("List Number", "Strong opinions, loosely held, and a thick skin"),
    ("Table", "Benefit|Detail;Learning budget|2,000 euros a year;Hardware|A laptop of your choice"),
    ("Normal", "The closing date is 29 January 2027. We work 70% async."),
]


def word_document(paragraphs: list[tuple[str, str]] = DOCX_PARAGRAPHS) -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for style, text in paragraphs:
        if style == "Table":
            rows = [row.split("|") for row in text.split(";")]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        elif style == "Bold":
            paragraph = document.add_paragraph()
            for number, piece in enumerate(text.split("|")):
                paragraph.add_run(piece).bold = number % 2 == 1
        else:
            document.add_paragraph(text, style=style)
    saved = io.BytesIO()
    document.save(saved)
    return saved.getvalue()


def source_of(case: Case, tmp_path: Path) -> tuple[Path, list[str]]:
    """The file to import and the sentences it holds."""
    if case.source.endswith(".docx"):
        path = tmp_path / case.source
        path.write_bytes(word_document())
        return path, sentences([text.replace("|", "") for style, text in DOCX_PARAGRAPHS if style != "Table"])
    path = FIXTURES / case.source
    if path.suffix == ".html":
        return path, html_sentences(path)
    return path, text_sentences(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c.source for c in CASES])
def test_an_import_keeps_every_sentence_fills_the_fields_and_validates(
    case: Case, example: Path, tmp_path: Path
) -> None:
    path, said = source_of(case, tmp_path)
    if case.post == "senior-backend-engineer":
        (example / "postings" / "senior-backend-engineer.md").unlink()  # the example has a post of that id
    result = imported(example, path)
    assert result.code == 0, result.stdout + result.stderr
    assert f"wrote postings/{case.post}.md (status: draft)" in result.stdout
    assert "Traceback" not in result.stderr
    text = (example / "postings" / f"{case.post}.md").read_text(encoding="utf-8")
    front, body = front_and_body(text)
    assert said and all(words(s) in words(text) for s in said), [s for s in said if words(s) not in words(text)]
    track, _, level = case.level.partition("/")
    assert (front["id"], front["track"], front["level"], front["status"]) == (case.post, track, level, "draft")
    assert front["closes"] == date.fromisoformat(case.closes) and front["opened"] == date.fromisoformat(TODAY)
    assert f"**Role**: {case.role}\n" in body and f"**Location**: {case.location}\n" in body
    assert (f"**Team**: {case.team}\n" in body) if case.team else "**Team**" not in body
    style = f"**Work Style**: {case.async_percent}% async, {100 - (case.async_percent or 0)}% synchronous"
    assert (style in body) if case.async_percent is not None else "**Work Style**" not in body
    for section in ("### What We're Looking For", "### What You'll Work On", "### How to Apply"):
        assert body.count(section) == 1, section
    checked = run(example, "validate", "--format", "json")
    mine = [d for d in checked.json()["diagnostics"] if d["file"] == f"postings/{case.post}.md"]
    assert not [d for d in mine if d["severity"] == "error"], mine


def findings_by_text(root: Path, post: str) -> list[tuple[str, str]]:
    """The post's lint findings as (code, the text of the line each is on), sorted."""
    result = run(root, "lint", str(root / "postings" / f"{post}.md"), "--format", "json")
    lines = (root / "postings" / f"{post}.md").read_text(encoding="utf-8").split("\n")
    found = result.json()["diagnostics"]
    return sorted((d["code"], lines[d["line"] - 1].strip().lstrip("-").strip() if d["line"] else "") for d in found)


@pytest.mark.parametrize("case", CASES, ids=[c.source for c in CASES])
def test_an_imported_post_lints_as_the_same_post_written_by_hand(case: Case, example: Path, tmp_path: Path) -> None:
    path, _ = source_of(case, tmp_path)
    (example / "postings" / f"{case.post}.md").unlink(missing_ok=True)
    assert imported(example, path).code == 0
    hand = (FIXTURES / f"{Path(case.source).stem}.hand.md").read_text(encoding="utf-8")
    (example / "postings" / f"{case.post}-by-hand.md").write_text(hand, encoding="utf-8")
    by_import, by_hand = findings_by_text(example, case.post), findings_by_text(example, f"{case.post}-by-hand")
    assert by_import == by_hand
    assert by_import, "each fixture holds something the linter reports"


def test_a_post_is_never_written_over_without_force(example: Path) -> None:
    source = FIXTURES / "job_board.txt"
    target = example / "postings" / "senior-product-designer-driver-app.md"
    assert imported(example, source).code == 0
    target.write_text(target.read_text(encoding="utf-8") + "\nAn edit made since.\n", encoding="utf-8")
    again = imported(example, source)
    assert again.code == 2 and "already exists" in again.stderr and "--force" in again.stderr
    assert "An edit made since." in target.read_text(encoding="utf-8")
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".")], "no temporary file is left behind"
    forced = imported(example, source, "--force")
    assert forced.code == 0 and "An edit made since." not in target.read_text(encoding="utf-8")


def test_a_post_written_with_errors_to_fix_exits_1(example: Path) -> None:
    """The program counts asking for years as an error: the post is written, and the exit code says to fix it."""
    settings = example / "mobility.yaml"
    settings.write_text(settings.read_text() + "lint:\n  severity:\n    years-of-experience: error\n")
    result = imported(example, FIXTURES / "legacy_post.md")
    assert result.code == 1, result.stdout + result.stderr
    assert "error years-of-experience" in result.stdout
    assert (example / "postings" / "customer-success-manager-marketplaces.md").is_file()


def test_the_command_line_wins_over_the_text(example: Path) -> None:
    result = imported(
        example,
        FIXTURES / "job_board.txt",
        "--level",
        "designer",
        "--team",
        "Mobile Design",
        "--id",
        "driver-app-designer",
    )
    assert result.code == 0, result.stderr
    text = (example / "postings" / "driver-app-designer.md").read_text(encoding="utf-8")
    front, body = front_and_body(text)
    assert (front["track"], front["level"]) == ("design", "designer")
    assert "**Team**: Mobile Design" in body and "Team: Driver Experience" in body  # the text's value is kept


def test_a_title_that_names_no_level_suggests_the_close_ones(example: Path, tmp_path: Path) -> None:
    source = tmp_path / "pm.txt"
    source.write_text("Senior PM, Checkout\n\nYou will own the checkout roadmap with two engineering teams.\n")
    result = imported(example, source)
    assert result.code == 0, result.stderr
    assert "level: no level of the program is named" in result.stdout and "senior-pm" in result.stdout
    front, _ = front_and_body((example / "postings" / "senior-pm-checkout.md").read_text(encoding="utf-8"))
    assert "level" not in front and "track" not in front


def test_a_sentence_that_starts_like_a_field_stays_text(example: Path, tmp_path: Path) -> None:
    source = tmp_path / "support.txt"
    source.write_text(
        "Support Engineer\n\nTeam: you will join a group of five engineers who answer partner questions.\n"
        "Location: Remote, Europe\n"
    )
    result = imported(example, source, "--level", "ic2")
    assert result.code == 0, result.stderr
    _, body = front_and_body((example / "postings" / "support-engineer.md").read_text(encoding="utf-8"))
    assert "**Team**" not in body and "Team: you will join a group of five engineers" in body
    assert "**Location**: Remote, Europe" in body and "team: the text does not say it" in result.stdout


def test_standard_input_is_read_as_a_real_process_would(example: Path) -> None:
    data = (FIXTURES / "lever_style.html").read_bytes()
    command = [sys.executable, "-m", "mobility_cli", "--repo", str(example), "--today", TODAY, "post", "import", "-"]
    done = subprocess.run(command, input=data, capture_output=True, env=cli_env(), cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert b"from standard input (HTML)" in done.stdout
    assert (example / "postings" / "data-scientist-demand-forecasting.md").is_file()


# ---- bad input ------------------------------------------------------------------------------------------------------


def _zip(members: dict[str, bytes]) -> bytes:
    saved = io.BytesIO()
    with zipfile.ZipFile(saved, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return saved.getvalue()


BAD_INPUT = [
    ("empty.txt", b"", "import-empty"),
    ("blank.md", b"  \n\n\t\n", "import-empty"),
    (
        "scripts-only.html",
        b"<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>",
        "import-empty",
    ),
    ("data.bin", bytes(range(256)) * 40, "import-binary"),
    ("post.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "import-binary"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "import-binary"),
    ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "import-bad-docx"),
    ("notes.docx", b"This was typed in a text editor and named .docx", "import-bad-docx"),
    ("sheet.docx", _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}), "import-bad-docx"),
    ("cut.docx", _zip({"word/document.xml": b"<w:document>"})[:-30], "import-bad-docx"),
    ("huge.html", b"<p>" + b"Lorem ipsum dolor sit amet. " * 200_000 + b"</p>", "import-too-large"),
    ("no-title.txt", b"We are a friendly team of people who like to build things together.\n", "import-no-title"),
]


@pytest.mark.parametrize(("name", "data", "code"), BAD_INPUT, ids=[b[0] for b in BAD_INPUT])
def test_bad_input_is_refused_with_its_code_and_nothing_is_written(
    name: str, data: bytes, code: str, example: Path, tmp_path: Path
) -> None:
    source = tmp_path / name
    source.write_bytes(data)
    before = sorted(p.name for p in (example / "postings").iterdir())
    result = imported(example, source)
    assert result.code == 2, result.stdout + result.stderr
    assert f"error {code} " in result.stdout and "hint:" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert sorted(p.name for p in (example / "postings").iterdir()) == before


def test_a_zip_bomb_named_docx_is_refused_before_it_is_unpacked(example: Path, tmp_path: Path) -> None:
    source = tmp_path / "bomb.docx"
    source.write_bytes(_zip({"word/document.xml": b"\x00" * (70 * 1024 * 1024)}))
    result = imported(example, source)
    assert result.code == 2 and "error import-too-large " in result.stdout


def test_a_missing_file_and_the_refusal_in_json(example: Path, tmp_path: Path) -> None:
    missing = imported(example, tmp_path / "nowhere.html")
    assert missing.code == 2 and "error unreadable " in missing.stdout and "no such file" in missing.stdout
    (tmp_path / "empty.html").write_bytes(b"")
    in_ci = run_cli(
        "--repo", str(example), "post", "import", str(tmp_path / "empty.html"), env={"GITHUB_ACTIONS": "true"}
    )
    assert in_ci.code == 2 and "::error" in in_ci.stdout and "import-empty" in in_ci.stdout


def test_the_codes_are_explained() -> None:
    for code in ("import-empty", "import-binary", "import-too-large", "import-bad-docx", "import-no-title"):
        explained = run_cli("explain", code)
        assert explained.code == 0 and "Fix:" in explained.stdout, code


# ---- the readers, one at a time ---------------------------------------------------------------------------------------


def convert(data: bytes | str, name: str) -> list[str]:
    from mobility_cli.features.post_import import convert as converting

    raw = data.encode("utf-8") if isinstance(data, str) else data
    return converting(raw, name, None, name).lines


def test_html_entities_lists_tables_and_scripts() -> None:
    page = (
        "<h1>Fish &amp; Chips Fryer</h1><p>Hot &lt;oil&gt;&nbsp;work &#8211; nice.</p>"
        "<ol><li>First<ol><li>deeper<ul><li>deepest</li></ul></li></ol></li><li>Second</li></ol>"
        "<table><thead><tr><th>Shift</th><th>Pay</th></tr></thead><tbody><tr><td>Early | late</td><td>€14</td></tr>"
        "</tbody></table><script>document.body.innerHTML = 'Injected sentence here.'</script>"
        '<p onclick="alert(\'x\')">Click text <a href="javascript:alert(1)">here</a> or '
        '<a href="https://example.org/jobs">our jobs page</a>.</p>'
    )
    lines = convert(page, "fryer.html")
    assert lines[0] == "# Fish & Chips Fryer"
    assert "Hot \\<oil> work – nice." in lines  # an entity's "<" stays a character, never a tag
    assert [line for line in lines if "- " in line][:4] == ["- First", "  - deeper", "    - deepest", "- Second"]
    assert "| Shift | Pay |" in lines and "| Early \\| late | €14 |" in lines
    assert not any("Injected" in line or "alert" in line for line in lines)
    assert "Click text here or [our jobs page](https://example.org/jobs)." in lines


def test_bold_only_capitalised_and_colon_lines_become_headings() -> None:
    from mobility_cli.features.post_import.blocks import heading_text

    assert heading_text("**Who you are**") == "Who you are"
    assert heading_text("**Benefits:**") == "Benefits"
    assert heading_text("THE TEAM") == "The team"
    assert heading_text("Perks and pay:") == "Perks and pay"
    for prose in ("**We ship every week.**", "In this role, you will work with many teams:", "Salary: 50k", "NASA."):
        assert heading_text(prose) is None, prose


@pytest.mark.parametrize(
    ("typed", "item"),
    [
        ("• Ships code", "Ships code"),
        ("   ◦ Writes tests", "Writes tests"),
        ("▪ Pairs", "Pairs"),
        ("‣ Reviews", "Reviews"),
        ("– Plans", "Plans"),
        ("➤ Leads", "Leads"),
        ("✓ Mentors", "Mentors"),
        ("✔️ Documents", "Documents"),
        ("🔹 Measures", "Measures"),
        ("1) Deploys", "Deploys"),
        ("(a) Budgets", "Budgets"),
        ("(iv) Hires", "Hires"),
        ("12. Interviews", "Interviews"),
    ],
)
def test_typed_bullets_and_numbering_become_items(typed: str, item: str) -> None:
    lines = convert(f"Warehouse Lead\n\nWhat you do\n{typed}\n", "lead.txt")
    assert any(line.strip() == f"- {item}" for line in lines), lines


def test_hard_wrapped_text_is_joined_and_real_line_ends_are_kept() -> None:
    text = (
        "Night Dispatcher\n\n"
        "You plan the routes of our night drivers and answer their calls when something on the\n"
        "road goes wrong, which is rarer than you might think.\n"
        "Short line.\n"
        "Another short line.\n"
    )
    lines = convert(text, "dispatch.txt")
    assert (
        "You plan the routes of our night drivers and answer their calls when something on the road goes wrong, "
        "which is rarer than you might think." in lines
    )
    assert "Short line." in lines and "Another short line." in lines


def test_text_saved_by_older_tools_is_read_in_their_encoding() -> None:
    assert convert("Café Manager\n\nYou run the café’s morning shift.\n".encode("cp1252"), "cafe.txt")[2] == (
        "You run the café’s morning shift."
    )
    page = '<html><head><meta charset="iso-8859-1"></head><body><h1>Caf\xe9 Lead</h1></body></html>'
    assert convert(page.encode("latin-1"), "cafe.html") == ["# Café Lead"]


def test_dates_are_read_as_people_write_them() -> None:
    from mobility_cli.features.post_import.fields import closing_date, find_date

    today = date(2026, 11, 24)
    for written in ("2027-03-05", "5 March 2027", "5th of March, 2027", "March 5, 2027", "Mar 5th 2027", "05.03.2027"):
        assert find_date(f"by {written}", today)[0] == date(2027, 3, 5), written
    assert find_date("25/12/2026", today)[0] == date(2026, 12, 25)
    ambiguous, why = find_date("03/04/2027", today)
    assert ambiguous is None and "YYYY-MM-DD" in why
    no_year, note = find_date("10 January", today)
    assert no_year == date(2027, 1, 10) and "no year" in note
    assert closing_date("Applications close on 9 February 2027.", today)[0] == date(2027, 2, 9)
    assert closing_date("We were founded on 9 February 2017.", today)[0] is None


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Senior Backend Engineer", "engineering/ic3"),
        ("Backend Engineer", "engineering/ic2"),
        ("Staff Engineer, Storage", "engineering/staff"),
        ("Senior Engineering Manager - Payments", "engineering-manager/em2"),
        ("Principal Product Designer (Design Systems)", "design/principal-designer"),
        ("Senior Customer Success Manager, EMEA", "customer-success/senior-csm"),
        ("Director of Operations", "operations/director"),
    ],
)
def test_a_level_is_read_from_the_title(title: str, level: str) -> None:
    from mobility_cli.features.post_import.levels import level_from_title
    from mobility_cli.load import load_program
    from mobility_cli.source import WorkTreeSource

    program = load_program(WorkTreeSource(ROOT)).program
    found, _ = level_from_title(program, title)
    assert found is not None and found.key == level


def test_hostile_html_is_read_in_linear_time_without_exhausting_the_stack() -> None:
    deep = "<div>" * 20_000 + "<p>Deep text that still counts as a sentence.</p>" + "</div>" * 20_000
    started = time.perf_counter()
    lines = convert("<h1>Deep Role</h1>" + deep, "deep.html")
    assert "Deep text that still counts as a sentence." in lines
    # each of these took the standard library's parser minutes (an unterminated tag rescanned to the end)
    for hostile in ("<a " * 20_000, "<a title='x " * 20_000, "<!--" * 20_000, "</" * 20_000, "<ul><li>x" * 20_000):
        try:
            convert("<h1>Role</h1>" + hostile, "hostile.html")
        except Exception as exc:  # refused (no text) is fine; a crash is not
            assert type(exc).__name__ == "ImportRefused", exc
    assert time.perf_counter() - started < 10


def test_json_ld_fills_what_a_page_rendered_by_script_leaves_empty() -> None:
    from mobility_cli.features.post_import import convert as converting

    posting = {
        "@type": "JobPosting",
        "title": "Yard Supervisor",
        "validThrough": "2027-03-01",
        "description": "<p>You run the yard at night.</p><ul><li>Keeps the yard safe</li></ul>",
    }
    page = f'<html><head><script type="application/ld+json">{json.dumps(posting)}</script></head><body><div id="root"></div></body></html>'
    converted = converting(page.encode(), "yard.html", None, "yard.html")
    assert converted.hints == {"role": "Yard Supervisor", "closes": "2027-03-01"}
    assert converted.lines == ["You run the yard at night.", "", "- Keeps the yard safe"]
