"""What the app puts off until its first window is painted (start-up speed), and that it does not forget it:
the garbage collector runs again, and the app-wide wheel and Enter filters are in place, guarding the fields
that were built before them too."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QSpinBox
from pytestqt.qtbot import QtBot

from vzworkshop import cli
from vzworkshop.ui import app as app_module
from vzworkshop.ui.app import Controller
from vzworkshop.ui.widgets import enter_key, wheel

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


def test_after_the_first_paint_the_collector_runs_and_the_filters_are_installed(
        qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, workshop_path: Path,
        gc_restored: None) -> None:
    events: list[str] = []
    monkeypatch.setattr(wheel, "install", lambda app: events.append("wheel"))
    monkeypatch.setattr(enter_key, "install", lambda app: events.append("enter"))
    monkeypatch.delenv("VZWORKSHOP_EXIT_AFTER_SHOWN", raising=False)
    gc.disable()
    controller = Controller()
    window = controller.open(workshop_path)
    assert window is not None
    try:
        app_module._when_shown(qapp, controller)
        assert events == [] and not gc.isenabled()  # nothing yet: the window has not been painted
        qtbot.waitUntil(lambda: events == ["wheel", "enter"], timeout=5000)
        assert gc.isenabled()
    finally:
        controller.shutdown()  # the window closes (and is deleted later), no start page after it


def test_installing_the_wheel_guard_late_guards_the_fields_built_before_it(qtbot: QtBot,
                                                                          qapp: QApplication) -> None:
    fields = [QComboBox(), QSpinBox(), QDateEdit()]
    for field in fields:
        qtbot.addWidget(field)
        field.show()
        field.setFocusPolicy(Qt.FocusPolicy.WheelFocus)  # Qt's default for these, as before the guard
    guard = wheel.install(qapp)
    try:
        assert [f.focusPolicy() for f in fields] == [Qt.FocusPolicy.StrongFocus] * 3
    finally:
        qapp.removeEventFilter(guard)
