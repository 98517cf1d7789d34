"""A date field that Tab always leaves.

Qt's QDateEdit uses Tab to step through its year/month/day sections, and while it shows its special value
("Not set", "No date") Tab does nothing at all: a keyboard trap. Here Tab and Shift+Tab move to the next and
previous field like everywhere else; Left/Right still move between the sections and typing still edits them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

_TABS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class DateEdit(QDateEdit):
    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in _TABS
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)):
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            event.accept()
            return QWidget.focusNextPrevChild(self, forward)
        return super().event(event)
