"""Save text fields as the user types: debounced, and at once when the field loses focus.

No Save button anywhere: `bind_text(field, save)` calls `save(text)` 400 ms after the last keystroke, at the
latest 2 s after the first unsaved one (someone typing without pause loses at most 2 s if the laptop dies), and
immediately on focus-out or when `flush_all()` runs (before closing a workshop or quitting).

A table cell being edited is the same: `flush_all()` first commits every open cell editor (`commit_editors`),
so whatever changes what a table shows (adding or removing a row, another page, export, closing, participant
entry) calls `flush_all()` first and the text being typed is kept.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

DEBOUNCE_MS = 400
MAX_WAIT_MS = 2000
TextField = QLineEdit | QPlainTextEdit | QTextEdit

_pending: weakref.WeakSet[TextSaver] = weakref.WeakSet()


def _text(field: TextField) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


class TextSaver(QObject):
    """Owns the debounce timer of one field. Call `set_silently` when loading text from the store."""

    def __init__(self, field: TextField, save: Callable[[str], None]) -> None:
        super().__init__(field)
        self.field = field
        self._save = save
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self._deadline = QTimer(self)  # the debounce restarts on every key: this one does not
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(MAX_WAIT_MS)
        self._deadline.timeout.connect(self.flush)
        if isinstance(field, QLineEdit):
            field.textEdited.connect(self._on_edited)
            field.editingFinished.connect(self.flush)
        else:
            field.textChanged.connect(self._on_edited)
        field.installEventFilter(self)

    def _on_edited(self, *_: object) -> None:
        if self._loading:
            return
        _pending.add(self)
        self._timer.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def eventFilter(self, watched: QObject, event: object) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.field and isinstance(event, QEvent) and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        if not self._timer.isActive() and self not in _pending:
            return
        self._timer.stop()
        self._deadline.stop()
        _pending.discard(self)
        self._save(_text(self.field))

    def set_silently(self, text: str) -> None:
        """Show text from the store without saving it back (keeps the cursor if the text is unchanged)."""
        if _text(self.field) == text:
            return
        self._loading = True
        try:
            if isinstance(self.field, QLineEdit):
                self.field.setText(text)
                self.field.setCursorPosition(0)  # a long title shows its beginning, not its last words
            else:
                self.field.setPlainText(text)
        finally:
            self._loading = False


def bind_text(field: TextField, save: Callable[[str], None]) -> TextSaver:
    return TextSaver(field, save)


def commit_editors() -> None:
    """Commit the text of the open cell editor (a table's or a list's) to its view, and close the editor: the
    view's own signals (`itemChanged`) then save it. Without this the editor's text was thrown away when a row
    was added under it (Ctrl+N) or the window closed. The editor being typed in has the keyboard focus (Qt
    commits an editor itself when it loses the focus), so only the focus widget's views are looked at."""
    widget = QApplication.focusWidget()
    while widget is not None:
        if isinstance(widget, QAbstractItemView) and widget.state() == QAbstractItemView.State.EditingState:
            editor = widget.indexWidget(widget.currentIndex())
            if editor is not None:
                widget.commitData(editor)
                widget.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return
        widget = widget.parentWidget()


def flush_all() -> None:
    """Commit open cell editors, then write every field that still waits for its debounce (call before
    anything that changes what is shown: adding or removing a row, another page, export, closing)."""
    commit_editors()
    for saver in list(_pending):
        saver.flush()
