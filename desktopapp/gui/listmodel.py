"""The result list's table model: holds ids only and fetches the rows that are shown, in blocks."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from desktopapp import i18n, style
from desktopapp.catalogue import Catalogue
from desktopapp.catalogue.english import localiser, showing_english
from desktopapp.catalogue.englishnum import english_period
from desktopapp.gui.plaintext import tip
from desktopapp.labels import column_label, value_label

# Columns per kind; the first is always the name. Hidden by default: those in DEFAULT_HIDDEN.
COLUMNS = {
    "enterprise": ("name", "chains", "stage", "scope", "year", "amount", "aliases"),
    "project": ("name", "chains", "stage", "category", "year", "amount", "scope"),
    "chain": ("name", "chains", "level", "tier", "scope"),
    "facility": ("name", "category", "status", "scope", "year", "amount"),
    "organisation": ("name", "category", "scope", "aliases"),
    "figure": ("name", "value", "period", "basis", "scope", "metric"),
}
DEFAULT_HIDDEN = {"aliases", "metric"}
NOT_SORTABLE = {"aliases"}
# Shown in English when English is chosen (catalogue/english.py); the other columns are numbers or codes.
_ENGLISH_COLUMNS = frozenset({"name", "chains", "stage", "category", "status", "tier", "scope", "metric", "value",
                              "period"})

IdRole = Qt.UserRole + 1
_LEFT = int(Qt.AlignLeft | Qt.AlignVCenter)
_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
# Roles as plain integers: the view asks for about ten roles per cell per paint, and comparing with a Qt
# enum (looked up through Qt's namespace each time) costs microseconds a time.
_ID, _DISPLAY, _TOOLTIP, _FOREGROUND, _ALIGN = (int(r) for r in (IdRole, Qt.DisplayRole, Qt.ToolTipRole,
                                                                 Qt.ForegroundRole, Qt.TextAlignmentRole))
_ROLES = frozenset({_ID, _DISPLAY, _TOOLTIP, _FOREGROUND, _ALIGN})
_HORIZONTAL = Qt.Horizontal
BLOCK = 64  # rows read at a time: about a screenful (on a large file each row is a random read)
CACHE_LIMIT = 5000


class EntityListModel(QAbstractTableModel):
    def __init__(self, catalogue: Catalogue, kind: str, parent=None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.kind = kind
        self.columns = COLUMNS[kind]
        self._headers = [column_label(c) for c in self.columns]
        self._ids = ()  # a numpy array of ids once results arrive (numpy loads after the first paint)
        self._rows: dict[int, dict] = {}
        self._sorted: tuple[int, bool] | None = None  # (column index, descending) shown in the header

    def set_sort(self, column: str | None, descending: bool) -> None:
        """Show the list's sort in the column titles: ↑ ascending (small to large, A to Z), ↓ descending."""
        self._sorted = (self.columns.index(column), descending) if column in self.columns else None
        self.headerDataChanged.emit(_HORIZONTAL, 0, len(self.columns) - 1)

    # ------------------------------------------------------------------ ids

    def set_ids(self, ids) -> None:
        import numpy as np

        self.beginResetModel()
        self._ids = np.asarray(ids, dtype=np.int64)
        if len(self._rows) > CACHE_LIMIT:
            self._rows.clear()
        self.endResetModel()

    def set_catalogue(self, catalogue: Catalogue) -> None:
        self.beginResetModel()
        self.catalogue = catalogue
        self._ids = ()
        self._rows.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        return [int(i) for i in self._ids]

    def id_at(self, row: int) -> int | None:
        return int(self._ids[row]) if 0 <= row < len(self._ids) else None

    def row_of(self, entity_id: int) -> int:
        import numpy as np

        hit = np.flatnonzero(np.asarray(self._ids) == entity_id)
        return int(hit[0]) if len(hit) else -1

    def _row(self, index: int) -> dict:
        eid = int(self._ids[index])
        row = self._rows.get(eid)
        if row is None:
            start = (index // BLOCK) * BLOCK
            block = [int(i) for i in self._ids[start:start + BLOCK] if int(i) not in self._rows]
            self._rows.update(self.catalogue.rows(block))
            row = self._rows.get(eid, {})
        return row

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=_DISPLAY):
        if role not in _ROLES or orientation != _HORIZONTAL:
            return None
        if role == _DISPLAY and 0 <= section < len(self._headers):
            if self._sorted is not None and self._sorted[0] == section:
                return self._headers[section] + (" ↓" if self._sorted[1] else " ↑")
            return self._headers[section]
        if role == _ALIGN:
            return _LEFT
        return None

    def data(self, index, role=_DISPLAY):
        if role not in _ROLES:
            return None
        row = index.row()
        if not index.isValid() or row >= len(self._ids):
            return None
        if role == _ID:
            return int(self._ids[row])
        column = self.columns[index.column()]
        if role == _DISPLAY:
            return self.display(self._row(row), column)
        if role == _TOOLTIP and column in ("name", "chains", "aliases"):
            values = self._row(row)
            if column == "chains":
                return tip(values.get("chains")) or None  # the full paths, chain first
            return tip(values.get("summary") or values.get(column)) or None
        if role == _FOREGROUND and column == "stage":
            stage = self._row(row).get("stage")
            return QColor(style.stage_colour(stage)) if stage else None
        if role == _ALIGN and column in ("year", "amount", "value"):
            return _RIGHT
        return None

    def display(self, row: dict, column: str) -> str:
        value = row.get(column)
        if column in _ENGLISH_COLUMNS and showing_english():
            return self._english(row, column, value)
        if column == "scope":
            return self.catalogue.scope_label(value) if value else ""
        if column == "amount":
            return f"{value:,.2f}".rstrip("0").rstrip(".") if value is not None else ""
        if column == "value":
            return row.get("value") or ""  # the value as the source words it, unit included
        if column == "chains":
            return chains_text(value)
        if column in ("basis", "level"):
            return value_label(column, value) if value else ""
        return "" if value is None else str(value)

    def _english(self, row: dict, column: str, value) -> str:
        """Names and vocabulary values in English where the catalogue has them (else as they are)."""
        english = localiser(self.catalogue)
        if column == "name":
            return english.name(row.get("id"), value or "")
        if column == "chains":
            return chains_text(value, english.chain_names)
        if column == "scope":
            return english.terms.get(("scope", value)) or (self.catalogue.scope_label(value) if value else "")
        if column == "value":  # "8个" → "8", "152亿元" → "CNY 15.2 billion"; a worded value as stated
            return english.fact_value(value) or value or ""
        if column == "period":
            return english_period(value) or ""
        return english.term(column, value) or ""


def chains_text(value, english: dict[str, str] | None = None) -> str:
    """A list cell of chain positions with the part that differs first: "传感器及仪器仪表·生产制造" is shown as
    "生产制造（传感器及仪器仪表）", so rows of one chain are told apart when the column elides. With `english`
    (Chinese chain name → English), "Manufacturing (Sensors and instruments)", listed with ", "."""
    if not value:
        return ""

    def name(text: str) -> str:
        return " · ".join(english.get(p, p) for p in text.split("·")) if english is not None else text

    def note(text: str) -> str:
        return i18n.parenthesised(name(text), english is not None)

    parts = []
    for item in str(value).split("、"):
        if " → " in item:  # a chain's own path: its parent first is the same on every row of a system
            head, _, leaf = item.rpartition(" → ")
            head = head.split(" → ")[-1]
            parts.append(name(leaf) + note(head))
            continue
        head, sep, leaf = item.replace(" · ", "·").rpartition("·")
        parts.append(name(leaf) + note(head) if sep and head and leaf else name(item))
    return i18n.joined(parts, english is not None)
