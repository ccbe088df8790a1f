"""The read face of a catalogue: `Catalogue` (filters → ids, counts, rows, details) and what it reads. Imports no Qt.

The speed machinery lives in `desktopapp.index`, everything that writes in `desktopapp.write`."""

from desktopapp.catalogue.errors import CatalogueError
from desktopapp.catalogue.filters import Filters
from desktopapp.catalogue.query import Catalogue

__all__ = ["Catalogue", "CatalogueError", "Filters"]
