"""Switching the UI language in Settings rebuilds the open windows' texts without a restart."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vzworkshop.ui import i18n, settings
from vzworkshop.ui.app import Controller
from vzworkshop.ui.dialogs.settings_dialog import SettingsDialog

# A tiny Danish catalogue, so the test does not depend on how far the real translation has come.
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="da_DK">
<context><name>WorkshopWindow</name>
<message><source>&amp;File</source><translation>&amp;Filer</translation></message>
<message><source>&amp;Help</source><translation>&amp;Hjælp</translation></message>
</context>
<context><name>StartPage</name>
<message><source>New workshop</source><translation>Ny workshop</translation></message>
</context>
</TS>
"""


@pytest.fixture
def danish_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    ts = tmp_path / "vzworkshop_da.ts"
    ts.write_text(TS, encoding="utf-8")
    subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(tmp_path / "vzworkshop_da.qm")], check=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    return tmp_path


@pytest.fixture
def controller(qapp: QApplication, danish_catalogue: Path) -> Iterator[Controller]:
    c = Controller()
    c.translations.apply("en")
    yield c
    c.shutdown()
    c.translations.apply("en")


def _menu_titles(controller: Controller) -> list[str]:
    assert controller.window is not None
    return [a.text() for a in controller.window.menuBar().actions()]


def test_language_switch_rebuilds_window_and_start_page(controller: Controller, qtbot: QtBot,
                                                       workshop_path: Path) -> None:
    window = controller.open(workshop_path)
    assert window is not None
    qtbot.waitExposed(window)
    window.show_step(2)
    assert "&File" in _menu_titles(controller) and "&Help" in _menu_titles(controller)
    assert "New workshop" in controller.start.new_button.accessibleName()

    def choose_danish() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.language.setCurrentIndex(dialog.language.findData("da"))
        dialog.reject()

    QTimer.singleShot(0, choose_danish)
    window.act_settings.trigger()  # Edit > Settings...
    assert settings.get(settings.UI_LANGUAGE) == "da"
    assert "&Filer" in _menu_titles(controller) and "&Hjælp" in _menu_titles(controller)
    assert "Ny workshop" in controller.start.new_button.accessibleName()
    assert window.current_step() == 2  # still on the same step, with fresh pages
    assert len(window.pages) + 1 == window.stack.count()  # the five steps and the agenda, none left over

    controller.apply_language("en")
    assert "&File" in _menu_titles(controller)
    assert "New workshop" in controller.start.new_button.accessibleName()
