"""Writes the hostile corpus: broken and malicious program files, each with the diagnostic it must produce.

The files are committed; this script documents how each was made (several are binary or huge, and a
few are easier to state as code than to read). Run it from anywhere: `python tests/hostile/make_corpus.py`.
Each case lands at the program path in its name: `careers.alias-bomb.yaml` is placed at
`careers/alias-bomb.yaml` inside a small valid program. `expected.json` maps a case to the code it must
produce, or to null where the input must be read correctly (BOMs, CRLF) and raise no error.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"

TRACK = "career_tracks:\n  extra:\n    levels:\n      - {id: x1, title: Extra One, grade: 1}\n"
POST = (
    "---\nrole: Analyst\nteam: Data\ntrack: engineering\nlevel: ic2\nstatus: open\n"
    "work_style: {async: 70, sync: 30}\nopened: 2026-11-01\ninternal_until: 2026-11-15\n"
    "external_from: 2026-11-15\ncloses: 2099-01-01\n---\n"
    "## Internal Job Post Template\n\n**Role**: Analyst\n\n### What You'll Work On\n- Reports\n\n"
    "### How to Apply\nReply in #internal-mobility\n\n### What We're Looking For\n- Owns features end to end\n"
)
MENTOR = (
    "id: {id}\nname: Ada\ntrack: engineering\nlevel: ic3\ntimezone: {tz}\n"
    'working_hours: "09:00-17:00"\ncapacity: 2\n'
)


def laughs(depth: int = 9) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, depth):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


TEXT_CASES: dict[str, tuple[str, str | None]] = {
    # YAML structure and limits
    "careers.alias-bomb.yaml": (laughs(), "yaml-limit"),
    "careers.deep-nesting.yaml": ("career_tracks: " + "[" * 200 + "]" * 200 + "\n", "yaml-limit"),
    "careers.deep-mapping.yaml": ("".join(f"{'  ' * i}k{i}:\n" for i in range(120)) + "  " * 120 + "v\n", "yaml-limit"),
    "careers.merge-bomb.yaml": (laughs(6).replace("[", "{m: [") .replace("]", "]}") + "career_tracks: {<<: *f}\n", "yaml-limit"),
    "careers.python-tag.yaml": ('career_tracks: !!python/object/apply:os.system ["touch /tmp/pwned"]\n', "yaml-tag"),
    "careers.python-name.yaml": ("career_tracks:\n  x: !!python/name:os.system\n", "yaml-tag"),
    "careers.unknown-tag.yaml": ("career_tracks: !vault secret\n", "yaml-tag"),
    "careers.tabs.yaml": ("career_tracks:\n\textra:\n\t\tlevels: []\n", "yaml-syntax"),
    "careers.unclosed.yaml": ("career_tracks: {extra: [\n", "yaml-syntax"),
    "careers.bad-indent.yaml": ("career_tracks:\n  extra:\n    levels:\n  - x1\n   - x2\n", "yaml-syntax"),
    "careers.duplicate-key.yaml": (TRACK + "  extra:\n    levels: []\n", "duplicate-key"),
    "careers.two-documents.yaml": (TRACK + "---\n" + TRACK, "yaml-syntax"),
    "careers.empty.yaml": ("", "schema"),
    "careers.only-comments.yaml": ("# nothing here yet\n", "schema"),
    "careers.list-root.yaml": ("- engineering\n- product\n", "schema"),
    "careers.scalar-root.yaml": ("career_tracks\n", "schema"),
    "careers.null-id.yaml": ("career_tracks:\n  extra:\n    levels:\n      - {id: null, title: X, grade: 1}\n", "schema"),
    "careers.blank-id.yaml": ("career_tracks:\n  extra:\n    levels:\n      - {id: '', title: X, grade: 1}\n", "schema"),
    "careers.traversal-id.yaml": ("career_tracks:\n  extra:\n    levels:\n      - {id: ../../../etc/passwd, title: X, grade: 1}\n", "schema"),
    "careers.traversal-track.yaml": ("career_tracks:\n  ../outside:\n    levels: [x1]\n", "schema"),
    "careers.norway.yaml": ("career_tracks:\n  extra:\n    levels: [no, yes]\n", "implicit-type"),
    "careers.huge-number.yaml": ("career_tracks:\n  extra:\n    levels:\n      - {id: x1, title: X, grade: 1e999999}\n", "schema"),
    "careers.levels-mapping.yaml": ("career_tracks:\n  extra:\n    levels: {x1: X}\n", "schema"),
    "careers.long-line.yaml": ("career_tracks:\n  extra:\n    levels:\n      - {id: x1, title: " + "A" * 300_000 + ", grade: 1}\n", "schema"),
    "careers.control-chars.yaml": ("career_tracks:\n  extra:\n    levels: [\x07x1]\n", "yaml-syntax"),
    "careers.unresolved-lateral.yaml": (TRACK + "    lateral_moves: [nowhere]\n", "unresolved-reference"),
    # Markdown documents and their front matter
    "postings.front-alias-bomb.md": ("---\n" + laughs() + "---\n## Internal Job Post Template\n", "yaml-limit"),
    "postings.timezone-traversal.md": (POST.replace("status: open", "status: open\ntimezone: {with: ../../../etc/passwd}"), "schema"),
    "postings.front-python-tag.md": ("---\nrole: !!python/object/new:os.system [id]\n---\nbody\n", "yaml-tag"),
    "postings.front-list.md": ("---\n- a\n- b\n---\nbody\n", "schema"),
    "postings.front-unterminated.md": ("---\nrole: Analyst\nteam: Data\n\n## Internal Job Post Template\n", "yaml-syntax"),
    "postings.empty.md": ("", "schema"),
    "postings.traversal-id.md": (POST.replace("role: Analyst", "id: ../../etc/passwd\nrole: Analyst"), "schema"),
    "postings.unknown-level.md": (POST.replace("level: ic2", "level: ic99"), "unresolved-reference"),
    "postings.bad-status.md": (POST.replace("status: open", "status: maybe"), "schema"),
    "postings.html-injection.md": (POST + "- <script>alert(1)</script><img src=x onerror=alert(2)>\n", None),
    "postings.crlf.md": (POST.replace("\n", "\r\n"), None),
    "careers.engineering.front-syntax.md": ("---\ntitle: [unclosed\n---\n## X\n", "yaml-syntax"),
    "mentors.traversal-timezone.yaml": (MENTOR.format(id="ada", tz="../../../../etc/passwd"), "schema"),
    "mentors.list-root.yaml": ("- ada\n", "schema"),
    "mentors.unknown-level.yaml": (MENTOR.format(id="bob", tz="Europe/Berlin").replace("ic3", "ic42"), "unresolved-reference"),
    "mobility.yaml": ("policy: [not, a, mapping]\n", "schema"),
}

BINARY_CASES: dict[str, tuple[bytes, str | None]] = {
    "careers.invalid-utf8.yaml": (b"career_tracks:\n  extra:\n    levels: [x\xff\xfe1]\n", "encoding"),
    "careers.utf8-bom.yaml": (b"\xef\xbb\xbf" + TRACK.encode(), None),
    "careers.utf16-bom.yaml": (TRACK.encode("utf-16"), None),
    "careers.nul-bytes.yaml": (b"career_tracks:\x00\x00\n", "encoding"),
    "careers.truncated-utf8.yaml": (TRACK.encode() + b"# caf\xc3", "encoding"),
    "postings.invalid-utf8.md": (POST.encode() + b"- \x80\x81 broken\n", "encoding"),
    "postings.utf16-bom.md": (POST.encode("utf-16"), None),
    "careers.engineering.binary.md": (bytes(range(256)) * 4, "encoding"),
}


def main() -> None:
    CASES.mkdir(exist_ok=True)
    expected: dict[str, str | None] = {}
    for name, (text, code) in TEXT_CASES.items():
        (CASES / name).write_bytes(text.encode("utf-8"))
        expected[name] = code
    for name, (data, code) in BINARY_CASES.items():
        (CASES / name).write_bytes(data)
        expected[name] = code
    (HERE / "expected.json").write_text(json.dumps(expected, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(expected)} cases")


if __name__ == "__main__":
    main()
