"""The focused button wears a ring a room can see on a projector (widgets/focus_ring.py): after Tab on step 5
and in a dialog, following the focus, gone when the focus leaves the buttons or came by a mouse click."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from vzworkshop.ui import style
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.widgets import focus_ring, polish

from .helpers import open_demo_window

MID = focus_ring.RING_GAP + focus_ring.RING_WIDTH // 2 + 1  # px out from a button's edge: the ring's middle


@pytest.fixture(autouse=True)
def _app_style(qapp: QApplication) -> Iterator[None]:
    """The app's style with its rings (a large-font test before may have left plain Fusion behind)."""
    if not isinstance(qapp.style(), polish.AppStyle):
        polish.install(qapp)
    yield


def ring_sides(button: QWidget, image: QImage | None = None) -> list[str]:
    """The colours in the middle of the ring's band on the four sides of `button`, from a grab of its window."""
    window = button.window()
    if image is None:
        image = window.grab().toImage()
    top_left = button.mapTo(window, QPoint(0, 0))
    left, top = top_left.x(), top_left.y()
    right, bottom = left + button.width() - 1, top + button.height() - 1
    middle_x, middle_y = (left + right) // 2, (top + bottom) // 2
    points = ((left - MID, middle_y), (right + MID, middle_y), (middle_x, top - MID), (middle_x, bottom + MID))
    return [image.pixelColor(x, y).name() for x, y in points]


def ringed(button: QWidget) -> bool:
    return ring_sides(button) == [style.FOCUS_COLOUR] * 4


def tab_to_button(qtbot: QtBot, kind: type[QAbstractButton] = QPushButton, steps: int = 30,
                  skip: QWidget | None = None) -> QAbstractButton:
    """Press Tab until a visible button of `kind` (other than `skip`) has the focus, as a user does."""
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if isinstance(focus, kind) and focus.isVisible() and focus is not skip:
            return focus
    raise AssertionError(f"Tab never reached a {kind.__name__}")


def step5(qtbot: QtBot, tmp_path: Path) -> WorkshopWindow:
    window = open_demo_window(qtbot, tmp_path / "demo.vzw", "Demo", "da")
    window.show_step(5)
    qtbot.waitUntil(lambda: window.page(5).isVisible())
    return window


def test_tab_onto_a_button_on_step_5_rings_it_and_the_ring_follows(qtbot: QtBot, tmp_path: Path) -> None:
    window = step5(qtbot, tmp_path)
    first = tab_to_button(qtbot)
    assert ringed(first)
    second = tab_to_button(qtbot, skip=first)
    assert ringed(second)
    assert not any(colour == style.FOCUS_COLOUR for colour in ring_sides(first))  # the ring moved on
    for _ in range(30):  # on to a field or a table: no ring round any button
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if not isinstance(QApplication.focusWidget(), QAbstractButton):
            break
    image = window.grab().toImage()
    assert not any(colour == style.FOCUS_COLOUR for colour in ring_sides(second, image) + ring_sides(first, image))


def test_a_mouse_click_on_a_button_shows_no_ring_and_tab_brings_it_back(qtbot: QtBot, tmp_path: Path) -> None:
    step5(qtbot, tmp_path)
    button = tab_to_button(qtbot)
    assert ringed(button)
    field = button.window().findChildren(QLineEdit)[0]
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)  # the mouse moves the focus: no ring left behind
    assert not any(colour == style.FOCUS_COLOUR for colour in ring_sides(button))
    qtbot.mousePress(button, Qt.MouseButton.LeftButton)  # the button takes the focus by the mouse: no ring
    assert QApplication.focusWidget() is button
    assert not any(colour == style.FOCUS_COLOUR for colour in ring_sides(button))
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)
    again = tab_to_button(qtbot)
    assert ringed(again)


def test_a_dialog_opened_from_the_keyboard_rings_its_buttons(qtbot: QtBot, tmp_path: Path) -> None:
    window = step5(qtbot, tmp_path)
    tab_to_button(qtbot)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_dialog
    assert isinstance(dialog, QDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QAbstractButton))
    chosen = QApplication.focusWidget()
    assert isinstance(chosen, QAbstractButton) and chosen.window() is dialog  # the chosen radio button
    assert ringed(chosen)  # at once: the dialog came by keyboard
    button = tab_to_button(qtbot)
    assert ringed(button)
    assert not any(colour == style.FOCUS_COLOUR for colour in ring_sides(chosen))
    qtbot.keyClick(button, Qt.Key.Key_Escape)
