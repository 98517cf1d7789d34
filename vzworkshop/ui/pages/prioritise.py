"""Step 3: prioritise the problems from the evidence and build the action plan."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vzworkshop.core import priorities
from vzworkshop.core.content import load_content
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import ActionItem, Plan, Problem
from vzworkshop.ui import progress
from vzworkshop.ui.changes import Changes
from vzworkshop.ui.pages.base import StepPage
from vzworkshop.ui.widgets.action_cycles import CycleFilter, cycle_marks, mark_cells
from vzworkshop.ui.widgets.action_editor import ActionEditor
from vzworkshop.ui.widgets.autosave import bind_text
from vzworkshop.ui.widgets.focus_ring import ROOM
from vzworkshop.ui.widgets.page_header import PageHeader, page_layout
from vzworkshop.ui.widgets.plan_common import (
    ChoiceCombo,
    cell_date,
    confirm,
    fill_table,
    horizon_names,
    keep_wrapped_heights,
    record_table,
    select_id,
    selected_id,
    shortcut,
    show_rows,
    status_names,
    subheading,
)
from vzworkshop.ui.widgets.plan_evidence import EvidencePanel
from vzworkshop.ui.widgets.problem_panel import ProblemPanel
from vzworkshop.ui.widgets.reflow import ReflowSplitter
from vzworkshop.ui.widgets.tab_size import size_to_current_tab

ALL = -1  # "all actions" in the problem filter


class PrioritisePage(StepPage):
    STEP = 3

    def __init__(self, store: WorkshopStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.header = PageHeader(self.STEP)
        self.header.set_step_title(self.title())
        self.heading = self.header.heading
        self.guidance = self.header.guidance
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Prioritise or plan"))

        # tab 1: evidence beside the problems
        self.evidence = EvidencePanel(store)
        self.problems = ProblemPanel(store, lambda: self.report(Changes(problems=True)))
        self.problems.selected.connect(self._problem_selected)
        split = ReflowSplitter([1, 1])  # halves; stacked where a large font needs more than the width
        split.addWidget(self.evidence)
        split.addWidget(self.problems)
        keep_wrapped_heights(split)  # on a laptop screen the page scrolls rather than squash a wrapped text
        self.tabs.addTab(split, self.tr("1. Evidence and priorities"))

        # tab 2: the action plan
        self.plan_tab = QWidget()
        self.filter = ChoiceCombo([], self.tr("Show actions for"))
        self.filter.currentIndexChanged.connect(lambda _: self._fill_actions())
        self.cycle_filter = CycleFilter()
        self.cycle_filter.changed.connect(self._fill_actions)
        self.action_table = record_table([self.tr("No."), self.tr("What"), self.tr("Owner"), self.tr("Due"),
                                          self.tr("Status")],
                                    self.tr("Actions of the plan"))
        self.action_table.key_chars = 24  # what is to be done reads as a sentence, not a word a line
        self.action_table.itemSelectionChanged.connect(self._action_selected)
        show_rows(self.action_table, 4, lines=2)
        self.add_action_button = QPushButton(self.tr("New action (Ctrl+N)"))
        self.add_action_button.setAccessibleName(self.tr("New action"))
        self.add_action_button.clicked.connect(self.add_action)
        self.delete_action_button = QPushButton(self.tr("Delete…"))
        self.delete_action_button.setAccessibleName(self.tr("Delete action"))
        self.delete_action_button.clicked.connect(self.delete_action)
        self.editor = ActionEditor(store, lambda: self._action_saved())
        self.goals = QPlainTextEdit()
        self.goals.setAccessibleName(self.tr("Long-term goals of the plan"))
        self.goals.setPlaceholderText(self.tr("Where do we want to be in two to three years?"))
        self.goals.setTabChangesFocus(True)
        self.plan_resources = QPlainTextEdit()
        self.plan_resources.setAccessibleName(self.tr("Resources for the plan as a whole"))
        self.plan_resources.setTabChangesFocus(True)
        for box in (self.goals, self.plan_resources):
            box.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self._goals_saver = bind_text(self.goals, lambda t: self._save_plan("long_term_goals", t))
        self._resources_saver = bind_text(self.plan_resources, lambda t: self._save_plan("resources", t))

        top = QHBoxLayout()
        caption = QLabel(self.tr("Actions for"))
        caption.setBuddy(self.filter)
        top.addWidget(caption)
        top.addWidget(self.filter, 1)
        top.addWidget(self.cycle_filter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_action_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_action_button)
        plan_form = QFormLayout()
        plan_form.addRow(self.tr("Long-term goals"), self.goals)
        plan_form.addRow(self.tr("Resources"), self.plan_resources)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(subheading(self.tr("Action plan")))
        left_layout.addLayout(top)
        left_layout.addWidget(self.action_table, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(subheading(self.tr("The plan as a whole")))
        left_layout.addLayout(plan_form)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(ROOM, ROOM, ROOM, ROOM)  # a focus ring at the edge stays whole
        right_layout.addWidget(subheading(self.tr("Selected action")))
        right_layout.addWidget(self.editor)
        right_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop that shows nothing; its fields take the focus
        scroll.setWidget(right)
        keep_wrapped_heights(right)  # the prevention level's explanation, in a narrow column
        plan_split = ReflowSplitter([2, 1])  # the actions' "What" needs the room; the form puts labels above
        plan_split.addWidget(left)
        plan_split.addWidget(scroll)
        plan_layout = QVBoxLayout(self.plan_tab)
        plan_layout.addWidget(plan_split)
        self.tabs.addTab(self.plan_tab, self.tr("2. Action plan"))
        size_to_current_tab(self.tabs)

        layout = page_layout(self, self.header)
        layout.addWidget(self.tabs, 1)

        shortcut(self, "Ctrl+N", self.add_to_current_tab)
        shortcut(self.action_table, "Delete", self.delete_action, Qt.ShortcutContext.WidgetShortcut)
        # Tab reads the plan as it stands: the left column down to the plan as a whole, then the selected action
        chain = [self.filter, self.cycle_filter.combo, self.action_table, self.add_action_button,
                 self.delete_action_button, self.goals, self.plan_resources, *self.editor.fields()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- StepPage -------------------------------------------------------------------------------------

    def title(self) -> str:
        return load_content(self.store.workshop().language).step(self.STEP).short_title

    def relevant(self, changes: Changes) -> bool:
        return progress.relevant(self.STEP, changes)

    def has_content(self) -> bool:
        return progress.has_content(self.store, self.STEP)

    def refresh(self) -> None:
        self.header.set_step_title(self.title())
        self.evidence.refresh()
        self.problems.refresh()
        self._fill_filter()
        self._fill_actions()
        plan = self.store.get(Plan)
        self._goals_saver.set_silently(plan.long_term_goals)
        self._resources_saver.set_silently(plan.resources)

    # --- the action plan ------------------------------------------------------------------------------

    def _fill_filter(self) -> None:
        choices: list[tuple[str, object]] = [(self.tr("All actions"), ALL)]
        choices += [(p.title or self.tr("(untitled)"), p.id)  # in the order step 3 ranks them
                    for p, _ in priorities.rank(self.store.list(Problem))]
        self.filter.set_choices(choices)

    def _problem_selected(self, problem_id: int | None) -> None:
        if problem_id is not None:
            self.filter.set_value(problem_id)
            self._fill_actions()

    def _filtered(self, actions: list[ActionItem]) -> list[ActionItem]:
        chosen = self.filter.value()
        return [a for a in actions if self.cycle_filter.admits(a)
                and (chosen is None or chosen == ALL or a.problem_id == chosen)]

    def _fill_actions(self, load_editor: bool = True) -> None:
        lang = self.store.workshop().language
        levels = {p.key: p.name for p in load_content(lang).prevention_levels}
        statuses, horizons = status_names(), horizon_names()
        actions = self.store.list(ActionItem)
        self.cycle_filter.update_cycles(actions)
        all_numbers = {a.id: n for n, a in enumerate(actions, start=1)}
        rows: list[tuple[int | None, list[str]]] = []
        tips: list[list[str]] = []
        for a in self._filtered(actions):
            what = a.what or self.tr("(not described yet)")
            rows.append((a.id, [str(all_numbers[a.id]), what, a.owner or "–", cell_date(a.due, lang),
                                statuses.get(a.status, a.status)]))
            tip = f"{what}\n{levels.get(a.prevention_level, '')} · {horizons.get(a.horizon, '')}"
            tips.append(["", tip, "", "", ""])
        fill_table(self.action_table, rows, tips)
        mark_cells(self.action_table, 1, cycle_marks(actions, all_numbers))
        if not load_editor:
            return
        if selected_id(self.action_table) is None and rows:
            select_id(self.action_table, rows[0][0], notify=False)
        self.editor.load(selected_id(self.action_table))
        self.delete_action_button.setEnabled(selected_id(self.action_table) is not None)

    def _action_selected(self) -> None:
        self.editor.load(selected_id(self.action_table))
        self.delete_action_button.setEnabled(selected_id(self.action_table) is not None)

    def _action_saved(self) -> None:
        self._fill_actions(load_editor=False)
        self.report(Changes(actions=True))

    def add_to_current_tab(self) -> None:
        """Ctrl+N anywhere on the page (also right after Ctrl+3, with the focus on the guidance): a new problem
        on the first tab, a new action on the action plan."""
        if self.tabs.currentWidget() is self.plan_tab:
            self.add_action()
        else:
            self.problems.add_problem()

    def add_action(self) -> None:
        chosen = self.filter.value()
        problem = self.store.find(Problem, chosen) if isinstance(chosen, int) and chosen != ALL else None
        action = self.store.add(ActionItem(problem_id=problem.id if problem else None,
                                           why=problem.title if problem else "",
                                           cycle=self.cycle_filter.cycle_for_new()))
        self.report(Changes(actions=True))
        self._fill_actions()
        select_id(self.action_table, action.id)
        self.editor.load(action.id)
        self.editor.what.setFocus()

    def delete_action(self) -> None:
        action_id = selected_id(self.action_table)
        action = self.store.find(ActionItem, action_id) if action_id is not None else None
        if action is None:
            return
        if not confirm(self, self.tr("Delete action"),
                       self.tr("Delete the action “{what}” with its progress notes?")
                       .format(what=action.what or self.tr("(not described yet)"))):
            return
        self.store.delete(ActionItem, action.id)
        self.report(Changes(actions=True))
        self.action_table.clearSelection()
        self._fill_actions()
        self.action_table.setFocus()

    def _save_plan(self, name: str, text: str) -> None:
        plan = self.store.get(Plan)
        if getattr(plan, name) == text:
            return
        setattr(plan, name, text)
        self.store.save(plan)
        self.report(Changes(actions=True))
