"""`mobility validate`: every check on the program, reported in the format CI or a person wants."""

from __future__ import annotations

from pathlib import Path

import typer

from mobility_cli.cli.choices import FindingsFormat
from mobility_cli.cli.emit import chosen_format, emit
from mobility_cli.cli.state import cached_findings, fail_usage, history, locate, state


def validate(
    ctx: typer.Context,
    paths: list[Path] | None = typer.Argument(None, help="Report only on these files or folders."),
    format: FindingsFormat | None = typer.Option(
        None, "--format", "-f", help="text, json, github or sarif (default: github under GitHub Actions, else text)."
    ),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 on warnings too, not only errors (infos never fail)."),
    changed_since: str | None = typer.Option(
        None, "--changed-since", metavar="REV", help="Report only what the changes since REV brought."
    ),
) -> None:
    """Check the whole program: syntax, schemas, references, posting rules and policy."""
    from mobility_cli.diagnostics import Findings
    from mobility_cli.features.validation import validate_program
    from mobility_cli.source import is_program_dir

    st = state(ctx)
    chosen = chosen_format(format)
    given = list(paths or [])
    if len(given) == 1 and st.repo is None and given[0].is_dir() and is_program_dir(given[0]):
        st.repo, given = str(given[0]), []
    location = locate(st)
    versions, head = history(st, location)
    today = st.today
    findings = cached_findings(
        st, location, lambda loaded: validate_program(loaded, today, versions, st.jobs), f"validate {today} {head}"
    )
    if changed_since is not None:
        from mobility_cli.features.validation import only_changes
        from mobility_cli.history import changed_files
        from mobility_cli.load import load_program
        from mobility_cli.revision import git_source

        changed = changed_files(location.root, changed_since)
        before_loaded = load_program(git_source(location.root, changed_since), jobs=st.jobs)
        before = validate_program(before_loaded, today, None, st.jobs)
        findings = only_changes(findings, before, changed)
    if given:
        wanted = [_relative(p, location.root) for p in given]
        findings = Findings(
            [
                d
                for d in findings.diagnostics
                if d.file and any(d.file == w or d.file.startswith(w.rstrip("/") + "/") or w == "" for w in wanted)
            ],
            findings.files,
        )
    emit(findings, chosen, location)
    raise typer.Exit(findings.exit_code(strict))


def _relative(path: Path, root: Path) -> str:
    full = path.resolve() if path.is_absolute() or path.exists() else (Path.cwd() / path).resolve()
    if not full.exists():
        fail_usage(f"{path}: no such file or folder")
    try:
        rel = full.relative_to(root).as_posix()
    except ValueError:
        fail_usage(f"{path} is outside the program at {root}", "use --repo to choose the program")
        raise
    return "" if rel == "." else rel
