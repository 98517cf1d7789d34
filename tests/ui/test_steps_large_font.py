"""The other step pages with the user's larger font (14 and 16 pt) on a laptop (1366x720), in Danish and
English: the guidance's toggle ("Guidance: <the step's full title>") no longer makes the page scroll sideways;
where the full title does not fit on one line it names the step's short title."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.large_font import app_font, laptop_window, page_scrolls_sideways, settle
from tests.ui.layout_checks import layout_problems
from vzworkshop.core.content import load_content


@pytest.mark.parametrize("points", [14, 16])
def test_step_1_fits_the_window(qtbot: QtBot, tmp_path: Path, qapp: QApplication, language: str,
                                points: int) -> None:
    with app_font(qapp, points):
        window = laptop_window(qtbot, tmp_path, language)
        window.show_step(1, focus=False)
        settle()
        header = window.page(1).header
        assert page_scrolls_sideways(window) == 0
        assert layout_problems(header) == []
        toggle = header.guidance.toggle
        step = load_content(language).step(1)
        assert step.title in toggle.text() or step.short_title in toggle.text()
        window.close()
