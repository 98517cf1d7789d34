"""Seen under X (walk-through, Danish UI): Tab from a step's guidance header stopped on the guidance text (so
the arrow keys scroll it) without any sign of where the focus was. It now has a frame in the focus colour and
a name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from vzworkshop.ui import style
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.widgets.guidance import GuidancePanel


def left_edge(area: QScrollArea) -> QColor:
    image = area.grab().toImage()
    return image.pixelColor(0, image.height() // 2)


def test_the_guidance_text_shows_when_tab_gives_it_the_focus(qtbot: QtBot, window: WorkshopWindow) -> None:
    panel = window.page(1).findChild(GuidancePanel)
    assert panel is not None and panel.body_area.isVisible()  # unfolded the first time the step is shown
    panel.toggle.setFocus()
    qtbot.keyClick(panel.toggle, Qt.Key.Key_Tab)
    area = panel.body_area
    assert QApplication.focusWidget() is area
    assert area.accessibleName()
    assert left_edge(area).name() == QColor(style.FOCUS_COLOUR).name()
    qtbot.keyClick(area, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not area
    assert left_edge(area).name() != QColor(style.FOCUS_COLOUR).name()
