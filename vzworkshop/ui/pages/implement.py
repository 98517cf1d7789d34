"""Step 4: follow the actions of the plan: status, dated progress notes, obstacles; flag what needs attention."""

from __future__ import annotations

import datetime
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from vzworkshop.core.content import load_content
from vzworkshop.core.followup import NO_OWNER, OVERDUE, attention
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import STATUSES, ActionItem, ActionNote
from vzworkshop.ui import progress
from vzworkshop.ui.changes import Changes
from vzworkshop.ui.labels import date_edit_format
from vzworkshop.ui.pages.base import StepPage
from vzworkshop.ui.widgets.action_cycles import CycleFilter, carried_on, cycle_marks, mark_cells
from vzworkshop.ui.widgets.autosave import bind_text
from vzworkshop.ui.widgets.dates import DateEdit
from vzworkshop.ui.widgets.focus_ring import ROOM
from vzworkshop.ui.widgets.page_header import PageHeader, page_layout
from vzworkshop.ui.widgets.plan_common import (
    ChoiceCombo,
    OptionalDate,
    cell_date,
    confirm,
    fill_table,
    keep_wrapped_heights,
    record_table,
    select_id,
    selected_id,
    shortcut,
    status_names,
    subheading,
)
from vzworkshop.ui.widgets.reflow import ReflowSplitter

NOTE_MARGIN = 8  # a line edit's frame and text margin, each side
ROWS_IN_VIEW = 4  # actions in view at the least (the page scrolls instead of squashing the table)


