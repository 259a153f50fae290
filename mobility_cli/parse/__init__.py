"""Parsing: bytes of one file into data with line and column positions, and syntax-level diagnostics."""
