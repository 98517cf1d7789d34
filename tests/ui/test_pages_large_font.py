"""Steps 1, 2, 4, 5 and the agenda with the user's larger font (11, 14 and 16 pt) on a laptop (1366x720) with
the large workshop, in Danish and English, every tab: the page never scrolls sideways and no box inside it
does, no control's text is cut or overlaps another, no word is wider than its table column, rows are as tall
as their wrapped text, and each table keeps at least three whole rows in view (four at 11 pt).

Before: step 2 scrolled sideways on every tab at 14/16 pt (the results table and its controls, the statements'
titles as group-box titles), step 4's form was squeezed beside its actions and its new note's hint was cut
(at 11 pt too), step 5's actions showed no whole row, the agenda scrolled sideways by up to 342 px, and the
team's names were cut in step 1 ("Hannah …"). The window is built once per font size and language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.large_font import (
    SIZES,
    app_font,
    laptop_window,
    page_scrolls_sideways,
    settle,
    shown_tables,
    table_problems,
    whole_rows,
)
from tests.ui.layout_checks import layout_problems
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.widgets.page_scroll import PageScroll

PAGES = (1, 2, 4, 5, "agenda")


def show(window: WorkshopWindow, page: int | str) -> QWidget:
    if page == "agenda":
        window.sidebar.setCurrentRow(window.sidebar.agenda_row())
        settle()
        return window.agenda_page
    assert isinstance(page, int)
    window.show_step(page, focus=False)
    settle()
    return window.page(page)


def page_tabs(page: QWidget) -> QTabWidget | None:
    """The page's own tabs (the agenda's facilitator notes are tabs inside a part of it: not the page's)."""
    tabs = getattr(page, "tabs", None)
    return tabs if isinstance(tabs, QTabWidget) else None


def own_sideways_scrolls(root: QWidget) -> list[str]:
    """Boxes inside the page that scroll sideways (a table, a list, a form in a scroll area)."""
    return [f"{type(area).__name__} {area.accessibleName()!r} scrolls sideways by "
            f"{area.horizontalScrollBar().maximum()} px"
            for area in root.findChildren(QAbstractScrollArea)
            if area.isVisible() and not isinstance(area, PageScroll) and area.horizontalScrollBar().isVisible()]


def problems_of(window: WorkshopWindow, page: QWidget, points: int) -> list[str]:
    problems = []
    sideways = page_scrolls_sideways(window)
    if sideways:
        problems.append(f"the page scrolls sideways by {sideways} px")
    problems += layout_problems(page)
    problems += own_sideways_scrolls(page)
    for table in shown_tables(page):
        problems += table_problems(table)
        wanted = 4 if points == 11 else 3
        if table.rowCount() >= wanted and whole_rows(table) < wanted:
            problems.append(f"{table.accessibleName()}: {whole_rows(table)} whole rows in view")
    return problems


@pytest.mark.parametrize("points", SIZES)
def test_every_tab_reads_well(qtbot: QtBot, tmp_path: Path, qapp: QApplication, language: str,
                              points: int) -> None:
    found: dict[str, list[str]] = {}
    with app_font(qapp, points):
        window = laptop_window(qtbot, tmp_path, language)
        for name in PAGES:
            page = show(window, name)
            tabs = page_tabs(page)
            for tab in range(tabs.count() if tabs is not None else 1):
                if tabs is not None:
                    tabs.setCurrentIndex(tab)
                    settle()
                problems = problems_of(window, page, points)
                if problems:
                    found[f"{name} tab {tab + 1}"] = problems
        window.close()
    assert found == {}
