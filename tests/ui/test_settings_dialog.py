"""Edit > Settings: every change lands in the INI file under VZWORKSHOP_SETTINGS_DIR at once; the UI language
switches live."""

from __future__ import annotations

import configparser
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from vzworkshop.ui import settings
from vzworkshop.ui.dialogs.settings_dialog import SettingsDialog, projector_screen
from vzworkshop.ui.i18n import Translations


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    t = Translations()
    t.apply("en")
    yield t
    t.apply("en")


@pytest.fixture
def dialog(qtbot: QtBot, translations: Translations) -> SettingsDialog:
    d = SettingsDialog(translations.apply)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _ini() -> dict[str, str]:
    path = Path(os.environ["VZWORKSHOP_SETTINGS_DIR"]) / "vzworkshop.ini"
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(path, encoding="utf-8")
    return {f"{section}/{key}": value for section in parser.sections() for key, value in parser[section].items()}


def _close_text(dialog: SettingsDialog) -> str:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Close)
    assert button is not None
    return button.text()


def test_minimum_group_size_is_saved_as_typed(dialog: SettingsDialog, qtbot: QtBot) -> None:
    assert dialog.min_group_size.value() == 3
    dialog.min_group_size.setFocus()
    qtbot.keyClick(dialog.min_group_size, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.min_group_size, Qt.Key.Key_Up)
    assert _ini()["workshops/min_group_size"] == "5"
    assert settings.get(settings.DEFAULT_MIN_GROUP_SIZE) == 5
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    again = SettingsDialog(lambda _language: True)
    qtbot.addWidget(again)
    assert again.min_group_size.value() == 5


def test_language_switches_live_and_is_saved(dialog: SettingsDialog, qtbot: QtBot,
                                             tmp_path_factory: pytest.TempPathFactory) -> None:
    assert _close_text(dialog) == "Close"
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)  # Follow the system -> Dansk
    assert dialog.language.currentText() == "Dansk"
    assert _ini()["ui/language"] == "da"
    qtbot.waitUntil(lambda: _close_text(dialog) == "Luk")  # Qt's own texts switched without a restart
    assert QLocale().toString(3.5, "f", 1) == "3,5"
    dialog.grab().save(str(tmp_path_factory.getbasetemp() / "settings-da.png"))
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)  # -> English
    assert _ini()["ui/language"] == "en"
    qtbot.waitUntil(lambda: _close_text(dialog) == "Close")
    qtbot.keyClick(dialog.language, Qt.Key.Key_Home)  # -> Follow the system
    assert _ini()["ui/language"] == ""
    assert dialog.language.currentText().startswith("Follow the system")


def test_folders_are_chosen_and_reset(dialog: SettingsDialog, qtbot: QtBot, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path))
    qtbot.mouseClick(dialog.workshop_folder.choose, Qt.MouseButton.LeftButton)
    assert _ini()["files/workshop_folder"] == str(tmp_path)
    assert dialog.workshop_folder.edit.text() == str(tmp_path)
    qtbot.mouseClick(dialog.export_folder.choose, Qt.MouseButton.LeftButton)
    assert settings.get(settings.EXPORT_FOLDER) == str(tmp_path)
    qtbot.mouseClick(dialog.workshop_folder.clear, Qt.MouseButton.LeftButton)
    assert settings.get(settings.WORKSHOP_FOLDER) == ""
    assert not dialog.workshop_folder.clear.isEnabled()
    qtbot.mouseClick(dialog.export_folder.clear, Qt.MouseButton.LeftButton)
    assert settings.get(settings.EXPORT_FOLDER) == "" and dialog.export_folder.edit.text() == ""
    assert dialog.export_folder.edit.placeholderText().startswith("Beside the workshop file")  # what happens then


def test_projector_screen_lists_the_screens(dialog: SettingsDialog, qtbot: QtBot,
                                            tmp_path_factory: pytest.TempPathFactory) -> None:
    screens = QGuiApplication.screens()
    assert dialog.projector.count() == 1 + len(screens)
    assert projector_screen() is None  # automatic, one screen: no other screen to use
    dialog.projector.setFocus()
    qtbot.keyClick(dialog.projector, Qt.Key.Key_Down)
    assert _ini()["projector/screen"] == (screens[0].name() or "#1")
    assert projector_screen() is screens[0]
    dialog.grab().save(str(tmp_path_factory.getbasetemp() / "settings-en.png"))


def test_a_disconnected_projector_stays_chosen(qtbot: QtBot, translations: Translations) -> None:
    settings.put(settings.PROJECTOR_SCREEN, "HDMI-2")
    d = SettingsDialog(translations.apply)
    qtbot.addWidget(d)
    assert d.projector.currentText() == "HDMI-2 (not connected)"
    assert projector_screen() is None


@pytest.mark.parametrize(("system", "expected"), [("C", "en"), ("de_DE", "en"), ("da_DK", "da"), ("en_US", "en"),
                                                  ("en_GB", "en")])
def test_follow_the_system_names_the_language_the_app_starts_in(
        monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, translations: Translations, system: str,
        expected: str) -> None:
    """Seen under X with LANG=C.UTF-8: the app started in Danish, while Settings said "Follow the system
    (English)" for the very same choice (two definitions of the system's language)."""
    from vzworkshop.ui import app, i18n

    class SystemLocale(QLocale):
        @staticmethod
        def system() -> QLocale:  # type: ignore[override]
            return QLocale(system)

    monkeypatch.setattr(i18n, "QLocale", SystemLocale)
    assert app.ui_language() == expected
    d = SettingsDialog(translations.apply)
    qtbot.addWidget(d)
    assert d.language.itemText(0) == f"Follow the system ({'Dansk' if expected == 'da' else 'English'})"


def test_enter_closes_the_dialog_and_chooses_no_folder(dialog: SettingsDialog, qtbot: QtBot,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen under X: Enter on the language box opened "Choose a folder" (the first Choose… button was the
    dialog's default); Enter now presses Close, as the dialog says changes are saved at once."""
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: asked.append(args) or "")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Return)
    assert asked == []
    qtbot.waitUntil(lambda: not dialog.isVisible())
