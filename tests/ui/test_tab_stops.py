"""Seen under X: no invisible Tab stop on a scroll area that only wraps fields; a flag's text beside its icon
is not cut off."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QScrollArea, QStyle, QTabWidget
from pytestqt.qtbot import QtBot

from tests.ui.test_layout_polish import demo_window
from vzworkshop.store.records import ActionItem
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


def test_a_flag_with_its_icon_is_not_cut_off(qtbot: QtBot, window: Any) -> None:
    """Seen under X in English at 1366x768: step 4's attention column showed "⚠ Over…" (the floor of the
    column's width counted the widest word but not the warning icon beside it)."""
    store = window.store
    for n in range(3):
        store.add(ActionItem(what=f"Fast punkt om arbejdspres på personalemøder {n}", due="2026-01-01",
                             status="planned", owner="" if n else "Ida"))
    window.resize(1000, 700)  # offscreen fonts are smaller than under X: narrow enough that columns shrink
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.page(4)
    QApplication.processEvents()
    table = page.table
    cell = table.item(1, 5)
    assert cell is not None and not cell.icon().isNull() and cell.text().startswith("Overdue")
    metrics = QFontMetrics(cell.font())
    icon = table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    needed = icon + max(metrics.horizontalAdvance(w) for w in cell.text().split())
    assert table.horizontalHeader().sectionSize(5) >= needed + 12


def test_step_2_and_5_tabs_have_no_invisible_scroll_area_stop(qtbot: QtBot, tmp_path: Path) -> None:
    """Seen under X (walk-through): on step 2's "Samlet vurdering og drøftelse" tab, Tab from the tab bar went
    to the tab's scroll area, which shows no focus; Down then scrolled it instead of choosing a level, and the
    next Tab typed the notes into the level's box. The same held for the hazards tab."""
    window = demo_window(qtbot, tmp_path, "da")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for step in (2, 5):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + step), Qt.KeyboardModifier.ControlModifier)
        tabs = window.page(step).findChild(QTabWidget)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
                tabs.tabBar().setFocus()
            for _ in range(30):
                focused = QApplication.focusWidget()
                assert focused is not None
                if isinstance(focused, QScrollArea):
                    assert isinstance(focused.parentWidget(), GuidancePanel), (
                        f"step {step}, tab {index}: {type(focused).__name__}")
                qtbot.keyClick(focused, Qt.Key.Key_Tab)
    window.close()
