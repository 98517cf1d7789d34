"""Help > User guide shows the guide in the app's language, with its screenshots, and F1 opens it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from vzworkshop.ui.help import IMAGE_WIDTH, GuideWindow
from vzworkshop.ui.i18n import Translations
from vzworkshop.ui.main_window import WorkshopWindow


def shown_images(window: GuideWindow) -> list[tuple[str, float]]:
    """(name, shown width) of every image in the guide's document."""
    found = []
    block = window.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                image = fmt.toImageFormat()
                found.append((image.name(), image.width()))
            it += 1
        block = block.next()
    return found


@pytest.mark.parametrize(("language", "file_name", "title"), [
    ("da", "guide.da.md", "Vision Zero Workshop: brugervejledning"),
    ("en", "guide.md", "Vision Zero Workshop: user guide"),
])
def test_the_guide_follows_the_ui_language_and_shows_its_screenshots(
        qtbot: QtBot, language: str, file_name: str, title: str) -> None:
    translations = Translations()
    try:
        translations.apply(language)
        window = GuideWindow()
        qtbot.addWidget(window)
    finally:
        translations.apply("en")
    assert window.path.name == file_name
    assert window.windowTitle() == title
    referenced = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", window.path.read_text(encoding="utf-8"))
    images = shown_images(window)
    assert [name for name, _ in images] == referenced
    for name, width in images:
        assert name.startswith(f"img/{language}/")
        picture = QImage(str(Path(window.path.parent, name)))
        assert not picture.isNull(), name
        assert 0 < width <= IMAGE_WIDTH or picture.width() <= IMAGE_WIDTH


def test_f1_in_the_workshop_window_opens_the_guide(window: WorkshopWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    assert guide.path.name == "guide.md"  # the tests run in English
    assert "Keyboard shortcuts" in guide.browser.toPlainText()
    guide.close()
