"""Start-up stays quick: what the app imports to open a workshop (no PDF library, no sqlite-utils) and what
the command line loads before showing the window. Not timings: these fail when a slow import creeps back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vzworkshop import cli

ROOT = Path(__file__).resolve().parents[1]
SLOW = ("reportlab", "sqlite_utils", "numpy", "pandas", "click", "pluggy", "pypdf")


def _modules_after(code: str) -> set[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
                         cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout
    return set(json.loads(out.strip().splitlines()[-1]))


def _slow(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in SLOW)


def test_the_app_module_imports_no_slow_library() -> None:
    assert _slow(_modules_after("import vzworkshop.cli, vzworkshop.ui.app, vzworkshop.ui.main_window")) == []


def test_opening_a_workshop_and_its_window_imports_no_slow_library(workshop_path: Path) -> None:
    code = f"""
from pathlib import Path
from PySide6.QtWidgets import QApplication
from vzworkshop.ui.app import Controller
app = QApplication([])
controller = Controller()  # as `vzworkshop FILE.vzw` starts
assert controller.open(Path({str(workshop_path)!r})) is not None
app.processEvents()
"""
    modules = _modules_after(code)
    assert _slow(modules) == []
    not_needed = ("vzworkshop.reports", "vzworkshop.ui.start_page", "vzworkshop.ui.dialogs.export_dialog",
                  "vzworkshop.ui.dialogs.workshop_dialogs", "vzworkshop.ui.help",
                  # pages not shown yet: the sidebar's ticks come from ui.progress, not from the pages
                  "vzworkshop.ui.pages.assess", "vzworkshop.ui.pages.prioritise", "vzworkshop.ui.pages.implement",
                  "vzworkshop.ui.pages.evaluate", "vzworkshop.ui.pages.agenda",
                  # no figures are shown by step 1: the results rules and step 5's comparison wait
                  "vzworkshop.core.results", "vzworkshop.core.followup", "vzworkshop.core.disclosure_history",
                  "decimal", "fractions")
    assert sorted(m for m in modules if m.startswith(not_needed)) == [], "imported before they are needed"


def test_creating_a_workshop_still_works_with_sqlite_utils_loaded_only_then(tmp_path: Path) -> None:
    code = f"""
from pathlib import Path
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Workshop
import sys
assert "sqlite_utils" not in sys.modules
WorkshopStore.create(Path({str(tmp_path / "new.vzw")!r}), Workshop(organisation="X")).close()
"""
    assert "sqlite_utils" in _modules_after(code)  # the migrations are applied by sqlite-utils


@pytest.mark.parametrize(("argv", "direct"), [
    ([], True), (["workshop.vzw"], True), (["export", "a.vzw", "minutes", "a.pdf"], False), (["--help"], False),
    (["workshop.vzw", "-platform", "offscreen"], False), (["summary"], False),
])
def test_the_extra_commands_are_loaded_only_when_the_gui_is_not_opened_directly(argv: list[str],
                                                                                  direct: bool) -> None:
    assert cli._opens_gui_directly(argv) is direct
