"""Step 2, Assess: rounds of anonymous answers, participant entry (F5), the projector, results, the group's
agreed levels and notes, data sources and the ISO 45003 hazard checklist."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWidget,
)

from vzworkshop.core.content import MethodContent, load_content
from vzworkshop.core.results import RoundResult
from vzworkshop.core.rounds import BASELINE, unused_round_name
from vzworkshop.store import WorkshopStore
from vzworkshop.store.errors import WorkshopFileError
from vzworkshop.store.records import Round
from vzworkshop.ui import progress
from vzworkshop.ui.changes import Changes
from vzworkshop.ui.dialogs import settings_dialog
from vzworkshop.ui.pages.assess_discussion import DiscussionView, StepNotesView
from vzworkshop.ui.pages.assess_hazards import HazardChecklist
from vzworkshop.ui.pages.assess_results import ResultsView
from vzworkshop.ui.pages.assess_rounds import NewRoundDialog
from vzworkshop.ui.pages.base import StepPage
from vzworkshop.ui.participant import ParticipantWindow, open_participant_entry
from vzworkshop.ui.projector import ProjectorWindow, load_live_result, load_round_result, place_projector
from vzworkshop.ui.widgets.fitted_combo import FittedCombo
from vzworkshop.ui.widgets.flow import FlowLayout, pair
from vzworkshop.ui.widgets.page_header import PageHeader, page_layout
from vzworkshop.ui.widgets.round_delete import delete_unanswered_round
from vzworkshop.ui.widgets.staircase import answers_count
from vzworkshop.ui.widgets.tab_labels import fit_tab_labels
from vzworkshop.ui.widgets.tab_size import size_to_current_tab

if TYPE_CHECKING:
    from vzworkshop.ui.dialogs.import_answers import ImportAnswersDialog


class AssessPage(StepPage):
    STEP: ClassVar[int] = 2
    # a projector window was made: the workshop window adds its shortcuts (steps, agenda, timer, F6) to it
    projector_opened = Signal(object)

    def __init__(self, store: WorkshopStore, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.round_id: int | None = None
        self.projector: ProjectorWindow | None = None
        self.participants: ParticipantWindow | None = None
        self._hide_on_projector = not store.workshop().projector_live  # the workshop's setting (default: hide)
        self._previous: RoundResult | None = None  # the earlier round's figures, read in refresh()

        self.header = PageHeader(self.STEP)
        self.header.set_step_title(load_content(store.workshop().language).step(self.STEP).short_title)
        self.heading = self.header.heading
        self.guidance = self.header.guidance

        self.round_box = FittedCombo()  # a round's whole name where the row has room, otherwise "…" and a tooltip
        self.round_box.setAccessibleName(self.tr("Round"))
        self.round_box.setMinimumContentsLength(18)
        self.round_box.currentIndexChanged.connect(self._round_chosen)
        round_label = QLabel(self.tr("&Round:"))
        round_label.setBuddy(self.round_box)
        self.new_round_button = QPushButton(self.tr("&New round…"))
        self.new_round_button.setAccessibleName(self.tr("New round"))
        self.new_round_button.clicked.connect(self.new_round)
        self.delete_round_button = QPushButton(self.tr("Delete round…"))
        self.delete_round_button.setAccessibleName(self.tr("Delete the chosen round (only one without answers)"))
        self.delete_round_button.setToolTip(self.tr("Only a round nobody has answered in can be deleted"))
        self.delete_round_button.setEnabled(False)
        self.delete_round_button.clicked.connect(self.delete_round)
        self.import_button = QPushButton(self.tr("&Import answers…"))
        self.import_button.setAccessibleName(self.tr("Import answers from a file"))
        self.import_button.setToolTip(self.tr("Import answers from a paper or online survey (a CSV file)"))
        self.import_button.clicked.connect(self.import_answers)
        self.import_dialog: ImportAnswersDialog | None = None
        self.participant_button = QPushButton(self.tr("Start participant entry (F5)"))
        self.participant_button.setAccessibleName(self.tr("Start participant entry"))
        self.participant_button.setStyleSheet("font-weight: bold; padding: 6px 14px;")
        self.participant_button.clicked.connect(self.start_participants)
        self.answers_label = QLabel()
        self.answers_label.setAccessibleName(self.tr("Answers in this round"))
        rounds_row = FlowLayout()  # wraps onto a second line with a large font
        rounds_row.addWidget(pair(round_label, self.round_box))
        rounds_row.addWidget(self.new_round_button)
        rounds_row.addWidget(self.delete_round_button)
        rounds_row.addWidget(self.import_button)
        rounds_row.addWidget(self.answers_label)
        rounds_row.add_right(self.participant_button)

        self.projector_button = QPushButton(self.tr("&Projector window"))
        self.projector_button.setAccessibleName(self.tr("Open the projector window"))
        self.projector_button.clicked.connect(self.show_projector)
        self.hide_check = QCheckBox(self.tr("Hide results on the projector &until revealed"))
        self.hide_check.setChecked(self._hide_on_projector)
        self.hide_check.toggled.connect(self._hide_toggled)
        self.reveal_button = QPushButton(self.tr("Reve&al"))
        self.reveal_button.setAccessibleName(self.tr("Reveal the results on the projector"))
        self.reveal_button.setEnabled(self._hide_on_projector)
        self.reveal_button.clicked.connect(self.reveal)
        # live mode counts every figure the room sees as shown: the round's final figures may have to wait
        self.live_note = QLabel(self.tr("Live on the projector: the round's final results may then have to wait "
                                        "for more answers."))
        self.live_note.setWordWrap(True)
        self.live_note.setProperty("role", "hint")
        self.live_note.setVisible(not self._hide_on_projector)
        projector_row = FlowLayout()
        projector_row.addWidget(self.projector_button)
        projector_row.addWidget(self.hide_check)
        projector_row.addWidget(self.reveal_button)

        self.results = ResultsView()
        self.discussion = DiscussionView(store, self.report)
        self.step_notes = StepNotesView(store, self.report)
        self.hazards = HazardChecklist(store, self.report)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Assessment"))
        self.tabs.addTab(self.results, self.tr("Results"))
        self.tabs.addTab(self.discussion, self.tr("Agreed levels and discussion"))
        self.tabs.addTab(self.step_notes, self.tr("Data sources and notes"))
        self.tabs.addTab(self.hazards, self.tr("Psychosocial hazards (ISO 45003)"))
        size_to_current_tab(self.tabs)
        fit_tab_labels(self.tabs, [  # short labels where the full ones do not fit (a large font)
            (self.tr("Results"), self.tr("Results")),
            (self.tr("Agreed levels and discussion"), self.tr("Discussion")),
            (self.tr("Data sources and notes"), self.tr("Data and notes")),
            (self.tr("Psychosocial hazards (ISO 45003)"), self.tr("Hazards")),
        ])

        layout = page_layout(self, self.header)
        layout.addLayout(rounds_row)
        layout.addLayout(projector_row)
        layout.addWidget(self.live_note)
        layout.addWidget(self.tabs, 1)

        # F5: an action (not a QShortcut) so the projector window can carry it too (see show_projector)
        self.participant_action = QAction(self.tr("Start participant entry"), self)
        self.participant_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.participant_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.participant_action.triggered.connect(self.start_participants)
        self.addAction(self.participant_action)

    # --- StepPage ---------------------------------------------------------------------------------------

    def _content(self) -> tuple[MethodContent, str]:
        language = self.store.workshop().language
        return load_content(language), language

    def title(self) -> str:
        content, _ = self._content()
        return content.step(self.STEP).short_title

    def has_content(self) -> bool:
        return progress.has_content(self.store, self.STEP)

    def relevant(self, changes: Changes) -> bool:
        return progress.relevant(self.STEP, changes)

    def on_changes(self, changes: Changes, source: object) -> None:
        if self.projector is not None and source is not self:  # own writes reach it in _after_own_write
            self.projector.on_changes(changes, source)
        super().on_changes(changes, source)

    def refresh(self) -> None:
        content, language = self._content()
        self.header.set_step_title(content.step(self.STEP).short_title)
        if not self.store.read_only:  # a read-only workshop keeps the facilitator's choice of this session
            self._show_hide_setting(not self.store.workshop().projector_live)
        rounds = self.store.rounds()
        if self.round_id not in {r.id for r in rounds}:
            self.round_id = rounds[-1].id if rounds else None
        self.round_box.blockSignals(True)
        self.round_box.clear()
        for rnd in rounds:
            self.round_box.addItem(rnd.name, rnd.id)
        self.round_box.setCurrentIndex(self.round_box.findData(self.round_id) if self.round_id else -1)
        self.round_box.setEnabled(bool(rounds))
        self.round_box.blockSignals(False)
        result = load_round_result(self.store, self.round_id) if self.round_id is not None else None
        self._previous = self._previous_result(rounds)
        self._show_figures(result, content, language)
        self.step_notes.refresh()
        self.hazards.refresh(content)
        if self.projector is not None and self.projector.round_id != self.round_id:
            if self._hide_on_projector:  # a new round is hidden until revealed too
                self.projector.set_hidden(True)
            self.projector.set_round(self.round_id)

    def _show_figures(self, result: RoundResult | None, content: MethodContent, language: str) -> None:
        self.answers_label.setText(answers_count(result.respondents) if result else "")
        self.delete_round_button.setEnabled(result is not None and result.respondents == 0)
        self.results.show_result(result, self._previous, content, language)
        self.discussion.show_round(self.round_id, result.stats if result else None, content, language)

    def _ballots_added(self) -> None:
        """After a ballot into the shown round: read its tallies once; the room's live figure first (it is not
        remembered as shown, see `load_live_result`), then this page's figures if the page is seen."""
        assert self.round_id is not None
        tallies = self.store.group_tallies(self.round_id)
        projector = self.projector
        if projector is not None and projector.round_id == self.round_id:
            projector.show_round_result(load_live_result(self.store, self.round_id, tallies))
            if projector.isVisible():
                projector.repaint()  # drawn now: before this page and the workshop file's housekeeping
        if self.seen():
            self._show_figures(load_round_result(self.store, self.round_id, tallies), *self._content())
        else:
            self._dirty = True  # read when seen again: after participant entry, the round's final figures

    def _previous_result(self, rounds: list[Round]) -> RoundResult | None:
        """"Earlier": the latest round before the shown one whose figures are shown, passing over rounds
        nobody answered and rounds withheld (not a column of dashes for an empty round started by mistake)."""
        ids = [r.id for r in rounds]
        if self.round_id not in ids:
            return None
        for rnd in reversed(rounds[:ids.index(self.round_id)]):
            if rnd.id is None or not self.store.round_ballots(rnd.id):
                continue
            result = load_round_result(self.store, rnd.id)
            if not result.withheld and result.stats is not None:
                return result
        return None

    def _round_chosen(self, index: int) -> None:
        data = self.round_box.itemData(index)
        if data is not None and data != self.round_id:
            self.round_id = int(data)
            self.refresh()

    # --- rounds -----------------------------------------------------------------------------------------

    def new_round(self) -> int | None:
        dialog = NewRoundDialog([r.name for r in self.store.rounds()], self.store.workshop().language, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        name, kind, groups = dialog.values()
        return self.add_round(name, kind, groups)

    def add_round(self, name: str, kind: str = "baseline", groups: list[str] | None = None) -> int | None:
        try:
            rnd = self.store.add_round(name, kind, groups or [""], date=datetime.date.today().isoformat())
        except (WorkshopFileError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Round not added"), str(exc))
            return None
        self.round_id = rnd.id
        self.report(Changes(rounds=True, round_id=rnd.id))
        self._after_own_write(Changes(rounds=True, round_id=rnd.id))
        return rnd.id

    def delete_round(self) -> None:
        """Delete the chosen round if nobody has answered in it (asked first); the latest round is shown then."""
        if self.round_id is None or not delete_unanswered_round(self, self.store, self.round_id):
            return
        self.round_id = None
        changes = Changes(rounds=True)
        self.report(changes)
        self._after_own_write(changes)
        self.round_box.setFocus()

    def import_answers(self) -> ImportAnswersDialog:
        """The import dialog (not blocking); once it has imported, the page shows that round."""
        from vzworkshop.ui.dialogs.import_answers import ImportAnswersDialog  # the CSV reader only when needed

        dialog = ImportAnswersDialog(self.store, self.round_id, self)
        dialog.imported.connect(self._answers_imported)
        dialog.finished.connect(dialog.deleteLater)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _answers_imported(self, round_id: int) -> None:
        self.round_id = round_id
        changes = Changes(rounds=True, ballots=True, round_id=round_id)
        self.report(changes)
        self._after_own_write(changes)

    def _after_own_write(self, changes: Changes) -> None:
        only_ballots = changes == Changes(ballots=True, round_id=changes.round_id)
        if only_ballots and changes.round_id == self.round_id and self.round_id is not None:
            self._ballots_added()  # no full reload on each ballot; a hidden page is read when seen again
            return
        self.refresh()
        if self.projector is not None:
            self.projector.on_changes(changes, self)

    # --- participant entry --------------------------------------------------------------------------------

    def start_participants(self) -> None:
        if self.projector is not None and self._hide_on_projector:
            self.projector.set_hidden(True)  # answering again: the result waits for the next reveal
        window = open_participant_entry(self, self.store, self.participants, self._entry_round,
                                        self._ballot_added, self._participants_ended)
        if window is not None:
            self.participants = window

    def _entry_round(self) -> int | None:
        """The round participants answer: the chosen one, else a new first round."""
        if self.round_id is None:  # in the workshop's language: the name prints in the PDFs
            name = unused_round_name(self.store.workshop().language, BASELINE, [r.name for r in self.store.rounds()])
            self.add_round(name)
        return self.round_id

    def _ballot_added(self, changes: Changes) -> None:
        # While participants answer this window is hidden behind theirs: only the projector, which the room
        # sees, follows at once (its live figure is not remembered as shown); this page reads the round's
        # figures when it is seen again, after participant entry.
        self.report(changes)
        self._after_own_write(changes)

    def _participants_ended(self) -> None:
        if self.participants is not None:
            self.participants.deleteLater()
        self.participants = None
        self.activateWindow()

    # --- projector ----------------------------------------------------------------------------------------

    def show_projector(self) -> ProjectorWindow:
        """Open (or bring back) the projector window: full screen on the projector screen chosen in Settings
        (automatic: a screen other than the facilitator's), else a normal window beside the app.
        The facilitator's window keeps the keyboard: the projector is shown without activating it, and the
        facilitator's shortcuts (F5 here; the workshop window adds steps, agenda, timer, F6) work from it too."""
        if self.projector is None:
            self.projector = ProjectorWindow(self.store, self)
            self.projector.set_hidden(self._hide_on_projector)
            self.projector.addAction(self.participant_action)
            self.projector_opened.emit(self.projector)
        self.projector.set_round(self.round_id)
        host = self.window()
        if self.projector.isVisible():
            self.projector.show()
        else:
            place_projector(self.projector, settings_dialog.projector_screen(host.screen()), host.screen())
        if QGuiApplication.platformName() != "offscreen":  # the test platform cannot raise windows
            self.projector.raise_()
        if host is not self.projector and host.isVisible():
            host.activateWindow()  # where the window system activated the projector all the same
        return self.projector

    def _hide_toggled(self, hidden: bool) -> None:
        """The workshop's setting, saved at once (kept for this session only when the workshop is read-only)."""
        self._show_hide_setting(hidden)
        if self.projector is not None:
            self.projector.set_hidden(hidden)
        workshop = self.store.workshop()
        if workshop.projector_live == (not hidden) or self.store.read_only:
            return
        workshop.projector_live = not hidden
        try:
            self.store.save(workshop)
        except WorkshopFileError as exc:
            QMessageBox.warning(self, self.tr("Setting not saved"), str(exc))
            return
        self.report(Changes(workshop=True))

    def _show_hide_setting(self, hidden: bool) -> None:
        self._hide_on_projector = hidden
        self.hide_check.blockSignals(True)
        self.hide_check.setChecked(hidden)
        self.hide_check.blockSignals(False)
        self.reveal_button.setEnabled(hidden)
        self.live_note.setVisible(not hidden)

    def reveal(self) -> None:
        """Show the round's result on the projector (recorded as shown); it hides again when answering starts
        again or another round is chosen."""
        projector = self.projector if self.projector is not None else self.show_projector()
        projector.reveal()
