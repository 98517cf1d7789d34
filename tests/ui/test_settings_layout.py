"""Settings on an ordinary laptop and a large screen, in Danish and English, with the normal and a large font:
every label, placeholder and button shows its whole text, nothing overlaps, nothing scrolls sideways, and Tab
goes from top to bottom."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.layout_checks import layout_problems, name, rect_in
from vzworkshop.ui.dialogs.settings_dialog import SettingsDialog

SCREENS = {"laptop": QRect(0, 0, 1366, 728), "full HD": QRect(0, 0, 1920, 1040)}  # minus a taskbar


@pytest.fixture(params=[0, 14])
def font_size(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[int]:
    saved = qapp.font()
    if request.param:
        large = QFont(saved)
        large.setPointSize(request.param)
        qapp.setFont(large)
    yield request.param
    qapp.setFont(saved)


def shown_dialog(qtbot: QtBot, screen: QRect) -> SettingsDialog:
    dialog = SettingsDialog(lambda _language: True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.fit_to(screen)
    QApplication.processEvents()
    return dialog


@pytest.mark.parametrize("screen", SCREENS)
def test_nothing_is_cut_or_overlaps(qtbot: QtBot, language: str, font_size: int, screen: str) -> None:
    dialog = shown_dialog(qtbot, SCREENS[screen])
    assert dialog.width() <= SCREENS[screen].width()
    assert dialog.height() <= SCREENS[screen].height()
    assert layout_problems(dialog) == []
    assert not dialog.area.horizontalScrollBar().isVisible()
    body = dialog.area.viewport().width()
    for field in (dialog.export_folder, dialog.workshop_folder):  # the path field has the room, not 5 letters
        assert field.edit.width() >= body // 3, (field.edit.width(), body)
    if font_size == 0:  # the normal font: all of it at once, nothing to scroll to
        assert not dialog.area.verticalScrollBar().isVisible()


def test_tab_goes_from_top_to_bottom(qtbot: QtBot, language: str) -> None:
    dialog = shown_dialog(qtbot, SCREENS["laptop"])
    dialog.activateWindow()
    dialog.language.setFocus()
    qtbot.waitUntil(dialog.language.hasFocus)
    visited: list[QWidget] = []
    for _ in range(20):
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused in visited:
            break
        visited.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    places = [rect_in(w, dialog) for w in visited]
    assert [name(w) for w in visited][-1].startswith("QPushButton"), [name(w) for w in visited]  # Close: last
    for (before, here), widget in zip(itertools.pairwise(places), visited[1:], strict=True):
        below = here.top() >= before.bottom()
        beside = here.top() == before.top() and here.left() > before.left()
        assert below or beside, f"Tab goes back up to {name(widget)}"
    enabled_buttons = [dialog.workshop_folder.choose, dialog.export_folder.choose]
    assert all(b in visited for b in enabled_buttons)
