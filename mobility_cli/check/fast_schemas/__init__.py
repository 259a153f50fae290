"""Schemas compiled to Python by `python -m mobility_cli.check.schema_code`, one module per kind (generated)."""
