"""Records the main flows as they look in an 80-column terminal and writes docs/terminal.svg (rich's SVG
export), the recording the README shows. Run from the repository's root after a change to the output:

    python docs/record_terminal.py

Each command runs in a real pseudo-terminal of 80 columns, so the recording is what a person sees: colours,
the table or the stacked layout chosen for that width, and nothing a pipe would get instead.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.terminal import in_terminal  # noqa: E402 - the repository's root is on the path only from here

COLUMNS = 80
FLOWS = [
    ["path", "ic2", "staff"],
    ["gap", "ic2", "ic3"],
    ["board", "--timezone", "Europe/Berlin"],
    ["mentors", "suggest", "--current", "ic1", "--target", "ic3", "--timezone", "London", "--top", "2"],
    ["lint", "postings/senior-backend-engineer.md"],
]


def main() -> None:
    from rich.console import Console
    from rich.text import Text

    console = Console(record=True, width=COLUMNS, force_terminal=True, file=open(os.devnull, "w"))  # noqa: SIM115
    for args in FLOWS:
        console.print(Text("$ mobility " + " ".join(args), style="bold green"))
        console.print(Text.from_ansi(in_terminal(args, COLUMNS, {**os.environ, "MOBILITY_TODAY": "2026-11-24"})))
    target = ROOT / "docs" / "terminal.svg"
    target.write_text(console.export_svg(title="mobility"), encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
