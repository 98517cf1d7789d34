"""Settings stays open, in the new language, when the UI language is changed in it: from the start page (which is
rebuilt in the new language) as from the workshop window. Seen in Danish: start page -> Indstillinger... ->
Down in the language box: the UI switched and the dialog closed, deleted with the old start page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from vzworkshop.ui import settings
from vzworkshop.ui.app import Controller
from vzworkshop.ui.dialogs.settings_dialog import SettingsDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, harmless
TITLES = {"da": "Indstillinger", "en": "Settings"}


@pytest.fixture
def controller(qapp: QApplication) -> Iterator[Controller]:
    c = Controller()
    c.translations.apply("da")
    yield c
    c.shutdown()
    c.translations.apply("en")


def _choose_by_keys(qtbot: QtBot, to: str, seen: list[tuple[bool, str, str]]) -> None:
    """In the open Settings: Up/Down in the language box to `to`; back in the dialog's own event loop, look
    (`_look`), then Esc."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SettingsDialog)
    dialog.language.setFocus()
    target = dialog.language.findData(to)
    key = Qt.Key.Key_Down if target > dialog.language.currentIndex() else Qt.Key.Key_Up
    while dialog.language.currentIndex() != target:
        qtbot.keyClick(dialog.language, key)
    QTimer.singleShot(50, lambda: _look(qtbot, dialog, seen))


def _look(qtbot: QtBot, dialog: SettingsDialog, seen: list[tuple[bool, str, str]]) -> None:
    alive = shiboken6.isValid(dialog) and dialog.isVisible() and QApplication.activeModalWidget() is dialog
    seen.append((alive, dialog.windowTitle() if alive else "", settings.get(settings.UI_LANGUAGE)))
    if alive:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


@pytest.mark.parametrize("where", ["start", "window"])
def test_settings_stays_open_and_follows_the_language(controller: Controller, qtbot: QtBot, workshop_path: Path,
                                                       where: str) -> None:
    if where == "start":
        controller.show_start()
        host = controller.start
    else:
        window = controller.open(workshop_path)
        assert window is not None
        host = window
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    seen: list[tuple[bool, str, str]] = []
    for count, to in enumerate(("en", "da"), start=1):
        active = controller.start if where == "start" else host
        if where == "window":
            active.activateWindow()  # (the offscreen platform gives no window the focus back after a dialog)
        qtbot.waitUntil(active.isActiveWindow)  # (the new start page, after the first switch)
        QTimer.singleShot(0, lambda to=to: _choose_by_keys(qtbot, to, seen))
        qtbot.keyClick(QApplication.focusWidget() or active, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None and len(seen) == count)  # noqa: B023
    assert seen == [(True, TITLES["en"], "en"), (True, TITLES["da"], "da")]
    if where == "start":
        assert controller.start.isVisible()
        assert "Ny workshop" in controller.start.new_button.accessibleName()
        qtbot.waitUntil(controller.start.isActiveWindow)  # the new start page has the keyboard again
        assert not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
