"""The agenda page driven as a facilitator would: keyboard first; what it shows is what the file holds."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTime, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import AgendaBlock, StepNote, Workshop
from vzworkshop.ui.pages.agenda import AgendaPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, harmless


class FakeClock:
    def __init__(self) -> None:
        self.t = 5000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def open_page(qtbot: QtBot, clock: FakeClock) -> Iterator[Callable[[WorkshopStore], AgendaPage]]:
    def make(st: WorkshopStore) -> AgendaPage:
        page = AgendaPage(st, now=clock)
        qtbot.addWidget(page)
        page.resize(1146, 700)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
        return page

    yield make


def empty_agenda(path: Path) -> WorkshopStore:
    """A workshop whose agenda was set up before and then emptied: no template is filled in."""
    st = WorkshopStore.open(path)
    ws = st.workshop()
    ws.agenda_start = "08:30"
    st.save(ws)
    return st


def titles(st: WorkshopStore) -> list[str]:
    return [b.title for b in st.list(AgendaBlock)]


def answer_next_dialog(qtbot: QtBot, key: Qt.Key,
                       modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> list[str]:
    """Press `key` in the next modal dialog once it is up and active; the returned list gets its text.

    A dialog the key did not close is rejected after a while, so a failing test fails instead of hanging.
    """
    answered: list[str] = []
    tries = [100]

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or QApplication.activeWindow() is not dialog:
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(20, press)
            return
        answered.append(dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle())
        qtbot.keyClick(dialog, key, modifier)
        QTimer.singleShot(1000, dialog, lambda: dialog.reject() if dialog.isVisible() else None)

    QTimer.singleShot(0, press)
    return answered


def press_delete(qtbot: QtBot, page: AgendaPage, answer: Qt.Key) -> str:
    """Delete on the block list, then answer the confirmation with `answer`; returns the question asked."""
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.list.setFocus()
    answered = answer_next_dialog(qtbot, answer)
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert answered, "no confirmation was asked"
    return answered[0]


def type_title(qtbot: QtBot, page: AgendaPage, text: str) -> None:
    assert page.editor.title_edit.hasFocus()
    qtbot.keyClicks(page.editor.title_edit, text)


# --- the template -------------------------------------------------------------------------------------


def test_first_open_of_an_empty_agenda_fills_the_danish_template(store: WorkshopStore,
                                                                   open_page: Callable[..., AgendaPage]) -> None:
    page = open_page(store)
    assert titles(store)[0] == "Velkomst og formål"
    assert store.workshop().agenda_start == "09:00"
    assert page.list.topLevelItemCount() == 8
    assert "Pause" in [page.list.topLevelItem(i).text(page.list.TITLE) for i in range(8)]
    assert "3 h 0 min (09:00–12:00)" in page.total_label.text()


def test_english_workshop_gets_the_english_template(tmp_path: Path, open_page: Callable[..., AgendaPage]) -> None:
    st = WorkshopStore.create(tmp_path / "en.vzw", Workshop(organisation="Testtown", language="en"))
    try:
        open_page(st)
        assert titles(st)[0] == "Welcome and purpose"
        assert "Break" in titles(st)
    finally:
        st.close()


def test_emptied_agenda_is_not_refilled_on_reopening(workshop_path: Path, open_page: Callable[..., AgendaPage],
                                                     qtbot: QtBot) -> None:
    st = empty_agenda(workshop_path)
    page = open_page(st)
    assert titles(st) == []
    assert not page.panel.start_pause.isEnabled()
    assert page.timer_text() == ""
    page.close()
    st.close()


def test_use_template_asks_before_replacing_the_agenda(store: WorkshopStore, open_page: Callable[..., AgendaPage],
                                                       qtbot: QtBot) -> None:
    page = open_page(store)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    press_delete(qtbot, page, Qt.Key.Key_Return)
    assert len(titles(store)) == 7
    asked = answer_next_dialog(qtbot, Qt.Key.Key_Return)  # Return takes the default: Cancel
    qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton)
    assert asked and "7 blocks" in asked[0]
    assert len(titles(store)) == 7
    replaced = answer_next_dialog(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Replace
    page.template_button.click()
    assert replaced
    assert len(titles(store)) == 8
    assert page.list.topLevelItemCount() == 8


# --- building and reordering by keyboard --------------------------------------------------------------


def test_build_reorder_and_remove_by_keyboard_and_it_is_saved(
    workshop_path: Path, open_page: Callable[..., AgendaPage], qtbot: QtBot
) -> None:
    st = empty_agenda(workshop_path)
    page = open_page(st)
    page.list.setFocus()
    for title, minutes in (("Velkomst", "15"), ("Kaffe", "20"), ("Dialog", "45")):
        qtbot.keyClick(page.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        type_title(qtbot, page, title)
        qtbot.keyClick(page.editor.title_edit, Qt.Key.Key_Tab)  # to the step
        qtbot.keyClick(page.editor.step_combo, Qt.Key.Key_Tab)  # to the planned minutes
        assert page.editor.minutes_spin.hasFocus()
        page.editor.minutes_spin.selectAll()
        qtbot.keyClicks(page.editor.minutes_spin, minutes)
        qtbot.keyClick(page.editor.minutes_spin, Qt.Key.Key_Tab)
    assert titles(st) == ["Velkomst", "Kaffe", "Dialog"]
    assert [b.planned_minutes for b in st.list(AgendaBlock)] == [15, 20, 45]

    # "Dialog" is selected: move it up once with Alt+Up, from inside the title field
    page.editor.title_edit.setFocus()
    qtbot.keyClick(page.editor.title_edit, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles(st) == ["Velkomst", "Dialog", "Kaffe"]
    qtbot.keyClick(page.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles(st) == ["Dialog", "Velkomst", "Kaffe"]
    qtbot.keyClick(page.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(st) == ["Velkomst", "Dialog", "Kaffe"]
    assert page.list.selected_id() == st.list(AgendaBlock)[1].id

    # clock times follow the order: 08:30 + 15 + 45
    row_times = [page.list.topLevelItem(i).text(0).strip(" ▶") for i in range(3)]
    assert row_times == ["08:30–08:45", "08:45–09:30", "09:30–09:50"]
    assert "1 h 20 min (08:30–09:50)" in page.total_label.text()

    # Delete asks first: Escape keeps the block, Return removes it
    question = press_delete(qtbot, page, Qt.Key.Key_Escape)
    assert "“Dialog” (45 min)" in question
    assert titles(st) == ["Velkomst", "Dialog", "Kaffe"]
    press_delete(qtbot, page, Qt.Key.Key_Return)
    assert titles(st) == ["Velkomst", "Kaffe"]
    assert page.list.topLevelItemCount() == 2

    page.close()
    st.close()
    with WorkshopStore.open(workshop_path) as again:
        assert [(b.title, b.planned_minutes) for b in again.list(AgendaBlock)] == [("Velkomst", 15), ("Kaffe", 20)]


def test_delete_in_a_text_field_edits_text_and_keeps_the_block(store: WorkshopStore,
                                                               open_page: Callable[..., AgendaPage],
                                                               qtbot: QtBot) -> None:
    page = open_page(store)
    page.editor.title_edit.setFocus()
    page.editor.title_edit.home(False)
    qtbot.keyClick(page.editor.title_edit, Qt.Key.Key_Delete)
    page.editor.flush()
    assert len(titles(store)) == 8
    assert titles(store)[0] == "elkomst og formål"


def test_step_notes_and_title_autosave(store: WorkshopStore, open_page: Callable[..., AgendaPage],
                                       qtbot: QtBot) -> None:
    page = open_page(store)
    qtbot.keyClick(page.list, Qt.Key.Key_End)
    index = page.editor.step_combo.findData(5)
    page.editor.step_combo.setFocus()
    page.editor.step_combo.setCurrentIndex(index)
    page.editor.notes_edit.setFocus()
    qtbot.keyClick(page.editor.notes_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.editor.notes_edit, " Husk kage.")
    qtbot.keyClick(page.editor.notes_edit, Qt.Key.Key_Tab)  # focus-out saves at once
    last = store.list(AgendaBlock)[-1]
    assert last.step == 5
    assert last.notes.endswith("Tak for i dag. Husk kage.")
    assert page.list.topLevelItem(7).text(page.list.STEP) == "5"


def test_start_time_moves_every_clock_time(store: WorkshopStore, open_page: Callable[..., AgendaPage],
                                           qtbot: QtBot) -> None:
    page = open_page(store)
    page.start_edit.setFocus()
    page.start_edit.setTime(QTime(12, 45))
    assert store.workshop().agenda_start == "12:45"
    assert page.list.topLevelItem(0).text(0).strip(" ▶") == "12:45–12:55"
    assert page.list.topLevelItem(7).text(0).strip(" ▶") == "15:35–15:45"
    assert "(12:45–15:45)" in page.total_label.text()


def test_drag_and_drop_moves_a_block(store: WorkshopStore, open_page: Callable[..., AgendaPage]) -> None:
    page = open_page(store)
    view = page.list
    first = view.topLevelItem(0)
    view.setCurrentItem(first)
    target = view.visualItemRect(view.topLevelItem(3))
    mime: QMimeData = view.model().mimeData([view.indexFromItem(first)])
    below = QPointF(target.center().x(), target.bottom() - 2)
    event = QDropEvent(below, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    drop_into(view, event)
    assert titles(store)[3] == "Velkomst og formål"
    assert titles(store)[0] == "Trin 1: Lederengagement og teamet"
    assert view.topLevelItem(3).text(view.TITLE) == "Velkomst og formål"
    assert view.topLevelItemCount() == 8


def drop_into(view: QWidget, event: QDropEvent) -> None:
    """Deliver a drop as if dragged from the view itself (QDropEvent.source() is read-only in Python)."""
    original = QDropEvent.source
    QDropEvent.source = lambda self: view  # type: ignore[method-assign,assignment]
    try:
        view.dropEvent(event)  # type: ignore[attr-defined]
    finally:
        QDropEvent.source = original  # type: ignore[method-assign]


def test_facilitator_notes_are_saved_per_step_without_touching_other_notes(
    store: WorkshopStore, open_page: Callable[..., AgendaPage], qtbot: QtBot
) -> None:
    note = store.get(StepNote, 2)
    note.notes = "Referat fra dialogen"
    store.save(note)
    page = open_page(store)
    page.notes.tabs.setCurrentIndex(1)
    edit = page.notes.edits[2]
    edit.setFocus()
    qtbot.keyClicks(edit, "Husk at vende skærmen væk")
    qtbot.waitUntil(lambda: store.get(StepNote, 2).facilitator_notes == "Husk at vende skærmen væk", timeout=2000)
    assert store.get(StepNote, 2).notes == "Referat fra dialogen"
    assert store.get(StepNote, 3).facilitator_notes == ""


def test_keys_on_an_empty_agenda_do_nothing(workshop_path: Path, open_page: Callable[..., AgendaPage],
                                             qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    st = empty_agenda(workshop_path)
    page = open_page(st)
    qtbot.keyClick(page.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    asked: list[object] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: asked.append(self) or 0)
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert asked == []  # nothing to remove, nothing asked
    assert titles(st) == []
    assert page.list.topLevelItemCount() == 0
    page.close()
    st.close()
