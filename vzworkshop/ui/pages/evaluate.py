"""Step 5: evaluate and improve: a follow-up round compared with the baseline, the actions evaluated,
lessons learned, and what goes into the next cycle."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFormLayout, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget

from vzworkshop.core.content import load_content
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Evaluation
from vzworkshop.ui import progress
from vzworkshop.ui.changes import Changes
from vzworkshop.ui.pages.base import StepPage
from vzworkshop.ui.participant import ParticipantWindow, open_participant_entry
from vzworkshop.ui.widgets.autosave import bind_text
from vzworkshop.ui.widgets.evaluate_actions import ActionEvaluation
from vzworkshop.ui.widgets.evaluate_compare import ComparePanel
from vzworkshop.ui.widgets.page_header import PageHeader, page_layout
from vzworkshop.ui.widgets.plan_common import subheading
from vzworkshop.ui.widgets.tab_size import size_to_current_tab

TAB_MARGIN = 6


class EvaluatePage(StepPage):
    STEP = 5

    def __init__(self, store: WorkshopStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.participants: ParticipantWindow | None = None
        self.header = PageHeader(self.STEP)
        self.header.set_step_title(self.title())
        self.heading = self.header.heading
        self.guidance = self.header.guidance
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Evaluate"))
        self.compare = ComparePanel(store, self._wrote, self.collect_answers)
        self.actions_panel = ActionEvaluation(store, self._wrote)
        self.tabs.addTab(self._padded(self.compare), self.tr("1. Compare rounds"))
        self.tabs.addTab(self._padded(self.actions_panel), self.tr("2. Actions"))

        lessons_tab = QWidget()
        self.lessons = QPlainTextEdit()
        self.lessons.setAccessibleName(self.tr("Lessons learned"))
        self.lessons.setTabChangesFocus(True)
        self.next_cycle = QPlainTextEdit()
        self.next_cycle.setAccessibleName(self.tr("What goes into the next cycle"))
        self.next_cycle.setTabChangesFocus(True)
        self._lessons_saver = bind_text(self.lessons, lambda t: self._save_evaluation("lessons", t))
        self._next_saver = bind_text(self.next_cycle, lambda t: self._save_evaluation("next_cycle", t))
        form = QFormLayout()
        form.addRow(self.tr("Lessons learned"), self.lessons)
        form.addRow(self.tr("Into the next cycle"), self.next_cycle)
        lessons_layout = QVBoxLayout(lessons_tab)
        lessons_layout.addWidget(subheading(self.tr("What did we learn, and what do we take into the next cycle?")))
        lessons_layout.addLayout(form, 1)
        self.tabs.addTab(lessons_tab, self.tr("3. Lessons and next cycle"))
        size_to_current_tab(self.tabs)

        layout = page_layout(self, self.header)
        layout.addWidget(self.tabs, 1)

        # F5 collects answers here too (as on step 2), for the latest round: the follow-up just started
        self.participant_action = QAction(self.tr("Collect answers for the latest round"), self)
        self.participant_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.participant_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.participant_action.triggered.connect(self.compare.collect_latest)
        self.addAction(self.participant_action)

    @staticmethod
    def _padded(widget: QWidget) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(TAB_MARGIN, TAB_MARGIN, TAB_MARGIN, TAB_MARGIN)  # the comparison's columns need
        box.addWidget(widget)  # the width with a large font and four rounds
        return holder

    # --- StepPage -------------------------------------------------------------------------------------

    def title(self) -> str:
        return load_content(self.store.workshop().language).step(self.STEP).short_title

    def relevant(self, changes: Changes) -> bool:
        return progress.relevant(self.STEP, changes)

    def has_content(self) -> bool:
        return progress.has_content(self.store, self.STEP)

    def refresh(self) -> None:
        content = load_content(self.store.workshop().language)
        self.header.set_step_title(self.title())
        questions = content.step(self.STEP).questions
        self.lessons.setPlaceholderText("\n".join(questions[:2]))
        self.next_cycle.setPlaceholderText(questions[3] if len(questions) > 3 else "")
        self.compare.refresh()
        self.actions_panel.refresh()
        ev = self.store.get(Evaluation)
        self._lessons_saver.set_silently(ev.lessons)
        self._next_saver.set_silently(ev.next_cycle)

    # --- writing --------------------------------------------------------------------------------------

    def _wrote(self, changes: Changes) -> None:
        self.report(changes)

    def _save_evaluation(self, name: str, text: str) -> None:
        ev = self.store.get(Evaluation)
        if getattr(ev, name) == text:
            return
        setattr(ev, name, text)
        self.store.save(ev)
        self.report(Changes(actions=True))

    # --- participant entry (the same window as in step 2) -----------------------------------------------

    def collect_answers(self, round_id: int) -> None:
        window = open_participant_entry(self, self.store, self.participants, lambda: round_id,
                                        self._ballot_added, self._participants_ended)
        if window is not None:
            self.participants = window

    def _ballot_added(self, changes: Changes) -> None:
        # Participant entry covers this window: nobody sees the comparison, so it reads no results now (a
        # result read is remembered as shown); it is read when the page is seen again.
        self.report(changes)
        self._dirty = True
        if self.seen():
            self.refresh_if_dirty()

    def _participants_ended(self) -> None:
        if self.participants is not None:
            self.participants.deleteLater()
        self.participants = None
        self._dirty = True
        if self.seen():
            self.refresh_if_dirty()
        self.activateWindow()
