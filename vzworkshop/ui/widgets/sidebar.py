"""The five steps, always visible at the left of the workshop window; a tick marks steps worked on."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from vzworkshop.ui.style import blank_pixmap, status_pixmap

ICON = 18


class StepSidebar(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.retranslate()
        self.setIconSize(QSize(ICON, ICON))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSize(font.pointSize() + 1)
        self.setFont(font)
        self.setFixedWidth(240)
        self._done: list[bool] = []

    def retranslate(self) -> None:
        """Texts in the current UI language (the step titles come from the workshop's content)."""
        self.setAccessibleName(self.tr("Steps of the workshop"))
        self.setAccessibleDescription(self.tr("Choose a step with the arrow keys, or press Ctrl+1 to Ctrl+5"))
        for row in range(self.count()):
            self._decorate(row)

    def set_steps(self, titles: list[str]) -> None:
        """One row per step, "1  Leadership commitment"; keeps the current row and ticks."""
        current = self.currentRow()
        while self.count() < len(titles):
            item = QListWidgetItem(self)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self._done.append(False)
        for row, title in enumerate(titles):
            item = self.item(row)
            item.setText(f"{row + 1}   {title}")
            item.setData(Qt.ItemDataRole.UserRole, title)
            self._decorate(row)
        if current >= 0:
            self.setCurrentRow(current)
        widest = max((self.fontMetrics().horizontalAdvance(self.item(r).text()) for r in range(self.count())),
                     default=0)
        self.setFixedWidth(max(200, min(340, widest + ICON + 64)))

    def set_done(self, step: int, done: bool) -> None:
        row = step - 1
        if self._done[row] != done:
            self._done[row] = done
            self._decorate(row)

    def is_done(self, step: int) -> bool:
        return self._done[step - 1]

    def _decorate(self, row: int) -> None:
        item = self.item(row)
        done = self._done[row]
        item.setIcon(QIcon(status_pixmap(True, ICON) if done else blank_pixmap(ICON)))
        title = str(item.data(Qt.ItemDataRole.UserRole))
        state = self.tr("worked on") if done else self.tr("not started")
        item.setToolTip(self.tr("Step %1 (Ctrl+%1), %2").replace("%1", str(row + 1)).replace("%2", state))
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     self.tr("Step %1: %2, %3").replace("%1", str(row + 1)).replace("%2", title).replace("%3", state))
