"""Step 5: a follow-up round (answers by keys in participant entry), per-item change, per-action evaluation,
lessons, and carrying unfinished actions forward once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.plan_helpers import add_round, uniform
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import ActionItem, Evaluation, Workshop
from vzworkshop.ui.changes import Changes
from vzworkshop.ui.pages.evaluate import EvaluatePage
from vzworkshop.ui.widgets.autosave import flush_all


def open_page(qtbot: QtBot, store: WorkshopStore) -> EvaluatePage:
    page = EvaluatePage(store)
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def column(page: EvaluatePage, header: str) -> list[str]:
    table = page.compare.table
    col = next(c for c in range(table.columnCount()) if table.horizontalHeaderItem(c).text() == header)
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_follow_up_round_by_participant_keys_and_changes_per_item(qtbot: QtBot, workshop_path: Path) -> None:
    store = WorkshopStore.open(workshop_path)
    add_round(store, "Baseline", uniform({i: 2 for i in range(1, 11)}, 2) + uniform({1: 3, 2: 4}, 1),
              groups=("",))
    page = open_page(qtbot, store)
    assert page.compare.round_name.text() == "Opfølgning 1"  # the Danish workshop's word, in an English UI
    reports: list[Changes] = []
    page.changed.connect(reports.append)
    assert column(page, "Baseline")[1] == "2,3"  # item 1: (2+2+3)/3, Danish comma
    assert page.compare.table.columnCount() == 2  # the statements and the baseline: nothing to compare yet
    assert page.compare.legend.isHidden()
    # a name that exists is refused with a message naming the problem
    page.compare.round_name.clear()
    qtbot.keyClicks(page.compare.round_name, "Baseline")
    qtbot.keyClick(page.compare.round_name, Qt.Key.Key_Return)
    assert "already exists" in page.compare.message.text()
    page.compare.round_name.clear()
    qtbot.keyClicks(page.compare.round_name, "Opfølgning")
    qtbot.keyClick(page.compare.round_name, Qt.Key.Key_Return)
    follow = store.find_round("Opfølgning")
    assert follow is not None and follow.kind == "follow_up"
    assert [g.name for g in store.groups(follow.id)] == [""]
    assert any(c.rounds for c in reports)

    # three participants answer by keys in the same participant entry as step 2
    page.compare.collect_button.click()
    window = page.participants
    assert window is not None
    qtbot.waitUntil(window.isVisible)
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Return)  # hand-over: start
        for item in range(1, 11):
            qtbot.keyClick(window, Qt.Key.Key_3 if item != 2 else Qt.Key.Key_2)
        qtbot.keyClick(window, Qt.Key.Key_Return)  # review: submit
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_Return)  # confirm the end of participant entry
    qtbot.waitUntil(lambda: page.participants is None)
    assert store.round_ballots(follow.id) == 3
    assert any(c.ballots for c in reports)

    follow_up = column(page, "Opfølgning")  # the average and, in brackets, the change since the baseline
    assert follow_up[1] == "3,0 (+0,7)"  # item 1: 2,3 -> 3,0
    assert follow_up[2] == "2,0 (−0,7)"  # item 2: (2+2+4)/3 = 2,7 -> 2,0
    assert " (+" in follow_up[0]  # overall
    assert page.compare.legend.text() == "Each follow-up round shows its average and, in brackets, the change " \
                                         "since “Baseline”, worked out from the averages before rounding."
    store.close()
    page.close()


def test_small_follow_up_round_is_not_compared(qtbot: QtBot, store: WorkshopStore) -> None:
    add_round(store, "Baseline", uniform({1: 2}, 3))
    add_round(store, "Small", uniform({1: 5}, 2), kind="follow_up")
    page = open_page(qtbot, store)
    headers = [page.compare.table.horizontalHeaderItem(c).text() for c in range(page.compare.table.columnCount())]
    assert "Small" not in headers
    assert "“Small” is not shown: 2 answers, fewer than the minimum group size of 3; 1 more needed." in (
        page.compare.hidden.text())


def test_english_workshop_uses_decimal_point(qtbot: QtBot, store: WorkshopStore) -> None:
    ws = store.workshop()
    store.save(Workshop(**{**ws.__dict__, "language": "en"}))
    add_round(store, "Baseline", uniform({1: 2}, 2) + uniform({1: 3}, 1))
    add_round(store, "Follow-up", uniform({1: 3}, 3), kind="follow_up")
    page = open_page(qtbot, store)
    assert column(page, "Follow-up")[1] == "3.0 (+0.7)"


def test_actions_evaluated_lessons_saved_and_carried_forward_once(qtbot: QtBot, workshop_path: Path) -> None:
    store = WorkshopStore.open(workshop_path)
    store.add(ActionItem(what="Møder", owner="Ida", status="done", indicator="Antal møder"))
    store.add(ActionItem(what="Kursus", owner="Bo", status="in_progress"))
    store.add(ActionItem(what="Plakat", status="planned"))
    store.add(ActionItem(what="Droppet", status="dropped"))
    page = open_page(qtbot, store)
    page.tabs.setCurrentIndex(1)
    panel = page.actions_panel
    assert panel.table.rowCount() == 4
    panel.table.setFocus()
    panel.table.selectRow(0)
    assert panel.indicator.text() == "Antal møder"
    panel.happened.setFocus()
    qtbot.keyClick(panel.happened, Qt.Key.Key_Down)  # yes
    panel.effect.setFocus()
    qtbot.keyClicks(panel.effect, "Trivsel på hvert møde")
    qtbot.keyClick(panel.effect, Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.values, "9 af 10")
    qtbot.keyClick(panel.values, Qt.Key.Key_Tab)
    assert panel.table.item(0, 3).text() == "Yes"
    assert "2 planned or in progress" in panel.carry_info.text()
    panel.carry_button.click()
    assert "2 actions carried forward to cycle 2" in panel.carry_info.text()
    assert not panel.carry_button.isEnabled()  # nothing left: a second press cannot duplicate
    panel.carry_forward()
    page.tabs.setCurrentIndex(2)
    page.lessons.setFocus()
    qtbot.keyClicks(page.lessons, "Små skridt virker")
    qtbot.keyClick(page.lessons, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.next_cycle, "Fokus på roller")
    flush_all()
    store.close()
    page.close()

    with WorkshopStore.open(workshop_path) as again:
        actions = again.list(ActionItem)
        assert len(actions) == 6
        first = actions[0]
        assert (first.happened, first.effect, first.indicator_values) == (True, "Trivsel på hvert møde", "9 af 10")
        carried = [a for a in actions if a.cycle == 2]
        assert sorted(a.what for a in carried) == ["Kursus", "Plakat"]
        assert all(a.status == "planned" and a.carried_from is not None for a in carried)
        ev = again.get(Evaluation)
        assert (ev.lessons, ev.next_cycle) == ("Små skridt virker", "Fokus på roller")
