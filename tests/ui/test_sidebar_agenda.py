"""The sidebar's agenda row: below the five steps after a divider, reached by mouse and arrow keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from vzworkshop.ui.main_window import WorkshopWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_agenda_row_sits_below_the_steps_after_a_divider(window: WorkshopWindow) -> None:
    bar = window.sidebar
    assert bar.step_count() == 5
    assert bar.agenda_row() == 6 and bar.count() == 7
    divider = bar.item(5)
    assert divider.flags() == Qt.ItemFlag.NoItemFlags  # neither selectable nor focusable
    assert bar.itemWidget(divider) is not None
    agenda = bar.item(bar.agenda_row())
    assert agenda.text() == "Agenda and timer"
    assert "Ctrl+0" in agenda.toolTip()
    assert not agenda.icon().isNull()
    assert [bar.step_at(r) for r in range(7)] == [1, 2, 3, 4, 5, None, None]


def test_clicking_the_agenda_row_shows_the_agenda(window: WorkshopWindow, qtbot: QtBot) -> None:
    bar = window.sidebar
    rect = bar.visualItemRect(bar.item(bar.agenda_row()))
    qtbot.mouseClick(bar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget().isAncestorOf(window.agenda_page)
    assert window.agenda_page.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step() == 2 and bar.currentRow() == 1


def test_arrow_keys_skip_the_divider(window: WorkshopWindow, qtbot: QtBot) -> None:
    bar = window.sidebar
    window.show_step(5, focus=False)
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Down)
    assert bar.currentRow() == bar.agenda_row()
    assert window.agenda_page.isVisible()
    qtbot.keyClick(bar, Qt.Key.Key_Up)
    assert bar.currentRow() == 4 and window.current_step() == 5


def test_ticks_stay_with_the_steps(window: WorkshopWindow, qtbot: QtBot) -> None:
    page = window.page(1)
    page.committed_by.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClicks(page.committed_by, "Direktøren")  # type: ignore[attr-defined]
    qtbot.keyClick(page.committed_by, Qt.Key.Key_Tab)  # type: ignore[attr-defined]
    assert window.sidebar.is_done(1)
    agenda = window.sidebar.item(window.sidebar.agenda_row())
    assert "worked on" not in agenda.toolTip() and agenda.text() == "Agenda and timer"
    window.show_agenda()
    window.refresh_all()  # redraws and ticks again: the agenda row keeps its clock
    assert window.sidebar.currentRow() == window.sidebar.agenda_row()
    assert agenda.text() == "Agenda and timer"
