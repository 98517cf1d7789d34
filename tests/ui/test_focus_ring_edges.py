"""The focus ring stays whole where a control reaches the edge of a scroll area outside the step pages: the
settings dialog's fields fill its scroll area's width (seen under X: the language drop-down's ring had no left
or right side)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vzworkshop.ui.dialogs.settings_dialog import SettingsDialog

from .test_focus_ring import ring_sides, ringed


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
