"""After the answers: per statement the group's agreed level ("samlet vurdering") and discussion notes, and
the step's data sources and notes. Everything saves as it is typed or chosen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vzworkshop.core.content import MethodContent
from vzworkshop.core.scoring import TallyStats
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import ItemAssessment, StepNote
from vzworkshop.ui.changes import Changes
from vzworkshop.ui.style import GROUP_BOX_SHEET
from vzworkshop.ui.widgets.autosave import TextSaver, bind_text
from vzworkshop.ui.widgets.staircase import format_number

STEP = 2


def notes_field(accessible: str, placeholder: str, height: int = 70) -> QPlainTextEdit:
    field = QPlainTextEdit()
    field.setAccessibleName(accessible)
    field.setPlaceholderText(placeholder)
    field.setTabChangesFocus(True)
    field.setMinimumHeight(height)
    return field


class ItemDiscussion(QGroupBox):
    """One statement: the group's average (if shown), the agreed level and the notes. The statement's title
    is a word-wrapped heading inside the box, not the box's title: a group box is as wide as its title, and
    with a large font that pushed the page wider than the window."""

    def __init__(self, number: int, save: Callable[[int], None]) -> None:
        super().__init__()
        self.setStyleSheet(GROUP_BOX_SHEET + "QGroupBox { margin-top: 6px; padding-top: 6px; }")  # no title
        self.number = number
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        heading_font = self.heading.font()
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.average = QLabel()
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("Agreed level for statement {n}").format(n=number))
        self.level.currentIndexChanged.connect(lambda _i: save(number))
        self.notes = notes_field(self.tr("Discussion notes for statement {n}").format(n=number),
                                 self.tr("What did the group say? Examples, disagreements, ideas"))
        self.notes.setMaximumHeight(110)
        self.saver: TextSaver = bind_text(self.notes, lambda _t: save(number))
        row = QHBoxLayout()
        level_label = QLabel(self.tr("Agreed level:"))
        level_label.setBuddy(self.level)
        row.addWidget(level_label)
        row.addWidget(self.level, 1)
        row.addSpacing(16)
        row.addWidget(self.average)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.notes)

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)
        self.setAccessibleName(text)

    def fill_levels(self, content: MethodContent) -> None:
        self.level.blockSignals(True)
        self.level.clear()
        self.level.addItem(self.tr("Not decided yet"), None)
        self.level.addItem(self.tr("0 – Don't know"), 0)
        for level in content.levels:
            self.level.addItem(f"{level.number} – {level.name}", level.number)
        self.level.blockSignals(False)

    def show_record(self, record: ItemAssessment | None) -> None:
        self.level.blockSignals(True)
        value = record.agreed_level if record else None
        self.level.setCurrentIndex(max(0, self.level.findData(value)) if value is not None else 0)
        self.level.blockSignals(False)
        self.saver.set_silently(record.notes if record else "")

    def record(self, round_id: int) -> ItemAssessment:
        data = self.level.currentData()
        return ItemAssessment(round_id=round_id, item=self.number,
                              agreed_level=int(data) if data is not None else None,
                              notes=self.notes.toPlainText())


class DiscussionView(QScrollArea):
    """The ten statements of the selected round for the group's discussion."""

    def __init__(self, store: WorkshopStore, report: Callable[[Changes], None]) -> None:
        super().__init__()
        self.store = store
        self._report = report
        self.round_id: int | None = None
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop that shows nothing; its fields take the focus
        inner = QWidget()
        layout = QVBoxLayout(inner)
        intro = QLabel(self.tr("Discuss each statement and agree on where you are together: the agreed level "
                               "(\"samlet vurdering\") may differ from the average."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.items = [ItemDiscussion(n, self._save) for n in range(1, 11)]
        for box in self.items:
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(inner)

    def show_round(self, round_id: int | None, stats: TallyStats | None, content: MethodContent,
                   language: str) -> None:
        self.round_id = round_id
        self.setEnabled(round_id is not None)
        records = {r.item: r for r in self.store.list(ItemAssessment, round_id=round_id)} if round_id else {}
        for box in self.items:
            box.set_heading(f"{box.number}. {content.item(box.number).title}")
            if box.level.count() != 7 or box.level.itemText(2) != f"1 – {content.level(1).name}":
                box.fill_levels(content)
            box.show_record(records.get(box.number))
            mean = stats.item(box.number).mean if stats else None
            box.average.setText(self.tr("Average: {value}").format(value=format_number(language, mean))
                                if mean is not None else self.tr("Average: not shown"))

    def _save(self, number: int) -> None:
        if self.round_id is None:
            return
        self.store.upsert(self.items[number - 1].record(self.round_id))
        self._report(Changes(assessment=True, round_id=self.round_id))


class StepNotesView(QWidget):
    """Step 2's data sources (sick leave, surveys, APV ...) and notes: free text, saved as typed."""

    def __init__(self, store: WorkshopStore, report: Callable[[Changes], None]) -> None:
        super().__init__()
        self.store = store
        self._report = report
        self.sources = notes_field(self.tr("Data sources"), self.tr(
            "Which other data did you look at? E.g. workplace assessment (APV), sickness absence, "
            "staff turnover, wellbeing surveys"), 140)
        self.notes = notes_field(self.tr("Notes"), self.tr("Notes from the assessment"), 140)
        self._sources_saver = bind_text(self.sources, lambda text: self._save("data_sources", text))
        self._notes_saver = bind_text(self.notes, lambda text: self._save("notes", text))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("&Data sources"), self.sources)
        form.addRow(self.tr("N&otes"), self.notes)

    def refresh(self) -> None:
        record = self.store.find(StepNote, STEP) or StepNote(step=STEP)
        self._sources_saver.set_silently(record.data_sources)
        self._notes_saver.set_silently(record.notes)

    def _save(self, field: str, text: str) -> None:
        record = self.store.find(StepNote, STEP) or StepNote(step=STEP)
        setattr(record, field, text)
        self.store.upsert(record)
        self._report(Changes(assessment=True))
