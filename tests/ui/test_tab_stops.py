"""Every Tab stop shows where the keyboard is: no invisible stop on a scroll area that only wraps fields."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from tests.ui.test_layout_polish import demo_window
from vzworkshop.ui.widgets.guidance import GuidancePanel


def test_tab_never_stops_on_a_scroll_area_around_fields(qtbot: QtBot, tmp_path: Path) -> None:
    """Seen under X on step 4: Tab went from the actions table to an invisible stop (the form's scroll area),
    so Tab, Down meant for the status changed nothing and every later Tab landed one field early."""
    window = demo_window(qtbot, tmp_path, "da")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for step in (1, 3, 4):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + step), Qt.KeyboardModifier.ControlModifier)
        seen = []
        for _ in range(40):
            focused = QApplication.focusWidget()
            assert focused is not None
            seen.append(focused)
            if isinstance(focused, QScrollArea):  # only the guidance text may be scrolled by keys
                assert isinstance(focused.parentWidget(), GuidancePanel), f"step {step}: {type(focused).__name__}"
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
        assert len(set(seen)) > 5
    page4 = window.page(4)
    page4.table.setFocus()
    qtbot.keyClick(page4.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page4.status  # right after the table: the status of the chosen action
    window.close()
