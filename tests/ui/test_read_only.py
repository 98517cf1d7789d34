"""A workshop open read-only: the banner, fields that take no typing, writes refused with one short message,
participant entry refused, and failed saves (disk full) told plainly instead of the crash dialog."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from vzworkshop.store import WorkshopStore, errors
from vzworkshop.store.records import Commitment, TeamMember
from vzworkshop.ui import app, logsetup
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.pages.assess import AssessPage
from vzworkshop.ui.pages.commit import CommitPage
from vzworkshop.ui.pages.evaluate import EvaluatePage
from vzworkshop.ui.read_only import WriteProblems

from .helpers import capture_messages

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def read_only_window(qtbot: QtBot, workshop_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[WorkshopWindow]:
    # tests run as root, who may write anywhere: say the folder is read-only instead
    monkeypatch.setattr("vzworkshop.store.workshop.writability_problem",
                        lambda path: "the folder it is in cannot be written to")
    store = WorkshopStore.open(workshop_path)
    assert store.read_only
    win = WorkshopWindow(store)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()


@pytest.fixture
def app_excepthook(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Exceptions from slots go to the app's own excepthook, as when the app runs; the crash dialog is recorded."""
    crashes: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", app._excepthook)
    monkeypatch.setattr(app, "report_unexpected", lambda kind, exc, tb, parent=None: crashes.append(exc))
    monkeypatch.setattr(logsetup, "report_unexpected", lambda kind, exc, tb, parent=None: crashes.append(exc))
    return crashes


def problems(window: WorkshopWindow) -> WriteProblems:
    handler = window.findChild(WriteProblems)
    assert isinstance(handler, WriteProblems)
    return handler


def test_the_banner_says_read_only_why_and_offers_a_copy(read_only_window: WorkshopWindow) -> None:
    banner = read_only_window.banner
    assert banner is not None and banner.isVisible()
    assert banner.text.text() == ("This workshop is open read-only: the folder it is in cannot be written to. "
                                  "Changes cannot be saved. Use File > Save a copy as… to work on a copy.")
    assert banner.button.text() == "Save a copy…"
    assert banner.icon.pixmap() is not None and not banner.icon.pixmap().isNull()
    assert banner.geometry().top() <= read_only_window.stack.geometry().top()
    assert not read_only_window.act_details.isEnabled()


def test_a_writable_workshop_has_no_banner(window: WorkshopWindow) -> None:
    assert window.banner is None
    assert window.act_details.isEnabled()


def test_the_banner_button_saves_a_copy(read_only_window: WorkshopWindow, qtbot: QtBot, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "copy.vzw"
    monkeypatch.setattr("vzworkshop.ui.dialogs.opening.ask_save_path", lambda *args: target)
    banner = read_only_window.banner
    assert banner is not None
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    assert target.exists()
    with WorkshopStore.open(target) as copy:
        assert copy.workshop().organisation == "Testby Kommune"


@pytest.mark.qt_no_exception_capture
def test_typing_and_adding_a_member_write_nothing_and_say_so_once(
        read_only_window: WorkshopWindow, qtbot: QtBot, workshop_path: Path, app_excepthook: list[BaseException]
) -> None:
    before = digest(workshop_path)
    page = read_only_window.page(1)
    assert isinstance(page, CommitPage)
    page.committed_by.setFocus()
    qtbot.keyClicks(page.committed_by, "Direktøren")
    qtbot.keyClick(page.committed_by, Qt.Key.Key_Tab)
    assert page.committed_by.text() == ""  # the field takes no typing
    page.notes.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClicks(page.notes, "noter")  # type: ignore[attr-defined]
    assert page.notes.toPlainText() == ""  # type: ignore[attr-defined]

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # add a team member
    handler = problems(read_only_window)
    qtbot.waitUntil(lambda: handler.box is not None and handler.box.isVisible())
    assert handler.box is not None
    assert "read-only" in handler.box.text() and "not saved" in handler.box.text()
    assert page.table.rowCount() == 0
    qtbot.keyClick(handler.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: handler.box is None)
    read_only_window.activateWindow()
    qtbot.waitUntil(read_only_window.isActiveWindow)

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # again: no second box
    assert handler.box is None
    assert "read-only" in read_only_window.statusBar().currentMessage()
    assert app_excepthook == []  # never the crash dialog
    assert read_only_window.store.list(TeamMember) == []
    assert read_only_window.store.get(Commitment).committed_by == ""
    assert digest(workshop_path) == before
    assert not Path(f"{workshop_path}-wal").exists()


def test_participant_entry_is_refused(read_only_window: WorkshopWindow, qtbot: QtBot, workshop_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    messages = capture_messages(monkeypatch)
    before = digest(workshop_path)
    read_only_window.show_step(2)
    qtbot.keyClick(QApplication.focusWidget() or read_only_window, Qt.Key.Key_F5)
    assert [title for _, title, _ in messages.shown] == ["Participant entry not possible"]
    assert "could not be saved" in messages.texts()[0]
    page = read_only_window.page(2)
    assert isinstance(page, AssessPage) and page.participants is None
    assert read_only_window.store.rounds() == []  # no round was started for it either
    assert digest(workshop_path) == before


@pytest.mark.qt_no_exception_capture
def test_a_failed_save_is_told_plainly(window: WorkshopWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                       app_excepthook: list[BaseException]) -> None:
    def disk_full(record: object) -> None:
        raise errors.SaveFailed(window.store.path, "database or disk is full")

    monkeypatch.setattr(window.store, "save", disk_full)
    page = window.page(1)
    assert isinstance(page, CommitPage)
    page.committed_by.setFocus()
    qtbot.keyClicks(page.committed_by, "Direktøren")
    qtbot.keyClick(page.committed_by, Qt.Key.Key_Tab)  # focus-out saves at once: the disk is full
    handler = problems(window)
    qtbot.waitUntil(lambda: handler.box is not None and handler.box.isVisible())
    assert handler.box is not None
    text = handler.box.text()
    assert "could not be saved (database or disk is full)" in text
    assert "free space" in text
    assert handler.box.icon() == QMessageBox.Icon.Warning
    assert handler.box.detailedText() == ""  # no traceback for the facilitator
    assert page.committed_by.text() == "Direktøren"  # what was typed stays in view
    assert app_excepthook == []
    handler.box.close()


def test_step_5_participant_entry_is_refused_too(qtbot: QtBot, workshop_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    with WorkshopStore.open(workshop_path) as writable:
        follow_up = writable.add_round("Follow-up", "follow_up")
    monkeypatch.setattr("vzworkshop.store.workshop.writability_problem",
                        lambda path: "the folder it is in cannot be written to")
    store = WorkshopStore.open(workshop_path)
    assert store.read_only and follow_up.id is not None
    page = EvaluatePage(store)
    qtbot.addWidget(page)
    messages = capture_messages(monkeypatch)
    before = digest(workshop_path)
    page.collect_answers(follow_up.id)
    assert [title for _, title, _ in messages.shown] == ["Participant entry not possible"]
    assert page.participants is None
    assert digest(workshop_path) == before
    store.close()
