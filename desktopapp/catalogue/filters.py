"""What the user asks for: a kind, free text, facet selections and ranges.

Semantics (as in Datasette and calibre): several values selected within one facet are OR'd; different
facets, the text and the ranges are AND'd. A chain value matches the chain's sub-chains and segments too.
The counts shown for a facet are computed under every *other* active filter, so that the user sees how
many entities each further value would add.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Mapping


@dataclass(frozen=True)
class Filters:
    kind: str | None = None
    text: str = ""
    facets: Mapping[str, frozenset[str]] = field(default_factory=dict)
    year_min: int | None = None
    year_max: int | None = None
    amount_min: float | None = None
    amount_max: float | None = None

    def __post_init__(self):
        cleaned = {k: frozenset(str(v) for v in vs) for k, vs in dict(self.facets).items() if vs}
        object.__setattr__(self, "facets", cleaned)

    def __hash__(self):
        return hash((self.kind, self.text, tuple(sorted(self.facets.items())), self.year_min, self.year_max,
                     self.amount_min, self.amount_max))

    def with_facet(self, facet: str, values) -> "Filters":
        """A copy with `facet` set to `values` (empty removes it)."""
        facets = dict(self.facets)
        facets[facet] = frozenset(values)
        return replace(self, facets=facets)

    def toggled(self, facet: str, value: str) -> "Filters":
        """A copy with `value` added to or removed from `facet`."""
        current = set(self.facets.get(facet, ()))
        current ^= {str(value)}
        return self.with_facet(facet, current)

    def without(self, facet: str) -> "Filters":
        return self.with_facet(facet, ())

    def is_empty(self) -> bool:
        return not (self.text.strip() or self.facets or self.year_min is not None or self.year_max is not None
                    or self.amount_min is not None or self.amount_max is not None)
