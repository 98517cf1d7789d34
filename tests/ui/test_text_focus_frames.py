"""The keyboard focus is easy to see in text boxes and on ticks: every multi-line text field gets the tables' 2 px
frame in the focus colour while it has the focus (seen: Tab into step 2's 'Samlet vurdering' showed nothing),
and a ticked box in step 1's selected row is a dark tick on white (it was pale grey on white)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFrame, QPlainTextEdit, QStyle, QStyleOptionViewItem, QTabWidget, QTextEdit
from pytestqt.qtbot import QtBot

from tests.ui.helpers import open_demo_window
from vzworkshop.ui import style
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.pages.commit import MANAGER, NAME, CommitPage

from .test_accessibility import contrast

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, harmless
CTRL = Qt.KeyboardModifier.ControlModifier


def frame_colour(field: QFrame) -> str:
    image: QImage = field.grab().toImage()
    return image.pixelColor(0, image.height() // 2).name()


@pytest.fixture
def demo_window(qtbot: QtBot, tmp_path: Path) -> Iterator[WorkshopWindow]:
    window = open_demo_window(qtbot, tmp_path / "demo.vzw", "Lyngly", "da")
    yield window
    window.close()


def test_tab_into_samlet_vurdering_frames_it(demo_window: WorkshopWindow, qtbot: QtBot) -> None:
    window = demo_window
    window.show_step(2)
    page = window.page(2)
    tabs = page.tabs  # type: ignore[attr-defined]
    tabs.tabBar().setFocus()
    qtbot.keyClick(tabs.tabBar(), Qt.Key.Key_Right)  # 'Agreed levels and discussion'
    qtbot.wait(1)
    discussion = page.discussion  # type: ignore[attr-defined]
    first = next(f for f in discussion.findChildren(QPlainTextEdit) if f.isVisibleTo(window) and f.isEnabled())
    assert frame_colour(first) == style.VIEW_BORDER
    visited = []
    for _ in range(80):
        visited.append(QApplication.focusWidget())
        if QApplication.focusWidget() is first:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is first, [type(w).__name__ for w in visited[:12]]
    assert frame_colour(first) == style.FOCUS_COLOUR
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert frame_colour(first) == style.VIEW_BORDER


def test_every_text_box_shows_the_focus(demo_window: WorkshopWindow, qtbot: QtBot) -> None:
    window = demo_window
    seen = 0
    for step in (1, 2, 3, 4, 5, 0):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key(Qt.Key.Key_0 + step), CTRL)
        page = window.stack.currentWidget()
        tab_widgets = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(window)] or [None]
        for tabs in tab_widgets:
            for index in range(tabs.count() if tabs is not None else 1):
                if tabs is not None:
                    tabs.setCurrentIndex(index)
                qtbot.wait(1)
                fields = [f for f in page.findChildren(QPlainTextEdit) + page.findChildren(QTextEdit)
                          if f.isVisibleTo(window) and f.isEnabled() and f.frameShape() != QFrame.Shape.NoFrame]
                for field in fields:
                    field.setFocus(Qt.FocusReason.TabFocusReason)
                    if not window.isActiveWindow():
                        window.activateWindow()
                        qtbot.waitUntil(window.isActiveWindow)
                    assert field.hasFocus()
                    assert frame_colour(field) == style.FOCUS_COLOUR, field.accessibleName()
                    seen += 1
    assert seen >= 10


def test_a_tick_in_the_selected_row_is_dark(window: WorkshopWindow, qtbot: QtBot) -> None:
    page = window.page(1)
    assert isinstance(page, CommitPage)
    page.committed_by.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(QApplication.focusWidget(), "Hanne")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(1)
    table = page.table
    assert table.currentRow() == 0 and table.currentColumn() == NAME
    for _ in range(MANAGER - NAME):
        qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # ticks 'Manager', in the selected row, with the focus on it
    assert table.item(0, MANAGER).checkState() == Qt.CheckState.Checked
    assert table.selectionModel().isRowSelected(0) and table.currentColumn() == MANAGER and table.hasFocus()
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(table.model().index(0, MANAGER))
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, table)
    image = table.viewport().grab().toImage()
    ratio = image.width() / table.viewport().width()
    inner = box.adjusted(3, 3, -3, -3)  # inside the box's outline: the tick on the box's ground
    pixels = [image.pixelColor(int(x * ratio), int(y * ratio)) for x in range(inner.left(), inner.right() + 1)
              for y in range(inner.top(), inner.bottom() + 1)]
    tick = [c for c in pixels if contrast(c.name(), style.BASE) >= 7]  # dark on the white box
    ground = [c for c in pixels if c.name() == style.BASE]
    assert len(tick) >= 5 and ground, sorted({c.name() for c in pixels})
