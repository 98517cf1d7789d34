"""Fixtures for the workshop window: a window on a fresh workshop file, shown and active."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from vzworkshop.store import WorkshopStore
from vzworkshop.ui.main_window import WorkshopWindow


@pytest.fixture
def window(qtbot: QtBot, workshop_path: Path) -> Iterator[WorkshopWindow]:
    win = WorkshopWindow(WorkshopStore.open(workshop_path))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()
