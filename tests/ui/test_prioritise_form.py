"""Step 3's problem form at a laptop's size (1366x720) with the app's font and a larger one, and Tab through the
page in the order it reads.

Seen in Danish at 1366x720: the form of the selected problem stood in two narrow columns beside the problem
list, so a new problem's title hint read "Et kort navn for prob…" and each field was a few words wide; and Tab
went from the list through the form and then back up to the list's buttons (on the action plan: through the
selected action on the right and then back to the plan's goals on the left).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.focus_order import backward_steps, skipped_stops, tab_chain
from tests.ui.large_font import app_font, laptop_window, page_scrolls_sideways, settle
from tests.ui.layout_checks import layout_problems
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.pages.prioritise import PrioritisePage
from vzworkshop.ui.widgets.plan_common import keep_wrapped_heights


@pytest.fixture(params=[11, 14])
def points(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[int]:
    with app_font(qapp, request.param):
        yield request.param


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, language: str, points: int) -> WorkshopWindow:
    window = laptop_window(qtbot, tmp_path, language)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    settle()
    return window


def step3(window: WorkshopWindow) -> PrioritisePage:
    page = window.page(3)
    assert isinstance(page, PrioritisePage)
    return page


def test_a_new_problem_form_reads_whole(window: WorkshopWindow, qtbot: QtBot) -> None:
    """Ctrl+N: the empty form shows every hint whole, every question and field whole, nothing overlaps and the
    page does not scroll sideways."""
    page = step3(window)
    form = page.problems
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.title_edit)
    settle()
    assert form.title_edit.text() == "" and form.title_edit.placeholderText()
    assert form.items_edit.text() == "" and form.items_edit.placeholderText()
    tab = page.tabs.currentWidget()
    assert isinstance(tab, QWidget)
    assert page_scrolls_sideways(window) == 0
    assert layout_problems(tab) == []
    # the questions read above their fields, not squeezed beside them
    for field in (form.solution, form.ease, form.cost, form.votes):
        assert field.width() >= form.title_edit.width() // 3, field.accessibleName()

    qtbot.keyClicks(form.title_edit, "Travlhed i ydertimerne")  # a title typed in reads whole too
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.description
    settle()
    assert layout_problems(tab) == []


def test_a_wrong_statement_number_shows_its_message_in_the_form(window: WorkshopWindow, qtbot: QtBot) -> None:
    """The message under the statement numbers takes room only while it is there, and reads whole."""
    page = step3(window)
    form = page.problems
    form.table.setFocus()
    settle()
    assert not form.items_error.isVisible()
    form.items_edit.setFocus()
    qtbot.keyClick(form.items_edit, Qt.Key.Key_End)
    qtbot.keyClicks(form.items_edit, ", 12")
    qtbot.keyClick(form.items_edit, Qt.Key.Key_Tab)
    settle()
    assert form.items_error.isVisible() and "12" in form.items_error.text()
    tab = page.tabs.currentWidget()
    assert isinstance(tab, QWidget)
    # the page takes the form's new height (a few layout passes, as when the prompts open)
    qtbot.waitUntil(lambda: layout_problems(tab) == [], timeout=3000)
    form.items_edit.setFocus()
    qtbot.keyClick(form.items_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(form.items_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(form.items_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(form.items_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(form.items_edit, Qt.Key.Key_Tab)
    assert not form.items_error.isVisible()


@pytest.mark.parametrize("tab", [0, 1])
def test_tab_follows_the_reading_order_of_the_page(window: WorkshopWindow, qtbot: QtBot, tab: int) -> None:
    """From the page's first control (the guidance), Tab visits every control of the tab shown, and never
    goes back up a column, left along a row, or up and to the left."""
    page = step3(window)
    page.tabs.setCurrentIndex(tab)
    settle()
    assert page.guidance is not None
    chain = tab_chain(qtbot, page.guidance.toggle, page)
    assert backward_steps(chain, page) == []
    assert skipped_stops(chain, page) == []
    problems = page.problems
    wanted: list[QWidget] = (
        [problems.reset_button, problems.table, problems.add_button, problems.delete_button, problems.title_edit,
         problems.hazards, problems.solution, problems.ease, problems.cost, problems.votes] if tab == 0 else
        [page.filter, page.action_table, page.add_action_button, page.goals, page.plan_resources,
         page.editor.what, page.editor.method])
    visited = [w for w in chain if w in wanted]
    assert visited == wanted  # each once, in this order


def test_a_wrapped_label_gets_shorter_when_its_column_gets_wider(qtbot: QtBot) -> None:
    """Seen at 14 pt: when step 3 stacked its panes, the questions kept the two lines they had needed side by
    side, so a blank line stood above each (a label's height for a width never went below its minimum)."""
    root = QWidget()
    layout = QVBoxLayout(root)
    label = QLabel("Hvad er omkostningerne ved problemet, hvis det fortsat ignoreres? " * 3)
    label.setWordWrap(True)
    layout.addWidget(label)
    layout.addStretch(1)
    keep_wrapped_heights(root)
    qtbot.addWidget(root)
    root.resize(160, 700)
    root.show()
    qtbot.waitExposed(root)
    qtbot.waitUntil(lambda: label.height() >= 6 * label.fontMetrics().lineSpacing())
    root.resize(2000, 700)
    lines = label.fontMetrics().boundingRect(0, 0, 2000, 10_000, Qt.TextFlag.TextWordWrap, label.text()).height()
    qtbot.waitUntil(lambda: label.height() <= lines + 4)
    assert label.minimumHeight() <= lines + 4
