"""The agenda page: plan the workshop in time boxes and keep time in the room.

Blocks are edited in place and saved at once; clock times follow from the start time. In the room the
current block is highlighted and counted down (`agenda_timer.TimerController` saves its actual time).

For the projector: `timer_changed(str)` carries what the countdown shows ("12:30", "+2:10", "" for none)
and `timer_text()` reads it at any time. Facilitator's notes are edited here and nowhere shown to the room.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTimeEdit,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vzworkshop.core import agenda
from vzworkshop.core.content import load_content
from vzworkshop.store import WorkshopStore
from vzworkshop.store.errors import WorkshopFileError
from vzworkshop.store.records import AgendaBlock, StepNote
from vzworkshop.ui.changes import Changes
from vzworkshop.ui.pages.agenda_parts import (
    STEPS,
    BlockEditor,
    FacilitatorNotes,
    confirm,
    write_template,
)
from vzworkshop.ui.pages.agenda_timer import TimerController
from vzworkshop.ui.pages.base import StepPage
from vzworkshop.ui.widgets.agenda_list import AgendaList, BlockRow
from vzworkshop.ui.widgets.flow import FlowLayout
from vzworkshop.ui.widgets.page_header import PageHeader, page_layout
from vzworkshop.ui.widgets.reflow import ReflowSplitter
from vzworkshop.ui.widgets.timer import TimerPanel, fill, spent_time

AGENDA_CHANGED = Changes(agenda=True)


class AgendaPage(StepPage):
    STEP = 0
    timer_changed = Signal(str)

    def __init__(
        self, store: WorkshopStore, parent: QWidget | None = None, now: Callable[[], float] = time.monotonic,
        timer_actions: dict[str, QAction] | None = None,
    ) -> None:
        """`timer_actions` (`widgets.timer.timer_actions`): the window's F7/F8/F9, which work from every page;
        without them the page makes its own, active on the page."""
        super().__init__(store, parent)
        self.blocks: list[AgendaBlock] = []
        self.language = "en"
        self._selected_id: int | None = None

        self.header = PageHeader(0, self)
        self.heading = self.header.heading
        self.intro = self.header.intro

        self.start_label = QLabel(self)
        self.start_edit = QTimeEdit(self)
        self.start_edit.setDisplayFormat("HH:mm")
        self.start_label.setBuddy(self.start_edit)
        self.start_edit.timeChanged.connect(self._start_changed)
        self.total_label = QLabel(self)
        self.total_label.setWordWrap(True)
        self.template_button = QPushButton(self)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self.template_button.clicked.connect(self.use_template)
        self.add_button.clicked.connect(self.add_block)
        self.remove_button.clicked.connect(self.remove_block)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))

        self.list = AgendaList(self)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)  # fills what is left
        self.list.currentItemChanged.connect(self._selection_changed)
        self.list.itemActivated.connect(self._activated)
        self.list.move_requested.connect(self._move_to)
        self.editor = BlockEditor(self._save_field, self)
        self.notes = FacilitatorNotes(self._save_facilitator_notes, self)
        self.panel = TimerPanel(self)
        self.timer = TimerController(self, self.panel, now, timer_actions)
        self.timer.text_changed.connect(self.timer_changed.emit)

        self.actions_: dict[str, QAction] = {}
        self._action("add", QKeySequence.StandardKey.New, self.add_block)
        self._action("up", "Alt+Up", lambda: self.move_selected(-1))
        self._action("down", "Alt+Down", lambda: self.move_selected(+1))
        for name, action in self.timer.actions.items():  # F7, F8, F9
            if timer_actions is None:
                self.addAction(action)
            self.actions_[name] = action
        # Delete only on the list: in a text field it deletes text
        self._action("remove", QKeySequence.StandardKey.Delete, self.remove_block, self.list)

        self._lay_out()
        self.retranslate()

    def _action(self, name: str, key: str | QKeySequence.StandardKey, slot: Callable[[], object],
                on: QWidget | None = None) -> None:
        """A keyboard shortcut active on this page (or only on the widget `on`)."""
        action = QAction(on or self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if on else
                                  Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: slot())
        (on or self).addAction(action)
        self.actions_[name] = action

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.start_label)
        bar.addWidget(self.start_edit)
        bar.addSpacing(16)
        bar.addWidget(self.total_label, 1)
        edit_bar = FlowLayout(spacing=8)  # onto a second line where the buttons do not fit (a large font)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            edit_bar.addWidget(button)
        edit_bar.add_right(self.template_button)

        left = QWidget(self)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addLayout(bar)
        left_lay.addWidget(self.list, 3)
        left_lay.addLayout(edit_bar)
        left_lay.addWidget(self.editor, 2)
        self.editor.setMinimumHeight(self.editor.minimumSizeHint().height())  # its height for a width is less
        right = QWidget(self)
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.addWidget(self.panel)
        right_lay.addWidget(self.notes, 1)
        self.splitter = ReflowSplitter([5, 3], self)  # the timer and notes below the agenda where both do not fit
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)

        layout = page_layout(self, self.header)
        layout.addWidget(self.splitter, 1)

    def retranslate(self) -> None:
        self.header.set_title(self.title())
        self.header.set_intro(self.tr("Plan the workshop in time boxes and keep time in the room. Enter on a block "
                                   "makes it the current one."))
        self.start_label.setText(self.tr("Start ti&me"))
        self.start_edit.setAccessibleName(self.tr("Start time of the workshop"))
        texts = {
            self.template_button: (self.tr("Use template"), self.tr("Fill the agenda from the template")),
            self.add_button: (self.tr("Add (Ctrl+N)"), self.tr("Add a block after the selected one")),
            self.remove_button: (self.tr("Remove (Del)"), self.tr("Remove the selected block")),
            self.up_button: (self.tr("Up (Alt+↑)"), self.tr("Move the selected block up")),
            self.down_button: (self.tr("Down (Alt+↓)"), self.tr("Move the selected block down")),
        }
        for button, (text, name) in texts.items():
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(name)
        self.list.set_headers([self.tr("Time"), self.tr("Block"), self.tr("Step"), self.tr("Planned"),
                               self.tr("Actual")])
        self.list.setAccessibleName(self.tr("Agenda blocks"))
        self.list.setToolTip(self.tr("Alt+↑/↓ or drag to reorder; Enter makes a block the current one"))
        self.editor.retranslate()
        self.notes.retranslate()
        self.panel.retranslate(self.timer.running)

    # --- StepPage ---------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Agenda")

    def has_content(self) -> bool:
        return bool(self.blocks)

    def relevant(self, changes: Changes) -> bool:
        return changes.agenda or changes.workshop or changes.assessment

    def refresh(self) -> None:
        workshop = self.store.workshop()
        self.language = workshop.language
        if not workshop.agenda_start and not self.store.read_only and not self.store.list(AgendaBlock):
            self._fill_from_template(replace=False)  # first open of an empty agenda
            workshop = self.store.workshop()
        content = load_content(self.language)
        self.editor.set_steps(content)
        self.notes.set_content(content)
        self.notes.load({n: self.store.get(StepNote, n).facilitator_notes for n in STEPS})
        self.start_edit.blockSignals(True)
        start = agenda.parse_clock(workshop.agenda_start or agenda.DEFAULT_START) or 0
        self.start_edit.setTime(QTime(start // 60, start % 60))
        self.start_edit.blockSignals(False)
        self.blocks = self.store.list(AgendaBlock)
        self.timer.blocks_changed()
        self._redraw(self._selected_id)

    def start(self) -> str:
        return self.start_edit.time().toString("HH:mm")

    # --- drawing ----------------------------------------------------------------------------------------

    def _rows(self) -> list[BlockRow]:
        content = load_content(self.language)
        slots = agenda.schedule(self.start(), [b.planned_minutes for b in self.blocks])
        rows = []
        for block, slot in zip(self.blocks, slots, strict=True):
            assert block.id is not None
            current = block.id == self.timer.current_id
            actual = self.timer.actual_for(block)
            step = content.step(block.step).short_title if block.step else ""
            accessible = fill(self.tr("%1, %2, %3 min planned"), slot.label(), block.title, block.planned_minutes)
            if current:
                accessible = fill(self.tr("Current block: %1"), accessible)
            rows.append(BlockRow(
                block_id=block.id, time=slot.label(), title=block.title or self.tr("(untitled)"),
                step=str(block.step) if block.step else "–", step_name=step, planned=fill(self.tr("%1 min"),
                    block.planned_minutes), actual="" if actual is None else spent_time(actual),
                current=current, accessible=accessible))
        return rows

    def _redraw(self, select_id: int | None) -> None:
        self.list.set_rows(self._rows(), select_id)
        self._show_totals()
        self.timer.show()

    def redraw_rows(self) -> None:
        for row in self._rows():
            self.list.update_row(row)
        self._show_totals()

    def _show_totals(self) -> None:
        planned = agenda.total_minutes([b.planned_minutes for b in self.blocks])
        hours, minutes = agenda.split_minutes(planned)
        end = (agenda.parse_clock(self.start()) or 0) + planned
        text = fill(self.tr("Total planned: %1 h %2 min (%3–%4)"), hours, minutes,
            self.start(), agenda.format_clock(end))
        actual = agenda.total_actual_seconds([self.timer.actual_for(b) for b in self.blocks])
        if actual:
            text += "\n" + fill(self.tr("Actual so far: %1"), spent_time(actual))
        self.total_label.setText(text)
        for widget in (self.remove_button, self.up_button, self.down_button):
            widget.setEnabled(bool(self.blocks))

    # --- writing ----------------------------------------------------------------------------------------

    def write(self, action: Callable[[], object], changes: Changes = AGENDA_CHANGED) -> bool:
        """Run one store write; on failure tell the user plainly and keep what was saved before."""
        try:
            action()
        except (WorkshopFileError, ValueError, KeyError) as exc:
            QMessageBox.warning(self, self.tr("Not saved"), fill(self.tr("The change was not saved: %1"), str(exc)))
            return False
        self.report(changes)
        return True

    def block(self, block_id: int | None) -> AgendaBlock | None:
        return next((b for b in self.blocks if b.id == block_id), None)

    def _save_field(self, field: str, value: object) -> None:
        block = self.store.find(AgendaBlock, self._selected_id) if self._selected_id is not None else None
        if block is None:
            return
        setattr(block, field, value)
        if self.write(lambda: self.store.save(block)):
            self.blocks = [block if b.id == block.id else b for b in self.blocks]
            self.redraw_rows()
            self.timer.blocks_changed()
            self.timer.show()

    def _save_facilitator_notes(self, step: int, text: str) -> None:
        note = self.store.get(StepNote, step)  # read fresh: other pages write this row's other fields
        note.facilitator_notes = text
        self.write(lambda: self.store.save(note), Changes(assessment=True))

    def _start_changed(self, value: QTime) -> None:
        workshop = self.store.workshop()
        workshop.agenda_start = value.toString("HH:mm")
        if self.write(lambda: self.store.save(workshop)):
            self.redraw_rows()

    def flush(self) -> None:
        """Write pending text and the running block's time (before closing the workshop)."""
        self.editor.flush()
        self.notes.flush()
        self.timer.save_actual()

    # --- editing the list -------------------------------------------------------------------------------

    def _selection_changed(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        self.editor.flush()  # saves into the block that was selected until now
        self._selected_id = None if item is None else self.list.selected_id()
        block = self.block(self._selected_id)
        self.editor.load(block)
        if block is not None and block.step:
            self.notes.tabs.setCurrentIndex(block.step - 1)  # the notes of the step in hand

    def _activated(self, _item: QTreeWidgetItem, _column: int) -> None:
        if self._selected_id is not None:
            self.timer.make_current(self._selected_id)

    def add_block(self) -> None:
        self.editor.flush()
        selected = self.list.selected_id()
        index = self.list.block_ids().index(selected) + 1 if selected is not None else len(self.blocks)
        block = AgendaBlock(title=self.tr("New block"), planned_minutes=10)

        def add() -> None:
            self.store.add(block)
            self.store.move(block, index)

        if self.write(add):
            self._selected_id = block.id
            self.refresh()
            self.editor.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.editor.title_edit.selectAll()

    def remove_block(self) -> None:
        block = self.block(self.list.selected_id())
        if block is None:
            return
        self.editor.flush()
        block = self.block(block.id) or block
        text = fill(self.tr("Remove “%1” (%2 min) from the agenda?"), block.title, block.planned_minutes)
        actual = self.timer.actual_for(block)
        if actual:
            text += " " + fill(self.tr("Its recorded time (%1) is removed too."), spent_time(actual))
        if not confirm(self, self.tr("Remove block"), text, self.tr("&Remove"), action_is_default=True):
            return
        index = self.blocks.index(block)
        following = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
        previous = self.blocks[index - 1] if index else None
        self.timer.forget(block)
        if self.write(lambda: self.store.delete(AgendaBlock, block.id)):
            neighbour = following or previous
            self._selected_id = neighbour.id if neighbour else None
            self.refresh()
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_selected(self, delta: int) -> None:
        block_id = self.list.selected_id()
        if block_id is None:
            return
        index = self.list.block_ids().index(block_id) + delta
        if 0 <= index < len(self.blocks):
            self._move_to(block_id, index)

    def _move_to(self, block_id: int, index: int) -> None:
        block = self.block(block_id)
        if block is None:
            return
        self.editor.flush()
        if self.write(lambda: self.store.move(block, index)):
            self._selected_id = block_id
            self.refresh()

    def use_template(self) -> None:
        template = agenda.load_template(self.language)
        if self.blocks:
            question = fill(self.tr("Replace the %n block(s) of this agenda with the template “%1”? Their titles, "
                                    "notes and recorded times are removed.", "", len(self.blocks)), template.name)
            if not confirm(self, self.tr("Use template"), question, self.tr("&Replace"), action_is_default=False):
                return
        self.editor.flush()
        self._fill_from_template(replace=True)
        self._selected_id = None
        self.refresh()

    def _fill_from_template(self, replace: bool) -> None:
        self.timer.forget_all()
        self.write(lambda: write_template(self.store, agenda.load_template(self.language), replace))

    # --- for the projector ------------------------------------------------------------------------------

    def timer_actions(self) -> list[QAction]:
        """Start/Pause, +5 min and Next block with their keys, for a window's menu (it may widen their context)."""
        return list(self.timer.actions.values())

    def timer_text(self) -> str:
        """What the countdown shows now ("12:30", "+2:10"), or "" when no block is in hand."""
        return self.timer.text()
