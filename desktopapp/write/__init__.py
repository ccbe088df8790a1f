"""Everything that changes a catalogue file: the build from sources, the one public `derive` of derived data,
imports, updates, edits, images, migration, synthetic catalogues, working copies and undo. Imports no Qt."""
