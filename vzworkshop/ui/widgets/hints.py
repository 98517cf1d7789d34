"""A checklist of friendly hints: each line has a shape icon (tick or warning) AND text, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from vzworkshop.ui.style import status_pixmap


class HintList(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 4, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(1, 1)
        self._hints: list[tuple[bool, str]] = []

    def hints(self) -> list[tuple[bool, str]]:
        return list(self._hints)

    def set_hints(self, hints: list[tuple[bool, str]]) -> None:
        if hints == self._hints:
            return
        self._hints = list(hints)
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, (ok, text) in enumerate(hints):
            icon = QLabel(self)
            icon.setPixmap(status_pixmap(ok, 18))
            icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            what = self.tr("Fine") if ok else self.tr("To consider")
            icon.setToolTip(what)
            icon.setAccessibleName(what)
            label = QLabel(text, self)
            label.setWordWrap(True)
            label.setAccessibleName(f"{what}: {text}")
            self._grid.addWidget(icon, row, 0)
            self._grid.addWidget(label, row, 1)
