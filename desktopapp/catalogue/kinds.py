"""The kinds of entity and the facets each kind is filtered by (no heavy imports: read at start-up)."""

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


# The kinds a spreadsheet can be imported into (chain: the chain system, systems to segments), and the kinds of image.
IMPORT_KINDS = ("enterprise", "project", "facility", "organisation", "figure", "chain")
IMAGE_KINDS = ("photo", "logo")


class FacetValue:
    """One value of a facet with its display label and the number of matching entities (a plain class: the
    dataclasses module is not loaded at start-up)."""

    __slots__ = ("value", "label", "count")

    def __init__(self, value: str, label: str, count: int):
        self.value, self.label, self.count = value, label, count

    def __eq__(self, other) -> bool:
        return type(other) is FacetValue and (self.value, self.label, self.count) == (other.value, other.label,
                                                                                     other.count)

    def __hash__(self) -> int:
        return hash((self.value, self.label, self.count))

    def __repr__(self) -> str:
        return f"FacetValue(value={self.value!r}, label={self.label!r}, count={self.count!r})"
