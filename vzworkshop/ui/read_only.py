"""When the workshop cannot be written: read-only workshops and failed saves, handled in one place.

`lock_editing(root)` makes the text fields, spin boxes and tables under `root` read-only (they stay readable
and selectable). Anything else that tries to write (a button, a check box) makes the store raise
`ReadOnlyWorkshop`; exceptions from slots reach the app's excepthook, which passes every `WorkshopFileError` to
`handle_write_problem`: the workshop window's `WriteProblems` then says so in plain words (once for read-only;
each time, but never stacked, for a failed save) instead of the crash dialog.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from vzworkshop.store import WorkshopStore, errors
from vzworkshop.ui.dialogs.opening import error_text
from vzworkshop.ui.translate import tr

log = logging.getLogger(__name__)


def lock_editing(root: QWidget) -> None:
    """Make every text field, spin/date box and table under `root` read-only."""
    for edit in root.findChildren(QLineEdit):
        if not isinstance(edit.parent(), QAbstractSpinBox | QComboBox):
            edit.setReadOnly(True)
    for text in root.findChildren(QPlainTextEdit):
        text.setReadOnly(True)
    for rich in root.findChildren(QTextEdit):
        rich.setReadOnly(True)
    for spin in root.findChildren(QAbstractSpinBox):
        spin.setReadOnly(True)
    for view in root.findChildren(QAbstractItemView):
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)


def participant_entry_refused(store: WorkshopStore, parent: QWidget | None) -> bool:
    """True (after a message) when participants must not start answering: their ballots could not be saved."""
    if not store.read_only:
        return False
    QMessageBox.warning(
        parent, tr("Participant entry not possible"),
        tr("This workshop is open read-only, so the participants' answers could not be saved. Use File > Save "
            "a copy as… to make a copy you can work on, and open the copy first."))
    return True


class WriteProblems(QObject):
    """The workshop window's answer to a write that failed: a short message, and the pages re-read the file."""

    def __init__(self, window: QMainWindow, store: WorkshopStore) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.box: QMessageBox | None = None
        self.told_read_only = False

    def lock(self, root: QWidget) -> None:
        """Read-only: the fields under `root` take no typing (call again after redraws that add fields)."""
        if self.store.read_only:
            lock_editing(root)

    def handle(self, exc: errors.WorkshopFileError) -> None:
        if isinstance(exc, errors.ReadOnlyWorkshop):
            text = tr("This workshop is open read-only, so the change was not saved. Use File > Save a copy "
                       "as… to work on a copy.")
            if self.told_read_only:
                self.window.statusBar().showMessage(text, 8000)
            else:
                self.told_read_only = True
                self._show(tr("Change not saved"), text)
            # show what the file holds again (a ticked box or an added row that was not saved)
            QTimer.singleShot(0, self._refresh)
            return
        # A failed save (disk full, I/O error): the fields keep what was typed, so nothing is lost from view.
        advice = tr("Check that the disk or USB stick is still there and has free space, then try again. "
                     "File > Save a copy as… can keep the workshop somewhere else.")
        self._show(tr("Change not saved"), f"{error_text(exc)}\n\n{advice}")

    def _show(self, title: str, text: str) -> None:
        if self.box is not None and self.box.isVisible():
            self.box.setText(text)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._box_gone)
        self.box = box
        box.open()

    def _box_gone(self, *_: object) -> None:
        self.box = None

    def _refresh(self) -> None:
        refresh = getattr(self.window, "refresh_all", None)
        if callable(refresh):
            refresh()


def handle_write_problem(exc: errors.WorkshopFileError) -> bool:
    """Pass a workshop-file error from a slot to the window of that workshop; False if no window took it."""
    handlers = [w.findChild(WriteProblems) for w in QApplication.topLevelWidgets()]
    open_ones = [h for h in handlers if isinstance(h, WriteProblems)]
    for handler in open_ones:
        if handler.store.path.resolve() == exc.path.resolve():
            handler.handle(exc)
            return True
    if len(open_ones) == 1:  # an error naming another file (a copy, an export) from the one open workshop
        open_ones[0].handle(exc)
        return True
    return False
