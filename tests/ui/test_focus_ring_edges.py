"""The focus ring stays whole where a control reaches the edge of a scroll area outside the step pages: the
settings dialog's fields fill its scroll area's width (seen under X: the language drop-down's ring had no left
or right side); and it stays off the controls next to it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QTabBar
from pytestqt.qtbot import QtBot

from vzworkshop.ui.dialogs.settings_dialog import SettingsDialog
from vzworkshop.ui.pages.assess_hazards import HazardRow

from .helpers import open_demo_window
from .test_focus_ring import ring_sides, ringed, tab_to_button


def test_settings_drop_downs_are_ringed_whole(qtbot: QtBot) -> None:
    dialog = SettingsDialog(lambda _language: True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.language.setFocus()
    for _ in range(20):  # Tab round the dialog, as a user does, back to the language drop-down
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is dialog.language:
            break
    assert QApplication.focusWidget() is dialog.language
    assert ringed(dialog.language), ring_sides(dialog.language)
    qtbot.keyClick(dialog.language, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not dialog.language
    while QApplication.focusWidget() is not dialog.projector:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert ringed(dialog.projector), ring_sides(dialog.projector)


def test_a_hazards_ring_stays_off_its_examples_and_note(qtbot: QtBot, tmp_path: Path) -> None:
    """Step 2's hazards: the ring round a ticked hazard's check box was drawn over the top of its note field
    (and over its examples' first line when not ticked), seen under X."""
    window = open_demo_window(qtbot, tmp_path / "demo.vzw", "Demo", "da")
    window.show_step(2)
    page = window.page(2)
    qtbot.waitUntil(page.isVisible)
    bar = tab_to_button(qtbot, QTabBar, steps=40)  # type: ignore[arg-type]
    while bar.currentIndex() != page.tabs.indexOf(page.hazards):  # type: ignore[attr-defined]
        qtbot.keyClick(bar, Qt.Key.Key_Right)
    check = tab_to_button(qtbot, QCheckBox, steps=5)
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert check.isChecked()
    row = check.parentWidget()
    assert isinstance(row, HazardRow)
    qtbot.waitUntil(row.note.isVisible)
    assert ringed(check)
    rings = QApplication.style().focus_rings  # type: ignore[attr-defined]
    ring = rings.ring
    parent = ring.parentWidget()
    for below in (row.examples, row.note):
        place = QRect(below.mapTo(parent, QPoint(0, 0)), below.size())
        assert not ring.geometry().intersects(place), (ring.geometry(), place)
