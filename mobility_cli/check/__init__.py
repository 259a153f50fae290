"""Checks: parsed documents in, diagnostics out. No check reads files or prints."""
