"""Step 4: statuses, dated progress notes, obstacles; overdue and ownerless actions flagged in words."""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.plan_helpers import answer_next_box
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import ActionItem, ActionNote
from vzworkshop.ui.changes import Changes
from vzworkshop.ui.pages.implement import ImplementPage
from vzworkshop.ui.widgets.autosave import flush_all

TODAY = datetime.date(2027, 2, 1)


def open_page(qtbot: QtBot, store: WorkshopStore) -> ImplementPage:
    page = ImplementPage(store)
    page.today = lambda: TODAY
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def test_overview_flags_overdue_and_ownerless_with_text(qtbot: QtBot, store: WorkshopStore) -> None:
    store.add(ActionItem(what="Late", owner="Ida", due="2027-01-15"))
    store.add(ActionItem(what="Done late", owner="Bo", due="2027-01-15", status="done"))
    store.add(ActionItem(what="Nobody", due="2027-03-01", status="in_progress"))
    store.add(ActionItem(what="Fine", owner="Bo", due="2027-02-01"))
    page = open_page(qtbot, store)
    flags = [page.table.item(r, 5).text() for r in range(4)]
    assert flags == ["Overdue", "", "No owner", ""]
    assert not page.table.item(0, 5).icon().isNull()  # an icon beside the words, never colour alone
    assert "1 overdue" in page.attention.text() and "1 without an owner" in page.attention.text()
    assert page.attention_icon.isVisible()
    assert "4 actions" in page.summary.text()


def test_status_notes_and_obstacles_by_keyboard(qtbot: QtBot, workshop_path: Path) -> None:
    store = WorkshopStore.open(workshop_path)
    first = store.add(ActionItem(what="Møder", owner="Ida", due="2027-01-10"))
    store.add(ActionItem(what="Kursus", owner="Bo"))
    page = open_page(qtbot, store)
    reports: list[Changes] = []
    page.changed.connect(reports.append)
    assert page.table.item(0, 5).text() == "Overdue"
    page.table.setFocus()
    page.table.selectRow(0)
    page.status.setFocus()
    qtbot.keyClick(page.status, Qt.Key.Key_Down)  # in progress
    qtbot.keyClick(page.status, Qt.Key.Key_Down)  # done
    assert page.table.item(0, 4).text() == "Done" and page.table.item(0, 5).text() == ""
    assert page.attention.isHidden()
    page.obstacles.setFocus()
    qtbot.keyClicks(page.obstacles, "Sygdom i december")
    qtbot.keyClick(page.obstacles, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.obstacles
    page.note_text.setFocus()
    qtbot.keyClicks(page.note_text, "Første møde holdt")
    qtbot.keyClick(page.note_text, Qt.Key.Key_Return)
    assert page.notes.rowCount() == 1 and page.notes.item(0, 0).text() == "01.02.2027"
    assert page.note_text.text() == ""
    qtbot.keyClicks(page.note_text, "Andet møde")
    qtbot.keyClick(page.note_text, Qt.Key.Key_Return)
    page.notes.setFocus()
    page.notes.selectRow(1)
    answer_next_box(qtbot, yes=True)
    qtbot.keyClick(page.notes, Qt.Key.Key_Delete)
    assert page.notes.rowCount() == 1
    flush_all()
    assert any(c.actions for c in reports)
    store.close()
    page.close()

    with WorkshopStore.open(workshop_path) as again:
        saved = again.get(ActionItem, first.id)
        assert (saved.status, saved.obstacles) == ("done", "Sygdom i december")
        notes = again.list(ActionNote, action_id=first.id)
        assert [(n.date, n.text) for n in notes] == [("2027-02-01", "Første møde holdt")]
