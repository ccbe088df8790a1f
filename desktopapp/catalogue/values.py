"""Values read from a catalogue file, made what the schema says they are.

A catalogue is untrusted: any column may hold NULL, a BLOB, text where a number belongs or a number where text
belongs, and text of any length. The read face (`Catalogue.rows`, `details`, `sources`, `meta` …) passes every
row through `clean`, so the GUI, the command line and the reports only ever see str / int / float / None as
`schema.TABLES` declares, and text capped at a length a widget or a page can lay out (`capped`).
"""

from __future__ import annotations

from desktopapp.catalogue import schema

# Text longer than this is cut for display (with "…"): a name, a label, a field of a fact.
SHORT_TEXT = 1_000
# … a profile, a quote, a note: long enough for any real one, short enough to lay out at once.
LONG_TEXT = 20_000
# … an article shown in full in the article view.
ARTICLE_TEXT = 200_000
ELLIPSIS = "…"

_LONG_COLUMNS = {"summary", "quote", "note", "text", "date_note", "value", "aliases", "chains"}
# Identifiers are never cut (filters and links compare them whole).
_UNCUT = {"key", "source_id", "id"}
# Text that code joins, sorts and lays out as it is: never None (an empty text instead).
_NOT_NULL_TEXT = {"key", "kind", "name", "quote", "source_id", "facet", "title", "chain_name", "other_name",
                  "other_kind"}


def capped(text: str | None, limit: int = LONG_TEXT) -> str | None:
    """`text` cut to `limit` characters, ending in "…" when it was cut (for display: a widget laying out
    megabytes of text freezes the window). The GUI calls this for any text it shows whole."""
    if text is None or len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)] + ELLIPSIS


def text(value, limit: int | None = None) -> str | None:
    """Any stored value as text (None stays None; bytes decoded, damaged bytes as U+FFFD), cut to `limit`."""
    if value is None:
        return None
    if isinstance(value, str):
        out = value
    elif isinstance(value, (bytes, bytearray, memoryview)):
        out = bytes(value[: (limit or len(value)) * 4]).decode("utf-8", "replace")
    elif isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        out = str(int(value))
    else:
        out = str(value)
    return capped(out, limit) if limit else out


def integer(value) -> int | None:
    """An id, year or count: ints as they are, whole floats as ints, anything else (text, BLOB, 176.5) None."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def number(value) -> int | float | None:
    """A figure: ints and floats as they are, anything else None."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return None


def _limit(column: str) -> int | None:
    if column in _UNCUT:
        return None
    return LONG_TEXT if column in _LONG_COLUMNS else SHORT_TEXT


_PLANS: dict[tuple, dict[str, tuple]] = {}


def _plan(table: str, extra: dict[str, type] | None) -> dict[str, tuple]:
    """Per column: (declared type, text limit, never None), worked out once per table."""
    key = (table, tuple(sorted((k, v.__name__) for k, v in extra.items())) if extra else ())
    plan = _PLANS.get(key)
    if plan is None:
        types = {**schema.TABLES.get(table, {}), **(extra or {})}
        plan = _PLANS[key] = {c: (t, _limit(c), c in _NOT_NULL_TEXT) for c, t in types.items()}
    return plan


def clean(table: str, row: dict, extra: dict[str, type] | None = None) -> dict:
    """`row` (a dict of one table's columns, perhaps with more) with every value of a known column made its
    declared type; text cut for display. Columns of other names are kept as they are unless `extra` types them."""
    plan = _plan(table, extra)
    out = {}
    for column, value in row.items():
        spec = plan.get(column)
        if spec is not None:
            kind, limit, not_null = spec
            if value is None:
                if not_null:
                    value = ""
            elif type(value) is kind and (kind is not str or limit is None or len(value) <= limit):
                pass  # as declared (nearly every value)
            elif kind is str:
                value = text(value, limit)
                if value is None and not_null:
                    value = ""
            elif kind is int:
                value = integer(value)
            elif kind is float:
                value = number(value)
            elif kind is bytes:
                value = value if isinstance(value, bytes) else None
        out[column] = value
    return out
