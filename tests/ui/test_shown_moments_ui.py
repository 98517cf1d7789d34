"""What the facilitator's window records as shown: a restart keeps the history (through the real window), a
page behind participant entry records nothing, and a group withheld to protect a smaller one says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from vzworkshop.core.tally import Ballot
from vzworkshop.reports.summary_text import summary_text
from vzworkshop.store import WorkshopStore
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.pages.assess import AssessPage
from vzworkshop.ui.pages.evaluate import EvaluatePage


def _votes(store: WorkshopStore, round_id: int, group: str, n: int, value: int = 3) -> None:
    gid = store.group_named(round_id, group).id or 0
    store.add_ballots([Ballot(round_id, gid, {i: value for i in range(1, 11)}) for _ in range(n)])


def _open(qtbot: QtBot, path: Path) -> WorkshopWindow:
    win = WorkshopWindow(WorkshopStore.open(path))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def _keys(qtbot: QtBot, entry: object, *ballots: str) -> None:
    for answers in ballots:
        for key in [Qt.Key.Key_Return, *(getattr(Qt.Key, f"Key_{v}") for v in answers), Qt.Key.Key_Return]:
            qtbot.keyClick(entry, key)  # type: ignore[arg-type]


def test_shown_at_3_then_a_4th_answer_is_still_held_back_after_closing_and_reopening(
        qtbot: QtBot, workshop_path: Path) -> None:
    with WorkshopStore.open(workshop_path) as store:
        rid = store.add_round("Runde 1").id or 0
        _votes(store, rid, "", 3)
    window = _open(qtbot, workshop_path)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.page(2)
    assert isinstance(page, AssessPage)
    assert page.results.cell_text(1, 1) == "3,0"  # the facilitator saw the round with 3 answers
    window.close()
    window.store.close()
    with WorkshopStore.open(workshop_path) as store:
        _votes(store, rid, "", 1, value=5)
    window = _open(qtbot, workshop_path)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.page(2)
    assert isinstance(page, AssessPage)
    assert page.results.cell_text(1, 1) != "3,5", "the 4th person's answers would follow by subtraction"
    assert "wait for 2 more answers" in page.results.summary.text()
    window.close()
    window.store.close()


def test_no_moment_is_recorded_while_participant_entry_covers_step_5(qtbot: QtBot, window: WorkshopWindow) -> None:
    """Before: the comparison behind participant entry was read after every ballot, so the round was recorded
    as shown at 3 answers and held back at 4 although nobody had seen a figure."""
    store = window.store
    rid = store.add_round("Opfølgning", kind="follow_up").id or 0
    window.refresh_all()
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.page(5)
    assert isinstance(page, EvaluatePage)
    qtbot.mouseClick(page.compare.collect_button, Qt.MouseButton.LeftButton)
    entry = page.participants
    assert entry is not None
    qtbot.waitUntil(entry.isVisible)
    _keys(qtbot, entry, "3333333333", "3333333333", "3333333333")
    assert store.shown_history(rid) == [], "nothing was seen while participants answered"
    _keys(qtbot, entry, "5555555555")
    qtbot.keyClick(entry, Qt.Key.Key_Escape)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.participants is None)
    qtbot.waitUntil(window.isVisible)
    result = store.round_result(rid)
    assert not result.held_back and result.respondents == 4 and result.overall_mean == 3.5
    assert [sum(n for _, n in m.sizes) for m in store.shown_history(rid)] == [4]


def test_a_group_withheld_to_protect_a_smaller_one_says_so(qtbot: QtBot, window: WorkshopWindow) -> None:
    """Medarbejdere (5 answers) is withheld so that Ledere (2) cannot be worked out by subtraction: not because
    it has fewer than 3 answers."""
    store = window.store
    rid = store.add_round("Runde 1", groups=("Medarbejdere", "Ledere")).id or 0
    _votes(store, rid, "Medarbejdere", 5)
    _votes(store, rid, "Ledere", 2)
    window.refresh_all()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.page(2)
    assert isinstance(page, AssessPage)
    view = page.results.view
    entries = [view.itemText(i) for i in range(view.count())]
    assert entries[1:] == ["Medarbejdere: withheld (protects a smaller group)",
                           "Ledere: withheld (fewer than 3 answers)"]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # Medarbejdere
    assert page.results.summary.text() == (
        "Medarbejdere: withheld so that a smaller group's answers cannot be worked out.")
    assert "fewer than" not in page.results.notice.text()
    text = summary_text(store, store.rounds())
    assert "Gruppe Medarbejdere: tilbageholdt, så en mindre gruppes svar ikke kan regnes ud" in text
    assert "Gruppe Ledere: tilbageholdt (færre end 3 svar)" in text
