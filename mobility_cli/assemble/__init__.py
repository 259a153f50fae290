"""The assemble stage: checked documents into the typed, immutable `Program` (`parts.build_part` for each file
as it is read, then `program.build_program`). Nothing is imported here, so that a command that assembles only
tracks never imports what assembles posts."""