class ImplementPage(StepPage):
    STEP = 4

    def __init__(self, store: WorkshopStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.today: Callable[[], datetime.date] = datetime.date.today
        self._current: int | None = None
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._warn_icon = warn
        self.header = PageHeader(self.STEP)
        self.header.set_step_title(self.title())
        self.heading = self.header.heading
        self.guidance = self.header.guidance
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Overview of the actions"))
        self.attention_icon = QLabel()
        self.attention_icon.setPixmap(warn.pixmap(22, 22))
        self.attention = QLabel()
        self.attention.setWordWrap(True)
        self.attention.setAccessibleName(self.tr("Actions that need attention"))

        self.table = record_table([self.tr("No."), self.tr("What"), self.tr("Owner"), self.tr("Due"),
                                   self.tr("Status"), self.tr("Needs attention")], self.tr("Actions of the plan"))
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.rows_in_view = ROWS_IN_VIEW
        self.cycle_filter = CycleFilter()
        self.cycle_filter.changed.connect(self._cycle_changed)

        self.what = subheading("")
        self.status = ChoiceCombo([(status_names()[s], s) for s in STATUSES], self.tr("Status"))
        self.status.currentIndexChanged.connect(lambda _: self._save("status", self.status.value()))
        self.owner = QLineEdit()
        self.owner.setAccessibleName(self.tr("Owner: who is responsible"))
        self.due = OptionalDate(self.tr("Due date"))
        self.due.dateChanged.connect(lambda _: self._save("due", self.due.iso()))
        self.obstacles = QPlainTextEdit()
        self.obstacles.setAccessibleName(self.tr("What got in the way"))
        self.obstacles.setTabChangesFocus(True)
        self.obstacles.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self._owner_saver = bind_text(self.owner, lambda t: self._save("owner", t))
        self._obstacles_saver = bind_text(self.obstacles, lambda t: self._save("obstacles", t))
        self.notes = record_table([self.tr("Date"), self.tr("Progress note")], self.tr("Progress notes"))
        self.note_date = DateEdit()
        self.note_date.setAccessibleName(self.tr("Date of the new note"))
        self.note_date.setCalendarPopup(True)
        self.note_date.setDisplayFormat(date_edit_format())
        self.note_text = QLineEdit()
        self.note_text.setAccessibleName(self.tr("New progress note"))
        self.note_text.setPlaceholderText(self.tr("What happened? Enter adds the note"))
        self.note_text.returnPressed.connect(self.add_note)
        self.add_note_button = QPushButton(self.tr("Add note"))
        self.add_note_button.clicked.connect(self.add_note)

        self.editor = QWidget()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields where narrow
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Due"), self.due)
        form.addRow(self.tr("What got in the way"), self.obstacles)
        # the new note's date, text and button one above the other, the text as wide as the pane: its hint reads
        # whole ("What happened? Enter adds the note" was cut beside the date, with the app's own font too)
        self.note_text.setMinimumWidth(self.note_text.fontMetrics().horizontalAdvance(
            self.note_text.placeholderText()) + 2 * NOTE_MARGIN)
        note_day = QHBoxLayout()
        note_day.addWidget(self.note_date)
        note_day.addStretch(1)
        note_add = QHBoxLayout()
        note_add.addWidget(self.add_note_button)
        note_add.addStretch(1)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(ROOM, ROOM, ROOM, ROOM)  # a focus ring at the edge stays whole
        editor_layout.addWidget(self.what)
        editor_layout.addLayout(form)
        editor_layout.addWidget(subheading(self.tr("Progress notes")))
        editor_layout.addWidget(self.notes, 1)
        editor_layout.addLayout(note_day)  # date, text, button: the order Tab takes
        editor_layout.addWidget(self.note_text)
        editor_layout.addLayout(note_add)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop that shows nothing; its fields take the focus
        scroll.setWidget(self.editor)
        keep_wrapped_heights(self.editor)  # the action's title, in a narrow column

        split = ReflowSplitter([3, 2])  # side by side where both fit; stacked with a large font
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        actions_head = QHBoxLayout()
        actions_head.addWidget(subheading(self.tr("Actions")), 1)
        actions_head.addWidget(self.cycle_filter)
        left_layout.addLayout(actions_head)
        left_layout.addWidget(self.table, 1)
        split.addWidget(left)
        split.addWidget(scroll)

        attention_row = QHBoxLayout()
        attention_row.addWidget(self.attention_icon, 0, Qt.AlignmentFlag.AlignTop)
        attention_row.addWidget(self.attention, 1)
        layout = page_layout(self, self.header)
        layout.addWidget(self.summary)
        layout.addLayout(attention_row)
        layout.addWidget(split, 1)
        shortcut(self.notes, "Delete", self.delete_note, Qt.ShortcutContext.WidgetShortcut)

    # --- StepPage -------------------------------------------------------------------------------------

    def title(self) -> str:
        return load_content(self.store.workshop().language).step(self.STEP).short_title

    def relevant(self, changes: Changes) -> bool:
        return progress.relevant(self.STEP, changes)

    def has_content(self) -> bool:
        return progress.has_content(self.store, self.STEP)

    def refresh(self) -> None:
        self.header.set_step_title(self.title())
        self._fill_table()
        self._load_editor()

    # --- reading --------------------------------------------------------------------------------------

    def _flag_texts(self) -> dict[str, str]:
        return {OVERDUE: self.tr("Overdue"), NO_OWNER: self.tr("No owner")}

    def _fill_table(self) -> None:
        lang = self.store.workshop().language
        today = self.today()
        statuses, flag_texts = status_names(), self._flag_texts()
        every = self.store.list(ActionItem)
        self.cycle_filter.update_cycles(every)
        numbers = {a.id: n for n, a in enumerate(every, start=1)}
        handed_on = carried_on(every)  # carried into the next cycle: the copy is followed up, not the original
        actions = [a for a in every if self.cycle_filter.admits(a)]
        rows: list[tuple[int | None, list[str]]] = []
        flagged: dict[str, int] = {OVERDUE: 0, NO_OWNER: 0}
        counts = dict.fromkeys(STATUSES, 0)
        for action in actions:
            number = numbers[action.id]
            flags = [] if action.id in handed_on else attention(action, today)
            for flag in flags:
                flagged[flag] += 1
            counts[action.status] = counts.get(action.status, 0) + 1
            rows.append((action.id, [str(number), action.what or self.tr("(not described yet)"), action.owner or "–",
                                     cell_date(action.due, lang), statuses.get(action.status, action.status),
                                     ", ".join(flag_texts[f] for f in flags)]))
        fill_table(self.table, rows)
        mark_cells(self.table, 1, cycle_marks(every, numbers))
        for r, (_, cells) in enumerate(rows):
            cell = self.table.item(r, 5)
            if cell is not None and cells[5]:
                cell.setIcon(self._warn_icon)
        self.table.setColumnHidden(5, not any(cells[5] for _, cells in rows))  # no empty column when all is well
        if (self._current is None or self._current not in {r[0] for r in rows}) and rows:
            self._current = rows[0][0]
        if not select_id(self.table, self._current, notify=False):
            self._current = None

        if not actions:
            self.summary.setText(self.tr("The plan has no actions yet: add them in step 3."))
        else:
            parts = ", ".join(f"{counts[s]} {statuses[s].lower()}" for s in STATUSES)
            summary = self.tr("%n action(s): {parts}.", None, len(actions)).format(parts=parts)
            chosen = self.cycle_filter.chosen()
            if self.cycle_filter.isVisibleTo(self) and chosen:
                summary = self.tr("Cycle {n}:").format(n=chosen) + " " + summary
            self.summary.setText(summary)
        problems = []
        if flagged[OVERDUE]:
            problems.append(self.tr("%n overdue (due date passed, not done)", None, flagged[OVERDUE]))
        if flagged[NO_OWNER]:
            problems.append(self.tr("%n without an owner", None, flagged[NO_OWNER]))
        self.attention.setText(self.tr("Needs attention: ") + "; ".join(problems) if problems else "")
        self.attention_icon.setVisible(bool(problems))
        self.attention.setVisible(bool(problems))

    def _cycle_changed(self) -> None:
        self._current = None
        self._fill_table()
        self._load_editor()

    def _selected(self) -> None:
        self._current = selected_id(self.table)
        self._load_editor()

    def _load_editor(self) -> None:
        action = self.store.find(ActionItem, self._current) if self._current is not None else None
        self.editor.setEnabled(action is not None)
        shown = action or ActionItem()
        self.what.setText(shown.what or (self.tr("(not described yet)") if action else self.tr("No action chosen")))
        self.status.set_value(shown.status)
        self.due.set_iso(shown.due)
        self._owner_saver.set_silently(shown.owner)
        self._obstacles_saver.set_silently(shown.obstacles)
        today = self.today()
        self.note_date.setDate(QDate(today.year, today.month, today.day))
        self._fill_notes()

    def _fill_notes(self) -> None:
        lang = self.store.workshop().language
        notes = self.store.list(ActionNote, action_id=self._current) if self._current is not None else []
        notes.sort(key=lambda n: (n.date, n.id or 0))
        fill_table(self.notes, [(n.id, [cell_date(n.date, lang), n.text]) for n in notes])

    # --- writing --------------------------------------------------------------------------------------

    def _save(self, name: str, value: object) -> None:
        action = self.store.find(ActionItem, self._current) if self._current is not None else None
        if action is None or getattr(action, name) == value:
            return
        setattr(action, name, value)
        self.store.save(action)
        self.report(Changes(actions=True))
        self._fill_table()

    def add_note(self) -> None:
        text = self.note_text.text().strip()
        if self._current is None or not text:
            return
        day = self.note_date.date().toString("yyyy-MM-dd")
        self.store.add(ActionNote(action_id=self._current, date=day, text=text))
        self.note_text.clear()
        self.report(Changes(actions=True))
        self._fill_notes()

    def delete_note(self) -> None:
        note_id = selected_id(self.notes)
        if note_id is None:
            return
        if not confirm(self, self.tr("Delete note"), self.tr("Delete the selected progress note?")):
            return
        self.store.delete(ActionNote, note_id)
        self.report(Changes(actions=True))
        self._fill_notes()
