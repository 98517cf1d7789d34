"""Follow-up rounds as a facilitator handles them by keyboard: starting one moves on to collecting its answers
(an Enter too many starts no second round), F5 collects on step 5 too, a round nobody answered can be deleted
(asked first, No by default; never one with answers), and empty rounds change no comparison."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import capture_messages
from tests.ui.plan_helpers import add_round, uniform
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import ItemAssessment
from vzworkshop.ui.i18n import Translations
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.pages.assess import AssessPage
from vzworkshop.ui.pages.evaluate import EvaluatePage

# the reviewer's baseline: statement 1 is 22/7 = 3,14 with 7 answers; the follow-up's 4 answers give 3,75
BASELINE = uniform(dict.fromkeys(range(1, 11), 3), 6) + uniform(dict.fromkeys(range(1, 11), 4), 1)


def key(qtbot: QtBot, k: Qt.Key) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, k)


def key_alt(qtbot: QtBot, k: Qt.Key) -> None:
    """Alt+letter where the keyboard focus is, as a user presses it."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, k, Qt.KeyboardModifier.AltModifier)


def answer_box(qtbot: QtBot, k: Qt.Key, seen: list[str]) -> None:
    """Press `k` in the next question box, as a user would; what it asked goes into `seen` (with its default
    button's text first)."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        default = box.defaultButton()
        seen.append(f"{default.text() if default else ''}|{box.text()}")
        qtbot.keyClick(box, k)

    QTimer.singleShot(0, press)


def back_from_box(qtbot: QtBot, win: QWidget) -> None:
    """The offscreen platform activates no window when a message box closes (a window system gives the
    keyboard back to the window): activate it, keeping the focus it had."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)


@pytest.fixture
def danish_ui(_english_ui: Translations) -> Iterator[None]:
    danish = Translations()  # kept until the test ends: its translators go with it
    danish.apply("da")
    yield
    _english_ui.apply("en")


@pytest.fixture
def window(qtbot: QtBot, workshop_path: Path) -> Iterator[tuple[WorkshopWindow, WorkshopStore]]:
    store = WorkshopStore.open(workshop_path)
    add_round(store, "Nulpunktsmåling", BASELINE)
    win = WorkshopWindow(store)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(win.isActiveWindow)
    yield win, store
    win.close()


def _answer(qtbot: QtBot, page: EvaluatePage, values: list[int]) -> None:
    window = page.participants
    assert window is not None
    qtbot.waitUntil(window.isVisible)
    for value in values:
        qtbot.keyClick(window, Qt.Key.Key_Return)  # hand-over: start
        for _ in range(10):
            qtbot.keyClick(window, getattr(Qt.Key, f"Key_{value}"))
        qtbot.keyClick(window, Qt.Key.Key_Return)  # review: submit
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_Return)  # confirm the end of participant entry
    qtbot.waitUntil(lambda: page.participants is None)


def _row(page: EvaluatePage, item: int) -> str:
    table = page.compare.table
    return " | ".join(table.item(item, c).text() for c in range(table.columnCount()) if table.item(item, c))


def test_starting_a_follow_up_moves_on_to_collecting_its_answers(
        qtbot: QtBot, window: tuple[WorkshopWindow, WorkshopStore]) -> None:
    """Seen by a reviewer: the focus stayed on 'Start follow-up round', so each Enter made one more round."""
    win, store = window
    win.show_step(5)
    page = win.page(5)
    assert isinstance(page, EvaluatePage)
    page.compare.round_name.setFocus()
    key(qtbot, Qt.Key.Key_Return)  # the suggested name, "Opfølgning 1"
    assert [r.name for r in store.rounds()] == ["Nulpunktsmåling", "Opfølgning 1"]
    assert QApplication.focusWidget() is page.compare.collect_button
    assert page.compare.collect_button.text() == "&Collect answers for “Opfølgning 1” (F5)"
    assert "“Opfølgning 1” started" in page.compare.message.text()
    assert "Press Enter or F5 to collect its answers." in page.compare.message.text()
    key(qtbot, Qt.Key.Key_Return)  # one Enter too many: it collects, it does not start "Opfølgning 2"
    assert page.participants is not None and page.participants.round_id == store.rounds()[-1].id
    _answer(qtbot, page, [4, 4, 4, 3])
    assert [r.name for r in store.rounds()] == ["Nulpunktsmåling", "Opfølgning 1"]
    # the change from the unrounded means: 3,14 -> 3,75 is +0,6 (the rounded 3,1 -> 3,8 would say +0,7)
    assert "+0,6" in _row(page, 1) and "+0,7" not in _row(page, 1)
    assert "+0,6" in _row(page, 0)

    # F5 on step 5 collects answers for the current follow-up round, as on step 2
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    key(qtbot, Qt.Key.Key_F5)
    assert page.participants is not None and page.participants.round_id == store.rounds()[-1].id
    _answer(qtbot, page, [])
    assert store.round_ballots(store.rounds()[-1].id or 0) == 4


