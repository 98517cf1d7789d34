"""Step 5's comparison says in plain words why a follow-up round's figures are not shown: fewer responses than the
minimum group size, or (the disclosure history's rule) the latest answers could be worked out by comparison."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.plan_helpers import add_round, uniform
from vzworkshop.store import WorkshopStore
from vzworkshop.ui.i18n import Translations
from vzworkshop.ui.pages.evaluate import EvaluatePage


@pytest.fixture
def danish_ui(_english_ui: Translations) -> Iterator[None]:
    danish = Translations()  # kept until the test ends: its translators go with it
    danish.apply("da")
    yield
    _english_ui.apply("en")


def open_page(qtbot: QtBot, store: WorkshopStore) -> EvaluatePage:
    page = EvaluatePage(store)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def headers(page: EvaluatePage) -> list[str]:
    table = page.compare.table
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def answer_one_ballot(qtbot: QtBot, page: EvaluatePage) -> None:
    """One participant answers the latest round in participant entry, by keys, then the facilitator ends it."""
    qtbot.mouseClick(page.compare.collect_button, Qt.MouseButton.LeftButton)
    window = page.participants
    assert window is not None
    qtbot.waitUntil(window.isVisible)
    qtbot.keyClick(window, Qt.Key.Key_Return)  # hand-over: start
    for _ in range(1, 11):
        qtbot.keyClick(window, Qt.Key.Key_4)
    qtbot.keyClick(window, Qt.Key.Key_Return)  # review: submit
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_Return)  # confirm the end of participant entry
    qtbot.waitUntil(lambda: page.participants is None)


def test_too_few_responses_names_the_minimum_group_size(qtbot: QtBot, store: WorkshopStore) -> None:
    add_round(store, "Baseline", uniform({1: 2}, 3))
    add_round(store, "Small", uniform({1: 5}, 2), kind="follow_up")
    page = open_page(qtbot, store)
    assert "Small" not in headers(page)
    assert ("“Small” is not shown: 2 answers, fewer than the minimum group size of 3; 1 more needed."
            in page.compare.hidden.text())


def test_held_back_by_the_disclosure_history_says_why(qtbot: QtBot, store: WorkshopStore) -> None:
    add_round(store, "Baseline", uniform({1: 2}, 3))
    add_round(store, "Follow-up", uniform({1: 3}, 3), kind="follow_up")
    page = open_page(qtbot, store)
    assert "Follow-up" in headers(page)  # shown with 3 responses
    answer_one_ballot(qtbot, page)  # a fourth: 4 against the 3 shown would give away the fourth's answers
    assert "Follow-up" not in headers(page)
    text = page.compare.hidden.text()
    assert ("“Follow-up” is not shown yet: showing it now would let someone work out the latest answers by "
            "comparing it with figures already shown.") in text
    assert "It waits for 2 more answers." in text
    assert "minimum group size" not in text  # it has enough responses: that is not the reason


def test_reasons_in_danish(qtbot: QtBot, store: WorkshopStore, danish_ui: None) -> None:
    add_round(store, "Første runde", uniform({1: 2}, 3))
    add_round(store, "Opfølgning 1", uniform({1: 5}, 1), kind="follow_up")
    page = open_page(qtbot, store)
    assert ("“Opfølgning 1” vises ikke: 1 svar, færre end mindste gruppestørrelse på 3; der mangler 2 mere."
            in page.compare.hidden.text())
