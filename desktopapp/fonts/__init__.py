"""The bundled CJK font, for screens and PDFs alike: `loading` registers it with Qt (GUI and reports),
`coverage` says which characters it can print without Qt (the importer warns about the others)."""
