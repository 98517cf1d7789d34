"""Shared by the large-font layout tests: the app's style at a chosen font size, the large demo workshop in a
laptop-sized window, and what "reads well" means for a table.

    window = laptop_window(qtbot, tmp_path, "da")   # after app_font(qapp, 14)
    assert table_problems(table) == []
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from vzworkshop.reports.demo import build_demo, build_large
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Workshop
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.style import apply_style
from vzworkshop.ui.widgets.columns import CELL_PADDING
from vzworkshop.ui.widgets.page_scroll import PageScroll

LAPTOP = (1366, 720)
SIZES = (11, 14, 16)  # the app's own size, and two a user with poorer sight chooses


@contextmanager
def app_font(qapp: QApplication, points: int) -> Iterator[None]:
    """The app's style (as app.run sets it) with the body text at `points`, restored after."""
    saved_font, saved_sheet, saved_palette, saved_style = qapp.font(), qapp.styleSheet(), qapp.palette(), \
        qapp.style().name()
    apply_style(qapp)
    font = QFont(qapp.font())
    font.setPointSize(points)
    qapp.setFont(font)
    try:
        yield
    finally:
        qapp.setFont(saved_font)
        qapp.setStyleSheet(saved_sheet)
        qapp.setPalette(saved_palette)
        qapp.setStyle(saved_style)


def laptop_window(qtbot: QtBot, tmp_path: Path, language: str) -> WorkshopWindow:
    store = WorkshopStore.create(tmp_path / "large.vzw", Workshop(organisation="Demo", language=language))
    build_demo(store, language)
    build_large(store)
    window = WorkshopWindow(store)
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    return window


def words_of(text: str) -> list[str]:
    """The words a cell's text may wrap between (a no-break space, as in "10\u00a0%", joins its neighbours)."""
    return [word for word in re.split(r"[ \t\n]+", text) if word]


def settle() -> None:
    for _ in range(4):  # tables fit their columns, then their rows; splitters reflow; the page takes its size
        QApplication.processEvents()


def page_scrolls_sideways(window: WorkshopWindow) -> int:
    """How far the current page scrolls sideways (0: it fits the window's width)."""
    scrolls = [s for s in window.findChildren(PageScroll) if s.isVisible()]
    assert scrolls
    return max(s.horizontalScrollBar().maximum() for s in scrolls)


def whole_rows(table: QTableWidget) -> int:
    """How many rows are wholly in view (scrolled to the top)."""
    table.scrollToTop()
    height = table.viewport().height()
    return sum(1 for row in range(table.rowCount())
               if table.rowViewportPosition(row) >= 0
               and table.rowViewportPosition(row) + table.rowHeight(row) <= height)


def table_problems(table: QTableWidget) -> list[str]:
    """Words cut in a cell (its column narrower than the word) and rows lower than their wrapped text."""
    problems = []
    header = table.horizontalHeader()
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None or table.isColumnHidden(column):
                continue
            metrics = QFontMetrics(item.font())
            room = header.sectionSize(column) - CELL_PADDING
            cut = [word for word in words_of(item.text()) if metrics.horizontalAdvance(word) > room]
            if cut:
                problems.append(f"{table.accessibleName()} row {row} column {column}: {cut} wider than {room} px")
        if table.rowHeight(row) < table.sizeHintForRow(row):
            problems.append(f"{table.accessibleName()} row {row}: {table.rowHeight(row)} px for "
                            f"{table.sizeHintForRow(row)} px of text")
    return problems


def shown_tables(root: QWidget) -> list[QTableWidget]:
    return [t for t in root.findChildren(QTableWidget) if t.isVisible() and t.rowCount()]
