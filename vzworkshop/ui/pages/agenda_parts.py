"""Parts of the agenda page: the editor of the selected block and the facilitator's notes per step.

Both write through callbacks the page gives them; text fields autosave (`bind_text`), choices save at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vzworkshop.core.agenda import MAX_BLOCK_MINUTES, AgendaTemplate
from vzworkshop.core.content import MethodContent
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import AgendaBlock
from vzworkshop.ui.style import MUTED, tint
from vzworkshop.ui.widgets.autosave import TextSaver, bind_text
from vzworkshop.ui.widgets.plan_common import keep_wrapped_heights
from vzworkshop.ui.widgets.section import Section
from vzworkshop.ui.widgets.timer import fill

STEPS = (1, 2, 3, 4, 5)


def write_template(store: WorkshopStore, template: AgendaTemplate, replace: bool) -> None:
    """Add the template's blocks (after removing all blocks when `replace`); set its start time if none is set."""
    if replace:
        for old in store.list(AgendaBlock):
            store.delete(AgendaBlock, old.id)
    for entry in template.blocks:
        store.add(AgendaBlock(title=entry.title, step=entry.step, planned_minutes=entry.minutes, notes=entry.notes))
    workshop = store.workshop()
    if not workshop.agenda_start:
        workshop.agenda_start = template.start
        store.save(workshop)


