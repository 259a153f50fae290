"""Reading a post's text as a person does, once, before any rule runs: its structure (headings, list items
whatever their marker, tables, field lines, sentences rejoined across hard wraps, HTML decoded), the role of each
part (requirements, benefits, how to apply ...), one normal form of its words, and whether a sentence asks
something of the candidate or only mentions it. Every rule reads `Passage`s from here, never raw lines."""
