"""Enter (Return) presses the focused button, everywhere: Qt does that only in dialogs, so on the start page
and the step pages a keyboard user's Enter on a focused button did nothing (only Space worked).

A filter on each push and tool button (`guard`, put there by the app's style when Qt polishes the button, see
`ui.widgets.polish`): a Return or Enter key press on a focused, enabled button outside a dialog clicks it.
Dialogs keep Qt's own rules (the default button, auto-default).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QPushButton, QToolButton, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterClicks(QObject):
    """Installed on each button by `guard`: see the module's docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(watched, QPushButton | QToolButton)
                and isinstance(event, QKeyEvent) and event.key() in ENTER_KEYS
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and watched.hasFocus() and watched.isEnabled() and not isinstance(watched.window(), QDialog)
                and not (isinstance(watched, QPushButton) and (watched.autoDefault() or watched.isDefault()))):
            watched.click()
            return True
        return False


def guard(widget: QWidget, clicks: EnterClicks) -> None:
    """Enter clicks `widget` if it is a push or tool button (`ui.widgets.polish` calls this for every widget)."""
    if isinstance(widget, QPushButton | QToolButton):
        widget.installEventFilter(clicks)  # once: Qt keeps one entry per filter object
