"""Step 1: visible leadership commitment and the working-environment team (guide §3.1, step 1)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vzworkshop.core import team
from vzworkshop.core.content import load_content
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Commitment, StepNote, TeamMember
from vzworkshop.ui import progress
from vzworkshop.ui.changes import Changes
from vzworkshop.ui.labels import date_edit_format, iso_to_qdate, qdate_to_iso
from vzworkshop.ui.pages.base import StepPage
from vzworkshop.ui.style import PAGE_SPACING, muted
from vzworkshop.ui.widgets import autosave
from vzworkshop.ui.widgets.autosave import bind_text
from vzworkshop.ui.widgets.check_cells import CheckCellDelegate
from vzworkshop.ui.widgets.dates import DateEdit
from vzworkshop.ui.widgets.focus_ring import ROOM
from vzworkshop.ui.widgets.hints import HintList, team_hint_text
from vzworkshop.ui.widgets.page_header import PageHeader, page_layout
from vzworkshop.ui.widgets.plan_common import RecordTable
from vzworkshop.ui.widgets.section import Section

NAME, ROLE, DEPARTMENT, MANAGER, WORKER_REP = range(5)
ROWS_IN_VIEW = 4  # team members in view at the least (the page scrolls instead of squashing the table)
TEXT_COLUMNS = {NAME: "name", ROLE: "role", DEPARTMENT: "department"}
CHECK_COLUMNS = {MANAGER: "is_manager", WORKER_REP: "is_worker_rep"}
NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "not set"
NOT_GIVEN = -1  # a gender spin box at its minimum: nothing entered


class TeamTable(RecordTable):
    """Tab moves cell to cell along a row and on to the next row, also from the check-box cells (which have no
    editor to pass Tab on); it leaves the table only from the last cell (Shift+Tab: from the first). Its columns
    fit their words and its rows their wrapped text (RecordTable): a large font wraps a long name or role onto
    a second line instead of cutting it ("Hannah …")."""

    def __init__(self) -> None:
        super().__init__(5, key=ROLE)
        self.key_share = 0.25
        self.rows_in_view = ROWS_IN_VIEW
        self.check_cells = CheckCellDelegate(self)  # a ticked box stays dark in a selected row
        for column in CHECK_COLUMNS:
            self.setItemDelegateForColumn(column, self.check_cells)

    def focusNextPrevChild(self, next: bool) -> bool:
        row, col = self.currentRow(), self.currentColumn()
        edge = (self.rowCount() - 1, self.columnCount() - 1) if next else (0, 0)
        if row < 0 or col < 0 or (row, col) == edge:
            return QAbstractScrollArea.focusNextPrevChild(self, next)  # on to the next field, as Qt does
        return super().focusNextPrevChild(next)


class CommitPage(StepPage):
    STEP = 1

    def __init__(self, store: WorkshopStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self._loading = False
        step = load_content(store.workshop().language).step(1)

        self.header = PageHeader(self.STEP)
        self.header.set_step_title(step.short_title)
        self.heading = self.header.heading
        self.guidance = self.header.guidance

        # --- leadership commitment ---
        self.committed_by = QLineEdit()
        self.committed_by.setPlaceholderText(self.tr("e.g. the director and the management team"))
        self.committed_by.setAccessibleName(self.tr("Who from management committed"))
        self.decision = QPlainTextEdit()
        self.decision.setPlaceholderText(self.tr("What management decided: support, resources, time for the team"))
        self.decision.setAccessibleName(self.tr("What was decided"))
        self.decision.setTabChangesFocus(True)
        self.decision.setFixedHeight(96)
        self.commit_date = DateEdit()
        self.commit_date.setCalendarPopup(True)
        self.commit_date.setMinimumDate(NO_DATE)
        self.commit_date.setSpecialValueText(self.tr("Not set"))
        self.commit_date.setDisplayFormat(date_edit_format())
        self.commit_date.setAccessibleName(self.tr("Date of the commitment"))
        self.commit_date.setMinimumWidth(160)
        self.committed_by_saver = bind_text(self.committed_by, lambda text: self._save_commitment(committed_by=text))
        self.decision_saver = bind_text(self.decision, lambda text: self._save_commitment(decision=text))
        self.commit_date.dateChanged.connect(self._on_date_changed)

        commit_box = Section(self.tr("Leadership commitment"))
        form = QFormLayout()
        commit_box.column.addLayout(form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Committed by:"), self.committed_by)
        form.addRow(self.tr("Decision:"), self.decision)
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setAccessibleName(self.tr("Set the commitment date to today"))
        self.today_button.clicked.connect(lambda: self.commit_date.setDate(QDate.currentDate()))
        self.clear_date_button = QPushButton(self.tr("No date"))
        self.clear_date_button.setAccessibleName(self.tr("Clear the commitment date"))
        self.clear_date_button.clicked.connect(lambda: self.commit_date.setDate(NO_DATE))
        date_row = QHBoxLayout()
        date_row.addWidget(self.commit_date)
        date_row.addWidget(self.today_button)
        date_row.addWidget(self.clear_date_button)
        date_row.addStretch(1)
        form.addRow(self.tr("Date:"), date_row)

        # --- the working-environment team ---
        self.table = TeamTable()
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Department"),
                                              self.tr("Manager"), self.tr("Worker representative")])
        self.table.setAccessibleName(self.tr("Working-environment team"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setTabKeyNavigation(True)  # up to the last cell; see TeamTable
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.itemChanged.connect(self._on_item_changed)

        self.add_button = QPushButton(self.tr("Add member"))
        self.add_button.setToolTip(self.tr("Add a member to the team (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_member)
        self.remove_button = QPushButton(self.tr("Remove member"))
        self.remove_button.setToolTip(self.tr("Remove the selected member (Del)"))
        self.remove_button.clicked.connect(self.remove_member)
        self.add_action = QAction(self.tr("Add team member"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+N"))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.triggered.connect(self.add_member)
        self.addAction(self.add_action)
        self.remove_action = QAction(self.tr("Remove team member"), self.table)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_member)
        self.table.addAction(self.remove_action)

        self.women, self.men, self.other = (self._gender_spin(label) for label in
                                            (self.tr("Women"), self.tr("Men"), self.tr("Other")))
        gender_row = QHBoxLayout()
        gender_row.addWidget(QLabel(self.tr("Team gender balance (optional):")))
        for label, spin in ((self.tr("Women"), self.women), (self.tr("Men"), self.men),
                            (self.tr("Other"), self.other)):
            caption = QLabel(label)
            caption.setBuddy(spin)
            gender_row.addSpacing(10)
            gender_row.addWidget(caption)
            gender_row.addWidget(spin)
        gender_row.addStretch(1)

        self.hints = HintList()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        team_box = Section(self.tr("Working-environment team"))
        team_layout = team_box.column
        team_layout.setSpacing(10)
        team_layout.addWidget(muted(self.tr("Who works on the psychosocial working environment: members from "
                                            "different departments and levels, with worker representatives.")))
        team_layout.addWidget(self.table)
        team_layout.addLayout(buttons)
        team_layout.addLayout(gender_row)
        team_layout.addWidget(muted(self.tr("Counts for the team only, to check the balance. Nothing like this "
                                            "is ever asked of participants.")))
        team_layout.addWidget(self.hints)

        # --- notes ---
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes for step 1"))
        self.notes.setPlaceholderText(self.tr("Notes from this step for the minutes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(110)
        self.notes_saver = bind_text(self.notes, self._save_notes)
        notes_box = Section(self.tr("Notes"))
        notes_box.column.addWidget(self.notes)

        inner = QWidget()
        inner.setMaximumWidth(1200)  # forms stay readable on a wide screen; left-aligned under the heading
        column = QVBoxLayout(inner)
        column.setContentsMargins(ROOM, ROOM, 12, ROOM)  # a focus ring at the edge stays whole
        column.setSpacing(PAGE_SPACING)
        for widget in (commit_box, team_box, notes_box):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop that shows nothing; its fields take the focus
        scroll.setWidget(inner)
        scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        outer = page_layout(self, self.header)
        outer.addWidget(scroll, 1)
        self.refresh()
        self._dirty = False

    def _gender_spin(self, label: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(NOT_GIVEN, 999)
        spin.setSpecialValueText("–")
        spin.setAccessibleName(self.tr("Team members: %1 (optional)").replace("%1", label))
        spin.setMinimumWidth(70)
        spin.valueChanged.connect(self._on_gender_changed)
        return spin

    # --- StepPage --------------------------------------------------------------------------------------

    def title(self) -> str:
        return load_content(self.store.workshop().language).step(1).short_title

    def relevant(self, changes: Changes) -> bool:
        return progress.relevant(self.STEP, changes)

    def has_content(self) -> bool:
        return progress.has_content(self.store, self.STEP)

    def refresh(self) -> None:
        self._loading = True
        try:
            step = load_content(self.store.workshop().language).step(1)
            self.header.set_step_title(step.short_title)
            assert self.guidance is not None
            self.guidance.set_step(step)
            c = self.store.get(Commitment)
            self.committed_by_saver.set_silently(c.committed_by)
            self.decision_saver.set_silently(c.decision)
            date = iso_to_qdate(c.date)
            self.commit_date.setDate(date if date.isValid() else NO_DATE)
            for spin, value in ((self.women, c.team_women), (self.men, c.team_men), (self.other, c.team_other)):
                spin.setValue(NOT_GIVEN if value is None else value)
            note = self.store.find(StepNote, 1) or StepNote(step=1)
            self.notes_saver.set_silently(note.notes)
            self._fill_table()
        finally:
            self._loading = False
        self._update_hints()

    # --- the team table ---------------------------------------------------------------------------------

    def members(self) -> list[TeamMember]:
        return self.store.list(TeamMember)

    def _fill_table(self) -> None:
        current = self.table.currentRow()
        self.table.blockSignals(True)
        try:
            members = self.members()
            self.table.setRowCount(len(members))
            for row, member in enumerate(members):
                for col, field in TEXT_COLUMNS.items():
                    item = QTableWidgetItem(getattr(member, field))
                    item.setData(Qt.ItemDataRole.UserRole, member.id)
                    self.table.setItem(row, col, item)
                for col, field in CHECK_COLUMNS.items():
                    item = QTableWidgetItem()
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                                  | Qt.ItemFlag.ItemIsUserCheckable)
                    on = bool(getattr(member, field))
                    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Yes") if on else self.tr("No"))
                    self.table.setItem(row, col, item)
        finally:
            self.table.blockSignals(False)
        self.table.refit()
        if members:
            self.table.setCurrentCell(max(0, min(current, len(members) - 1)), max(0, self.table.currentColumn()))
        self.remove_button.setEnabled(bool(members))

    def _member_at(self, row: int) -> TeamMember:
        def text(col: int) -> str:
            item = self.table.item(row, col)
            return item.text().strip() if item is not None else ""

        def checked(col: int) -> bool:
            item = self.table.item(row, col)
            return item is not None and item.checkState() == Qt.CheckState.Checked

        name_item = self.table.item(row, NAME)
        assert name_item is not None
        ident = name_item.data(Qt.ItemDataRole.UserRole)
        return TeamMember(name=text(NAME), role=text(ROLE), department=text(DEPARTMENT),
                          is_manager=checked(MANAGER), is_worker_rep=checked(WORKER_REP), id=int(ident))

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        edited = self._member_at(item.row())
        stored = self.store.get(TeamMember, edited.id)
        self.store.save(dataclasses.replace(edited, position=stored.position))
        if item.column() in CHECK_COLUMNS:
            self.table.blockSignals(True)
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         self.tr("Yes") if item.checkState() == Qt.CheckState.Checked else self.tr("No"))
            self.table.blockSignals(False)
        self.table.refit()  # the edited text may wrap differently
        self._update_hints()
        self.report(Changes(team=True))

    def add_member(self) -> None:
        autosave.flush_all()  # the cell being edited first: the table is filled anew below
        self.store.add(TeamMember())
        self._fill_table()
        row = self.table.rowCount() - 1
        self.table.setFocus()
        self.table.setCurrentCell(row, NAME)
        item = self.table.item(row, NAME)
        if item is not None:
            self.table.editItem(item)
        self._update_hints()
        self.report(Changes(team=True))

    def remove_member(self) -> None:
        autosave.flush_all()
        row = self.table.currentRow()
        if row < 0:
            return
        member = self._member_at(row)
        if team.is_empty(member):  # nothing typed in it: nothing to lose, nothing to ask
            self._delete_member(member)
            return
        who = member.name or self.tr("this member")
        answer = QMessageBox.question(
            self, self.tr("Remove team member"),
            self.tr("Remove %1 from the working-environment team?").replace("%1", who),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._delete_member(member)

    def _delete_member(self, member: TeamMember) -> None:
        self.store.delete(TeamMember, member.id)
        self._fill_table()
        self.table.setFocus()
        self._update_hints()
        self.report(Changes(team=True))

    # --- commitment, gender counts, notes -------------------------------------------------------------

    def _save_commitment(self, **fields: object) -> None:
        current = self.store.get(Commitment)
        if all(getattr(current, k) == v for k, v in fields.items()):
            return
        self.store.save(dataclasses.replace(current, **fields))  # type: ignore[arg-type]
        self.report(Changes(team=True))

    def _on_date_changed(self, date: QDate) -> None:
        if not self._loading:
            self._save_commitment(date="" if date == NO_DATE else qdate_to_iso(date))

    def _gender_counts(self) -> team.GenderCounts:
        def value(spin: QSpinBox) -> int | None:
            return None if spin.value() == NOT_GIVEN else spin.value()

        return team.GenderCounts(value(self.women), value(self.men), value(self.other))

    def _on_gender_changed(self, *_: object) -> None:
        if self._loading:
            return
        counts = self._gender_counts()
        self._save_commitment(team_women=counts.women, team_men=counts.men, team_other=counts.other)
        self._update_hints()

    def _save_notes(self, text: str) -> None:
        note = self.store.find(StepNote, 1) or StepNote(step=1)
        if note.notes != text:
            self.store.upsert(dataclasses.replace(note, notes=text))
            self.report(Changes(team=True))

    # --- hints ------------------------------------------------------------------------------------------

    def hint_texts(self) -> list[tuple[bool, str]]:
        return [(h.ok, team_hint_text(h)) for h in team.team_hints(self.members(), self._gender_counts())]

    def _update_hints(self) -> None:
        self.hints.set_hints(self.hint_texts())
