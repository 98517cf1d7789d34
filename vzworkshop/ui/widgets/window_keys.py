"""Text fields leave the window's Ctrl+E (File > Export) to the window.

On X11 Qt gives text fields Emacs' Ctrl+E ("end of line", besides End) and a field with the focus claims the
key before any shortcut sees it: seen under X, Ctrl+E did nothing while the facilitator was typing in a field
(nearly always). A filter on each line edit, spin box and text edit (`guard`, put there by the app's style when
Qt polishes the widget, see `ui.widgets.polish`) turns the field's claim down; End still ends the line.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

# (key, modifiers) of the window's shortcuts that X11's text-field bindings would otherwise take
WINDOW_KEYS = {(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)}


class WindowKeys(QObject):
    """Installed on each text field by `guard`: see the module's docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if (Qt.Key(event.key()), modifiers) in WINDOW_KEYS:
                event.ignore()  # not the field's: Qt goes on to the window's shortcut
                return True
        return False


def guard(widget: QWidget, keys: WindowKeys) -> None:
    """Leave the window's keys to it if `widget` is a text field (`ui.widgets.polish` calls this for every
    widget). A spin box gets the filter itself: it hands its line edit the keys without an event."""
    if isinstance(widget, QLineEdit | QAbstractSpinBox | QPlainTextEdit | QTextEdit):
        widget.installEventFilter(keys)  # once: Qt keeps one entry per filter object
