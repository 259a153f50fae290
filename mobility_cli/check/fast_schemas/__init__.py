"""Schemas compiled to Python by `python tools/compile_schemas.py`, one module per kind (generated)."""
