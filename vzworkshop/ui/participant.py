"""Participant entry: the laptop goes round the room and each person answers the ten statements anonymously.

A full-screen window with no menus. The answers of the person at the keyboard live only in a `Ballot` in
memory; "Submit my answers" folds it into the round's tallies in one transaction and forgets it. Nothing on
these screens shows anyone else's answers, how many have answered, or any result.

Keyboard contract (the tests drive it):
- hand-over screen: Enter starts a ballot;
- group screen (rounds split by department): 1..n picks a group;
- statement screen: 0-5 answers the shown statement and moves on; Backspace goes back one statement;
- review screen: Enter submits; Backspace goes back to the last statement;
- anywhere: Esc asks before abandoning a ballot or ending participant entry, Enter confirms, Esc cancels.
Close requests that did not come through the confirmed Esc are ignored.

Every word here is in the workshop's language (the statements' language), not the facilitator's UI language:
`tr` is overridden (`workshop_language`), here and in the screens.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from enum import Enum
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from vzworkshop.core.content import load_content
from vzworkshop.core.tally import ITEM_COUNT, Ballot
from vzworkshop.store import WorkshopStore
from vzworkshop.store.errors import WorkshopFileError
from vzworkshop.store.records import Group
from vzworkshop.ui.changes import Changes
from vzworkshop.ui.participant_screens import ItemScreen, ReviewScreen, big_button, label, style_sheet
from vzworkshop.ui.read_only import participant_entry_refused
from vzworkshop.ui.widgets import autosave
from vzworkshop.ui.workshop_language import translate

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


class Screen(Enum):
    HANDOVER = 0
    GROUPS = 1
    ITEM = 2
    REVIEW = 3
    CONFIRM = 4


class ParticipantWindow(QWidget):
    """Anonymous round-robin entry for one round. Emits `submitted(Changes)` after each ballot."""

    submitted = Signal(object)  # Changes
    ended = Signal()

    def __init__(self, store: WorkshopStore, round_id: int, parent: QWidget | None = None) -> None:
        # Not frameless: window managers ignore full-screen requests of frameless windows (seen with
        # matchbox), and a full-screen window has no frame anyway.
        super().__init__(parent, Qt.WindowType.Window)
        self.language = store.workshop().language  # the participants' (see tr)
        self.setObjectName("participant")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.tr("Participant entry"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.store = store
        self.round_id = round_id
        self.content = load_content(self.language)
        named = [g for g in store.groups(round_id) if g.name]
        self.groups: list[Group] = named
        unnamed = [g for g in store.groups(round_id) if not g.name]
        self._default_group = unnamed[0] if unnamed else None
        self.ballot: Ballot | None = None
        self.item = 1
        self._screen = Screen.HANDOVER
        self._confirm_return = Screen.HANDOVER
        self._may_close = False
        self._covered: QWidget | None = None  # the facilitator's window, hidden while participants answer
        self._base_px = 0
        self._build()
        self._show(Screen.HANDOVER)

    def tr(self, text: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        """In the workshop's language: the participants read this window."""
        return translate("ParticipantWindow", text, disambiguation, n, language=self.language)

    # --- building -------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedWidget()
        self.handover = QWidget()
        self.handover_text = label(self.tr("Pass the laptop to the next participant.\nPress Enter to start."),
                                   "huge")
        self.handover_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks = label(role="title")
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        start = big_button(self.tr("Start"), self.tr("Start answering"), self._start, "primary")
        start.setProperty("wide", True)
        about = label(self.tr("Your answers are anonymous: they are added to the group's totals only when you "
                              "submit, and nobody can see what you answered."), "hint")
        about.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QVBoxLayout(self.handover)
        box.addStretch(2)
        box.addWidget(self.thanks)
        box.addWidget(self.handover_text)
        box.addSpacing(24)
        box.addWidget(start, 0, Qt.AlignmentFlag.AlignCenter)
        box.addStretch(1)
        box.addWidget(about)
        box.addStretch(1)

        self.group_screen = QWidget()
        group_box = QVBoxLayout(self.group_screen)
        group_box.addStretch(1)
        group_box.addWidget(label(self.tr("Which group (department) do you belong to?"), "huge"))
        group_box.addWidget(label(self.tr("Press its number or touch it."), "hint"))
        grid = QGridLayout()
        grid.setSpacing(14)
        columns = 2 if len(self.groups) > 4 else 1
        self.group_buttons = []
        for index, group in enumerate(self.groups):
            number = index + 1
            button = big_button(f"{number}   {group.name}" if number <= 9 else group.name,
                                self.tr("Group {name}").format(name=group.name),
                                partial(self._pick_group, group))
            button.setStyleSheet("text-align: left;")
            self.group_buttons.append(button)
            grid.addWidget(button, index // columns, index % columns)
        group_box.addLayout(grid)
        group_box.addStretch(2)

        self.item_screen = ItemScreen(self._answer, self._back, self._skip, self.language)
        self.review = ReviewScreen(self._goto_item, self._submit, self._back, self.language)

        self.confirm = QWidget()
        self.confirm_text = label(role="huge")
        self.confirm_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        yes = big_button(self.tr("Yes (Enter)"), self.tr("Yes"), self._confirmed, "primary")
        no = big_button(self.tr("No, go back (Esc)"), self.tr("No, go back"), self._cancel_confirm)
        answers = QHBoxLayout()
        answers.addStretch(1)
        for button in (no, yes):
            button.setProperty("wide", True)
            answers.addWidget(button)
        answers.addStretch(1)
        answers.setSpacing(32)
        confirm_box = QVBoxLayout(self.confirm)
        confirm_box.addStretch(1)
        confirm_box.addWidget(self.confirm_text)
        confirm_box.addSpacing(24)
        confirm_box.addLayout(answers)
        confirm_box.addStretch(2)

        for screen in (self.handover, self.group_screen, self.item_screen, self.review, self.confirm):
            self.stack.addWidget(screen)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 32)
        outer.addWidget(self.stack)
        self._apply_style(self.height())

    def _apply_style(self, height: int) -> None:
        base = max(16, min(30, height // 38))
        if base != self._base_px:
            self._base_px = base
            self.setStyleSheet(style_sheet(base))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._apply_style(event.size().height())
        super().resizeEvent(event)

    # --- screens ----------------------------------------------------------------------------------------

    @property
    def current_screen(self) -> Screen:
        return self._screen

    def _show(self, screen: Screen) -> None:
        self._screen = screen
        widget = {
            Screen.HANDOVER: self.handover,
            Screen.GROUPS: self.group_screen,
            Screen.ITEM: self.item_screen,
            Screen.REVIEW: self.review,
            Screen.CONFIRM: self.confirm,
        }[screen]
        if screen is Screen.ITEM and self.ballot is not None:
            self.item_screen.show_item(self.content.item(self.item), self.item, ITEM_COUNT,
                                       self.ballot.answers.get(self.item))
        if screen is Screen.REVIEW and self.ballot is not None:
            self.review.show_answers(self.content.items, self.ballot.answers)
        if screen is not Screen.HANDOVER:
            self.thanks.clear()
        self.stack.setCurrentWidget(widget)
        self.setFocus()

    def _start(self) -> None:
        if self.groups:
            self.ballot = None
            self._show(Screen.GROUPS)
        elif self._default_group is not None and self._default_group.id is not None:
            self.ballot = Ballot(self.round_id, self._default_group.id)
            self.item = 1
            self._show(Screen.ITEM)

    def _pick_group(self, group: Group) -> None:
        assert group.id is not None
        self.ballot = Ballot(self.round_id, group.id)
        self.item = 1
        self._show(Screen.ITEM)

    def _answer(self, value: int) -> None:
        if self.ballot is None or self._screen is not Screen.ITEM:
            return
        self.ballot.answer(self.item, value)
        self._skip()

    def _skip(self) -> None:
        if self.item < ITEM_COUNT:
            self.item += 1
            self._show(Screen.ITEM)
        else:
            self._show(Screen.REVIEW)

    def _back(self) -> None:
        if self._screen is Screen.REVIEW:
            self.item = ITEM_COUNT
            self._show(Screen.ITEM)
        elif self._screen is Screen.ITEM and self.item > 1:
            self.item -= 1
            self._show(Screen.ITEM)
        elif self._screen is Screen.ITEM and self.groups and not self._has_answers():
            self.ballot = None  # back to the group choice; nothing answered is lost
            self._show(Screen.GROUPS)
        elif self._screen is Screen.GROUPS:
            self._show(Screen.HANDOVER)

    def _has_answers(self) -> bool:
        return self.ballot is not None and self.ballot.answered_items > 0

    def _goto_item(self, number: int) -> None:
        self.item = number
        self._show(Screen.ITEM)

    def _submit(self) -> None:
        if self.ballot is None:
            return
        try:
            self.store.add_ballot(self.ballot, fold=False)  # durable now; folded once the room's view is drawn
        except (WorkshopFileError, ValueError, KeyError) as exc:
            self.review.error.setText(self.tr("Your answers could not be saved: {problem}. Please call the "
                                              "facilitator; your answers are kept until then.").format(problem=exc))
            self.review.error.show()
            return
        self.review.error.hide()
        self.ballot.clear()
        self.ballot = None
        self.item = 1
        self._show(Screen.HANDOVER)
        self.thanks.setText(self.tr("Thank you! Your answers have been saved."))
        self.submitted.emit(Changes(ballots=True, round_id=self.round_id))
        QTimer.singleShot(0, self, self._fold)  # with this window as context: not after it is gone

    def _fold(self) -> None:
        """Fold the ballot's commit into the workshop file (the anonymity rule in `store.add_ballot`), right after
        the projector has been repainted: off the path from Enter to the room's view, not later than that."""
        with contextlib.suppress(WorkshopFileError):  # if not now, when the workshop is next closed or opened
            self.store.fold_wal()

    # --- confirmation -------------------------------------------------------------------------------------

    def _ask(self) -> None:
        self._confirm_return = self._screen
        if self._screen is Screen.HANDOVER:
            self.confirm_text.setText(self.tr("End participant entry?\n\nFacilitator: press Enter to end, "
                                              "Esc to stay."))
        else:
            self.confirm_text.setText(self.tr("Stop and delete the answers given so far?\n\nPress Enter to "
                                              "delete them, Esc to continue answering."))
        self._show(Screen.CONFIRM)

    def _confirmed(self) -> None:
        if self._confirm_return is Screen.HANDOVER:
            self._may_close = True
            self._uncover()
            self.close()
            self.ended.emit()
            return
        if self.ballot is not None:
            self.ballot.clear()
        self.ballot = None
        self.item = 1
        self._show(Screen.HANDOVER)

    def _cancel_confirm(self) -> None:
        self._show(self._confirm_return)

    # --- keyboard and closing ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        screen = self._screen
        if key == Qt.Key.Key_Escape:
            if screen is Screen.CONFIRM:
                self._cancel_confirm()
            else:
                self._ask()
        elif screen is Screen.CONFIRM:
            if key in ENTER_KEYS:
                self._confirmed()
        elif screen is Screen.HANDOVER:
            if key in ENTER_KEYS:
                self._start()
        elif screen is Screen.GROUPS:
            number = DIGITS.get(Qt.Key(key))
            if number is not None and 1 <= number <= min(9, len(self.groups)):
                self._pick_group(self.groups[number - 1])
            elif key == Qt.Key.Key_Backspace:
                self._back()
        elif screen is Screen.ITEM:
            value = DIGITS.get(Qt.Key(key))
            if value is not None and value <= 5:
                self._answer(value)
            elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Left):
                self._back()
            elif key == Qt.Key.Key_Right:
                self._skip()
        elif screen is Screen.REVIEW:
            if key in ENTER_KEYS:
                self._submit()
            elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Left):
                self._back()
            else:
                self.review.scroll_by_key(Qt.Key(key))
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:
        """Hide the facilitator's window while participants answer: even where full screen fails or a
        participant switches windows, no result is left on the laptop's screen behind this one."""
        super().showEvent(event)
        parent = self.parentWidget()
        host = parent.window() if parent is not None else None
        if host is not None and host is not self and host.isVisible():
            self._covered = host
            host.hide()

    def _uncover(self) -> None:
        if self._covered is not None:
            self._covered.show()
            self._covered = None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            self._uncover()
            event.accept()
        else:
            event.ignore()


