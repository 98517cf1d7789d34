"""Drop-downs of the users' own names show them whole where the row has room, otherwise shortened with "…"
and the whole name in the tooltip and accessible description; their lists show every name whole. Seen at
1366x720 in Danish: step 2's round read "Nulpunktsmåling novem" after a new round was added, step 3's problem
"…stress og krænkels" (cut without a mark)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.large_font import app_font, laptop_window, page_scrolls_sideways, settle
from tests.ui.layout_checks import cut_text, layout_problems
from vzworkshop.store.records import ActionItem, Problem
from vzworkshop.ui.i18n import Translations
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.pages.assess import AssessPage
from vzworkshop.ui.pages.assess_rounds import NewRoundDialog
from vzworkshop.ui.pages.prioritise import PrioritisePage
from vzworkshop.ui.widgets.fitted_combo import FittedCombo

ROUND = "Nulpunktsmåling november 2026"
PROBLEM = ("Arbejdspres, uklare forventninger og manglende støtte fra ledelsen fører til stress og krænkelser "
           "blandt medarbejderne i hjemmeplejen")


@pytest.fixture(params=[11, 16])
def points(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[int]:
    with app_font(qapp, request.param):
        yield request.param


@pytest.fixture
def danish(_english_ui: Translations) -> Iterator[None]:
    ui = Translations()
    ui.apply("da")
    yield
    _english_ui.apply("en")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, danish: None, points: int) -> WorkshopWindow:
    window = laptop_window(qtbot, tmp_path, "da")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def reads_whole_or_says_so(combo: QWidget) -> None:
    """Its text is whole, or shortened with "…" and whole in its tooltip and accessible description."""
    assert isinstance(combo, FittedCombo)
    if combo.shortened():
        assert "…" in combo.shown_text()
        assert combo.toolTip() == combo.currentText() == combo.accessibleDescription()
    else:
        assert combo.shown_text() == combo.currentText()
        assert combo.toolTip() == ""
    assert cut_text(combo) is None


def test_a_new_round_with_a_long_name_shows_whole(qtbot: QtBot, window: WorkshopWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.page(2)
    assert isinstance(page, AssessPage)
    settle()

    tries = [100]

    def name_it() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewRoundDialog):
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(20, name_it)
            return
        qtbot.keyClicks(dialog.name, ROUND)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    QTimer.singleShot(0, name_it)
    page.new_round_button.setFocus()  # "Ny runde…"
    qtbot.keyClick(page.new_round_button, Qt.Key.Key_Space)
    settle()
    assert page.round_box.currentText() == ROUND
    assert cut_text(page.round_box) is None, "the row has room: the whole name"
    assert page.round_box.shown_text() == ROUND and page.round_box.toolTip() == ""
    assert page_scrolls_sideways(window) == 0
    rounds_row = page.round_box.parentWidget().parentWidget()
    assert layout_problems(rounds_row) == []


def test_a_round_name_too_long_for_the_row_is_shortened_and_whole_in_its_tooltip(
        qtbot: QtBot, window: WorkshopWindow) -> None:
    page = window.page(2)
    assert isinstance(page, AssessPage)
    window.show_step(2)
    page.add_round(ROUND + " – " + PROBLEM)
    settle()
    assert page_scrolls_sideways(window) == 0
    reads_whole_or_says_so(page.round_box)
    assert page.round_box.shortened(), "capped: one name cannot push the row's buttons off"
    assert layout_problems(page.round_box.parentWidget().parentWidget()) == []


def test_the_actions_problem_is_whole_or_shortened_with_its_tooltip(qtbot: QtBot, window: WorkshopWindow) -> None:
    store = window.store
    problem = store.add(Problem(title=PROBLEM))
    action = store.list(ActionItem)[0]
    action.problem_id = problem.id
    store.save(action)
    window.refresh_all()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.page(3)
    assert isinstance(page, PrioritisePage)
    page.tabs.setCurrentIndex(1)
    settle()
    page.action_table.setFocus()
    qtbot.keyClick(page.action_table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    settle()
    combo = page.editor.problem
    assert combo.currentText() == PROBLEM
    reads_whole_or_says_so(combo)
    assert page_scrolls_sideways(window) == 0
    assert layout_problems(page.editor) == []
    for other in (page.editor.level, page.editor.horizon):  # the method's own choices: unchanged, whole
        assert not isinstance(other, FittedCombo)
        assert cut_text(other) is None



@pytest.mark.qt_log_ignore("does not support grabbing")  # the offscreen platform, harmless
def test_the_list_shows_every_problem_whole(qtbot: QtBot, window: WorkshopWindow) -> None:
    """Whole in the list (Qt widens it to the widest choice, within the screen): kept as the box changed."""
    store = window.store
    store.add(Problem(title=PROBLEM[:70]))
    window.refresh_all()
    window.show_step(3)
    page = window.page(3)
    assert isinstance(page, PrioritisePage)
    page.tabs.setCurrentIndex(1)
    page.action_table.selectRow(0)
    settle()
    combo = page.editor.problem
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_F4)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    screen = combo.screen().availableGeometry().width()
    widest = max(view.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    assert view.viewport().width() >= min(widest, screen - 48)
    assert view.window().width() <= screen
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible())


def test_the_combo_follows_a_text_set_with_its_signals_blocked(qtbot: QtBot) -> None:
    combo = FittedCombo()
    qtbot.addWidget(combo)
    combo.setMinimumContentsLength(10)
    combo.addItems(["Runde 1", ROUND])
    combo.show()
    short = combo.sizeHint().width()
    combo.blockSignals(True)  # as a page's refresh sets its choice
    combo.setCurrentIndex(1)
    combo.blockSignals(False)
    assert combo.sizeHint().width() > short
    combo.resize(combo.minimumSizeHint())
    reads_whole_or_says_so(combo)
    assert combo.shortened()
