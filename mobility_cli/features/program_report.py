"""Everything `mobility report` shows, gathered once: metrics over a window, and the pitfalls found."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mobility_cli.features import metrics
from mobility_cli.features.metrics import Rate, Window
from mobility_cli.features.pitfalls import Pitfall, detect
from mobility_cli.model import Program


@dataclass(frozen=True, slots=True)
class ProgramReport:
    window: Window
    fill: dict[str, Any]
    time_to_fill: dict[str, Any]
    mobility: dict[str, Any]
    retention: dict[str, Any]
    flows: dict[tuple[str, str], int]
    pitfalls: list[Pitfall]
    min_cases: int
    program_name: str  # the program measured (a title for the HTML page)

    def to_json(self) -> dict[str, Any]:
        def rate(value: Rate | None) -> dict[str, Any] | None:
            return value.to_json() if value is not None else None

        return {
            "window": {"since": self.window.since.isoformat(), "until": self.window.until.isoformat()},
            "metrics": {
                "internal_fill_rate": {
                    "overall": rate(self.fill["overall"]),
                    "by_team": {k: rate(v) for k, v in self.fill["by_team"].items()},
                    "by_track": {k: rate(v) for k, v in self.fill["by_track"].items()},
                },
                "time_to_fill": self.time_to_fill,
                "internal_mobility_rate": {
                    "rate": rate(self.mobility["rate"]),
                    "moves": self.mobility["moves"],
                    "headcount": self.mobility["headcount"],
                    "mix": self.mobility["mix"],
                },
                "retention_after_move": {k: rate(v) for k, v in self.retention.items()},
                "flows": [{"from": a, "to": b, "moves": n} for (a, b), n in self.flows.items()],
            },
            "pitfalls": [p.to_json() for p in self.pitfalls],
        }


def program_report(program: Program, window: Window) -> ProgramReport:
    return ProgramReport(
        window,
        metrics.fill_rates(program, window),
        metrics.time_to_fill(program, window),
        metrics.mobility_rate(program, window),
        metrics.retention(program, window),
        metrics.flows(program, window),
        detect(program, window),
        metrics.min_cases(program),
        program.settings.name,
    )
