"""A date field that Tab always leaves and that takes a date typed the way it is written.

Qt's QDateEdit uses Tab to step through its year/month/day sections, and while it shows its special value
("Not set", "No date") Tab does nothing at all: a keyboard trap. Here Tab and Shift+Tab move to the next and
previous field like everywhere else; Left/Right still move between the sections and typing still edits them.

Typing a date as written, "15.12.2026", works: Qt moves on to the month by itself after "15", and the "."
typed next would jump on to the year (15.11.1); a separator typed right at the start of a section is skipped.
While the field shows its special value (the minimum date: "no date"), typing a digit, Up/Down or the
calendar start from today rather than from the minimum date (typing did nothing, Up gave 02.01.2000).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

_TABS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
_SEPARATORS = ".-/ "


class DateEdit(QDateEdit):
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
        super().keyPressEvent(event)

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
