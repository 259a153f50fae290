"""Formatters: diagnostics and results into text for people, machines and CI. Formatters return strings."""
