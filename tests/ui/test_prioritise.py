"""Step 3 by keyboard: problems written, scored and ranked; a plan of actions built; all saved at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from tests.ui.plan_helpers import add_round, answer_next_box, uniform
from vzworkshop.core.content import load_content
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import ActionItem, HazardSelection, ItemAssessment, Plan, Problem
from vzworkshop.ui.changes import Changes
from vzworkshop.ui.pages.prioritise import PrioritisePage
from vzworkshop.ui.widgets.autosave import flush_all


def focused() -> object:
    return QApplication.focusWidget()


def open_page(qtbot: QtBot, store: WorkshopStore) -> PrioritisePage:
    page = PrioritisePage(store)
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def add_problem(qtbot: QtBot, page: PrioritisePage, title: str, solution_downs: int, ease: int, cost: int) -> None:
    panel = page.problems
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert focused() is panel.title_edit
    qtbot.keyClicks(panel.title_edit, title)
    for widget, downs in ((panel.solution, solution_downs), (panel.ease, ease), (panel.cost, cost)):
        widget.setFocus()
        for _ in range(downs):
            qtbot.keyClick(widget, Qt.Key.Key_Down)


def test_evidence_lists_items_lowest_first_with_agreed_levels_and_hazards(qtbot: QtBot, store: WorkshopStore) -> None:
    rid = add_round(store, "Første runde", [*uniform({1: 4, 2: 1, 3: 5, 4: 2, 5: 3}, 3), {1: 0, 2: 3}])
    store.upsert(ItemAssessment(round_id=rid, item=2, agreed_level=1))
    store.upsert(HazardSelection(hazard_key="work_org.job_control"))
    page = open_page(qtbot, store)
    table = page.evidence.items
    firsts = [table.item(r, 0).text() for r in range(3)]
    assert firsts[0].startswith("2.") and firsts[1].startswith("4.") and firsts[2].startswith("5.")
    assert table.item(0, 1).text() == "1,5"  # (1+1+1+3)/4, Danish decimal comma
    assert "1" in table.item(0, 2).text()  # agreed level 1
    row_item1 = next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith("1."))
    assert table.item(row_item1, 4).text() == "1"  # one "don't know" of four: a count, as in step 2
    assert page.evidence.hazards.text() == load_content("da").hazard("work_org.job_control").name  # one paragraph
    assert not page.evidence.dims.isVisible()
    page.evidence.dims_toggle.click()
    assert page.evidence.dims.isVisible() and page.evidence.dims.rowCount() == 10


def test_small_rounds_are_not_used_as_evidence(qtbot: QtBot, store: WorkshopStore) -> None:
    add_round(store, "Baseline", uniform({1: 4}, 3))
    add_round(store, "Too small", uniform({1: 1}, 2), kind="follow_up")
    page = open_page(qtbot, store)
    assert "Baseline" in page.evidence.source.text()
    assert page.evidence.items.item(0, 1).text() in {"4,0", "–"}


def test_problems_by_keyboard_ranked_and_moved_by_hand(qtbot: QtBot, workshop_path: Path) -> None:
    store = WorkshopStore.open(workshop_path)
    page = open_page(qtbot, store)
    reports: list[Changes] = []
    page.changed.connect(reports.append)
    add_problem(qtbot, page, "Travlhed", solution_downs=2, ease=5, cost=5)  # no solution, 10
    add_problem(qtbot, page, "Uklare roller", solution_downs=1, ease=2, cost=3)  # yes, 5
    add_problem(qtbot, page, "Konflikter", solution_downs=1, ease=4, cost=4)  # yes, 8
    panel = page.problems
    panel.items_edit.setFocus()
    qtbot.keyClicks(panel.items_edit, "5, 11")
    qtbot.keyClick(panel.items_edit, Qt.Key.Key_Tab)
    assert "11" in panel.items_error.text()  # a clear message, nothing saved
    panel.items_edit.setFocus()
    qtbot.keyClick(panel.items_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(panel.items_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(panel.items_edit, Qt.Key.Key_Tab)
    assert panel.items_error.text() == ""
    flush_all()
    assert any(c.problems for c in reports)
    titles = [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())]
    assert titles == ["Konflikter", "Uklare roller", "Travlhed"]
    # the facilitator moves "Travlhed" up by hand
    panel.table.setFocus()
    panel.table.selectRow(2)
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    titles = [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())]
    assert titles == ["Konflikter", "Travlhed", "Uklare roller"]
    assert "(by hand)" in panel.table.item(1, 0).text()
    # delete asks first: No keeps it, Yes deletes it
    answer_next_box(qtbot, yes=False)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert len(store.list(Problem)) == 3
    store.close()
    page.close()

    with WorkshopStore.open(workshop_path) as again:
        saved = {p.title: p for p in again.list(Problem)}
        assert saved["Konflikter"].items == [5]
        assert (saved["Konflikter"].has_solution, saved["Konflikter"].ease, saved["Konflikter"].cost_of_ignoring) \
            == (True, 4, 4)
        assert saved["Travlhed"].has_solution is False
        assert saved["Travlhed"].rank_override == 2


def test_delete_problem_after_confirmation(qtbot: QtBot, store: WorkshopStore) -> None:
    store.add(Problem(title="A"))
    store.add(Problem(title="B"))
    page = open_page(qtbot, store)
    page.problems.table.setFocus()
    page.problems.table.selectRow(0)
    answer_next_box(qtbot, yes=True)
    qtbot.keyClick(page.problems.table, Qt.Key.Key_Delete)
    assert [p.title for p in store.list(Problem)] == ["B"]


def test_action_plan_by_keyboard(qtbot: QtBot, workshop_path: Path) -> None:
    store = WorkshopStore.open(workshop_path)
    problem = store.add(Problem(title="Travlhed", has_solution=True))
    page = open_page(qtbot, store)
    page.tabs.setCurrentIndex(1)
    page.problems.selected.emit(problem.id)  # as when the problem was chosen on the first tab
    table = page.action_table
    for what, owner in (("Fast punkt på personalemøder", "Ida"), ("Pulje til vikarer", ""),
                        ("Kursus i konflikthåndtering", "Bo")):
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert focused() is page.editor.what
        qtbot.keyClicks(page.editor.what, what)
        page.editor.owner.setFocus()
        qtbot.keyClicks(page.editor.owner, owner)
        qtbot.keyClick(page.editor.owner, Qt.Key.Key_Tab)
    # the last action is secondary and long term, with an indicator picked from the golden rules
    editor = page.editor
    editor.level.setFocus()
    qtbot.keyClick(editor.level, Qt.Key.Key_Down)
    editor.horizon.setFocus()
    qtbot.keyClick(editor.horizon, Qt.Key.Key_End)
    line = editor.indicator.lineEdit()
    line.setFocus()
    qtbot.keyClicks(line, "Antal møder med trivsel på dagsordenen")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert "primær" in editor.level.itemText(0).lower() or "primary" in editor.level.itemText(0).lower()
    page.goals.setFocus()
    qtbot.keyClicks(page.goals, "Aktivt niveau om to år")
    flush_all()
    assert table.rowCount() == 3
    assert [table.item(r, 1).text() for r in range(3)] == [
        "Fast punkt på personalemøder", "Pulje til vikarer", "Kursus i konflikthåndtering"]
    # delete the one without owner after confirming
    table.setFocus()
    table.selectRow(1)
    answer_next_box(qtbot, yes=True)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert table.rowCount() == 2
    store.close()
    page.close()

    with WorkshopStore.open(workshop_path) as again:
        actions = again.list(ActionItem)
        assert [a.what for a in actions] == ["Fast punkt på personalemøder", "Kursus i konflikthåndtering"]
        assert all(a.problem_id == problem.id and a.why == "Travlhed" for a in actions)
        last = actions[-1]
        assert (last.owner, last.prevention_level, last.horizon) == ("Bo", "secondary", "long")
        assert last.indicator == "Antal møder med trivsel på dagsordenen"
        assert again.get(Plan).long_term_goals == "Aktivt niveau om to år"


def test_ctrl_n_right_after_ctrl_3_adds_a_problem_then_an_action(qtbot: QtBot, workshop_path: Path) -> None:
    """Seen under X: Ctrl+3 put the focus on the guidance, and Ctrl+N then did nothing on either tab."""
    from vzworkshop.ui.main_window import WorkshopWindow

    store = WorkshopStore.open(workshop_path)
    win = WorkshopWindow(store)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = win.page(3)
    assert isinstance(page, PrioritisePage)
    start = focused()
    assert start is not None and start is not page.problems.table
    qtbot.keyClick(start, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(store.list(Problem)) == 1
    assert focused() is page.problems.title_edit
    qtbot.keyClicks(page.problems.title_edit, "Travlhed")
    qtbot.keyClick(page.problems.title_edit, Qt.Key.Key_Tab)
    page.tabs.tabBar().setFocus()
    qtbot.keyClick(page.tabs.tabBar(), Qt.Key.Key_Right)
    assert page.tabs.currentWidget() is page.plan_tab
    qtbot.keyClick(page.tabs.tabBar(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(store.list(ActionItem)) == 1 and len(store.list(Problem)) == 1
    assert focused() is page.editor.what


def test_the_action_form_fits_its_column_without_a_sideways_scroll_bar(qtbot: QtBot, tmp_path: Path) -> None:
    """Seen under X at 1366x768: the action form was wider than its column, so a sideways scroll bar cut off
    the labels' first letters and the fields' right edge (the long prevention-level names set its width)."""
    from tests.ui.test_layout_polish import demo_window

    for language in ("da", "en"):
        window = demo_window(qtbot, tmp_path, language, (1100, 768))
        window.show_step(3, focus=False)
        page = window.page(3)
        assert isinstance(page, PrioritisePage)
        page.tabs.setCurrentIndex(1)
        for _ in range(3):  # the tab is laid out, then its splitter decides side by side or stacked
            QApplication.processEvents()
        scroll = page.editor.parentWidget().parentWidget().parentWidget()
        assert isinstance(scroll, QScrollArea)
        assert scroll.horizontalScrollBar().maximum() == 0, language
        level = page.editor.level  # it shows its whole text and fills the form (labels above the fields)
        assert level.width() >= level.minimumSizeHint().width() and level.width() == page.editor.what.width()
        window.close()


def test_the_problem_choices_follow_the_ranking(qtbot: QtBot, workshop_path: Path) -> None:
    """Seen under X: the action's problem list and the filter listed problems in the order they were written,
    not in the ranked order shown beside them; Down, Down picked a different problem than expected."""
    store = WorkshopStore.open(workshop_path)
    store.add(Problem(title="Lav", has_solution=False, ease=1, cost_of_ignoring=1))
    store.add(Problem(title="Høj", has_solution=True, ease=5, cost_of_ignoring=5))
    page = open_page(qtbot, store)
    page.refresh()
    page.tabs.setCurrentIndex(1)
    assert [page.filter.itemText(i) for i in range(1, 3)] == ["Høj", "Lav"]
    page.action_table.setFocus()
    qtbot.keyClick(page.action_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert [page.editor.problem.itemText(i) for i in range(1, 3)] == ["Høj", "Lav"]
