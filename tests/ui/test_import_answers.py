"""Import answers from a paper or online survey through step 2's dialog, by keyboard: the file is checked
before anything is written, the preview shows counts only, and the round's tallies equal the file."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from vzworkshop.store import WorkshopStore
from vzworkshop.ui.dialogs.import_answers import ImportAnswersDialog, help_text
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.pages.assess import AssessPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

HEADER = "Afdeling;q1;q2;q3;q4;q5;q6;q7;q8;q9;q10;Kommentar"
ROWS = [
    "Hjemmeplejen;3;4;;2;5;1;0;3;3;4;god dag",
    "Hjemmeplejen;4;4;3;2;5;2;0;3;4;4;",
    "Hjemmeplejen;2;3;3;3;4;2;1;;3;5;",
    "Køkkenet;1;2;2;2;3;1;0;2;2;3;",
    "Køkkenet;2;2;3;1;3;2;1;2;2;2;",
    "Køkkenet;3;2;2;2;4;1;0;2;3;3;",
]


def danish_excel_csv(path: Path, rows: list[str] = ROWS) -> Path:
    """As Danish Excel saves "CSV UTF-8": semicolons, a byte-order mark and CRLF line ends."""
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join([HEADER, *rows, ""]).encode("utf-8"))
    return path


def expected_counts(rows: list[str]) -> dict[tuple[str, int, int], int]:
    counts: dict[tuple[str, int, int], int] = {}
    for row in rows:
        cells = row.split(";")
        for item in range(1, 11):
            if cells[item] != "":
                key = (cells[0], item, int(cells[item]))
                counts[key] = counts.get(key, 0) + 1
    return counts


def stored_counts(store: WorkshopStore, round_id: int) -> dict[tuple[str, int, int], int]:
    counts: dict[tuple[str, int, int], int] = {}
    for group, tally in store.group_tallies(round_id):
        for it in tally.items:
            for value, n in enumerate(it.counts):
                if n:
                    counts[(group.name, it.item, value)] = n
    return counts


def open_dialog(window: WorkshopWindow, qtbot: QtBot, path: Path, monkeypatch: pytest.MonkeyPatch
                ) -> ImportAnswersDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.page(2)
    assert isinstance(page, AssessPage)
    page.import_button.setFocus()
    qtbot.keyClick(page.import_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.import_dialog is not None and page.import_dialog.isVisible())
    dialog = page.import_dialog
    assert dialog is not None
    dialog.activateWindow()  # the offscreen platform does not activate a new window by itself
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.choose_button.setFocus()
    qtbot.keyClick(dialog.choose_button, Qt.Key.Key_Space)
    return dialog


def test_a_danish_excel_file_is_imported_by_keyboard(window: WorkshopWindow, qtbot: QtBot, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = danish_excel_csv(tmp_path / "svar.csv")
    dialog = open_dialog(window, qtbot, path, monkeypatch)
    assert dialog.answers is not None and dialog.answers.respondents == 6
    summary = dialog.summary.text()
    assert "Respondents in the file: 6" in summary
    assert "Hjemmeplejen (3)" in summary and "Køkkenet (3)" in summary
    assert "Ignored columns: Kommentar" in summary
    assert "god dag" not in summary  # no respondent's own cells
    assert dialog.table.rowCount() == 10 and dialog.table.item(2, 3).text() == "1"  # item 3: one skipped
    assert dialog.table.item(6, 2).text() == "4"  # item 7: four "don't know"
    assert window.store.rounds() == []  # nothing written before Import
    assert dialog.round_box.currentText() == "New round"
    assert dialog.new_name.text() == "Første runde"  # the Danish workshop's word, in an English UI
    dialog.new_name.setFocus()
    dialog.new_name.selectAll()
    qtbot.keyClicks(dialog.new_name, "Papirskemaer")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)  # Import is the default button
    qtbot.waitUntil(lambda: not dialog.isVisible())
    rnd = window.store.find_round("Papirskemaer")
    assert rnd is not None and rnd.id is not None
    assert stored_counts(window.store, rnd.id) == expected_counts(ROWS)
    assert window.store.round_ballots(rnd.id) == 6
    page = window.page(2)
    assert isinstance(page, AssessPage)
    assert page.round_id == rnd.id and page.round_box.currentText() == "Papirskemaer"
    assert window.sidebar.is_done(2)


def test_one_group_for_all_rows_and_an_existing_round(window: WorkshopWindow, qtbot: QtBot, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = window.store.add_round("Første runde")
    window.refresh_all()
    path = danish_excel_csv(tmp_path / "svar.csv")
    dialog = open_dialog(window, qtbot, path, monkeypatch)
    assert dialog.round_box.currentText() == "Første runde"
    assert not dialog.new_name.isEnabled()
    dialog.one_group.setFocus()
    qtbot.keyClick(dialog.one_group, Qt.Key.Key_Space)
    dialog.group_name.setFocus()
    qtbot.keyClicks(dialog.group_name, "Hele huset")
    qtbot.keyClick(dialog.group_name, Qt.Key.Key_Tab)  # read again with the group
    assert "Hele huset (6)" in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert rnd.id is not None
    assert {g.name: g.ballots for g in window.store.groups(rnd.id)} == {"": 0, "Hele huset": 6}


def test_a_broken_file_shows_its_error_and_stores_nothing(window: WorkshopWindow, qtbot: QtBot, tmp_path: Path,
                                                          workshop_path: Path, monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    before = hashlib.sha256(workshop_path.read_bytes()).hexdigest()
    path = danish_excel_csv(tmp_path / "svar.csv", [*ROWS[:3], "Køkkenet;1;2;7;2;3;1;0;2;2;3;", *ROWS[4:]])
    dialog = open_dialog(window, qtbot, path, monkeypatch)
    assert dialog.error.isVisible()
    assert "row 5, column 'q3': '7' is not an answer" in dialog.error.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.table.rowCount() == 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.store.rounds() == []
    assert hashlib.sha256(workshop_path.read_bytes()).hexdigest() == before


def test_the_help_says_how_to_type_paper_answers() -> None:
    text = help_text()
    assert "one row per questionnaire" in text and "q1 to q10" in text
    assert "0 to 5" in text and "empty cell" in text


def test_the_workshop_menu_opens_the_import_on_step_2(window: WorkshopWindow, qtbot: QtBot) -> None:
    assert window.act_import in window.menu_workshop.actions() and window.act_import.isEnabled()
    window.act_import.trigger()
    page = window.page(2)
    assert isinstance(page, AssessPage)
    assert window.current_step() == 2
    qtbot.waitUntil(lambda: page.import_dialog is not None and page.import_dialog.isVisible())
    assert page.import_dialog is not None
    page.import_dialog.reject()
