"""The filter pane: each facet a group of checkable values with counts; chains as a tree."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from desktopapp import style
from desktopapp.catalogue.kinds import FacetValue
from desktopapp.gui.plaintext import tip
from desktopapp.labels import facet_label, value_label

FacetRole = Qt.UserRole + 1
ValueRole = Qt.UserRole + 2

COLLAPSED_BY_DEFAULT = {"source", "year", "organisation", "tag"}


class FilterPane(QWidget):
    toggled = Signal(str, str)  # facet, value
    cleared = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("FilterPane")
        self.english = None  # a catalogue.english.Localiser when content is shown in English
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)
        head = QHBoxLayout()
        title = QLabel(self.tr("筛选"))
        title.setObjectName("PaneTitle")
        head.addWidget(title)
        head.addStretch(1)
        self.clear_button = QPushButton(self.tr("清除全部"))
        self.clear_button.setObjectName("LinkButton")
        self.clear_button.setCursor(Qt.PointingHandCursor)
        self.clear_button.clicked.connect(self.cleared)
        self.clear_button.setEnabled(False)
        head.addWidget(self.clear_button)
        layout.addLayout(head)
        self.tree = QTreeWidget()
        self.tree.setObjectName("FacetTree")
        self.tree.setAccessibleName(self.tr("筛选条件"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(14)
        # Labels that differ only at their end stay apart when elided (and "parent · leaf" labels are shown
        # as the leaf under its parent, see _add_values).
        # English words cut in the middle read as nonsense ("Senso…ments"): English keeps their beginning.
        from desktopapp.catalogue.english import showing_english

        self.tree.setTextElideMode(Qt.ElideRight if showing_english() else Qt.ElideMiddle)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.Fixed)  # sized in _fit_counts
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.itemClicked.connect(self._item_clicked)
        layout.addWidget(self.tree, 1)
        self._collapsed: set[str] = set(COLLAPSED_BY_DEFAULT)
        # Closed groups whose values are added when opened: facet → (group, values, chosen, chain parents).
        self._closed: dict[str, tuple] = {}
        self._updating = False
        self._just_toggled = None
        self.tree.itemExpanded.connect(lambda item: self._remember(item, True))
        self.tree.itemCollapsed.connect(lambda item: self._remember(item, False))

    def _remember(self, item: QTreeWidgetItem, expanded: bool) -> None:
        if item.parent() is not None:
            return
        facet = item.data(0, FacetRole)
        if expanded:
            self._open(facet)
        if self._updating:
            return
        (self._collapsed.discard if expanded else self._collapsed.add)(facet)

    def set_facets(self, facets: dict[str, list[FacetValue]], selected: dict[str, frozenset[str]],
                   chain_parents: dict[str, str] | None = None) -> None:
        """Show `facets` (name → values with counts); `selected` values are checked."""
        self._updating = True
        self.tree.setUpdatesEnabled(False)  # one repaint for the whole rebuild
        scroll = self.tree.verticalScrollBar().value()
        self.tree.clear()
        self._closed.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        widest = 0
        for facet, values in facets.items():
            if not values:
                continue
            group = QTreeWidgetItem([facet_label(facet), ""])
            group.setData(0, FacetRole, facet)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemIsEnabled)
            chosen = selected.get(facet, frozenset())
            if chosen:
                group.setText(1, self.tr("已选 %n", "", len(chosen)))
                group.setForeground(1, QBrush(QColor(style.ACCENT)))
            self.tree.addTopLevelItem(group)
            if facet not in self._collapsed or chosen:
                self._add_values(group, facet, values, chosen, chain_parents)
                group.setExpanded(True)
            else:  # a closed group gets its values when it is opened
                group.setChildIndicatorPolicy(QTreeWidgetItem.ShowIndicator)
                self._closed[facet] = (group, values, chosen, chain_parents)
            widest = max(widest, max((len(str(v.count)) for v in values), default=0))
        self._fit_counts(widest)
        self.clear_button.setEnabled(any(selected.values()))
        self.tree.verticalScrollBar().setValue(scroll)
        self.tree.setUpdatesEnabled(True)
        self._updating = False

    def _fit_counts(self, digits: int) -> None:
        """The count column as wide as its widest text (computed here: letting the view size it to its
        contents measures every row after every rebuild)."""
        metrics = self.tree.fontMetrics()
        texts = ["8" * max(digits, 1), self.tr("已选 %n", "", 88)]
        self.tree.header().resizeSection(1, max(metrics.horizontalAdvance(t) for t in texts) + 16)

    def _add_values(self, group: QTreeWidgetItem, facet: str, values: list[FacetValue], chosen: frozenset[str],
                    chain_parents: dict[str, str] | None) -> None:
        """The value items of one facet under its group (chains as a tree)."""
        muted = QBrush(QColor(style.TEXT_MUTED))
        checkable = Qt.ItemIsEnabled | Qt.ItemIsUserCheckable  # Qt flags are combined once, not per value
        right = Qt.AlignRight | Qt.AlignVCenter
        items: dict[str, QTreeWidgetItem] = {}
        heads: dict[str, QTreeWidgetItem] = {}  # "parent" of "parent · leaf" labels → its heading item
        ordered = values
        if facet == "chain" and chain_parents is not None:
            ordered = _tree_order(values, chain_parents)
        elif facet == "stage":
            ordered = sorted(values, key=_stage_rank)  # the pipeline's order, not by count
        for v in ordered:
            label = value_label(facet, v.value, v.label)
            if self.english is not None:
                label = self.english.facet_label(facet, v.value, label)
            item = QTreeWidgetItem([label, str(v.count)])
            item.setData(0, FacetRole, facet)
            item.setData(0, ValueRole, v.value)
            item.setToolTip(0, tip(label))
            item.setFlags(checkable)
            item.setCheckState(0, Qt.Checked if v.value in chosen else Qt.Unchecked)
            item.setForeground(1, muted)
            item.setTextAlignment(1, right)
            parent = None
            if facet == "chain" and chain_parents:
                key = chain_parents.get(v.value)
                while key and key not in items:
                    key = chain_parents.get(key)
                parent = items.get(key) if key else None
            if parent is not None:
                item.setText(0, label.split(" · ")[-1])  # the tree shows the context
            elif " · " in label:  # e.g. segments "传感器及仪器仪表 · 生产制造": the leaf under its chain
                head_text, _, leaf = label.rpartition(" · ")
                parent = heads.get(head_text)
                if parent is None:
                    parent = heads[head_text] = QTreeWidgetItem([head_text, ""])
                    parent.setData(0, FacetRole, facet)
                    parent.setFlags(Qt.ItemIsEnabled)
                    parent.setToolTip(0, tip(head_text))
                    group.addChild(parent)
                item.setText(0, leaf)
            (parent or group).addChild(item)
            items[v.value] = item
        for item in (*items.values(), *heads.values()):
            item.setExpanded(True)

    def _open(self, facet: str) -> None:
        """Add the values of a closed group (it is being opened, or a value of it is looked up)."""
        pending = self._closed.pop(facet, None)
        if pending is None:
            return
        group, values, chosen, chain_parents = pending
        updating, self._updating = self._updating, True
        self._add_values(group, facet, values, chosen, chain_parents)
        group.setChildIndicatorPolicy(QTreeWidgetItem.DontShowIndicatorWhenChildless)
        self._updating = updating

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._updating or column != 0 or item.data(0, ValueRole) is None:
            return
        key = (item.data(0, FacetRole), item.data(0, ValueRole))
        self._just_toggled = key
        # Deferred: the handler rebuilds the tree, which must not happen inside the item's own signal.
        QTimer.singleShot(0, lambda: self.toggled.emit(*key))

    def _item_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        """A click on a value's text (not only its box) toggles it; a click on a group opens or closes it."""
        key = (item.data(0, FacetRole), item.data(0, ValueRole))
        if self._just_toggled == key:
            # The click was on the check box: Qt toggled it already (itemChanged comes first).
            self._just_toggled = None
            return
        self._just_toggled = None
        if item.parent() is None or item.data(0, ValueRole) is None:  # a group or a heading
            item.setExpanded(not item.isExpanded())
            return
        QTimer.singleShot(0, lambda: self.toggled.emit(*key))

    def value_item(self, facet: str, value: str) -> QTreeWidgetItem | None:
        """The tree item of one facet value (tests and keyboard use)."""
        self._open(facet)
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group.data(0, FacetRole) != facet:
                continue
            stack = [group.child(j) for j in range(group.childCount())]
            while stack:
                item = stack.pop()
                if item.data(0, ValueRole) == value:
                    return item
                stack.extend(item.child(j) for j in range(item.childCount()))
        return None


def _tree_order(values: list[FacetValue], parents: dict[str, str]) -> list[FacetValue]:
    """Parents before children, siblings in their given order."""
    present = {v.value for v in values}
    by_parent: dict[str | None, list[FacetValue]] = {}
    for v in values:
        parent = parents.get(v.value)
        while parent and parent not in present:
            parent = parents.get(parent)
        by_parent.setdefault(parent, []).append(v)
    out: list[FacetValue] = []

    def walk(key):
        for v in by_parent.get(key, []):
            out.append(v)
            walk(v.value)
    walk(None)
    return out


def _stage_rank(v: FacetValue) -> tuple[int, str]:
    """线索→在谈→签约→落地/入驻→…→投产→达产, then the side states, then anything else by name."""
    from desktopapp.catalogue.schema import SIDE_STAGES, STAGES

    order = STAGES + SIDE_STAGES
    return (order.index(v.value) if v.value in order else len(order), v.value)
