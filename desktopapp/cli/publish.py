"""`publish`: a Datasette kit of the catalogue (see desktopapp/publish)."""

from __future__ import annotations


def add_parsers(sub) -> None:
    pass
