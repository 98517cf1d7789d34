"""A row of controls that wraps onto the next line where the width runs out (a large font, a small screen),
instead of making the page wider than the window.

    row = FlowLayout()
    row.addWidget(label_and_combo)      # keep a label with its field: put both in one widget (`pair`)
    row.addWidget(button)
    row.add_right(participant_button)   # kept at the right end of its line, while it fits on the first one

Each widget gets its size hint's width (never less than its minimum), in order, left to right; a widget that
does not fit on the line goes to the next one. The layout's minimum width is its widest widget's, its height
follows its width (heightForWidth), so the page around it grows downwards.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right: set[int] = set()  # ids of the items kept at the right end of their line
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout ----------------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add_right(self, widget: QWidget) -> None:
        """Add `widget` at the right end of its line (as after a stretch in a QHBoxLayout)."""
        self.addWidget(widget)
        self._right.add(id(self._items[-1]))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self._right.discard(id(item))
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line."""
        shown = self._shown()
        width = sum(self._width(item) for item in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """As wide as the widest item; as tall as one line (heightForWidth gives the rest)."""
        shown = self._shown()
        width = max((self._width(item) for item in shown), default=0)
        height = max((item.minimumSize().height() for item in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def spacing(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        return max(0, style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent))

    # --- placing ----------------------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    @staticmethod
    def _width(item: QLayoutItem) -> int:
        return max(item.sizeHint().width(), item.minimumSize().width())

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            wide = self._width(item)
            if lines[-1] and used + self.spacing() + wide > width:
                lines.append([])
                used = 0
            used += (self.spacing() if lines[-1] else 0) + wide
            lines[-1].append(item)
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        y = area.y()
        vertical = QStyle.PixelMetric.PM_LayoutVerticalSpacing
        parent = self.parentWidget()
        gap = self._spacing if self._spacing >= 0 else max(0, parent.style().pixelMetric(vertical, None, parent)
                                                            if parent is not None else 6)
        lines = self._lines(area.width())
        for number, line in enumerate(lines):
            height = max(item.sizeHint().height() for item in line)
            if move:
                widths = [min(self._width(item), area.width()) for item in line]
                x = area.x()
                right_end = area.x() + area.width()
                for item, wide in zip(line, widths, strict=True):
                    if id(item) in self._right:  # pushed to the end: the items after it follow it
                        after = sum(w + self.spacing() for w in widths[line.index(item) + 1:])
                        x = max(x, right_end - wide - after)
                    top = y + (height - item.sizeHint().height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(wide, item.sizeHint().height())))
                    x += wide + self.spacing()
            y += height + (gap if number < len(lines) - 1 else 0)
        return y - area.y() + margins.top() + margins.bottom()


def pair(label: QLabel, field: QWidget) -> QWidget:
    """A label and its field as one widget, so a FlowLayout keeps them on the same line."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(field)
    return box

