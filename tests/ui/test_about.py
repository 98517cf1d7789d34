"""Help > About shows the version, the licence and the method's sources in the UI's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vzworkshop import __version__
from vzworkshop.core.content import load_content
from vzworkshop.ui.dialogs.about import AboutDialog
from vzworkshop.ui.i18n import Translations


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    t = Translations()
    yield t
    t.apply("en")


@pytest.mark.parametrize("language", ["en", "da"])
def test_about_shows_version_licence_and_attribution(
    qtbot: QtBot, translations: Translations, language: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    translations.apply(language)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert __version__ in dialog.version_label.text()
    text = dialog.details.toPlainText()
    assert "MIT" in text
    assert "DejaVu" in text
    for line in load_content(language).attribution:
        assert line in text
    dialog.grab().save(str(tmp_path_factory.getbasetemp() / f"about-{language}.png"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
