"""The projector window opens full screen on the projector screen (Settings), else as a normal window.

Two screens need a platform started with them: the offscreen platform reads a screen layout from a config file,
so the two-screen cases run in a fresh Python process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from vzworkshop.ui.pages.assess import AssessPage

ROOT = Path(__file__).resolve().parents[2]

SCREENS = {"screens": [
    {"name": "LAPTOP", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96,
     "dpr": 1},
    {"name": "HDMI-1", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96,
     "dpr": 1},
]}

PROBE = r"""
import json, sys
from PySide6.QtWidgets import QApplication
from vzworkshop.store import WorkshopStore
from vzworkshop.ui import settings
from vzworkshop.ui.main_window import WorkshopWindow

app = QApplication([])
settings.put(settings.PROJECTOR_SCREEN, sys.argv[2])
laptop = next(s for s in app.screens() if s.name() == "LAPTOP")
window = WorkshopWindow(WorkshopStore.open(sys.argv[1]))
window.setGeometry(laptop.availableGeometry().adjusted(20, 40, -20, -20))
window.show()
app.processEvents()
projector = window.page(2).show_projector()
app.processEvents()
g = projector.geometry()
print(json.dumps({"window": window.screen().name(), "screen": projector.screen().name(),
                  "full": projector.isFullScreen(), "geometry": [g.x(), g.y(), g.width(), g.height()]}))
window.close()
"""


def _open_projector(tmp_path: Path, workshop_path: Path, chosen: str) -> dict[str, Any]:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "VZWORKSHOP_SETTINGS_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", PROBE, str(workshop_path), chosen], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def test_full_screen_on_the_chosen_projector_screen(tmp_path: Path, workshop_path: Path) -> None:
    shown = _open_projector(tmp_path, workshop_path, "HDMI-1")
    assert shown == {"window": "LAPTOP", "screen": "HDMI-1", "full": True, "geometry": [1366, 0, 1920, 1080]}


def test_automatic_uses_the_other_screen(tmp_path: Path, workshop_path: Path) -> None:
    shown = _open_projector(tmp_path, workshop_path, "")
    assert shown["screen"] == "HDMI-1" and shown["full"] is True


def test_the_facilitators_own_screen_gives_a_normal_window(tmp_path: Path, workshop_path: Path) -> None:
    shown = _open_projector(tmp_path, workshop_path, "LAPTOP")
    assert shown["screen"] == "LAPTOP" and shown["full"] is False


def test_one_screen_gives_a_normal_window_that_reopens_normal(qtbot: QtBot, store: Any) -> None:
    page = AssessPage(store)
    qtbot.addWidget(page)
    page.show()
    projector = page.show_projector()
    qtbot.waitExposed(projector)
    assert projector.isVisible() and not projector.isFullScreen()
    projector.close()
    assert page.show_projector() is projector and projector.isVisible() and not projector.isFullScreen()
