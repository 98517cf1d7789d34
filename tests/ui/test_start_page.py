"""The start page: a new workshop by keyboard, opening files that cannot be opened, recent files, demo."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.helpers import capture_messages
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Round, Workshop
from vzworkshop.ui import app as app_module
from vzworkshop.ui import settings
from vzworkshop.ui.app import Controller
from vzworkshop.ui.dialogs.workshop_dialogs import NewWorkshopDialog
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.pages.commit import CommitPage


@pytest.fixture
def controller(qtbot: QtBot) -> Iterator[Controller]:
    c = Controller()
    qtbot.addWidget(c.start)
    c.show_start()
    qtbot.waitUntil(c.start.isActiveWindow)
    yield c
    c.shutdown()


def _type(qtbot: QtBot, text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)


def _key(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def test_new_workshop_by_keyboard_creates_the_file(controller: Controller, qtbot: QtBot, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "hjemmeplejen.vzw"
    asked: list[str] = []
    monkeypatch.setattr(app_module, "ask_save_path", lambda parent, caption, name: asked.append(name) or target)
    qtbot.keyClick(controller.start, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = controller.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.form.organisation)
    _type(qtbot, "Testby Kommune")
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.form.title
    _type(qtbot, "Trivsel i hjemmeplejen")
    _key(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # the labels' mnemonics
    assert QApplication.focusWidget() is dialog.form.facilitator
    _type(qtbot, "Mette")
    _key(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    _key(qtbot, Qt.Key.Key_Down)  # language: English
    _key(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    _key(qtbot, Qt.Key.Key_Up)
    _key(qtbot, Qt.Key.Key_Up)  # 3 -> 5
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None)
    assert target.exists()
    assert asked and asked[0].startswith("Testby Kommune")
    window = controller.window
    assert window is not None
    window.close()
    with WorkshopStore.open(target) as store:
        w = store.workshop()
    assert (w.organisation, w.title, w.facilitator, w.language, w.min_group_size) == (
        "Testby Kommune", "Trivsel i hjemmeplejen", "Mette", "en", 5)
    assert w.date == QDate.currentDate().toString("yyyy-MM-dd")
    assert settings.recent_files() == [target.resolve()]


def test_new_workshop_requires_an_organisation(controller: Controller, qtbot: QtBot,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "ask_save_path", lambda *a: pytest.fail("must not ask for a path"))
    qtbot.mouseClick(controller.start.new_button, Qt.MouseButton.LeftButton)
    dialog = controller.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.form.organisation, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "organisation" in dialog.form.error.text()
    assert controller.window is None
    dialog.reject()


def test_new_workshop_refuses_to_overwrite_an_existing_file(controller: Controller, workshop_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    messages = capture_messages(monkeypatch)
    before = workshop_path.read_bytes()
    answers = iter([workshop_path, None])
    monkeypatch.setattr(app_module, "ask_save_path", lambda *a: next(answers))
    assert controller._create(Workshop(organisation="Other")) is None
    assert workshop_path.read_bytes() == before
    assert len(messages.shown) == 1 and "workshop.vzw" in messages.texts()[0]
    assert "not overwritten" in messages.texts()[0]


def _newer(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    return path


@pytest.mark.parametrize("kind", ["missing", "foreign", "empty", "newer", "other_sqlite"])
def test_opening_a_bad_file_shows_a_message_and_changes_nothing(
        kind: str, controller: Controller, workshop_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    messages = capture_messages(monkeypatch)
    if kind == "missing":
        path = tmp_path / "gone.vzw"
    elif kind == "foreign":
        path = tmp_path / "notes.vzw"
        path.write_text("just some text, not a workshop\n")
    elif kind == "empty":
        path = tmp_path / "empty.vzw"
        path.write_bytes(b"")
    elif kind == "other_sqlite":
        path = tmp_path / "other.vzw"
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    else:
        path = _newer(workshop_path)
    before = path.read_bytes() if path.exists() else None
    siblings = sorted(p.name for p in tmp_path.iterdir())
    assert controller.open(path) is None
    assert controller.window is None
    assert len(messages.shown) == 1
    kind_shown, _, text = messages.shown[0]
    assert kind_shown == "warning" and path.name in text
    expected = {"missing": "does not exist", "foreign": "not a workshop file", "empty": "empty",
                "newer": "newer version", "other_sqlite": "not a workshop file"}[kind]
    assert expected in text
    assert "Traceback" not in text
    assert (path.read_bytes() if path.exists() else None) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings


def test_a_workshop_open_elsewhere_gets_its_own_message(controller: Controller, workshop_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    messages = capture_messages(monkeypatch)
    with WorkshopStore.open(workshop_path):
        assert controller.open(workshop_path) is None
    assert len(messages.shown) == 1
    _, title, text = messages.shown[0]
    assert title == "Workshop already open" and "already open" in text and "workshop.vzw" in text


def test_recent_files_show_missing_ones_and_can_be_removed(qtbot: QtBot, workshop_path: Path,
                                                          tmp_path: Path) -> None:
    gone = tmp_path / "gone.vzw"
    settings.add_recent(gone)
    settings.add_recent(workshop_path)
    c = Controller()
    qtbot.addWidget(c.start)
    c.show_start()
    qtbot.waitUntil(c.start.isActiveWindow)
    recent = c.start.recent
    texts = [recent.item(i).text() for i in range(recent.count())]
    assert texts[0].startswith("workshop.vzw\n")
    assert texts[1].startswith("gone.vzw (missing)")
    recent.setFocus()
    recent.setCurrentRow(1)
    qtbot.keyClick(recent, Qt.Key.Key_Delete)
    assert settings.recent_files() == [workshop_path.resolve()]
    assert recent.count() == 1
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert c.window is not None and c.window.path == workshop_path.resolve()
    assert not c.start.isVisible()
    c.window.close()
    assert c.window is None and c.start.isVisible()
    c.shutdown()


def test_demo_opens_a_temporary_workshop_with_content(controller: Controller, qtbot: QtBot) -> None:
    qtbot.mouseClick(controller.start.demo_button, Qt.MouseButton.LeftButton)
    window = controller.window
    assert window is not None
    path = window.store.path
    assert path.exists() and path.parent != Path.home()
    assert window.store.list(Round)
    assert settings.recent_files() == []
    controller.shutdown()
    assert not path.exists()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_an_older_file_is_upgraded_only_when_the_user_agrees(
        answer: QMessageBox.StandardButton, controller: Controller, workshop_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from vzworkshop.store import Probe
    from vzworkshop.store.schema import SCHEMA_VERSION
    from vzworkshop.ui.dialogs import opening

    messages = capture_messages(monkeypatch, answer)
    monkeypatch.setattr(opening, "probe", lambda path: Probe.NEEDS_UPGRADE)
    opened: list[Path] = []
    real_open = WorkshopStore.open
    monkeypatch.setattr(opening.WorkshopStore, "open", lambda path: opened.append(path) or real_open(path))
    window = controller.open(workshop_path)
    assert [kind for kind, _, _ in messages.shown] == ["question"]
    assert "older version" in messages.texts()[0] and f"workshop.vzw.v{SCHEMA_VERSION}.bak" in messages.texts()[0]
    if answer == QMessageBox.StandardButton.No:
        assert window is None and opened == []
    else:
        assert window is not None and opened == [workshop_path]


def test_file_menu_opens_a_recent_workshop_in_place_of_the_current_one(
        controller: Controller, workshop_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.vzw"
    WorkshopStore.create(other, Workshop(organisation="Nyby")).close()
    first = controller.open(other)
    assert first is not None
    settings.add_recent(workshop_path)
    first.menu_recent.aboutToShow.emit()
    names = [a.text() for a in first.menu_recent.actions()]
    assert names == ["workshop.vzw", "other.vzw"]
    start_shown: list[bool] = []
    first.closed.connect(lambda: start_shown.append(controller.start.isVisible()))
    first.menu_recent.actions()[0].trigger()
    assert start_shown == [False]
    assert controller.window is not None and controller.window is not first
    assert controller.window.store.workshop().organisation == "Testby Kommune"
    assert not controller.start.isVisible()
    with WorkshopStore.open(other) as store:  # the first workshop was closed (its lock released)
        assert store.workshop().organisation == "Nyby"


def test_enter_presses_the_focused_button_as_space_does(controller: Controller, qtbot: QtBot) -> None:
    """Seen in a walkthrough: Enter on a focused big button did nothing; only Space worked."""
    start = controller.start
    assert start.new_button.hasFocus()
    qtbot.keyClick(start.new_button, Qt.Key.Key_Return)
    dialog = controller.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    start.demo_button.setFocus()
    qtbot.keyClick(start.demo_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert controller.window is not None and controller.window.store.rounds() != []


def test_enter_presses_a_focused_button_on_a_step_page(window: WorkshopWindow, qtbot: QtBot) -> None:
    page = window.page(1)
    assert isinstance(page, CommitPage)
    page.today_button.setFocus()
    qtbot.keyClick(page.today_button, Qt.Key.Key_Return)
    assert page.commit_date.date() == QDate.currentDate()


def test_the_recent_heading_stays_with_its_empty_text(controller: Controller) -> None:
    start = controller.start
    assert not start.recent.isVisible() and start.recent_empty.isVisible()
    heading = start.recent_title.geometry()
    assert 0 <= start.recent_empty.geometry().top() - heading.bottom() < 24



def test_the_missing_organisation_message_leaves_every_text_whole(qtbot: QtBot) -> None:
    """Seen under X in Danish: Enter with no organisation showed the message, but the dialog kept its height,
    so the group-size hint above it was squeezed under the spin box and cut to two of its three lines."""
    dialog = NewWorkshopDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.form.organisation, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.form.error.isVisible)
    qtbot.wait(50)
    layout = dialog.layout()
    assert layout is not None and dialog.height() >= layout.totalHeightForWidth(dialog.width())
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