def entry_active() -> bool:
    """Whether participant entry is open: the facilitator's pages then read no results (nobody sees them, and
    a result read is remembered as shown); they refresh when entry ends and they are seen again."""
    return any(isinstance(w, ParticipantWindow) and w.isVisible() for w in QApplication.topLevelWidgets())


def open_participant_entry(page: QWidget, store: WorkshopStore, current: ParticipantWindow | None,
                           round_id: Callable[[], int | None], on_submitted: Callable[[Changes], None],
                           on_ended: Callable[[], None]) -> ParticipantWindow | None:
    """Participant entry, full screen, for the round `round_id()` names (asked only once entry may start).

    The one way a page opens it (steps 2 and 5). Nothing opens, and None is returned, while `current` is still
    open, when the workshop is read-only (the ballots could not be saved: the facilitator is told so) or when
    `round_id()` gives no round.
    """
    if current is not None and current.isVisible():
        return None
    autosave.flush_all()  # what was being typed is saved before the laptop goes round
    if participant_entry_refused(store, page):
        return None
    chosen = round_id()
    if chosen is None:
        return None
    window = ParticipantWindow(store, chosen, page)
    window.submitted.connect(on_submitted)
    window.ended.connect(on_ended)
    window.showFullScreen()
    window.activateWindow()
    window.setFocus()
    return window
