"""The projector window does not take the keyboard, and the facilitator's keys work from it when it has it;
none of them work from the participant window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vzworkshop.store.records import AgendaBlock
from vzworkshop.ui.changes import EVERYTHING
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.pages.assess import AssessPage
from vzworkshop.ui.projector import ProjectorWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, harmless

CTRL = Qt.KeyboardModifier.ControlModifier


def _open_projector(window: WorkshopWindow, qtbot: QtBot) -> tuple[AssessPage, ProjectorWindow]:
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    page = window.page(2)
    assert isinstance(page, AssessPage)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    projector = page.projector
    assert projector is not None and projector.isVisible()
    return page, projector


def _focus(qtbot: QtBot, widget: ProjectorWindow) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def test_the_projector_opens_without_taking_the_keyboard(window: WorkshopWindow, qtbot: QtBot) -> None:
    _, projector = _open_projector(window, qtbot)
    assert projector.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.activeWindow() is window
    projector.close()


def test_the_facilitators_keys_work_from_the_focused_projector(window: WorkshopWindow, qtbot: QtBot) -> None:
    for title, minutes in (("Welcome", 10), ("Answers", 5)):
        window.store.add(AgendaBlock(title=title, step=2, planned_minutes=minutes))
    window.refresh_all()
    page, projector = _open_projector(window, qtbot)
    _focus(qtbot, projector)

    qtbot.keyClick(projector, Qt.Key.Key_F7)  # the agenda timer starts on the first block
    timer = window.agenda_page.timer
    assert timer.running
    first = timer.current_id
    qtbot.keyClick(projector, Qt.Key.Key_F9)  # next block
    assert timer.current_id is not None and timer.current_id != first
    assert window.agenda_page.panel.block_title.text() == "Answers"

    qtbot.keyClick(projector, Qt.Key.Key_3, CTRL)
    assert window.current_step() == 3
    qtbot.keyClick(projector, Qt.Key.Key_0, CTRL)
    assert window.stack.currentIndex() == len(window.pages)  # the agenda
    qtbot.keyClick(projector, Qt.Key.Key_2, CTRL)
    assert window.current_step() == 2

    qtbot.keyClick(projector, Qt.Key.Key_F11)  # the projector keeps its own keys
    assert projector.isFullScreen()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isFullScreen()

    assert page.participants is None
    qtbot.keyClick(projector, Qt.Key.Key_F5)
    entry = page.participants
    assert entry is not None and entry.isVisible()
    qtbot.keyClick(entry, Qt.Key.Key_Escape)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.waitUntil(window.isVisible)
    projector.close()


def test_no_facilitator_key_works_from_the_participant_window(window: WorkshopWindow, qtbot: QtBot) -> None:
    page, projector = _open_projector(window, qtbot)
    projector.close()
    page.start_participants()
    entry = page.participants
    assert entry is not None
    qtbot.waitUntil(entry.isActiveWindow)
    qtbot.keyClick(entry, Qt.Key.Key_3, CTRL)
    qtbot.keyClick(entry, Qt.Key.Key_F6)
    qtbot.keyClick(entry, Qt.Key.Key_0, CTRL)
    qtbot.keyClick(entry, Qt.Key.Key_F7)
    assert window.current_step() == 2
    assert not projector.isVisible()
    assert not window.agenda_page.timer.running
    assert entry.isVisible() and page.participants is entry
    qtbot.keyClick(entry, Qt.Key.Key_Escape)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.waitUntil(window.isVisible)
    assert window.store.rounds() != []  # F5 made the first round; nothing else happened
    window.broadcast(EVERYTHING, None)
