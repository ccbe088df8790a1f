"""The catalogue layer: schema, build and the one query API. Imports no Qt."""

from desktopapp.catalogue.errors import CatalogueError
from desktopapp.catalogue.filters import Filters
from desktopapp.catalogue.query import Catalogue

__all__ = ["Catalogue", "CatalogueError", "Filters"]
