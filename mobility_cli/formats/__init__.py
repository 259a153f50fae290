"""Formatters: findings and use-case results into text for people, machines and CI (text, JSON, Markdown,
SARIF, GitHub annotations, HTML, Atom, iCalendar, SVG). A formatter returns a string or bytes; the CLI writes them."""
