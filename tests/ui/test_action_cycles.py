"""Actions carried forward in step 5 are told apart from their originals in steps 3, 4 and 5: a marker in words
("↻ from cycle 1 (no. 2)" / "→ carried to cycle 2"), and a cycle filter that shows the current cycle first."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import ActionItem
from vzworkshop.ui.i18n import Translations
from vzworkshop.ui.pages.evaluate import EvaluatePage
from vzworkshop.ui.pages.implement import ImplementPage
from vzworkshop.ui.pages.prioritise import PrioritisePage
from vzworkshop.ui.widgets.plan_common import RecordTable, selected_id

TODAY = datetime.date(2027, 2, 1)


@pytest.fixture
def danish_ui(_english_ui: Translations) -> Iterator[None]:
    danish = Translations()  # kept until the test ends: its translators go with it
    danish.apply("da")
    yield
    _english_ui.apply("en")


def carried_workshop(store: WorkshopStore) -> list[ActionItem]:
    """Cycle 1: no. 1 done, no. 2 in progress and overdue, no. 3 planned; no. 2 and 3 carried into cycle 2 as
    no. 4 and 5."""
    store.add(ActionItem(what="Fast punkt om arbejdspres", owner="Bo", status="done"))
    store.add(ActionItem(what="Ruteplaner", owner="Ida", due="2027-01-10", status="in_progress"))
    store.add(ActionItem(what="Lederkursus", owner="Ida", due="2027-03-01"))
    return store.carry_forward(1)


def show(qtbot: QtBot, page: QWidget) -> None:
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def column(table: RecordTable, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def spoken(table: RecordTable, row: int, col: int) -> str:
    return str(table.item(row, col).data(Qt.ItemDataRole.AccessibleTextRole) or "")


def test_step3_shows_the_current_cycle_and_marks_what_was_carried(qtbot: QtBot, store: WorkshopStore) -> None:
    copies = carried_workshop(store)
    page = PrioritisePage(store)
    page.refresh()
    show(qtbot, page)
    qtbot.mouseClick(page.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=page.tabs.tabBar().tabRect(1).center())
    table = page.action_table
    assert page.cycle_filter.isVisible() and page.cycle_filter.combo.currentText() == "Cycle 2 (current)"
    assert column(table, 0) == ["4", "5"]
    assert column(table, 1) == ["Ruteplaner\n↻ from cycle 1 (no. 2)", "Lederkursus\n↻ from cycle 1 (no. 3)"]
    assert "Carried forward from cycle 1, where it was action no. 2" in spoken(table, 0, 1)
    assert "Carried forward from cycle 1" in table.item(0, 1).toolTip()

    # the originals are a keypress away: Down chooses cycle 1, then all cycles
    page.cycle_filter.combo.setFocus()
    qtbot.keyClick(page.cycle_filter.combo, Qt.Key.Key_Down)
    assert column(table, 0) == ["1", "2", "3"]
    assert column(table, 1) == ["Fast punkt om arbejdspres", "Ruteplaner\n→ carried to cycle 2 (no. 4)",
                                "Lederkursus\n→ carried to cycle 2 (no. 5)"]
    assert "carried forward to cycle 2 as action no. 4" in spoken(table, 1, 1)
    qtbot.keyClick(page.cycle_filter.combo, Qt.Key.Key_Down)
    assert page.cycle_filter.combo.currentText() == "All cycles" and table.rowCount() == 5

    # a new action belongs to the cycle shown (cycle 2 here: the current one when all are shown)
    qtbot.keyClick(page.cycle_filter.combo, Qt.Key.Key_Up)
    qtbot.keyClick(page.cycle_filter.combo, Qt.Key.Key_Up)
    assert page.cycle_filter.combo.currentText() == "Cycle 2 (current)"
    qtbot.keyClick(page.cycle_filter.combo, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    new_id = selected_id(table)
    assert new_id not in {c.id for c in copies}
    assert store.get(ActionItem, new_id).cycle == 2 and table.rowCount() == 3


def test_one_cycle_needs_no_filter_nor_marks(qtbot: QtBot, store: WorkshopStore) -> None:
    store.add(ActionItem(what="Ruteplaner"))
    page = PrioritisePage(store)
    page.refresh()
    show(qtbot, page)
    page.tabs.setCurrentIndex(1)
    assert page.cycle_filter.isHidden()
    assert column(page.action_table, 1) == ["Ruteplaner"]


def test_step4_follows_the_current_cycle_and_no_longer_flags_the_carried_originals(
        qtbot: QtBot, store: WorkshopStore) -> None:
    carried_workshop(store)
    page = ImplementPage(store)
    page.today = lambda: TODAY
    page.refresh()
    show(qtbot, page)
    assert page.summary.text().startswith("Cycle 2: 2 actions: 2 planned")
    assert column(page.table, 1)[0] == "Ruteplaner\n↻ from cycle 1 (no. 2)"
    assert page.what.text() == "Ruteplaner" and page.table.isColumnHidden(5)
    page.cycle_filter.combo.setFocus()
    qtbot.keyClick(page.cycle_filter.combo, Qt.Key.Key_Down)  # cycle 1
    assert page.summary.text().startswith("Cycle 1: 3 actions")
    assert column(page.table, 1)[1] == "Ruteplaner\n→ carried to cycle 2 (no. 4)"
    # no. 2 is past its due date, but its work goes on in no. 4: nothing to flag
    assert page.table.isColumnHidden(5) and page.attention.isHidden()
    assert page.what.text() == "Fast punkt om arbejdspres"  # the editor follows the first action shown


def test_step5_marks_the_copies_after_carrying(qtbot: QtBot, store: WorkshopStore) -> None:
    store.add(ActionItem(what="Ruteplaner", owner="Ida", status="in_progress"))
    page = EvaluatePage(store)
    page.refresh()
    show(qtbot, page)
    page.tabs.setCurrentIndex(1)
    panel = page.actions_panel
    qtbot.mouseClick(panel.carry_button, Qt.MouseButton.LeftButton)
    assert column(panel.table, 1) == ["Ruteplaner\n→ carried to cycle 2 (no. 2)"]
    panel.cycle.setFocus()
    qtbot.keyClick(panel.cycle, Qt.Key.Key_Down)
    assert column(panel.table, 1) == ["Ruteplaner\n↻ from cycle 1 (no. 1)"]


def test_marks_in_danish(qtbot: QtBot, store: WorkshopStore, danish_ui: None) -> None:
    carried_workshop(store)
    page = ImplementPage(store)
    page.today = lambda: TODAY
    page.refresh()
    show(qtbot, page)
    assert page.cycle_filter.combo.currentText() == "Cyklus 2 (nuværende)"
    assert column(page.table, 1)[0] == "Ruteplaner\n↻ overført fra cyklus 1 (nr. 2)"
    assert "Overført fra cyklus 1, hvor den var handling nr. 2" in spoken(page.table, 0, 1)
