"""mobility: an internal-mobility program for remote teams, kept as code."""

__version__ = "0.1.0"
