"""Qt's own dialogs in the UI's language: the standard buttons of message boxes and button boxes, and Qt's own
file dialog (used for Open/Export/Save a copy where there is no native one, e.g. Linux without a desktop's
portal). Before: Qt's Danish catalogue of PySide6 6.11 lacks the file dialog's "&Look in:" and "Files of &type:"
(Qt added the accelerators) and the file types ("Folder"), so a Danish facilitator read them in English; the app
now loads translations/qtbase_supplement_da.qm after Qt's catalogue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QFileSystemModel,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from vzworkshop.ui.i18n import Translations

OUR_CONTEXTS = ("", "@default")  # contexts of Qt's own texts start with Q; ours are the app's class names


class MissedTexts(QTranslator):
    """Installed before the real catalogues, so Qt asks it last: it hears every text no catalogue translates."""

    def __init__(self) -> None:
        super().__init__()
        self.missed: list[tuple[str, str]] = []

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        self.missed.append((context, source))
        return ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    found = Translations()
    yield found
    found.apply("en")


def file_dialog(qtbot: QtBot, folder: Path, save: bool = False) -> QFileDialog:
    """Qt's own file dialog on a folder with a workshop file and a sub-folder, in detail view, listed."""
    (folder / "Værksted.vzw").write_bytes(b"")
    (folder / "Arkiv").mkdir(exist_ok=True)
    dialog = QFileDialog(None, "Workshop", str(folder), "Workshop (*.vzw)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.resize(900, 520)
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(folder))) == 2)
    qtbot.waitUntil(lambda: model.index(str(folder / "Arkiv"), 2).data() not in (None, ""))
    return dialog


def texts(dialog: QFileDialog) -> set[str]:
    return {label.text() for label in dialog.findChildren(QLabel)} | \
        {button.text() for button in dialog.findChildren(QPushButton)}


def headers(dialog: QFileDialog) -> list[str]:
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    return [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]


def button_texts(language: str, translations: Translations) -> list[str]:
    translations.apply(language)
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?", QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Close)
    return sorted(b.text() for b in box.buttons()) + sorted(b.text() for b in buttons.buttons())


def test_standard_buttons_follow_the_ui_language(translations: Translations) -> None:
    assert button_texts("da", translations) == ["&Ja", "&Nej", "Annuller", "Annuller", "Luk", "OK"]
    assert button_texts("en", translations) == ["&No", "&Yes", "Cancel", "Cancel", "Close", "OK"]


def test_file_dialog_is_danish_in_a_danish_ui(qtbot: QtBot, tmp_path: Path, translations: Translations) -> None:
    translations.apply("da")
    dialog = file_dialog(qtbot, tmp_path)
    assert {"&Kig i:", "&Filnavn:", "Filer af &type:", "&Åbn", "Annuller"} <= texts(dialog)
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    assert model.index(str(tmp_path / "Arkiv"), 2).data() == "Mappe"  # the type column
    assert headers(dialog) == ["Navn", "Størrelse", "Type", "Ændringsdato"]
    dialog.grab().save(str(tmp_path / "file_dialog_da.png"))


def test_file_dialog_stays_english_in_an_english_ui(qtbot: QtBot, tmp_path: Path,
                                                    translations: Translations) -> None:
    translations.apply("da")
    translations.apply("en")  # switched back at run time: nothing Danish stays behind
    dialog = file_dialog(qtbot, tmp_path)
    assert {"&Look in:", "File &name:", "Files of &type:", "&Open", "Cancel"} <= texts(dialog)
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    assert model.index(str(tmp_path / "Arkiv"), 2).data() == "Folder"
    assert headers(dialog) == ["Name", "Size", "Type", "Date Modified"]


def test_an_open_file_dialog_changes_language_with_the_ui(qtbot: QtBot, tmp_path: Path,
                                                         translations: Translations) -> None:
    translations.apply("en")
    dialog = file_dialog(qtbot, tmp_path, save=True)
    assert "&Look in:" in texts(dialog)
    translations.apply("da")
    QCoreApplication.processEvents()
    assert {"&Kig i:", "Filer af &type:", "Gem"} <= texts(dialog)


@pytest.mark.parametrize("save", [False, True])
def test_no_qt_text_of_the_file_dialog_is_left_untranslated(qtbot: QtBot, tmp_path: Path,
                                                            translations: Translations, save: bool) -> None:
    """Every text Qt's file dialog asks a catalogue for (labels, buttons, tool tips, the view's headers and
    file types, the context menu) is in Qt's Danish catalogue or in our supplement."""
    missed = MissedTexts()
    QCoreApplication.installTranslator(missed)
    try:
        translations.apply("da")
        missed.missed.clear()
        dialog = file_dialog(qtbot, tmp_path, save=save)
        for button in dialog.findChildren(QToolButton):  # back, forward, up, new folder, list/detail view
            button.toolTip()
        dialog.grab()  # paints the view: headers and the type column
        QCoreApplication.processEvents()
    finally:
        QCoreApplication.removeTranslator(missed)
    assert [m for m in missed.missed if m[0] not in OUR_CONTEXTS] == []
