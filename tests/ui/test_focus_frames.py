"""Tables, trees and lists show where the keyboard focus is (WCAG 2.4.7): a frame in the focus colour round the
focused view and round its current cell, which Qt makes current when Tab brings the focus in."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListWidget
from pytestqt.qtbot import QtBot

from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import ActionItem, ActionNote, Problem
from vzworkshop.ui import style
from vzworkshop.ui.pages.implement import ImplementPage
from vzworkshop.ui.pages.prioritise import PrioritisePage

from .test_accessibility import contrast


def open_implement(qtbot: QtBot, store: WorkshopStore) -> ImplementPage:
    action = store.add(ActionItem(what="Ruteplaner", owner="Ida"))
    store.add(ActionItem(what="Lederkursus", owner="Bo"))
    for day, text in (("2027-01-03", "Første møde"), ("2027-01-20", "Andet møde")):
        store.add(ActionNote(action_id=action.id or 0, date=day, text=text))
    page = ImplementPage(store)
    page.today = lambda: datetime.date(2027, 2, 1)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def frame_colour(view: QAbstractItemView) -> str:
    """The colour of the view's frame, halfway down its left edge."""
    image: QImage = view.grab().toImage()
    return image.pixelColor(0, image.height() // 2).name()


def cell_frame_colour(view: QAbstractItemView) -> str:
    """The colour just inside the left edge of the current cell, halfway down."""
    rect = view.visualRect(view.currentIndex())
    image: QImage = view.viewport().grab().toImage()
    return image.pixelColor(rect.left() + 1, rect.center().y()).name()


def tab_to(qtbot: QtBot, start: object, target: object) -> None:
    """Press Tab from `start` until `target` has the focus (at most 10 times), as a user would."""
    widget = start
    for _ in range(10):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
    assert QApplication.focusWidget() is target


def test_tab_into_a_table_frames_it_and_its_current_cell(qtbot: QtBot, store: WorkshopStore) -> None:
    page = open_implement(qtbot, store)
    notes = page.notes
    assert frame_colour(notes) == style.VIEW_BORDER  # without the focus: a quiet frame
    page.obstacles.setFocus()
    tab_to(qtbot, page.obstacles, notes)
    assert notes.currentIndex().isValid() and not notes.selectionModel().hasSelection()  # nothing selected
    assert frame_colour(notes) == style.FOCUS_COLOUR
    assert cell_frame_colour(notes) == style.FOCUS_COLOUR
    qtbot.keyClick(notes, Qt.Key.Key_Down)  # the arrow keys select, the selected cell keeps a frame (white)
    assert notes.selectionModel().hasSelection()
    assert cell_frame_colour(notes) == style.HIGHLIGHTED_TEXT
    qtbot.keyClick(notes, Qt.Key.Key_Tab)
    assert frame_colour(notes) == style.VIEW_BORDER


def test_a_check_list_is_framed_when_focused(qtbot: QtBot, store: WorkshopStore) -> None:
    store.add(Problem(title="Travle ruter"))
    page = PrioritisePage(store)
    page.refresh()
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    hazards: QListWidget = page.problems.hazards
    before = frame_colour(hazards)
    page.problems.items_edit.setFocus()
    tab_to(qtbot, page.problems.items_edit, hazards)
    assert before == style.VIEW_BORDER and frame_colour(hazards) == style.FOCUS_COLOUR


def test_focus_frames_have_enough_contrast() -> None:
    """Non-text contrast (WCAG 1.4.11) of the frames: on the window, on a table, inside a selected row."""
    assert contrast(style.FOCUS_COLOUR, style.BASE) >= 3 and contrast(style.FOCUS_COLOUR, style.WINDOW_BG) >= 3
    assert contrast(style.HIGHLIGHTED_TEXT, style.ACCENT) >= 3  # the current cell's frame in a selected row
    assert contrast(style.FOCUS_COLOUR, "#f3f6f9") >= 3  # on an alternate row
    assert QColor(style.VIEW_BORDER).isValid()
    assert ":focus" in style.TABLE_SHEET and style.FOCUS_COLOUR in style.TABLE_SHEET
