"""The agenda's list of blocks shows a long title whole, wrapped onto more lines, on a laptop (1366x720) with the
user's larger font. Before: the row stayed one line high and the title was cut with "…", so the facilitator
could not read it in the list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from tests.ui.large_font import app_font, laptop_window, settle
from tests.ui.test_focus_frames import frame_colour
from vzworkshop.ui import style
from vzworkshop.ui.widgets.agenda_list import ITEM_PADDING, AgendaList, BlockRow

LONG = ("Gennemgang af arbejdsmiljøgruppens handlingsplan for psykisk arbejdsmiljø og trivsel i afdelingen, "
        "herunder opfølgning på sygefravær")


def cut_titles(view: AgendaList) -> list[str]:
    """Rows lower than their title needs, wrapped in the title column's text room (as the style draws it)."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = view.header().sectionSize(AgendaList.TITLE) - 2 * ITEM_PADDING[1] - 2 * margin
    cut = []
    for row in range(view.topLevelItemCount()):
        item = view.topLevelItem(row)
        assert item is not None
        metrics = QFontMetrics(item.font(AgendaList.TITLE))
        needed = metrics.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap,
                                      item.text(AgendaList.TITLE)).height()
        if view.visualItemRect(item).height() < needed:
            cut.append(f"row {row}: {view.visualItemRect(item).height()} px for {needed} px of title")
    return cut


def selection_colour(view: AgendaList) -> str:
    """The colour in the current row's left padding, on its last line (below a one-line row's height)."""
    item = view.currentItem()
    assert item is not None
    rect = view.visualItemRect(item)
    return view.viewport().grab().toImage().pixelColor(rect.left() + 3, rect.bottom() - 4).name()


def near(colour: str, wanted: str) -> bool:
    """The same colour give or take the style's shading of a selection (a few steps per channel)."""
    a, b = QColor(colour), QColor(wanted)
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 8


@pytest.mark.parametrize("points", (11, 16))
def test_a_long_title_is_read_whole_in_the_list(qtbot: QtBot, tmp_path: Path, qapp: QApplication,
                                                points: int) -> None:
    with app_font(qapp, points):
        window = laptop_window(qtbot, tmp_path, "da")
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # the focus frames are drawn in the active window
        window.sidebar.setCurrentRow(window.sidebar.agenda_row())
        settle()
        page = window.agenda_page
        view = page.list
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Home)
        qtbot.keyClick(view, Qt.Key.Key_Down)  # the second block, chosen by keyboard
        chosen = view.selected_id()
        title = page.editor.title_edit
        title.setFocus()
        title.selectAll()
        qtbot.keyClicks(title, LONG)
        view.setFocus()  # leaving the field saves the title
        settle()

        item = view.currentItem()
        assert item is not None and view.selected_id() == chosen
        assert item.text(AgendaList.TITLE) == LONG
        assert cut_titles(view) == []
        lines = view.visualItemRect(item).height() // view.fontMetrics().lineSpacing()
        assert lines >= 2  # wrapped, not a line too wide for the list
        assert not view.horizontalScrollBar().isVisible()

        qtbot.keyClick(view, Qt.Key.Key_End)  # away and back by keyboard: the tall row comes whole into view
        qtbot.keyClick(view, Qt.Key.Key_Home)
        qtbot.keyClick(view, Qt.Key.Key_Down)
        settle()
        assert view.selected_id() == chosen
        assert view.viewport().rect().contains(view.visualItemRect(item))
        assert frame_colour(view) == QApplication.palette().highlight().color().name() == style.FOCUS_COLOUR
        assert near(selection_colour(view), style.ACCENT)  # the chosen row shows as selected, all its lines
        window.grab().save(str(tmp_path / f"agenda_long_title_{points}.png"))
        window.close()


def test_the_list_keeps_room_for_five_one_line_blocks_whatever_the_first_title(qtbot: QtBot) -> None:
    """A long first title must not make the list ask for five rows of its height (the page grew by 375 px)."""
    view = AgendaList()
    qtbot.addWidget(view)
    view.set_headers(["Tid", "Punkt", "Trin", "Planlagt", "Faktisk"])
    rows = [BlockRow(i, "09:00–09:15", LONG if i == 1 else "Pause", "1", "Trin 1", "15 min.", "", False, "")
            for i in range(1, 4)]
    view.set_rows(rows, 1)
    short = AgendaList()
    qtbot.addWidget(short)
    short.set_headers(["Tid", "Punkt", "Trin", "Planlagt", "Faktisk"])
    short.set_rows([BlockRow(1, "09:00–09:15", "Pause", "1", "Trin 1", "15 min.", "", False, "")], 1)
    assert view.minimumSizeHint().height() == short.minimumSizeHint().height()
