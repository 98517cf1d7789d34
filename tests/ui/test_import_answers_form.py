"""The Import answers dialog's choices, by keyboard and in Danish: the new round's name (and its label, and any
message about it) only for a new round; the group's name only with "one group"; Tab in the order the dialog
reads; nothing cut at the size it opens with, with the app's font and a larger one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.focus_order import backward_steps, skipped_stops, tab_chain
from tests.ui.large_font import app_font
from tests.ui.layout_checks import layout_problems
from tests.ui.test_import_answers import danish_excel_csv, open_dialog
from vzworkshop.ui.dialogs.import_answers import NEW_ROUND, ImportAnswersDialog
from vzworkshop.ui.main_window import WorkshopWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

LAPTOP_DIALOG = 720 - 30  # a laptop's 768 px less the task bar (as tests.ui.large_font.LAPTOP), less a title bar


@pytest.fixture
def dialog(window: WorkshopWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
           ) -> ImportAnswersDialog:
    """The dialog with a checked file, on a workshop with one round (which the dialog proposes)."""
    window.store.add_round("Første runde")
    window.refresh_all()
    dialog = open_dialog(window, qtbot, danish_excel_csv(tmp_path / "svar.csv"), monkeypatch)
    assert dialog.answers is not None
    return dialog


def label_of(dialog: ImportAnswersDialog, field: QWidget) -> QWidget:
    labels = [label for label in dialog.findChildren(QLabel) if label.buddy() is field]
    assert len(labels) == 1
    return labels[0]


def tab_from(qtbot: QtBot, widget: QWidget) -> QWidget | None:
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def choose_round(qtbot: QtBot, dialog: ImportAnswersDialog, new: bool) -> None:
    """Up / Down in the round box, as the user chooses."""
    dialog.round_box.setFocus()
    key = Qt.Key.Key_End if new else Qt.Key.Key_Home
    qtbot.keyClick(dialog.round_box, key)
    assert (dialog.round_box.currentData() == NEW_ROUND) == new


def test_the_new_rounds_name_only_for_a_new_round(dialog: ImportAnswersDialog, qtbot: QtBot) -> None:
    name_label = label_of(dialog, dialog.new_name)
    assert dialog.round_box.currentText() == "Første runde"
    assert not dialog.new_name.isEnabled() and not name_label.isEnabled()
    dialog.round_box.setFocus()
    assert tab_from(qtbot, dialog.round_box) is dialog.one_group  # skipped by Tab

    choose_round(qtbot, dialog, new=True)
    assert dialog.new_name.isEnabled() and name_label.isEnabled()
    assert tab_from(qtbot, dialog.round_box) is dialog.new_name
    assert tab_from(qtbot, dialog.new_name) is dialog.one_group

    choose_round(qtbot, dialog, new=False)  # and back again
    assert not dialog.new_name.isEnabled() and not name_label.isEnabled()
    assert tab_from(qtbot, dialog.round_box) is dialog.one_group


def test_the_groups_name_only_with_one_group(dialog: ImportAnswersDialog, qtbot: QtBot) -> None:
    assert not dialog.one_group.isChecked() and not dialog.group_name.isEnabled()
    dialog.one_group.setFocus()
    assert tab_from(qtbot, dialog.one_group) is dialog.import_button  # skipped by Tab
    dialog.one_group.setFocus()
    qtbot.keyClick(dialog.one_group, Qt.Key.Key_Space)
    assert dialog.group_name.isEnabled()
    assert tab_from(qtbot, dialog.one_group) is dialog.group_name
    dialog.one_group.setFocus()
    qtbot.keyClick(dialog.one_group, Qt.Key.Key_Space)  # and back again
    assert not dialog.group_name.isEnabled()
    choose_round(qtbot, dialog, new=True)  # the round's choice leaves the group's alone
    assert not dialog.group_name.isEnabled()


def test_a_message_about_the_new_name_goes_with_it(dialog: ImportAnswersDialog, window: WorkshopWindow,
                                                   qtbot: QtBot) -> None:
    """A taken name's message stood on after the user chose the existing round instead, as if still wrong."""
    choose_round(qtbot, dialog, new=True)
    qtbot.keyClick(dialog.round_box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.new_name
    dialog.new_name.selectAll()
    qtbot.keyClicks(dialog.new_name, "Første runde")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)  # Import: the name is taken
    shown = [label for label in dialog.findChildren(QLabel) if label.isVisible() and "Første runde" in label.text()
             and "exists already" in label.text()]
    assert len(shown) == 1
    message = shown[0]
    assert QApplication.focusWidget() is dialog.new_name
    choose_round(qtbot, dialog, new=False)  # the existing round it is, then
    assert not message.isVisible()
    choose_round(qtbot, dialog, new=True)
    assert not message.isVisible()  # not back with the field either: the name was not checked again
    qtbot.keyClick(dialog.round_box, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.round_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [r.name for r in window.store.rounds()] == ["Første runde"]
    assert window.store.round_ballots(window.store.rounds()[0].id or 0) == 6


@pytest.fixture(params=[11, 14])
def points(request: pytest.FixtureRequest, qapp: QApplication, language: str) -> Iterator[int]:
    """The app's font at 11 and 14 pt, the UI in Danish and in English."""
    with app_font(qapp, request.param):
        yield request.param


def test_tab_reads_the_dialog_in_order(points: int, dialog: ImportAnswersDialog, qtbot: QtBot) -> None:
    """Seen: Tab went from the round's choices to Cancel and then back left to Import."""
    choose_round(qtbot, dialog, new=True)
    dialog.one_group.setChecked(True)
    chain = tab_chain(qtbot, dialog.file_field, dialog)
    assert backward_steps(chain, dialog) == []
    assert skipped_stops(chain, dialog) == []


def test_nothing_is_cut_in_the_dialog(points: int, dialog: ImportAnswersDialog, qtbot: QtBot) -> None:
    """Seen in Danish at the size it opens with: the summary of the file ("Besvarelser i filen: 6", the
    groups) squeezed to half a line under the file's name."""
    for _ in range(3):
        QApplication.processEvents()
    assert layout_problems(dialog) == []
    choose_round(qtbot, dialog, new=True)
    qtbot.keyClick(dialog.round_box, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.new_name, "Første runde")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)  # the name is taken: a message of three lines at 14 pt
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.one_group, Qt.Key.Key_Space)
    assert dialog.name_problem.isVisible() and dialog.group_name.isEnabled()
    qtbot.waitUntil(lambda: layout_problems(dialog) == [], timeout=2000)
    assert dialog.table.height() >= dialog.table.minimumHeight()  # not squeezed over the choices below
    dialog.resize(dialog.width(), min(dialog.height(), LAPTOP_DIALOG))  # as tall as a laptop's screen allows
    qtbot.waitUntil(lambda: layout_problems(dialog) == [], timeout=2000)
