"""Checks, in two stages: the schema check (schema.py, on each parsed document as it is read) and the reference
and value checks (references.py, naming.py, usable_values.py, on the assembled `Program`). Parsed documents or
the model in, diagnostics out; no check reads files or prints."""
