"""Active filters shown as removable chips above the list, wrapping onto further lines."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import QLayout, QSizePolicy, QToolButton, QWidget


class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping at the right edge."""

    def __init__(self, parent=None, spacing: int = 6):
        super().__init__(parent)
        self._items = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item):
        self._items.append(item)

    def count(self):
        return len(self._items)

    def itemAt(self, index):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self):
        return True

    def heightForWidth(self, width):
        return self._layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect):
        super().setGeometry(rect)
        self._layout(rect, apply=True)

    def sizeHint(self):
        return self.minimumSize()

    def minimumSize(self):
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _layout(self, rect: QRect, apply: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() and line > 0:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class ChipBar(QWidget):
    """One chip per active filter value; clicking a chip's × removes that value."""

    removed = Signal(str, str)  # facet, value ("" for the text and range filters)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("ChipBar")
        self._layout = FlowLayout(self)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
        self.setVisible(False)

    def set_chips(self, chips: list[tuple[str, str, str]]) -> None:
        """`chips`: (facet, value, text shown)."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for facet, value, text in chips:
            button = QToolButton(self)
            button.setObjectName("Chip")
            button.setText(f"{text}  ✕")
            button.setToolTip(self.tr("移除此筛选条件"))
            button.setCursor(Qt.PointingHandCursor)
            button.clicked.connect(lambda _=False, f=facet, v=value: self.removed.emit(f, v))
            self._layout.addWidget(button)
        self.setVisible(bool(chips))
        self.updateGeometry()

    def chip_texts(self) -> list[str]:
        return [self._layout.itemAt(i).widget().text() for i in range(self._layout.count())
                if self._layout.itemAt(i).widget() and not self._layout.itemAt(i).widget().isHidden()]
