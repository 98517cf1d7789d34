"""The assess page inside the workshop window: F5 starts participant entry, F6 opens the projector, and the
sidebar tick and projector follow the ballots."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.pages.assess import AssessPage
from vzworkshop.ui.participant import Screen


def test_f5_and_f6_in_the_workshop_window(window: WorkshopWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.page(2)
    assert isinstance(page, AssessPage)
    assert page.guidance.isVisibleTo(page)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    projector = page.projector
    assert projector is not None and projector.isVisible()
    assert "View" in window.menu_view.title() and window.act_projector.shortcut().toString() == "F6"
    qtbot.keyClick(window, Qt.Key.Key_F5)
    entry = page.participants
    assert entry is not None and entry.current_screen is Screen.HANDOVER
    for answers in ("3333333333", "4444444444", "5555555555"):
        for key in [Qt.Key.Key_Return, *(getattr(Qt.Key, f"Key_{v}") for v in answers), Qt.Key.Key_Return]:
            qtbot.keyClick(entry, key)
    # hidden until revealed (the default): the room sees how many have answered, no average
    assert projector.stack.currentWidget() is projector.neutral_page
    assert projector.neutral_count.text() == "3 svar indtil nu"
    assert page.has_content()
    qtbot.keyClick(entry, Qt.Key.Key_Escape)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert page.participants is None
    assert page.results.cell_text(1, 1) == "4,0"
    page.reveal_button.setFocus()
    qtbot.keyClick(page.reveal_button, Qt.Key.Key_Space)  # Reveal
    assert projector.chart.mean() == 4.0 and projector.stack.currentIndex() == 0
    projector.close()


def test_f5_does_nothing_on_other_pages(window: WorkshopWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    page = window.page(2)
    assert isinstance(page, AssessPage) and page.participants is None
    assert window.store.rounds() == []


def test_the_facilitators_window_is_hidden_while_participants_answer(window: WorkshopWindow,
                                                                     qtbot: QtBot) -> None:
    """Nothing of the facilitator's screen (results!) may sit behind participant entry, even where a window
    manager does not make it full screen or a participant switches windows."""
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.page(2)
    assert isinstance(page, AssessPage)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    projector = page.projector
    qtbot.keyClick(window, Qt.Key.Key_F5)
    entry = page.participants
    assert entry is not None
    qtbot.waitUntil(lambda: not window.isVisible())
    assert entry.isVisible() and projector is not None and projector.isVisible()
    # Window managers ignore full-screen requests of frameless windows: ours must not be frameless.
    assert not entry.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert entry.isFullScreen()
    qtbot.keyClick(entry, Qt.Key.Key_Escape)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.waitUntil(window.isVisible)
    assert page.participants is None
    projector.close()


def _answer(entry: object, qtbot: QtBot, *ballots: str) -> None:
    for answers in ballots:
        for key in [Qt.Key.Key_Return, *(getattr(Qt.Key, f"Key_{v}") for v in answers), Qt.Key.Key_Return]:
            qtbot.keyClick(entry, key)  # type: ignore[arg-type]


def test_by_default_the_room_sees_the_result_once_when_revealed(window: WorkshopWindow, qtbot: QtBot) -> None:
    """Hidden until revealed is the default: during answering the room sees the number of answers; after
    participant entry the facilitator's screen shows the whole round, and the reveal shows the room the same
    figures (recorded as shown: one more answer is then held back everywhere)."""
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.page(2)
    assert isinstance(page, AssessPage)
    assert page.hide_check.isChecked() and page.live_note.isHidden()
    qtbot.keyClick(window, Qt.Key.Key_F6)
    projector = page.projector
    assert projector is not None and projector.is_hidden()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    entry = page.participants
    assert entry is not None
    _answer(entry, qtbot, "3333333333", "3333333333", "3333333333", "5555555555")
    assert projector.chart.mean() is None or not projector.chart.isVisible()
    assert projector.neutral_count.text() == "4 svar indtil nu"
    assert window.store.shown_history(page.round_id or 0) == [], "nothing was shown while answering"
    qtbot.keyClick(entry, Qt.Key.Key_Escape)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.waitUntil(window.isVisible)
    assert page.results.cell_text(1, 1) == "3,5"
    page.reveal_button.setFocus()
    qtbot.keyClick(page.reveal_button, Qt.Key.Key_Space)  # Reveal
    assert projector.chart.mean() == 3.5 and projector.status.text() == "Gennemsnit 3,5 ud fra 4 svar"
    assert [sum(n for _, n in m.sizes) for m in window.store.shown_history(page.round_id or 0)] == [4]
    projector.close()


def test_figures_the_room_saw_live_hold_the_final_figures_back(window: WorkshopWindow, qtbot: QtBot) -> None:
    """Live mode: the room saw the average of the first 3 answers; with a 4th, the facilitator's screen and the
    minutes would let the room subtract the 4th person's answers, so they wait, and say why in Danish."""
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.page(2)
    assert isinstance(page, AssessPage)
    page.hide_check.setFocus()
    qtbot.keyClick(page.hide_check, Qt.Key.Key_Space)  # live on the projector
    assert not page.hide_check.isChecked() and page.live_note.isVisible()
    assert "wait for more answers" in page.live_note.text()
    assert window.store.workshop().projector_live  # the workshop's setting, kept in the file
    qtbot.keyClick(window, Qt.Key.Key_F6)
    projector = page.projector
    assert projector is not None and not projector.is_hidden()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    entry = page.participants
    assert entry is not None
    _answer(entry, qtbot, "3333333333", "3333333333", "3333333333", "5555555555")
    assert projector.chart.mean() == 3.0  # the room still sees the figure of the first three
    qtbot.keyClick(entry, Qt.Key.Key_Escape)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.waitUntil(window.isVisible)
    result = window.store.round_result(page.round_id or 0)
    assert result.held_back and result.respondents == 4 and result.missing == 2
    assert page.results.cell_text(1, 1) != "3,5"
    assert "wait for 2 more answers" in page.results.summary.text()
    assert "comparing them with the results shown before" in page.results.summary.text()
    projector.close()
