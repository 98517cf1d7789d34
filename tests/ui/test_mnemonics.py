"""Alt+letter in the workshop window, Danish and English, on every page and every tab of a page: no letter is
used twice on what is in view, none takes a menu's letter (seen: Alt+V on 'Projektorvindue' opened 'Vis'), and
each does what it says: a button is pressed, a check box ticked, a label's field gets the focus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import open_demo_window
from tests.ui.mnemonics import clashes, page_mnemonics
from vzworkshop.ui.main_window import WorkshopWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, harmless


@pytest.fixture
def demo_window(qtbot: QtBot, tmp_path: Path, language: str) -> Iterator[WorkshopWindow]:
    window = open_demo_window(qtbot, tmp_path / "demo.vzw", "Plejecenter Lyngly", language)
    yield window
    window.close()


def views(window: WorkshopWindow, qtbot: QtBot) -> Iterator[str]:
    """Show each page in turn (Ctrl+1..5, Ctrl+0 for the agenda) and each tab of its tab widgets."""
    for step in (1, 2, 3, 4, 5, 0):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key(Qt.Key.Key_0 + step),
                       Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(1)
        page = window.stack.currentWidget()
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(window)]
        yield f"page {step or 'agenda'}"
        for tab_widget in tabs:
            for index in range(tab_widget.count()):
                tab_widget.tabBar().setFocus()  # as a user choosing the tab with the arrow keys
                tab_widget.setCurrentIndex(index)
                qtbot.wait(1)
                if not window.isActiveWindow():  # (offscreen: seen losing the activation on step 2's last tab)
                    window.activateWindow()
                    qtbot.waitUntil(window.isActiveWindow)
                    tab_widget.tabBar().setFocus()
                yield f"page {step or 'agenda'}, tab {tab_widget.tabText(index)!r}"


def test_no_letter_twice_nor_a_menus(demo_window: WorkshopWindow, qtbot: QtBot) -> None:
    problems = [f"{view}: {clash}" for view in views(demo_window, qtbot) for clash in clashes(demo_window)]
    assert problems == []


def _lands_in(widget: QWidget | None, target: QWidget) -> bool:
    return widget is not None and (widget is target or target.isAncestorOf(widget) or widget.focusProxy() is target)


def test_each_letter_does_what_it_says(demo_window: WorkshopWindow, qtbot: QtBot) -> None:
    tried = 0
    for view in views(demo_window, qtbot):
        for letter, text, widget in page_mnemonics(demo_window):
            if not widget.isEnabled() or not isinstance(widget, QAbstractButton | QLabel):
                continue
            key = Qt.Key(ord(letter.upper()))
            if isinstance(widget, QLabel):
                buddy = widget.buddy()
                assert buddy is not None, f"{view}: {text!r} names no field"
                qtbot.keyClick(QApplication.focusWidget() or demo_window, key, Qt.KeyboardModifier.AltModifier)
                assert _lands_in(QApplication.focusWidget(), buddy), f"{view}: Alt+{letter} ({text!r})"
            else:
                pressed: list[bool] = []
                widget.pressed.connect(lambda pressed=pressed: pressed.append(True))
                was = widget.isChecked()
                qtbot.keyClick(QApplication.focusWidget() or demo_window, key, Qt.KeyboardModifier.AltModifier)
                widget.blockSignals(True)  # pressed, as a click begins; what the click does is not tried here
                qtbot.waitUntil(lambda widget=widget: not widget.isDown())  # its click animation has ended
                widget.setChecked(was)
                widget.blockSignals(False)
                assert pressed, f"{view}: Alt+{letter} did not press {text!r}"
            tried += 1
    assert tried >= 8  # step 2's round, results and projector controls, the agenda's fields
