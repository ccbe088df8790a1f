"""The speed machinery behind the read face: facet columns, text search, sort orders and the packed arrays
stored in a catalogue file so that a million entities open and filter fast. Imports no Qt."""
