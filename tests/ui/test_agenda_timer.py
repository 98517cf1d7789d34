"""Keeping time in the room: the countdown on a fake clock, driven by its keys, and the actual times saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import AgendaBlock
from vzworkshop.ui.pages.agenda import AgendaPage
from vzworkshop.ui.pages.agenda_timer import SAVE_EVERY
from vzworkshop.ui.widgets.agenda_list import CURRENT_MARK

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, harmless


class FakeClock:
    def __init__(self) -> None:
        self.t = 5000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def st(workshop_path: Path) -> Iterator[WorkshopStore]:
    """A workshop with a short agenda of three blocks: 10, 5 and 20 minutes."""
    store = WorkshopStore.open(workshop_path)
    ws = store.workshop()
    ws.agenda_start = "13:00"
    store.save(ws)
    for title, step, minutes in (("Velkomst", None, 10), ("Svar", 2, 5), ("Dialog", 2, 20)):
        store.add(AgendaBlock(title=title, step=step, planned_minutes=minutes))
    yield store
    store.close()


@pytest.fixture
def page(st: WorkshopStore, qtbot: QtBot, clock: FakeClock) -> AgendaPage:
    page = AgendaPage(st, now=clock)
    qtbot.addWidget(page)
    page.resize(1146, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.list.setFocus()
    return page


def advance(page: AgendaPage, clock: FakeClock, seconds: float) -> None:
    clock.t += seconds
    page.timer.on_tick()  # what the page's tick timer does four times a second


def key(qtbot: QtBot, page: AgendaPage, which: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget() or page, which)


def actuals(st: WorkshopStore) -> list[int | None]:
    return [b.actual_seconds for b in st.list(AgendaBlock)]


def current_row(page: AgendaPage) -> int:
    marked = [i for i in range(page.list.topLevelItemCount())
              if page.list.topLevelItem(i).text(0).startswith(CURRENT_MARK)]
    assert len(marked) == 1
    return marked[0]


def test_countdown_start_pause_extend_next_and_over_run(page: AgendaPage, st: WorkshopStore, clock: FakeClock,
                                                        qtbot: QtBot) -> None:
    texts: list[str] = []
    page.timer_changed.connect(texts.append)
    assert page.panel.countdown.text() == "10:00"
    assert page.panel.block_title.text() == "Velkomst"
    assert current_row(page) == 0
    assert "Ready" in page.panel.status.text()

    key(qtbot, page, Qt.Key.Key_F7)  # start
    assert page.timer.running
    assert "Pause" in page.panel.start_pause.text()
    advance(page, clock, 150)
    assert page.panel.countdown.text() == "7:30"
    assert texts[-1] == "7:30"
    assert page.timer_text() == "7:30"

    key(qtbot, page, Qt.Key.Key_F7)  # pause: the time so far is saved at once
    assert not page.timer.running
    assert actuals(st) == [150, None, None]
    advance(page, clock, 600)  # a paused timer does not count
    assert page.panel.countdown.text() == "7:30"
    assert "Paused" in page.panel.status.text()

    key(qtbot, page, Qt.Key.Key_F7)  # resume and run 2:10 over the 10 minutes
    advance(page, clock, 450 + 130)
    assert page.panel.countdown.text() == "+2:10 over"
    assert page.panel.over
    assert texts[-1] == "+2:10"
    assert "F8" in page.panel.status.text()  # the words say how to get more time, not only the colour

    key(qtbot, page, Qt.Key.Key_F8)  # +5 min
    assert page.panel.countdown.text() == "2:50"
    assert not page.panel.over
    assert st.list(AgendaBlock)[0].planned_minutes == 10  # the plan is kept; only the countdown has more

    key(qtbot, page, Qt.Key.Key_F9)  # next block: the first is saved, the second runs on
    assert actuals(st) == [730, None, None]
    assert page.panel.block_title.text() == "Svar"
    assert page.panel.countdown.text() == "5:00"
    assert page.timer.running
    assert current_row(page) == 1
    assert page.editor.title_edit.text() == "Svar"  # the block in hand is selected, its notes at hand
    assert page.notes.tabs.currentIndex() == 1  # and the facilitator's notes of its step

    advance(page, clock, 61)
    key(qtbot, page, Qt.Key.Key_F9)
    assert actuals(st) == [730, 61, None]
    advance(page, clock, 20 * 60)
    key(qtbot, page, Qt.Key.Key_F9)  # past the last block: the agenda is done
    assert actuals(st) == [730, 61, 1200]
    assert not page.timer.running
    assert not page.panel.start_pause.isEnabled()
    assert texts[-1] == ""
    assert "done" in page.panel.status.text()
    assert page.panel.countdown.text() == "33:11"  # all the actual time
    assert "Actual so far: 33 min" in page.total_label.text()
    assert [page.list.topLevelItem(i).text(page.list.ACTUAL) for i in range(3)] == ["12 min", "1 min", "20 min"]


def test_actual_time_is_saved_while_running_and_durable(page: AgendaPage, st: WorkshopStore, clock: FakeClock,
                                                        qtbot: QtBot, workshop_path: Path) -> None:
    key(qtbot, page, Qt.Key.Key_F7)
    advance(page, clock, SAVE_EVERY - 1)
    assert actuals(st) == [None, None, None]
    advance(page, clock, 1)
    assert actuals(st) == [SAVE_EVERY, None, None]
    assert page.list.topLevelItem(0).text(page.list.ACTUAL) == f"{SAVE_EVERY} s"
    page.close()
    st.close()
    with WorkshopStore.open(workshop_path) as again:
        assert actuals(again)[0] == SAVE_EVERY


def test_a_reopened_agenda_continues_with_the_first_block_not_yet_held(
    st: WorkshopStore, qtbot: QtBot, clock: FakeClock
) -> None:
    first = st.list(AgendaBlock)[0]
    first.actual_seconds = 640
    st.save(first)
    page = AgendaPage(st, now=clock)
    qtbot.addWidget(page)
    page.show()
    assert page.panel.block_title.text() == "Svar"
    assert page.timer_text() == "5:00"


def test_enter_on_a_block_makes_it_current_and_keeps_the_time_of_the_one_left(
    page: AgendaPage, st: WorkshopStore, clock: FakeClock, qtbot: QtBot
) -> None:
    key(qtbot, page, Qt.Key.Key_F7)
    advance(page, clock, 42)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_End)
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert page.panel.block_title.text() == "Dialog"
    assert actuals(st) == [42, None, None]
    assert page.timer.running  # it was running: the new block runs on
    assert current_row(page) == 2
    qtbot.keyClick(page.list, Qt.Key.Key_Home)
    qtbot.keyClick(page.list, Qt.Key.Key_Return)  # back to the first: it goes on from its saved time
    assert page.panel.countdown.text() == "9:18"


def test_changing_the_plan_of_the_running_block_changes_its_countdown(page: AgendaPage, clock: FakeClock,
                                                                      qtbot: QtBot) -> None:
    key(qtbot, page, Qt.Key.Key_F7)
    advance(page, clock, 60)
    page.editor.minutes_spin.setFocus()
    page.editor.minutes_spin.selectAll()
    qtbot.keyClicks(page.editor.minutes_spin, "15")
    assert page.panel.countdown.text() == "14:00"


def test_removing_the_running_block_stops_the_timer_without_saving_it(
    page: AgendaPage, st: WorkshopStore, clock: FakeClock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    key(qtbot, page, Qt.Key.Key_F7)
    advance(page, clock, 20)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: self.defaultButton().click() or 0)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert [b.title for b in st.list(AgendaBlock)] == ["Svar", "Dialog"]
    assert not page.timer.running
    assert page.panel.block_title.text() == "Svar"


SPENT = {"da": ("10 min.", {4: "4 sek.", 730: "12 min.", 3930: "1 t 6 min."}),
         "en": ("10 min", {4: "4 s", 730: "12 min", 3930: "1 h 6 min"})}


@pytest.mark.parametrize("seconds", [4, 730, 3930])
def test_actual_time_has_its_unit(st: WorkshopStore, qtbot: QtBot, clock: FakeClock, language: str,
                                  seconds: int) -> None:
    """F7 starts, F7 pauses: the time spent stands beside the planned minutes with a unit of its own ("0:04"
    beside "10 min." read as four minutes)."""
    page = AgendaPage(st, now=clock)
    qtbot.addWidget(page)
    page.resize(1146, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.list.setFocus()
    key(qtbot, page, Qt.Key.Key_F7)
    advance(page, clock, seconds)
    key(qtbot, page, Qt.Key.Key_F7)
    row = page.list.topLevelItem(0)
    planned, spent = SPENT[language]
    assert (row.text(page.list.PLANNED), row.text(page.list.ACTUAL)) == (planned, spent[seconds])
    assert page.total_label.text().endswith(spent[seconds])
