"""The workshop's details as a form, shared by the New workshop and Workshop details dialogs."""

from __future__ import annotations

import dataclasses
import itertools

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout, QWidget

from vzworkshop.core.content import LANGUAGES
from vzworkshop.store.records import Workshop
from vzworkshop.ui import settings
from vzworkshop.ui.labels import date_edit_format, iso_to_qdate, language_name, qdate_to_iso
from vzworkshop.ui.style import muted
from vzworkshop.ui.widgets.dates import DateEdit


class WorkshopForm(QWidget):
    def __init__(self, workshop: Workshop | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(self.tr("Organisation (required)"))
        self.organisation.setPlaceholderText(self.tr("e.g. Testby Kommune, Home care"))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Workshop title"))
        self.title.setPlaceholderText(self.tr("e.g. Workshop on wellbeing at work"))
        self.date = DateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_edit_format())
        self.date.setAccessibleName(self.tr("Date of the workshop"))
        self.facilitator = QLineEdit()
        self.facilitator.setAccessibleName(self.tr("Facilitator"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the workshop"))
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.min_group_size = QSpinBox()
        self.min_group_size.setRange(2, 20)
        self.min_group_size.setAccessibleName(self.tr("Minimum group size"))
        self.min_group_size.setMinimumWidth(90)
        self.date.setMinimumWidth(160)
        self.language.setMinimumWidth(200)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a40000;")
        self.error.setWordWrap(True)
        self.error.hide()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        outer.addLayout(form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Facilitator:"), self.facilitator)
        form.addRow(self.tr("&Language:"), _with_hint(self.language, muted(
            self.tr("The language of the method's statements, steps and reports."))))
        form.addRow(self.tr("&Minimum group size:"), _with_hint(self.min_group_size, muted(
            self.tr("A group's answers are shown only when at least this many have answered (2-20). This "
                    "protects anonymity."))))
        # the message goes under the form, not in a row of it: a row more made the form share its height
        # wrongly and squeeze the group-size hint (seen under X)
        outer.addWidget(_wide(self.error))
        for field in (self.language, self.min_group_size):  # the mnemonic (Alt+L, Alt+M) goes to the field
            holder = field.parentWidget()
            label = form.labelForField(holder) if holder is not None else None
            if isinstance(label, QLabel):
                label.setBuddy(field)
        chain = [self.organisation, self.title, self.date, self.facilitator, self.language, self.min_group_size]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.set_workshop(workshop or Workshop(organisation="", date=QDate.currentDate().toString("yyyy-MM-dd"),
                                               min_group_size=settings.get(settings.DEFAULT_MIN_GROUP_SIZE)))

    def set_workshop(self, workshop: Workshop) -> None:
        self._base = workshop
        self.organisation.setText(workshop.organisation)
        self.title.setText(workshop.title)
        date = iso_to_qdate(workshop.date)
        self.date.setDate(date if date.isValid() else QDate.currentDate())
        self.facilitator.setText(workshop.facilitator)
        index = self.language.findData(workshop.language)
        self.language.setCurrentIndex(max(0, index))
        self.min_group_size.setValue(workshop.min_group_size)

    def workshop(self) -> Workshop:
        return dataclasses.replace(
            self._base,
            organisation=self.organisation.text().strip(),
            title=self.title.text().strip(),
            date=qdate_to_iso(self.date.date()),
            facilitator=self.facilitator.text().strip(),
            language=str(self.language.currentData()),
            min_group_size=self.min_group_size.value(),
        )

    def validate(self) -> bool:
        """Show what is missing next to the form; True when the details can be saved."""
        if not self.organisation.text().strip():
            self.error.setText(self.tr("Please name the organisation; it appears on the minutes and reports."))
            self.error.show()
            self.organisation.setFocus()
            return False
        self.error.hide()
        return True


def _with_hint(field: QWidget, hint: QLabel) -> QWidget:
    """A field with its hint right under it (one form row, so no row spacing opens a gap between them). The
    form's label stays the field's buddy."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(3)
    column.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)
    column.addWidget(_wide(hint))
    holder.setFocusProxy(field)
    return holder


def _wide(label: QLabel) -> QLabel:
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label
