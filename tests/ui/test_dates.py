"""Date fields never trap the keyboard: Tab leaves them even while they show "Not set" / "No date"."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vzworkshop.ui.dialogs.workshop_form import WorkshopForm
from vzworkshop.ui.pages.commit import CommitPage
from vzworkshop.ui.widgets.dates import DateEdit
from vzworkshop.ui.widgets.plan_common import OptionalDate


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


def _typed_into(qtbot: QtBot, field: Any, keys: str) -> None:
    field.show()
    qtbot.waitExposed(field)
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: field.hasFocus())
    field.setSelectedSection(field.sectionAt(0))
    qtbot.keyClicks(field, keys)


@pytest.mark.parametrize(("typed", "expected"), [("15.12.2026", "2026-12-15"), ("1.5.2027", "2027-05-01"),
                                                 ("03.02.2028", "2028-02-03"), ("31.03.2027", "2027-03-31"),
                                                 ("29.02.2028", "2028-02-29"), ("31.02.2027", "2027-02-28")])
def test_a_date_typed_as_written_is_the_date(qtbot: QtBot, typed: str, expected: str) -> None:
    """Seen under X: typing 15.12.2026 into a date field gave 15.11.1 (the second "." jumped to the year), and
    31.03.2027 typed in November gave 30.03.2027 (Qt cut the day to November's 30 days)."""
    field = DateEdit()
    qtbot.addWidget(field)
    field.setDisplayFormat("dd.MM.yyyy")
    field.setDate(QDate(2026, 11, 23))
    _typed_into(qtbot, field, typed)
    assert field.date().toString("yyyy-MM-dd") == expected


def test_a_due_date_typed_into_no_date_is_saved(qtbot: QtBot) -> None:
    """Seen under X: typing into "No date" did nothing, and Up made the due date 02.01.2000."""
    field = OptionalDate("Due date")
    qtbot.addWidget(field)
    field.setDisplayFormat("dd.MM.yyyy")
    saved: list[str] = []
    field.dateChanged.connect(lambda _: saved.append(field.iso()))
    _typed_into(qtbot, field, "15.12.2026")
    assert field.iso() == "2026-12-15"
    assert saved[-1] == "2026-12-15"
    field.set_iso("")
    assert field.text() == "No date"
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.iso() == datetime.date.today().isoformat()


@pytest.mark.qt_log_ignore("does not support grabbing")  # the offscreen platform, harmless
def test_the_calendar_of_no_date_opens_at_this_month(qtbot: QtBot) -> None:
    """The calendar of a field showing "No date" opened in January 2000."""
    field = OptionalDate("Due date")
    qtbot.addWidget(field)
    _typed_into(qtbot, field, "")
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 6, field.height() // 2))
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = datetime.date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    assert field.iso() == ""
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)


def test_a_date_typed_after_shift_tab_is_the_date(qtbot: QtBot, store: Any) -> None:
    """Seen under X on step 4: Shift+Tab from the note text back into its date, "20.11.2026" typed, and the
    note was dated 10.11.2011 (Shift+Tab had put the cursor in the year)."""
    from vzworkshop.store.records import ActionItem
    from vzworkshop.ui.pages.implement import ImplementPage

    store.add(ActionItem(what="Fast punkt om arbejdspres"))
    page = ImplementPage(store)
    qtbot.addWidget(page)
    page.refresh()
    page.note_date.setDisplayFormat("dd.MM.yyyy")
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.note_text.setFocus()
    qtbot.waitUntil(page.note_text.hasFocus)
    qtbot.keyClick(page.note_text, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert page.note_date.hasFocus()
    qtbot.keyClicks(page.note_date, "20.11.2026")
    assert page.note_date.date() == QDate(2026, 11, 20)
