"""Errors the catalogue layer raises, each with a message fit to show a user."""


class CatalogueError(Exception):
    """A catalogue cannot be opened or built; the message says what is wrong and what to do."""


class SourceError(CatalogueError):
    """The catalogue's source files are inconsistent (bad quote, unknown key, wrong vocabulary)."""


class OldCatalogueError(CatalogueError):
    """The catalogue uses an older format: it can be converted, as a copy (the original is kept)."""

    def __init__(self, message: str, path, version: int):
        super().__init__(message)
        self.path = path
        self.version = version
