"""What the workshop window keeps and restores about itself, and Edit > Undo/Redo: helpers of `main_window`."""

from __future__ import annotations

import base64

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QMainWindow, QPlainTextEdit, QTextEdit

from vzworkshop.ui import settings


def save_geometry(window: QMainWindow) -> None:
    settings.put(settings.WINDOW_GEOMETRY, base64.b64encode(bytes(window.saveGeometry().data())).decode())


def restore_geometry(window: QMainWindow) -> None:
    """Where and how large the window last was; the first time, most of the screen (at most 1440 x 920)."""
    saved = settings.get(settings.WINDOW_GEOMETRY)
    if saved and window.restoreGeometry(QByteArray(base64.b64decode(saved))):
        return
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(1280, 760)
        return
    area = screen.availableGeometry()
    window.resize(min(1440, int(area.width() * 0.94)), min(920, int(area.height() * 0.92)))


def edit_focused(what: str) -> None:
    """Undo or redo (`what`) in the focused text field (Qt keeps each field's own undo history)."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QAbstractSpinBox):
        widget = widget.findChild(QLineEdit)
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        getattr(widget, what)()
