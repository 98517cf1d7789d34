"""An open cell editor is committed before anything that would throw its text away: adding or removing a row
(Ctrl+N, Delete), changing page (Ctrl+1..5, the sidebar), export (Ctrl+E), closing the window and participant
mode. The user types a name, Tab, a role, and presses the key without Enter first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.helpers import capture_messages
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import TeamMember
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.pages.commit import CommitPage

CTRL = Qt.KeyboardModifier.ControlModifier


def _type_member_without_enter(qtbot: QtBot, window: WorkshopWindow) -> CommitPage:
    """Ctrl+N, a name, Tab, a role: the role's editor is still open."""
    page = window.page(1)
    assert isinstance(page, CommitPage)
    page.committed_by.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(QApplication.focusWidget(), "Hanne")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.wait(1)
    editor = QApplication.focusWidget()
    assert editor is not None and page.table.isAncestorOf(editor)
    qtbot.keyClicks(editor, "Sygeplejerske")
    assert page.table.state() == QAbstractItemView.State.EditingState
    return page


def _roles(store: WorkshopStore) -> list[tuple[str, str]]:
    return [(m.name, m.role) for m in store.list(TeamMember)]


def test_ctrl_n_keeps_the_text_being_typed(window: WorkshopWindow, qtbot: QtBot) -> None:
    page = _type_member_without_enter(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, CTRL)
    qtbot.wait(1)
    assert _roles(window.store)[0] == ("Hanne", "Sygeplejerske")
    assert page.table.item(0, 1).text() == "Sygeplejerske"
    assert page.table.rowCount() == 2


def test_delete_keeps_the_text_being_typed(window: WorkshopWindow, qtbot: QtBot,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Delete in a cell editor deletes a character; the Remove member button (Alt+key) commits first."""
    page = _type_member_without_enter(qtbot, window)
    messages = capture_messages(monkeypatch, QMessageBox.StandardButton.No)
    page.remove_member()  # as the button does, while the editor is open
    assert messages.shown and "Hanne" in messages.texts()[0]
    assert _roles(window.store) == [("Hanne", "Sygeplejerske")]


@pytest.mark.parametrize("how", ["ctrl2", "sidebar", "export", "close"])
def test_leaving_keeps_the_text_being_typed(window: WorkshopWindow, qtbot: QtBot, workshop_path: Path,
                                            how: str) -> None:
    _type_member_without_enter(qtbot, window)
    actions: dict[str, Callable[[], None]] = {
        "ctrl2": lambda: qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, CTRL),
        "sidebar": lambda: window.sidebar.setCurrentRow(2),
        "export": lambda: qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, CTRL),
        "close": lambda: qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, CTRL),
    }
    actions[how]()
    qtbot.wait(1)
    if window.export_dialog is not None:
        window.export_dialog.reject()
    window.close()
    with WorkshopStore.open(workshop_path) as store:
        assert _roles(store) == [("Hanne", "Sygeplejerske")]


def test_participant_entry_commits_the_open_editor(window: WorkshopWindow, qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Participant entry (steps 2 and 5) goes through `open_participant_entry`, which commits first."""
    from vzworkshop.ui import participant

    _type_member_without_enter(qtbot, window)
    monkeypatch.setattr(participant, "participant_entry_refused", lambda *_: True)  # opens nothing
    participant.open_participant_entry(window.page(1), window.store, None, lambda: None, lambda _: None,
                                       lambda: None)
    assert _roles(window.store) == [("Hanne", "Sygeplejerske")]


@pytest.mark.parametrize("kind", ["table", "tree", "list"])
def test_flush_all_commits_any_views_editor(qtbot: QtBot, kind: str) -> None:
    """One mechanism for every editable view (tables of steps 1, 3-5, the agenda's list, lists)."""
    from PySide6.QtWidgets import (
        QListWidget,
        QListWidgetItem,
        QTableWidget,
        QTableWidgetItem,
        QTreeWidget,
        QTreeWidgetItem,
    )

    from vzworkshop.ui.widgets import autosave

    view: QAbstractItemView
    if kind == "table":
        view = table = QTableWidget(1, 1)
        table.setItem(0, 0, QTableWidgetItem(""))
    elif kind == "tree":
        view = tree = QTreeWidget()
        QTreeWidgetItem(tree, [""]).setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable
                                            | Qt.ItemFlag.ItemIsSelectable)
    else:
        view = listing = QListWidget()
        item = QListWidgetItem("", listing)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(view.currentIndex())
    assert editor is not None
    qtbot.keyClicks(editor, "Sygeplejerske")
    assert view.state() == QAbstractItemView.State.EditingState
    autosave.flush_all()
    assert view.state() != QAbstractItemView.State.EditingState
    assert view.model().index(0, 0).data() == "Sygeplejerske"
