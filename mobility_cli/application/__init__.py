"""The use cases of mobility, one function each: a request in, a result (or findings) out. They never print,
never read the command line and never format output: the CLI parses, calls one of them, and formats what it
returns. Every use case works on a `Workspace` (workspace.py): where the program is, which revision, which day,
how many workers."""
