"""`mobility report` for people: text with bar charts drawn in characters, and one self-contained HTML page
with SVG charts (no external requests); JSON is the report's own `to_json`."""

from __future__ import annotations

import json
from html import escape

from mobility_cli.features.metrics import Rate
from mobility_cli.features.program_report import ProgramReport
from mobility_cli.words import counted, decimal

BAR = 30


def _pct(rate: Rate | None) -> str:
    if rate is None or rate.value is None:
        return "n/a (no cases yet)"
    note = f" (only {counted(rate.denominator, 'case')})" if rate.small else ""
    return f"{rate.value:.0%} ({rate.numerator}/{rate.denominator}){note}"


def _days(value: object) -> str:
    """A number of days as people write it: 42, 42.5, never 42.0; none is "n/a"."""
    return decimal(value) if isinstance(value, int | float) else "n/a"


def _bar(share: float) -> str:
    full = round(max(0.0, min(1.0, share)) * BAR)
    return "█" * full + "·" * (BAR - full)


def report_json(report: ProgramReport) -> str:
    return json.dumps(report.to_json(), indent=2) + "\n"


def report_text(report: ProgramReport) -> str:
    w = report.window
    lines = [f"Internal mobility report, {w.since} to {w.until}", ""]
    lines.append(f"Internal fill rate: {_pct(report.fill['overall'])}")
    for name, rate in report.fill["by_team"].items():
        value = rate.value or 0.0
        lines.append(f"  {name[:24]:<24} {_bar(value)} {_pct(rate)}")
    lines.append("")
    lines.append("Time to fill (days):")
    for source, stats in report.time_to_fill.items():
        small = " (few cases)" if stats["small_sample"] and stats["n"] else ""
        median, p90 = (_days(stats[key]) for key in ("median_days", "p90_days"))
        lines.append(f"  {source:<9} median {median}, p90 {p90}, n={stats['n']}{small}")
    lines.append("")
    mobility = report.mobility
    lines.append(f"Internal mobility rate: {_pct(mobility['rate'])} ({counted(mobility['moves'], 'move')})")
    total = sum(mobility["mix"].values()) or 1
    for kind, n in mobility["mix"].items():
        lines.append(f"  {kind:<10} {_bar(n / total)} {n}")
    lines.append("")
    lines.append("Retention after a move:")
    for key, rate in report.retention.items():
        lines.append(f"  {key.replace('_', ' '):<24} {_pct(rate)}")
    lines.append("")
    if report.flows:
        lines.append("Moves between teams (from -> to):")
        for (a, b), n in sorted(report.flows.items(), key=lambda item: -item[1])[:15]:
            lines.append(f"  {a:>18} -> {b:<18} {'▮' * n} {n}")
        lines.append("")
    if report.pitfalls:
        lines.append(f"Pitfalls found ({len(report.pitfalls)}):")
        for p in report.pitfalls:
            lines += [f"  {p.code}: {p.subject}", f"    evidence: {p.evidence}", f"    threshold: {p.threshold}"]
    else:
        lines.append("No pitfalls found.")
    return "\n".join(lines) + "\n"


def _svg_bars(rows: list[tuple[str, float, str]]) -> str:
    height = 24 * len(rows) + 8
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="560" height="{height}" role="img">']
    for i, (label, share, text) in enumerate(rows):
        y = 4 + i * 24
        width = round(300 * max(0.0, min(1.0, share)))
        out.append(f'<text x="0" y="{y + 15}" font-size="12">{escape(label[:28])}</text>')
        out.append(f'<rect x="190" y="{y + 3}" width="300" height="14" fill="#eef2f7"/>')
        out.append(f'<rect x="190" y="{y + 3}" width="{width}" height="14" fill="#2563eb"/>')
        out.append(f'<text x="496" y="{y + 15}" font-size="12">{escape(text)}</text>')
    out.append("</svg>")
    return "".join(out)


def report_html(report: ProgramReport, title: str) -> str:
    fill_rows = [(n, r.value or 0.0, _pct(r).split(" ")[0]) for n, r in report.fill["by_team"].items()]
    total = sum(report.mobility["mix"].values()) or 1
    mix_rows = [(k, n / total, str(n)) for k, n in report.mobility["mix"].items()]
    pitfalls = (
        "".join(
            f"<li><strong>{escape(p.code)}</strong>: {escape(p.subject)}<br>{escape(p.evidence)}"
            f"<br><small>threshold: {escape(p.threshold)}</small></li>"
            for p in report.pitfalls
        )
        or "<li>No pitfalls found.</li>"
    )
    flows = "".join(
        f"<tr><td>{escape(a)}</td><td>{escape(b)}</td><td>{n}</td></tr>" for (a, b), n in report.flows.items()
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}: mobility report</title>
<style>body{{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#0f172a}}
table{{border-collapse:collapse}}td,th{{padding:.3rem .6rem;border-bottom:1px solid #e2e8f0;text-align:left}}
svg{{max-width:100%;height:auto}}</style></head>
<body><h1>{escape(title)}: is internal mobility working?</h1>
<p>{report.window.since} to {report.window.until}. Rates over fewer than {report.min_cases} cases are marked.</p>
<h2>Internal fill rate: {escape(_pct(report.fill["overall"]))}</h2>{_svg_bars(fill_rows)}
<h2>Internal mobility rate: {escape(_pct(report.mobility["rate"]))}</h2>{_svg_bars(mix_rows)}
<h2>Pitfalls</h2><ul>{pitfalls}</ul>
<h2>Moves between teams</h2><table><thead><tr><th>From</th><th>To</th><th>Moves</th></tr></thead>
<tbody>{flows}</tbody></table>
</body></html>
"""
