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
    assert projector.chart.mean() == 4.0
    assert page.has_content()
    qtbot.keyClick(entry, Qt.Key.Key_Escape)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert page.participants is None
    assert page.results.cell_text(1, 1) == "4,0"
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


def test_the_final_results_follow_the_live_projector(window: WorkshopWindow, qtbot: QtBot) -> None:
    """The room saw the live average at 3 answers; a fourth participant then answered. After participant
    entry the facilitator's results (and so the minutes) show the whole round: the live figure follows its
    own rule (core.live) and must not hold the round's final figures back."""
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.page(2)
    assert isinstance(page, AssessPage)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    projector = page.projector
    assert projector is not None
    qtbot.keyClick(window, Qt.Key.Key_F5)
    entry = page.participants
    assert entry is not None
    for answers in ("3333333333", "3333333333", "3333333333", "5555555555"):
        for key in [Qt.Key.Key_Return, *(getattr(Qt.Key, f"Key_{v}") for v in answers), Qt.Key.Key_Return]:
            qtbot.keyClick(entry, key)
    assert projector.chart.mean() == 3.0  # the room still sees the figure of the first three
    qtbot.keyClick(entry, Qt.Key.Key_Escape)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.waitUntil(window.isVisible)
    assert page.results.cell_text(1, 1) == "3,5"
    result = window.store.round_result(page.round_id)
    assert not result.withheld and result.respondents == 4 and result.overall_mean == 3.5
    projector.close()