def test_empty_rounds_are_deleted_from_step_5_by_keys_after_asking(
        qtbot: QtBot, window: tuple[WorkshopWindow, WorkshopStore]) -> None:
    win, store = window
    add_round(store, "Opfølgning 1", [*uniform(dict.fromkeys(range(1, 11), 4), 3), dict.fromkeys(range(1, 11), 3)],
              kind="follow_up")
    for n in range(2, 11):  # nine rounds started by Enter, nobody answered in them
        store.add_round(f"Opfølgning {n}", kind="follow_up")
    win.show_step(5)
    page = win.page(5)
    assert isinstance(page, EvaluatePage)
    compare = page.compare
    # empty rounds change nothing in the comparison: the baseline stays, no "not shown" line for them
    headers = [compare.table.horizontalHeaderItem(c).text() for c in range(compare.table.columnCount())]
    assert headers[1:] == ["Nulpunktsmåling", "Opfølgning 1"]
    assert "Opfølgning 10" not in compare.hidden.text()
    assert compare.delete_button.isEnabled() and compare.delete_button.text() == "&Delete “Opfølgning 10”…"
    assert compare.round_name.text() == "Opfølgning 11"  # the suggested name of the next round
    compare.delete_button.setFocus()
    seen: list[str] = []
    answer_box(qtbot, Qt.Key.Key_Return, seen)  # Enter on the question: its default, No
    key(qtbot, Qt.Key.Key_Return)
    assert seen[0].startswith("&No|Delete the round “Opfølgning 10”? Nobody has answered in it.")
    assert len(store.rounds()) == 11
    for n in range(10, 1, -1):  # Enter, then Y(es), as often as there are empty rounds
        back_from_box(qtbot, win)
        assert QApplication.focusWidget() is compare.delete_button
        answer_box(qtbot, Qt.Key.Key_Y, seen)
        key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=n: len(store.rounds()) == n)
        assert compare.message.text() == f"Round “Opfølgning {n}” deleted."
    assert [r.name for r in store.rounds()] == ["Nulpunktsmåling", "Opfølgning 1"]
    assert not compare.delete_button.isEnabled()  # the latest round has answers
    back_from_box(qtbot, win)
    assert QApplication.focusWidget() is compare.start_button  # on, once nothing is left to delete
    assert compare.round_name.text() == "Opfølgning 2"  # the suggestion follows the deletions (was "… 11")


