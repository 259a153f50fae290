"""A command run in a real pseudo-terminal of a given size: what a person sees, colours and layout included.
Shared by the layout tests and docs/record_terminal.py (the README's recording)."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def in_terminal(args: list[str] | tuple[str, ...], columns: int, env: dict[str, str] | None = None) -> str:
    """The output of `python -m mobility_cli ARGS` in a terminal `columns` wide, ANSI colours and all."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    environment = {**(env if env is not None else os.environ), "TERM": "xterm-256color"}
    environment.pop("COLUMNS", None)
    command = [sys.executable, "-m", "mobility_cli", *args]
    proc = subprocess.Popen(
        command, stdin=follower, stdout=follower, stderr=follower, cwd=ROOT, env=environment, close_fds=True
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closes when the command ends
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
