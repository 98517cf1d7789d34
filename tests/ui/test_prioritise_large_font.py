"""Step 3 with the user's larger font (11, 14 and 16 pt) on a laptop (1366x720) with the large workshop, in
Danish and English: the page never scrolls sideways, no word is cut in a table (the statements' key column
is at least as wide as "arbejdsmiljøkompetencer"), rows are as tall as their wrapped text, each table shows
at least three whole rows, and what the actions are reads in one or two lines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
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
from vzworkshop.ui.pages.prioritise import PrioritisePage
from vzworkshop.ui.widgets.plan_common import ROW_PADDING

DEMO_ACTIONS = 5  # build_demo's actions (build_large's come after them, some with very long texts)


@pytest.fixture(params=SIZES)
def points(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[int]:
    with app_font(qapp, request.param):
        yield request.param


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, language: str, points: int) -> WorkshopWindow:
    window = laptop_window(qtbot, tmp_path, language)
    window.show_step(3, focus=False)
    settle()
    return window


def step3(window: WorkshopWindow) -> PrioritisePage:
    page = window.page(3)
    assert isinstance(page, PrioritisePage)
    return page


@pytest.mark.parametrize("tab", [0, 1])
def test_each_tab_reads_well(window: WorkshopWindow, points: int, tab: int) -> None:
    page = step3(window)
    page.tabs.setCurrentIndex(tab)
    settle()
    shown = page.tabs.currentWidget()
    assert isinstance(shown, QWidget)
    assert page_scrolls_sideways(window) == 0
    assert layout_problems(shown) == []
    tables = shown_tables(shown)
    assert len(tables) == 2 if tab == 0 else 1
    for table in tables:
        assert table_problems(table) == []
        assert whole_rows(table) >= (4 if points == 11 else 3), table.accessibleName()


def test_what_the_actions_are_reads_in_two_lines(window: WorkshopWindow) -> None:
    """It wrapped onto three to five lines in a plan given half the width."""
    page = step3(window)
    page.tabs.setCurrentIndex(1)
    settle()
    table = page.action_table
    two_lines = 2 * table.fontMetrics().lineSpacing() + ROW_PADDING
    heights = [table.rowHeight(row) for row in range(DEMO_ACTIONS)]
    assert max(heights) <= two_lines, (heights, two_lines)
