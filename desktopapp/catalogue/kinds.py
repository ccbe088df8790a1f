"""The kinds of entity, which of them each write path accepts, the facets each kind is filtered by, and the
roles an entity plays on a chain with their ranks (the one definition of each; no heavy imports: read at
start-up)."""

# Every kind, in the order the window's sections show them.
KINDS = ("enterprise", "project", "chain", "facility", "organisation", "figure")
# Stated one by one in the sources and spreadsheets, and given figures (chains come as a system, see chainimport).
STATED_KINDS = ("enterprise", "project", "facility", "organisation", "figure")
# The kinds that may have photos and logos.
PICTURED_KINDS = ("enterprise", "project", "facility")

# An entity's role on a chain (链上角色), and its rank: a chain's lead enterprise (链主) before its core ones
# (核心) before the others; where two links name an entity with different roles, the higher rank wins.
ROLES = ("链主", "核心", "配套")
ROLE_RANK = {"链主": 3, "核心": 2}

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
IMPORT_KINDS = STATED_KINDS + ("chain",)
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
