"""Records the main flows as they look in an 80-column terminal and writes docs/terminal.svg (rich's SVG
export), the recording the README shows. Run from the repository's root after a change to the output:

    python docs/record_terminal.py

Each command runs in a real pseudo-terminal of 80 columns, so the recording is what a person sees: colours,
the table or the stacked layout chosen for that width, and nothing a pipe would get instead.
"""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = 80
FLOWS = [
    ["path", "ic2", "staff"],
    ["gap", "ic2", "ic3"],
    ["board", "--timezone", "Europe/Berlin"],
    ["mentors", "suggest", "--current", "ic1", "--target", "ic3", "--timezone", "London", "--top", "2"],
    ["lint", "postings/senior-backend-engineer.md"],
]


def in_terminal(args: list[str]) -> str:
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 60, COLUMNS, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "MOBILITY_TODAY": "2026-11-24"}
    env.pop("COLUMNS", None)
    command = [sys.executable, "-m", "mobility_cli", *args]
    proc = subprocess.Popen(command, stdin=follower, stdout=follower, stderr=follower, cwd=ROOT, env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait()
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")


def main() -> None:
    from rich.console import Console
    from rich.text import Text

    console = Console(record=True, width=COLUMNS, force_terminal=True, file=open(os.devnull, "w"))  # noqa: SIM115
    for args in FLOWS:
        console.print(Text("$ mobility " + " ".join(args), style="bold green"))
        console.print(Text.from_ansi(in_terminal(args)))
    target = ROOT / "docs" / "terminal.svg"
    target.write_text(console.export_svg(title="mobility"), encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
