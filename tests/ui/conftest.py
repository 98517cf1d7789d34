"""Fixtures for the workshop window: a window on a fresh workshop file, shown and active."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vzworkshop.store import WorkshopStore
from vzworkshop.ui.i18n import Translations
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.widgets import polish


@pytest.fixture(scope="session", autouse=True)
def _english_ui(qapp: QApplication) -> Iterator[Translations]:
    """The UI in English, as the app installs it: the English catalogue gives the plural forms
    ("1 answer" / "3 answers"). Tests that switch language install theirs on top and remove it after."""
    translations = Translations()
    translations.apply("en")
    yield translations


@pytest.fixture(params=["da", "en"])
def language(request: pytest.FixtureRequest, _english_ui: Translations) -> Iterator[str]:
    """The UI in Danish, then in English (for the layout tests: texts differ in length); English again after."""
    ui = Translations()
    ui.apply(request.param)
    yield request.param
    _english_ui.apply("en")


@pytest.fixture(scope="session", autouse=True)
def _app_style(qapp: QApplication) -> None:
    """The style app.run gives the QApplication (Fusion): with it the wheel guard and Enter on buttons."""
    polish.install(qapp)


@pytest.fixture
def window(qtbot: QtBot, workshop_path: Path) -> Iterator[WorkshopWindow]:
    win = WorkshopWindow(WorkshopStore.open(workshop_path))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()
