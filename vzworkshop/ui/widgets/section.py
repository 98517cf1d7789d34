"""A titled part of a page: the one pattern for sections on every page (no framed group boxes).

    notes = Section(self.tr("Notes"))       # a bold `style.section_title`, then the body under it
    notes.column.addWidget(self.notes)      # add the body to `column` (a QVBoxLayout without margins)

The title also names the section for screen readers (its accessible name).
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from vzworkshop.ui.style import section_title


class Section(QWidget):
    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section_label = section_title("")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.section_label)
        self.set_title(title)

    def set_title(self, text: str) -> None:
        self.section_label.setText(text)
        self.setAccessibleName(text)

    def title(self) -> str:
        return self.section_label.text()
