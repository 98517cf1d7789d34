"""A user who doubles the font: headings stay larger than the body text, the sidebar cuts no step title."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vzworkshop.store import WorkshopStore
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.style import apply_style, section_title
from vzworkshop.ui.widgets.sidebar import ICON

ITEM_MARGINS = 2 * 8 + 2 * 12  # the sidebar item's margin and padding (style.SIDEBAR_SHEET), left and right


@pytest.fixture
def doubled_font(qapp: QApplication) -> Iterator[float]:
    saved_font, saved_sheet, saved_palette = qapp.font(), qapp.styleSheet(), qapp.palette()
    apply_style(qapp)
    font = QFont(qapp.font())
    font.setPointSize(22)  # twice the app's 11 pt
    qapp.setFont(font)
    yield 22.0
    qapp.setFont(saved_font)
    qapp.setStyleSheet(saved_sheet)
    qapp.setPalette(saved_palette)


def test_headings_stay_larger_than_doubled_body_text(doubled_font: float, qtbot: QtBot,
                                                    workshop_path: Path) -> None:
    window = WorkshopWindow(WorkshopStore.open(workshop_path))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    for step in (1, 3):
        window.show_step(step, focus=False)
        heading = window.page(step).header.heading
        assert heading.font().pointSizeF() > doubled_font * 1.4, heading.font().pointSizeF()
    assert section_title("Notes").font().pointSizeF() > doubled_font

    sidebar = window.sidebar
    metrics = sidebar.fontMetrics()
    for row in [*range(sidebar.step_count()), sidebar.agenda_row()]:
        item = sidebar.item(row)
        room = sidebar.visualItemRect(item).width() - ICON - ITEM_MARGINS
        assert metrics.horizontalAdvance(item.text()) <= room, f"{item.text()!r} is cut or wrapped"
    window.close()
