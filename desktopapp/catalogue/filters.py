"""What the user asks for: a kind, free text, facet selections and ranges.

Semantics (as in Datasette and calibre): several values selected within one facet are OR'd; different
facets, the text and the ranges are AND'd. A chain value matches the chain's sub-chains and segments too.
The counts shown for a facet are computed under every *other* active filter, so that the user sees how
many entities each further value would add.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktopapp.catalogue.errors import CatalogueError
from desktopapp.i18n import translate

_FIELDS = ("kind", "text", "facets", "year_min", "year_max", "amount_min", "amount_max")

# SQLite's integers are 64-bit: a bound beyond them cannot be compared in a query (OverflowError).
_INT_RANGE = (-(2**63), 2**63 - 1)


class FilterError(CatalogueError, ValueError):
    """A range bound the catalogue cannot compare: the message says which and why."""


def _bound(value, what: str):
    """A year (int) or amount (int or float) bound, or FilterError with a message for the user."""
    if value is None:
        return None
    label = translate("Filters", "年份") if what == "year" else translate("Filters", "金额")
    shown = str(value)[:40]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        try:
            value = int(value) if what == "year" else float(value)
        except (TypeError, ValueError, OverflowError):
            raise FilterError(translate("Filters", "{what}“{value}”不是数字。").format(what=label, value=shown)) from None
    if isinstance(value, float) and what == "year" and abs(value) < 2.0**63:
        value = int(value)
    if (isinstance(value, int) and not _INT_RANGE[0] <= value <= _INT_RANGE[1]) or isinstance(value, float) and what == "year":
        raise FilterError(translate("Filters", "{what}“{value}”超出可比较的范围（-2^63 至 2^63-1）。").format(
            what=label, value=shown))
    return value


class Filters:
    """An immutable set of filters; `replace` and the methods below return changed copies. (A plain class
    rather than a dataclass: it is needed at start-up, before which the dataclasses module is not loaded.)"""

    __slots__ = _FIELDS
    kind: str | None
    text: str
    facets: Mapping[str, frozenset[str]]
    year_min: int | None
    year_max: int | None
    amount_min: float | None
    amount_max: float | None

    def __init__(self, kind: str | None = None, text: str = "", facets: Mapping | None = None,
                 year_min: int | None = None, year_max: int | None = None, amount_min: float | None = None,
                 amount_max: float | None = None):
        cleaned = {k: frozenset(str(v) for v in vs) for k, vs in dict(facets or {}).items() if vs}
        text = "" if text is None else str(text)
        year_min, year_max = _bound(year_min, "year"), _bound(year_max, "year")
        amount_min, amount_max = _bound(amount_min, "amount"), _bound(amount_max, "amount")
        for name, value in zip(_FIELDS, (kind, text, cleaned, year_min, year_max, amount_min, amount_max)):
            object.__setattr__(self, name, value)

    def __setattr__(self, name, value):
        raise AttributeError(f"Filters are immutable: use replace({name}=…)")

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in _FIELDS)

    def __eq__(self, other) -> bool:
        return type(other) is Filters and self._values() == other._values()

    def __hash__(self):
        return hash((self.kind, self.text, tuple(sorted(self.facets.items())), self.year_min, self.year_max,
                     self.amount_min, self.amount_max))

    def __repr__(self) -> str:
        return "Filters(" + ", ".join(f"{name}={getattr(self, name)!r}" for name in _FIELDS) + ")"

    def __reduce__(self):  # copies and pickles go through __init__
        return (Filters, self._values())

    def replace(self, **changes) -> Filters:
        """A copy with the given fields changed."""
        values = dict(zip(_FIELDS, self._values()))
        unknown = set(changes) - set(_FIELDS)
        if unknown:
            raise TypeError(f"Filters has no field {', '.join(sorted(unknown))}")
        values.update(changes)
        return Filters(**values)

    def with_facet(self, facet: str, values) -> Filters:
        """A copy with `facet` set to `values` (empty removes it)."""
        facets = dict(self.facets)
        facets[facet] = frozenset(values)
        return self.replace(facets=facets)

    def toggled(self, facet: str, value: str) -> Filters:
        """A copy with `value` added to or removed from `facet`."""
        current = set(self.facets.get(facet, ()))
        current ^= {str(value)}
        return self.with_facet(facet, current)

    def without(self, facet: str) -> Filters:
        return self.with_facet(facet, ())

    def is_empty(self) -> bool:
        return not (self.text.strip() or self.facets or self.year_min is not None or self.year_max is not None
                    or self.amount_min is not None or self.amount_max is not None)