def make_page(qtbot: QtBot, store: WorkshopStore) -> AssessPage:
    page = AssessPage(store)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def test_step_2_deletes_the_chosen_round_only_without_answers(qtbot: QtBot, store: WorkshopStore,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    base = add_round(store, "Nulpunktsmåling", BASELINE)
    empty = store.add_round("Opfølgning 1", kind="follow_up").id
    assert empty is not None
    store.upsert(ItemAssessment(round_id=empty, item=1, agreed_level=None, notes="skrevet i den forkerte runde"))
    page = make_page(qtbot, store)
    assert page.round_box.currentText() == "Opfølgning 1"
    assert page.delete_round_button.isEnabled()
    page.round_box.setFocus()
    key(qtbot, Qt.Key.Key_Up)  # the baseline: it has answers, so it cannot be deleted
    assert page.round_box.currentText() == "Nulpunktsmåling" and not page.delete_round_button.isEnabled()
    key(qtbot, Qt.Key.Key_Down)
    assert page.delete_round_button.isEnabled()
    page.delete_round_button.setFocus()
    seen: list[str] = []
    answer_box(qtbot, Qt.Key.Key_Y, seen)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(store.rounds()) == 1)
    assert "Its agreed levels and notes are deleted with it." in seen[0]  # it says what goes with it
    assert page.round_box.currentText() == "Nulpunktsmåling" and page.round_box.count() == 1
    back_from_box(qtbot, page)
    assert QApplication.focusWidget() is page.round_box
    assert store.list(ItemAssessment, round_id=empty) == []
    # a round with answers is refused even when asked directly (answers came in after the button was drawn)
    messages = capture_messages(monkeypatch)
    page.round_id = base
    page.delete_round()
    assert messages.texts() == ["“Nulpunktsmåling” has 7 answers. A round with answers is never deleted."]
    assert [r.id for r in store.rounds()] == [base]


def test_step_2s_earlier_column_skips_an_empty_round(qtbot: QtBot, store: WorkshopStore) -> None:
    """Seen by a reviewer: 'Tidligere' compared with the round just before, empty, and showed '–'."""
    add_round(store, "Nulpunktsmåling", BASELINE)
    store.add_round("Opfølgning 1", kind="follow_up")
    add_round(store, "Opfølgning 2", uniform(dict.fromkeys(range(1, 11), 4), 3), kind="follow_up")
    page = make_page(qtbot, store)
    assert page.round_box.currentText() == "Opfølgning 2"
    assert page.results.cell_text(1, 1) == "4,0"
    assert page.results.cell_text(1, 2) == "3,1"  # the baseline's, not the empty round's "–"
    assert "Nulpunktsmåling" in page.results.summary.text()


def test_danish_words_for_deleting_a_round(qtbot: QtBot, store: WorkshopStore, danish_ui: None) -> None:
    add_round(store, "Nulpunktsmåling", BASELINE)
    store.add_round("Opfølgning 1", kind="follow_up")
    page = EvaluatePage(store)
    qtbot.addWidget(page)
    page.refresh()
    assert page.compare.delete_button.text() == "S&let “Opfølgning 1”…"
    assert page.compare.collect_button.text() == "&Indsaml svar til “Opfølgning 1” (F5)"
    step2 = make_page(qtbot, store)
    assert step2.delete_round_button.text() == "Slet runde…"


def test_step_5_by_alt_letters_and_the_started_message_goes_with_the_answers(
        qtbot: QtBot, window: tuple[WorkshopWindow, WorkshopStore], danish_ui: None) -> None:
    """Seen by a reviewer: step 5 had no Alt+letters (the name field could not be reached by one), and "Runden
    ... er startet ... Tryk Enter eller F5" stood on after the round's answers had come in."""
    win, store = window
    win.retranslate()
    win.show_step(5)
    page = win.page(5)
    assert isinstance(page, EvaluatePage)
    win.sidebar.setFocus()
    key_alt(qtbot, Qt.Key.Key_N)  # &Ny opfølgningsrunde
    assert QApplication.focusWidget() is page.compare.round_name
    page.compare.round_name.setText("Opfølgning marts")
    key_alt(qtbot, Qt.Key.Key_S)  # &Start opfølgningsrunde (a button's Alt+letter clicks it a moment later)
    qtbot.waitUntil(lambda: len(store.rounds()) == 2)
    assert [r.name for r in store.rounds()] == ["Nulpunktsmåling", "Opfølgning marts"]
    assert "er startet" in page.compare.message.text()
    key_alt(qtbot, Qt.Key.Key_I)  # &Indsaml svar til ...
    qtbot.waitUntil(lambda: page.participants is not None)
    _answer(qtbot, page, [4, 4, 4])
    assert page.compare.message.text() == ""
    assert page.compare.legend.text().endswith("regnet af gennemsnittene før afrunding.")
