"""The banner at the top of the workshop window when the workshop is open read-only.

It says why (in the user's language where the store's reason is known), that nothing can be saved, and offers
"Save a copy…" (the window connects `save_copy_requested` to File > Save a copy as…). A padlock icon sits beside
the text, so the state is not shown by colour alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from vzworkshop.store import WorkshopStore
from vzworkshop.ui.style import icon_canvas
from vzworkshop.ui.translate import tr

BANNER_BG = "#fff4e0"
BANNER_BORDER = "#e0a040"
BANNER_TEXT = "#3d2600"


def reason_text(reason: str) -> str:
    """The store's reason (English, see `WorkshopStore.read_only_reason`) in the user's language."""
    known = {
        "the file is read-only": tr("the file is read-only"),
        "the folder it is in cannot be written to": tr("the folder it is in cannot be written to"),
        "it was opened read-only": tr("it was opened read-only"),
    }
    reason = reason.strip().rstrip(".")
    return known.get(reason, reason) or tr("the file cannot be written to")


def lock_pixmap(size: int = 28, colour: str = "#8a5300") -> QPixmap:
    """A closed padlock."""
    pm, p = icon_canvas(size)
    s = float(size)
    p.setPen(QPen(QColor(colour), s * 0.11, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QPainterPath(QPointF(s * 0.3, s * 0.48))
    shackle.lineTo(QPointF(s * 0.3, s * 0.32))
    shackle.arcTo(QRectF(s * 0.3, s * 0.1, s * 0.4, s * 0.4), 180, -180)
    shackle.lineTo(QPointF(s * 0.7, s * 0.48))
    p.drawPath(shackle)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colour))
    p.drawRoundedRect(QRectF(s * 0.16, s * 0.44, s * 0.68, s * 0.5), s * 0.08, s * 0.08)
    p.setBrush(QColor("white"))
    p.drawEllipse(QRectF(s * 0.44, s * 0.58, s * 0.12, s * 0.12))
    p.drawRect(QRectF(s * 0.475, s * 0.66, s * 0.05, s * 0.14))
    p.end()
    return pm


class ReadOnlyBanner(QFrame):
    """"This workshop is open read-only: <reason>. Changes cannot be saved. …" with a "Save a copy…" button."""

    save_copy_requested = Signal()

    def __init__(self, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet(
            f"QFrame#readOnlyBanner {{ background: {BANNER_BG}; border: none; "
            f"border-bottom: 2px solid {BANNER_BORDER}; }}"
            f"QFrame#readOnlyBanner QLabel {{ color: {BANNER_TEXT}; background: transparent; }}")
        self.icon = QLabel()
        self.icon.setPixmap(lock_pixmap())
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        self.button = QPushButton()
        self.button.setMinimumHeight(34)
        self.button.clicked.connect(self.save_copy_requested.emit)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 10)
        row.setSpacing(12)
        row.addWidget(self.icon)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.set_reason(reason)

    def set_reason(self, reason: str) -> None:
        self._reason = reason
        self.retranslate()

    def retranslate(self) -> None:
        message = tr("This workshop is open read-only: %1. Changes cannot be saved. Use File > Save a copy as… "
                      "to work on a copy.").replace("%1", reason_text(self._reason))
        self.text.setText(message)
        self.icon.setToolTip(tr("Read-only"))
        self.icon.setAccessibleName(tr("Read-only"))
        self.setAccessibleName(tr("Read-only workshop"))
        self.setAccessibleDescription(message)
        self.button.setText(tr("Save a copy…"))
        self.button.setAccessibleName(tr("Save a copy of the workshop to work on"))


def read_only_banner(store: WorkshopStore, save_copy: Callable[[], None]) -> ReadOnlyBanner | None:
    """The banner for a read-only workshop, its button calling `save_copy`; None when the workshop is writable."""
    if not store.read_only:
        return None
    banner = ReadOnlyBanner(store.read_only_reason)
    banner.save_copy_requested.connect(save_copy)
    return banner
