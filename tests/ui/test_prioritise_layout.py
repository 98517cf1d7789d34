"""Step 3 on a laptop (1366x768 less a taskbar) with a large workshop, in Danish and English: every table keeps
at least four rows in view, nothing is cut or overlaps, and the page scrolls instead of squashing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.large_font import app_font, laptop_window
from tests.ui.layout_checks import layout_problems
from vzworkshop.ui.pages.prioritise import PrioritisePage
from vzworkshop.ui.style import BASE_POINT_SIZE


@pytest.fixture
def app_style(qapp: QApplication) -> Iterator[None]:
    """The app's own style and 11 pt font, as app.run sets them."""
    with app_font(qapp, BASE_POINT_SIZE):
        yield


@pytest.fixture
def step3(qtbot: QtBot, tmp_path: Path, language: str, app_style: None) -> PrioritisePage:
    window = laptop_window(qtbot, tmp_path, language)
    window.show_step(3, focus=False)
    page = window.page(3)
    assert isinstance(page, PrioritisePage)
    settle()
    return page


def settle() -> None:
    for _ in range(3):  # the tables fit their columns, then their rows, once laid out
        QApplication.processEvents()


def whole_rows(table: QTableWidget) -> int:
    """How many rows are wholly in view (scrolled to the top)."""
    table.scrollToTop()
    height = table.viewport().height()
    return sum(1 for row in range(table.rowCount())
               if table.rowViewportPosition(row) >= 0
               and table.rowViewportPosition(row) + table.rowHeight(row) <= height)


def test_evidence_and_priorities_keep_their_rows(step3: PrioritisePage, qtbot: QtBot) -> None:
    step3.tabs.setCurrentIndex(0)
    settle()
    assert whole_rows(step3.evidence.items) >= 4
    assert whole_rows(step3.problems.table) >= 4
    hazards = step3.problems.hazards
    assert not hazards.horizontalScrollBar().isVisible()  # long hazard names wrap
    assert hazards.viewport().height() >= 4 * hazards.fontMetrics().lineSpacing()
    tab = step3.tabs.currentWidget()
    assert isinstance(tab, QWidget)
    assert layout_problems(tab) == []

    step3.evidence.dims_toggle.click()  # the prompts open below: the page grows, the tables keep their rows
    # the page's scroll area takes the page's new height (a few layout passes: 100 ms was not always enough)
    qtbot.waitUntil(lambda: whole_rows(step3.evidence.dims) >= 1 and layout_problems(tab) == [], timeout=3000)
    assert whole_rows(step3.evidence.items) >= 4


def test_action_plan_keeps_its_rows(step3: PrioritisePage) -> None:
    step3.tabs.setCurrentIndex(1)
    settle()
    assert whole_rows(step3.action_table) >= 4
    assert layout_problems(step3.plan_tab) == []
