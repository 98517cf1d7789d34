"""Date fields never trap the keyboard: Tab leaves them even while they show "Not set" / "No date"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vzworkshop.ui.dialogs.workshop_form import WorkshopForm
from vzworkshop.ui.pages.commit import CommitPage


def _tab(qtbot: QtBot, key: Qt.Key = Qt.Key.Key_Tab) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key)


def test_tab_leaves_the_commitment_date_while_it_shows_not_set(qtbot: QtBot, store: Any) -> None:
    """Seen under X: on step 1, Tab into the date showing "Not set" and no Tab ever got out again."""
    page = CommitPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.commit_date.setFocus()
    qtbot.waitUntil(lambda: page.commit_date.hasFocus())
    assert page.commit_date.text() == "Not set"
    _tab(qtbot)
    assert page.today_button.hasFocus()
    _tab(qtbot, Qt.Key.Key_Backtab)
    assert page.commit_date.hasFocus()
    _tab(qtbot, Qt.Key.Key_Backtab)
    assert page.decision.hasFocus()


def test_one_tab_crosses_the_workshop_date_not_three(qtbot: QtBot) -> None:
    """Seen under X: in New workshop, Tab stepped through year, month and day before reaching Facilitator."""
    form = WorkshopForm(None)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    form.title.setFocus()
    qtbot.waitUntil(lambda: form.title.hasFocus())
    _tab(qtbot)
    assert form.date.hasFocus()
    _tab(qtbot)
    assert form.facilitator.hasFocus()
