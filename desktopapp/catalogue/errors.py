"""Errors the catalogue layer raises, each with a message fit to show a user."""


class CatalogueError(Exception):
    """A catalogue cannot be opened or built; the message says what is wrong and what to do."""


class SourceError(CatalogueError):
    """The catalogue's source files are inconsistent (bad quote, unknown key, wrong vocabulary)."""
