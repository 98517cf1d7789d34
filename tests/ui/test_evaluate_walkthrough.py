"""A facilitator walks through steps 3-5 in the workshop window, by keyboard, on a workshop with a baseline
round; a follow-up round is started in step 5 and its changes are shown. The file is re-opened to prove that
everything was saved."""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.plan_helpers import add_round, uniform
from vzworkshop.core.tally import Ballot
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import ActionItem, ActionNote, Problem
from vzworkshop.ui.changes import Changes
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.pages.evaluate import EvaluatePage
from vzworkshop.ui.pages.implement import ImplementPage
from vzworkshop.ui.pages.prioritise import PrioritisePage


def key(qtbot: QtBot, k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, k, mod)


def typed(qtbot: QtBot, text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)


def test_steps_3_to_5_by_keyboard_in_the_window(qtbot: QtBot, workshop_path: Path) -> None:
    store = WorkshopStore.open(workshop_path)
    add_round(store, "Baseline", uniform({i: 2 for i in range(1, 11)}, 3) + uniform({i: 3 for i in range(1, 11)}, 1))
    win = WorkshopWindow(store)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(win.isActiveWindow)

    # step 3: two problems, scored; the ranking follows the scores
    win.show_step(3)
    page3 = win.page(3)
    assert isinstance(page3, PrioritisePage)
    for title, solution, ease in (("Travlhed", 2, 5), ("Uklare roller", 1, 2)):
        page3.problems.table.setFocus()
        key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is page3.problems.title_edit
        typed(qtbot, title)
        key(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is page3.problems.description
        typed(qtbot, f"{title} fylder meget")
        key(qtbot, Qt.Key.Key_Tab)
        typed(qtbot, "5")
        key(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is page3.problems.hazards
        key(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is page3.problems.solution
        for _ in range(solution):
            key(qtbot, Qt.Key.Key_Down)
        key(qtbot, Qt.Key.Key_Tab)
        for _ in range(ease):
            key(qtbot, Qt.Key.Key_Down)
    ranked = [page3.problems.table.item(r, 1).text() for r in range(2)]
    assert ranked == ["Uklare roller", "Travlhed"]  # a possible solution beats a higher score without one

    # the plan: two actions for "Uklare roller", by keyboard
    page3.problems.table.setFocus()
    page3.problems.table.selectRow(0)
    page3.tabs.setCurrentIndex(1)
    for what, owner in (("Rollebeskrivelser", "Ida"), ("Fælles forventningsmøde", "")):
        page3.action_table.setFocus()
        key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is page3.editor.what
        typed(qtbot, what)
        for _ in range(5):  # why, problem, level, horizon, owner
            key(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is page3.editor.owner
        typed(qtbot, owner)
        key(qtbot, Qt.Key.Key_Tab)
    assert page3.action_table.rowCount() == 2

    # step 4: the first action is under way, with a note; the second has no owner and is flagged
    key(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page4 = win.page(4)
    assert isinstance(page4, ImplementPage)
    assert win.current_step() == 4
    page4.today = lambda: datetime.date(2027, 3, 1)
    page4.refresh()
    assert [page4.table.item(r, 5).text() for r in range(2)] == ["", "No owner"]
    page4.table.setFocus()
    page4.table.selectRow(0)
    page4.status.setFocus()
    key(qtbot, Qt.Key.Key_Down)
    page4.note_text.setFocus()
    typed(qtbot, "Første udkast drøftet i MED")
    key(qtbot, Qt.Key.Key_Return)
    assert page4.notes.rowCount() == 1

    # step 5: a follow-up round with the same groups, its answers, and the change per item
    key(qtbot, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page5 = win.page(5)
    assert isinstance(page5, EvaluatePage)
    page5.compare.round_name.setFocus()
    page5.compare.round_name.selectAll()
    typed(qtbot, "Opfølgning")
    key(qtbot, Qt.Key.Key_Return)
    follow = store.find_round("Opfølgning")
    assert follow is not None and follow.id is not None
    group = store.groups(follow.id)[0]
    assert group.id is not None
    store.add_ballots([Ballot(follow.id, group.id, {i: 3 for i in range(1, 11)}) for _ in range(4)])
    win.broadcast(Changes(ballots=True, round_id=follow.id), None)
    table = page5.compare.table
    follow_col = table.columnCount() - 1
    assert table.horizontalHeaderItem(follow_col).text() == "Opfølgning"
    # the average and the change since the baseline, from the unrounded means: 2,25 -> 3,0 is +0,75, shown
    # +0,8 (the rounded means 2,3 -> 3,0 would say +0,7)
    assert [table.item(r, follow_col).text() for r in range(11)] == ["3,0 (+0,8)"] * 11
    # per action and carry forward
    page5.tabs.setCurrentIndex(1)
    page5.actions_panel.carry_button.click()
    win.close()

    with WorkshopStore.open(workshop_path) as again:
        assert {p.title for p in again.list(Problem)} == {"Travlhed", "Uklare roller"}
        actions = again.list(ActionItem)
        assert [(a.what, a.owner, a.status, a.cycle) for a in actions] == [
            ("Rollebeskrivelser", "Ida", "in_progress", 1), ("Fælles forventningsmøde", "", "planned", 1),
            ("Rollebeskrivelser", "Ida", "planned", 2), ("Fælles forventningsmøde", "", "planned", 2),
        ]
        assert [n.text for n in again.list(ActionNote)] == ["Første udkast drøftet i MED"]
        assert again.round_ballots(follow.id) == 4