def confirm(parent: QWidget, title: str, text: str, action: str, action_is_default: bool) -> bool:
    """Ask before a destructive change; True when the user chose `action` (Escape always cancels)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    chosen = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(chosen if action_is_default else cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is chosen


class BlockEditor(Section):
    """Title, step, planned minutes and notes of the selected block. `save(field, value)` writes one field."""

    def __init__(self, save: Callable[[str, object], None], parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self._save = save
        self._loading = False
        self.title_edit = QLineEdit(self)
        self.step_combo = QComboBox(self)
        self.step_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # steps' names whole
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(0, MAX_BLOCK_MINUTES)
        self.minutes_spin.setSingleStep(5)
        self.minutes_spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(60)
        self.notes_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.title_saver: TextSaver = bind_text(self.title_edit, lambda text: self._save("title", text))
        self.notes_saver: TextSaver = bind_text(self.notes_edit, lambda text: self._save("notes", text))
        self.step_combo.currentIndexChanged.connect(self._step_chosen)
        self.minutes_spin.valueChanged.connect(self._minutes_changed)

        self.step_label = QLabel(self)
        self.minutes_label = QLabel(self)
        self.step_label.setBuddy(self.step_combo)
        self.minutes_label.setBuddy(self.minutes_spin)
        row = QHBoxLayout()
        row.addWidget(self.step_combo, 3)
        row.addSpacing(12)
        row.addWidget(self.minutes_label)
        row.addSpacing(6)
        row.addWidget(self.minutes_spin, 1)
        self.form = QGridLayout()
        self.column.addLayout(self.form, 1)
        self.form.setHorizontalSpacing(12)
        self.title_label = QLabel(self)
        self.title_label.setBuddy(self.title_edit)
        self.notes_label = QLabel(self)
        self.notes_label.setBuddy(self.notes_edit)
        left = Qt.AlignmentFlag.AlignLeft
        self.form.addWidget(self.title_label, 0, 0, left | Qt.AlignmentFlag.AlignVCenter)
        self.form.addWidget(self.step_label, 1, 0, left | Qt.AlignmentFlag.AlignVCenter)
        self.form.addWidget(self.notes_label, 2, 0, left | Qt.AlignmentFlag.AlignTop)
        self.form.addWidget(self.title_edit, 0, 1)
        self.form.addLayout(row, 1, 1)
        self.form.addWidget(self.notes_edit, 2, 1)
        self.form.setRowStretch(2, 1)  # the notes take the height there is
        self.retranslate()

    def retranslate(self) -> None:
        self.set_title(self.tr("Selected block"))
        self.title_label.setText(self.tr("&Title"))
        self.step_label.setText(self.tr("&Step"))
        self.minutes_label.setText(self.tr("&Planned"))
        self.notes_label.setText(self.tr("&Notes"))
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.notes_edit.setPlaceholderText(self.tr("What to do and say in this block (only you see this)"))
        self.title_edit.setAccessibleName(self.tr("Block title"))
        self.step_combo.setAccessibleName(self.tr("Step the block belongs to"))
        self.minutes_spin.setAccessibleName(self.tr("Planned minutes"))
        self.notes_edit.setAccessibleName(self.tr("Notes for the block"))

    def set_steps(self, content: MethodContent) -> None:
        self._loading = True
        try:
            current = self.step_combo.currentData()
            self.step_combo.clear()
            self.step_combo.addItem(self.tr("No step (welcome, break, close …)"), None)
            for step in content.steps:
                self.step_combo.addItem(fill(self.tr("Step %1: %2"), step.number, step.short_title), step.number)
            self.step_combo.setCurrentIndex(max(0, self.step_combo.findData(current)))
        finally:
            self._loading = False

    def flush(self) -> None:
        self.title_saver.flush()
        self.notes_saver.flush()

    def load(self, block: AgendaBlock | None) -> None:
        """Show a block without saving anything back (None: nothing selected)."""
        self._loading = True
        try:
            self.setEnabled(block is not None)
            block = block or AgendaBlock()
            self.title_saver.set_silently(block.title)
            self.notes_saver.set_silently(block.notes)
            self.step_combo.setCurrentIndex(max(0, self.step_combo.findData(block.step)))
            self.minutes_spin.setValue(block.planned_minutes)
        finally:
            self._loading = False

    def _step_chosen(self, _index: int) -> None:
        if not self._loading:
            self._save("step", self.step_combo.currentData())

    def _minutes_changed(self, value: int) -> None:
        if not self._loading:
            self._save("planned_minutes", value)


class FacilitatorNotes(Section):
    """One text box per step for the facilitator's own notes (StepNote.facilitator_notes).

    These notes belong to the facilitator: they are edited here and never shown on the projector or to
    participants.
    """

    def __init__(self, save: Callable[[int, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        tint(self.hint, MUTED)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)
        self.step_titles: dict[int, QLabel] = {}
        self.edits: dict[int, QPlainTextEdit] = {}
        self.savers: dict[int, TextSaver] = {}
        for step in STEPS:
            page = QWidget(self.tabs)
            title = QLabel(page)
            title.setWordWrap(True)
            edit = QPlainTextEdit(page)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(80)
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            lay = QVBoxLayout(page)
            lay.setContentsMargins(0, 8, 0, 0)
            lay.addWidget(title)
            lay.addWidget(edit, 1)
            self.tabs.addTab(page, "")
            self.step_titles[step] = title
            self.edits[step] = edit
            self.savers[step] = bind_text(edit, self._saver_for(step, save))
        self.column.addWidget(self.hint)
        self.column.addWidget(self.tabs, 1)
        keep_wrapped_heights(self)  # a step's long title over three lines in a narrow column: not over its box
        self.retranslate()

    @staticmethod
    def _saver_for(step: int, save: Callable[[int, str], None]) -> Callable[[str], None]:
        return lambda text: save(step, text)

    def retranslate(self) -> None:
        self.set_title(self.tr("Facilitator's notes per step"))
        self.hint.setText(self.tr("Only for you: never shown on the projector or to participants."))
        for i, step in enumerate(STEPS):
            self.tabs.setTabText(i, fill(self.tr("Step %1"), step))
            self.edits[step].setAccessibleName(fill(self.tr("Facilitator's notes for step %1"), step))
            self.edits[step].setPlaceholderText(fill(self.tr("What to prepare, say and watch for in step %1"), step))

    def set_content(self, content: MethodContent) -> None:
        for step in STEPS:
            self.step_titles[step].setText(content.step(step).title)
            self.tabs.setTabToolTip(STEPS.index(step), content.step(step).title)

    def load(self, notes: dict[int, str]) -> None:
        for step in STEPS:
            self.savers[step].set_silently(notes.get(step, ""))

    def flush(self) -> None:
        for saver in self.savers.values():
            saver.flush()
