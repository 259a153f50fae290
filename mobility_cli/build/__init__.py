"""The build stage: checked documents into the typed, immutable `Program` (see `program.build_program`)."""

from mobility_cli.build.documents import build_posting, framework_identity
from mobility_cli.build.program import build_program

__all__ = ["build_posting", "build_program", "framework_identity"]
