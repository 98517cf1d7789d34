"""A date field that Tab always leaves and that takes a date typed the way it is written.

Qt's QDateEdit uses Tab to step through its year/month/day sections, and while it shows its special value
("Not set", "No date") Tab does nothing at all: a keyboard trap. Here Tab and Shift+Tab move to the next and
previous field like everywhere else; Left/Right still move between the sections and typing still edits them.

Typing a date as written, "15.12.2026", works: Qt moves on to the month by itself after "15", and the "."
typed next would jump on to the year (15.11.1); a separator typed right at the start of a section is skipped.
While the field shows its special value (the minimum date: "no date"), typing a digit, Up/Down or the
calendar start from today rather than from the minimum date (typing did nothing, Up gave 02.01.2000).
Qt cuts a typed day down to the length of the month shown while the day is typed (31 in November gives 30):
the day typed is kept and put back once the month typed next is long enough (31.03.2027, not 30.03.2027).
Shift+Tab into the field selects its first section, as Tab does (Qt chose the last: "20.11.2026" typed gave 2011).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

_TABS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
_SEPARATORS = ".-/ "


class DateEdit(QDateEdit):
    _wanted_day = 0  # the day as typed, while Qt shows it cut down to the month's length

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in _TABS
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)):
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            event.accept()
            return QWidget.focusNextPrevChild(self, forward)
        return super().event(event)

    def shows_special_value(self) -> bool:
        return bool(self.specialValueText()) and self.date() == self.minimumDate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in _SEPARATORS and self._at_section_start():
            event.accept()  # Qt already moved on to this section after the previous one was complete
            return
        if text.isdigit() and self.shows_special_value():
            self._start_from_today()
        section = self.currentSection()
        if text.isdigit() and section == QDateTimeEdit.Section.DaySection:
            line = self.lineEdit()
            typed = text if line.hasSelectedText() else self.sectionText(section) + text
            self._wanted_day = int(typed) if typed.isdigit() and len(typed) <= 2 else 0
        super().keyPressEvent(event)
        if text.isdigit() and section != QDateTimeEdit.Section.DaySection and self._wanted_day:
            day = self.date()
            if day.day() < self._wanted_day <= day.daysInMonth():
                self.setDate(QDate(day.year(), day.month(), self._wanted_day))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.BacktabFocusReason:  # Qt picks the year; a date is typed day first
            self.setSelectedSection(self.sectionAt(0))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._wanted_day = 0
        super().focusOutEvent(event)

    def stepBy(self, steps: int) -> None:
        if self.shows_special_value():
            self._start_from_today()
            return
        super().stepBy(steps)

    def setCalendarPopup(self, enable: bool) -> None:
        super().setCalendarPopup(enable)
        if enable:
            self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self.calendarWidget() and self.shows_special_value():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def _start_from_today(self) -> None:
        self.setDate(max(QDate.currentDate(), self.minimumDate().addDays(1)))
        self.setSelectedSection(self.sectionAt(0))

    def _at_section_start(self) -> bool:
        line = self.lineEdit()
        start = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
        return start > 0 and line.text()[start - 1] in _SEPARATORS and self.currentSection() != \
            QDateTimeEdit.Section.NoSection
