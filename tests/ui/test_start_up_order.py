"""What start-up puts off, and that it is not forgotten: the garbage collector pauses while the app opens and
runs again once the first window is painted; the wheel guard and Enter on buttons come with the style's
polish hook instead of a filter on the whole application (which saw every event through Python)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QPushButton, QSlider, QSpinBox, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from vzworkshop import cli
from vzworkshop.ui import app as app_module
from vzworkshop.ui.app import Controller
from vzworkshop.ui.widgets import polish

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "raise")  # the offscreen platform, harmless


@pytest.fixture
def gc_restored() -> Iterator[None]:
    yield
    gc.enable()


def test_the_collector_is_paused_while_the_app_opens_and_runs_again_after(
        monkeypatch: pytest.MonkeyPatch, workshop_path: Path, gc_restored: None) -> None:
    seen: list[bool] = []

    def run(path: Path | None, qt_args: list[str]) -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(app_module, "run", run)
    assert cli.main([str(workshop_path)]) == 0
    assert seen == [False]
    assert gc.isenabled()


def test_a_command_leaves_the_collector_alone(monkeypatch: pytest.MonkeyPatch, workshop_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[bool] = []
    monkeypatch.setattr(gc, "disable", lambda: seen.append(True))
    assert cli.main(["summary", str(workshop_path)]) == 0
    assert seen == []


def test_a_failing_start_turns_the_collector_back_on(monkeypatch: pytest.MonkeyPatch, workshop_path: Path,
                                                     gc_restored: None) -> None:
    def run(path: Path | None, qt_args: list[str]) -> int:
        raise RuntimeError("no display")

    monkeypatch.setattr(app_module, "run", run)
    monkeypatch.setenv("VZWORKSHOP_DEBUG", "1")
    with pytest.raises(RuntimeError):
        cli.main([str(workshop_path)])
    assert gc.isenabled()


def test_after_the_first_paint_the_collector_runs_again(qtbot: QtBot, qapp: QApplication,
                                                        monkeypatch: pytest.MonkeyPatch, workshop_path: Path,
                                                        gc_restored: None) -> None:
    monkeypatch.delenv("VZWORKSHOP_EXIT_AFTER_SHOWN", raising=False)
    gc.disable()
    controller = Controller()
    window = controller.open(workshop_path)
    assert window is not None
    try:
        app_module._when_shown(qapp, controller)
        assert not gc.isenabled()  # not yet: the window has not been painted
        qtbot.waitUntil(gc.isenabled, timeout=5000)
    finally:
        controller.shutdown()  # the window closes (and is deleted later), no start page after it


def test_the_app_style_is_fusion_and_guards_widgets_made_at_any_time(qtbot: QtBot, qapp: QApplication) -> None:
    """The guards come from the style's polish hook, so a field or button made long after start-up (a dialog,
    a row added to a table) is guarded too; and polishing twice does not guard twice."""
    style = qapp.style()
    assert isinstance(style, polish.AppStyle)
    assert style.baseStyle().name().lower() == "fusion"
    page = QWidget()
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    later = [QComboBox(page), QSpinBox(page), QDateEdit(page), QTabBar(page), QSlider(page)]
    button = QPushButton("Go", page)
    for widget in [*later, button]:
        widget.show()
        widget.ensurePolished()
        style.polish(widget)  # a second polish (a style or font change does that)
    assert [w.focusPolicy() for w in later] == [Qt.FocusPolicy.StrongFocus] * len(later)
    clicks: list[bool] = []
    button.clicked.connect(lambda: clicks.append(True))
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert clicks == [True]  # once, not twice
