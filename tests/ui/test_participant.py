"""Participant entry driven by keys as participants and the facilitator would."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vzworkshop.core.tally import Tally, pooled
from vzworkshop.store import WorkshopStore
from vzworkshop.ui.pages.assess import AssessPage
from vzworkshop.ui.participant import ParticipantWindow, Screen

KEYS = {str(n): getattr(Qt.Key, f"Key_{n}") for n in range(10)}


def press(qtbot: QtBot, window: ParticipantWindow, *keys: str | Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(window, KEYS[key] if isinstance(key, str) else key)


def round_tally(store: WorkshopStore, round_id: int) -> Tally:
    return pooled(t for _, t in store.group_tallies(round_id))


def open_page(qtbot: QtBot, store: Any) -> AssessPage:
    page = AssessPage(store)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def start_entry(qtbot: QtBot, page: AssessPage) -> ParticipantWindow:
    qtbot.keyClick(page, Qt.Key.Key_F5)
    window = page.participants
    assert window is not None, "F5 on the assess page starts participant entry"
    qtbot.waitExposed(window)
    assert window.current_screen is Screen.HANDOVER
    return window


def test_five_ballots_by_keys_reach_the_tallies_exactly(qtbot: QtBot, store: Any) -> None:
    page = open_page(qtbot, store)
    assert store.rounds() == []
    window = start_entry(qtbot, page)
    round_id = window.round_id
    assert [r.id for r in store.rounds()] == [round_id], "F5 with no round creates a first round"
    assert store.rounds()[0].name == "Første runde"  # named in the (Danish) workshop's language, UI English
    ballots = [
        "3415203412",
        "2222222222",
        "0000055555",
        "1234512345",
        "4443330001",
    ]
    for number, answers in enumerate(ballots):
        press(qtbot, window, Qt.Key.Key_Return)
        assert window.current_screen is Screen.ITEM and window.item == 1
        if number == 0:
            # a slip and a correction: answer 1 and 2 wrongly, go back twice, answer again
            press(qtbot, window, "5", "5", Qt.Key.Key_Backspace, Qt.Key.Key_Backspace)
            assert window.item == 1
            assert window.item_screen.choices[5].isChecked(), "going back shows the answer given"
        press(qtbot, window, *answers[:5])
        assert store.round_ballots(round_id) == number, "nothing reaches the store mid-ballot"
        press(qtbot, window, *answers[5:])
        assert window.current_screen is Screen.REVIEW
        assert round_tally(store, round_id).ballots == number
        press(qtbot, window, Qt.Key.Key_Return)
        assert window.current_screen is Screen.HANDOVER
        assert window.ballot is None
    expected = Tally.from_ballots({i + 1: int(v) for i, v in enumerate(b)} for b in ballots)
    assert round_tally(store, round_id) == expected
    assert round_tally(store, round_id).item(1).dont_know == 1
    # while participants answer, the facilitator's window is hidden and its results are not read (reading
    # them counts as showing them); they are read when entry ends and the window is seen again
    assert not page.isVisible()
    press(qtbot, window, Qt.Key.Key_Escape, Qt.Key.Key_Return)
    qtbot.waitUntil(page.isVisible)
    # the facilitator's results show the same means
    stats = page.results.selected_stats()
    assert stats is not None
    for item in range(1, 11):
        counts = expected.item(item).counts
        n = sum(counts[1:])
        mean = sum(v * c for v, c in enumerate(counts) if v) / n
        assert page.results.cell_text(item, 1) == f"{mean:.1f}".replace(".", ",")
        assert page.results.cell_text(item, 4) == str(counts[0])
    assert page.has_content()


def test_handover_screen_shows_nothing_about_others(qtbot: QtBot, store: Any) -> None:
    page = open_page(qtbot, store)
    window = start_entry(qtbot, page)
    press(qtbot, window, Qt.Key.Key_Return, *"1234512345", Qt.Key.Key_Return)
    texts = " ".join(w.text() for w in window.handover.findChildren(type(window.handover_text)))
    assert "1" not in texts and "Dine svar er gemt" in texts  # the (Danish) workshop's language, UI English
    press(qtbot, window, Qt.Key.Key_Return)
    assert not any(b.isChecked() for b in window.item_screen.choices.values()), "a new ballot starts empty"


def test_abandoned_ballot_leaves_counts_unchanged(qtbot: QtBot, store: Any) -> None:
    page = open_page(qtbot, store)
    window = start_entry(qtbot, page)
    round_id = window.round_id
    press(qtbot, window, Qt.Key.Key_Return, "3", "4", "5")
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.current_screen is Screen.CONFIRM
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_screen is Screen.HANDOVER
    assert window.ballot is None
    assert store.round_ballots(round_id) == 0
    assert round_tally(store, round_id) == Tally.empty()
    # abandoning from the review screen too
    press(qtbot, window, Qt.Key.Key_Return, *"1111111111")
    assert window.current_screen is Screen.REVIEW
    press(qtbot, window, Qt.Key.Key_Escape, Qt.Key.Key_Return)
    assert store.round_ballots(round_id) == 0


def test_escape_without_confirmation_does_not_leave(qtbot: QtBot, store: Any) -> None:
    page = open_page(qtbot, store)
    window = start_entry(qtbot, page)
    press(qtbot, window, Qt.Key.Key_Return, "2", "3")
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.current_screen is Screen.CONFIRM
    press(qtbot, window, "4", Qt.Key.Key_Escape)  # other keys do nothing; Esc cancels the question
    assert window.current_screen is Screen.ITEM and window.item == 3
    assert window.ballot is not None and window.ballot.answers == {1: 2, 2: 3}
    window.close()  # a close request (Alt+F4, window manager) is ignored
    assert window.isVisible()
    press(qtbot, window, "5", *"1234512")
    press(qtbot, window, Qt.Key.Key_Return)
    assert store.round_ballots(window.round_id) == 1
    # ending participant entry needs Esc and then Enter on the hand-over screen
    press(qtbot, window, Qt.Key.Key_Escape, Qt.Key.Key_Escape)
    assert window.isVisible() and window.current_screen is Screen.HANDOVER
    press(qtbot, window, Qt.Key.Key_Escape, Qt.Key.Key_Return)
    assert not window.isVisible()
    assert page.participants is None


def test_group_round_lands_ballot_in_the_chosen_group(qtbot: QtBot, store: Any) -> None:
    rnd = store.add_round("Baseline", "baseline", ["Home care", "Kitchen", "Office"])
    page = open_page(qtbot, store)
    window = start_entry(qtbot, page)
    assert window.round_id == rnd.id
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_screen is Screen.GROUPS
    assert [b.accessibleName() for b in window.group_buttons] == [
        "Gruppe Home care", "Gruppe Kitchen", "Gruppe Office"]
    press(qtbot, window, "7")  # no such group: nothing happens
    assert window.current_screen is Screen.GROUPS
    press(qtbot, window, "2", *"3333333333", Qt.Key.Key_Return)
    sizes = {g.name: g.ballots for g in store.groups(rnd.id)}
    assert sizes == {"Home care": 0, "Kitchen": 1, "Office": 0}
    tallies = {g.name: t for g, t in store.group_tallies(rnd.id)}
    assert tallies["Kitchen"].item(10).counts == (0, 0, 0, 1, 0, 0)


def test_review_change_goes_back_to_the_statement(qtbot: QtBot, store: Any) -> None:
    page = open_page(qtbot, store)
    window = start_entry(qtbot, page)
    press(qtbot, window, Qt.Key.Key_Return, *"1111111111")
    change = [b for b in window.review.findChildren(type(window.review.submit_button))
              if b.accessibleName() == "Ret svaret på udsagn 4"]
    assert len(change) == 1
    qtbot.mouseClick(change[0], Qt.MouseButton.LeftButton)
    assert window.current_screen is Screen.ITEM and window.item == 4
    qtbot.mouseClick(window.item_screen.choices[0], Qt.MouseButton.LeftButton)
    assert window.ballot is not None and window.ballot.answers[4] == 0


@pytest.mark.parametrize("key", [Qt.Key.Key_6, Qt.Key.Key_9, Qt.Key.Key_A, Qt.Key.Key_Space])
def test_other_keys_do_not_answer(qtbot: QtBot, store: Any, key: Qt.Key) -> None:
    page = open_page(qtbot, store)
    window = start_entry(qtbot, page)
    press(qtbot, window, Qt.Key.Key_Return, key)
    assert window.item == 1 and window.ballot is not None and window.ballot.answers == {}


def test_projector_updates_live_from_participant_entry(qtbot: QtBot, store: Any) -> None:
    page = open_page(qtbot, store)
    page.hide_check.setChecked(False)  # live on the projector (hidden until revealed is the default)
    window = start_entry(qtbot, page)
    projector = page.show_projector()
    assert projector.round_id == window.round_id
    for number, value in enumerate("245"):
        press(qtbot, window, Qt.Key.Key_Return, *(value * 10), Qt.Key.Key_Return)
        if number < 2:
            assert projector.chart.mean() is None
            assert f"Venter på {2 - number} svar mere" in projector.status.text()
    assert projector.chart.mean() == pytest.approx(11 / 3)
    assert projector.status.text() == "Gennemsnit 3,7 ud fra 3 svar"


def test_review_scrolls_by_keys_to_the_last_statement(qtbot: QtBot, store: Any) -> None:
    """Seen under X at 1366x768: on "Tjek dine svar" statement 10 was below the fold and Down, Page Down and
    End did nothing (the list takes no focus); now they scroll it, Home and Up back."""
    page = open_page(qtbot, store)
    window = start_entry(qtbot, page)
    window.resize(1366, 600)
    press(qtbot, window, Qt.Key.Key_Return, *"1234512345")
    assert window.current_screen is Screen.REVIEW
    bar = window.review.area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0
    press(qtbot, window, Qt.Key.Key_Down)
    assert bar.value() > 0
    press(qtbot, window, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    press(qtbot, window, Qt.Key.Key_Home)
    assert bar.value() == 0
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    assert window.current_screen is Screen.REVIEW and window.ballot is not None  # nothing else happened


@pytest.mark.parametrize("height", [768, 600])
def test_review_says_when_answers_are_below_the_fold(qtbot: QtBot, store: Any, height: int) -> None:
    """'Tjek dine svar' at 1366x768 (and lower): while any answer is below the fold a line says so, and how
    to see it; at the end of the list it goes (it keeps its room: the list does not jump)."""
    page = open_page(qtbot, store)
    window = start_entry(qtbot, page)
    window.resize(1366, height)
    press(qtbot, window, Qt.Key.Key_Return, *"1234512345")
    assert window.current_screen is Screen.REVIEW
    review = window.review
    bar = review.area.verticalScrollBar()
    qtbot.wait(10)
    last = review.grid.itemAtPosition(9, 3).widget()  # statement 10's Change button
    whole = last.mapTo(review.area.viewport(), last.rect().bottomLeft()).y() <= review.area.viewport().height()
    assert review.more_below.isVisible() == (not whole)
    assert review.more_below.text() == "↓ Flere svar nedenfor: tryk End eller pil ned"  # the workshop's language
    if bar.maximum() > 0:
        assert review.more_below.isVisible()
        area_height = review.area.height()
        press(qtbot, window, Qt.Key.Key_End)
        assert bar.value() == bar.maximum()
        assert not review.more_below.isVisible()
        assert review.area.height() == area_height  # the list does not jump
        press(qtbot, window, Qt.Key.Key_Home)
        assert review.more_below.isVisible()
