"""The kinds of entity and the facets each kind is filtered by (no heavy imports: read at start-up)."""

from dataclasses import dataclass

KIND_FACETS: dict[str, tuple[str, ...]] = {
    "enterprise": ("chain", "segment", "stage", "role", "tag", "facility", "organisation", "scope", "year",
                   "source"),
    "project": ("chain", "segment", "stage", "category", "enterprise", "organisation", "scope", "year",
                "source"),
    "chain": ("chain", "level", "tier", "scope", "source"),
    "facility": ("category", "status", "chain", "scope", "organisation", "year", "source"),
    "organisation": ("category", "scope", "source"),
    "figure": ("metric", "scope", "basis", "year", "source"),
}


@dataclass(frozen=True)
class FacetValue:
    """One value of a facet with its display label and the number of matching entities."""

    value: str
    label: str
    count: int
