"""The command line: thin typer commands that wire source, checks, features and formatters together."""
