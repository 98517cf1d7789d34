"""The projector window: the room's view of a round — the staircase, the group's average and how many have
answered. It opens full screen on the projector screen chosen in Settings (automatic: a screen other than the
facilitator's), else as a normal window; F11 toggles full screen, Esc leaves full screen.

Figures come only from `core.results.round_result`, so nothing is shown below the minimum group size, and
the average moves only once a whole group's worth of new answers is in (`core.live`), so no one can work
out the last participant's answers by comparing two figures. Every figure the room is shown is recorded as a
shown moment (`store.record_shown`), so no screen, PDF or export shows figures the room could subtract from.
In "hide until reveal" mode (the default) the room sees a neutral screen with the number of answers until the
facilitator reveals the result (the controls are on the assess page, never here). Facilitator notes are never
shown.
The room reads it in the workshop's language, whatever the facilitator's UI language (`workshop_language`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent, QScreen, QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from vzworkshop.core.content import load_content
from vzworkshop.core.disclosure_history import Shown
from vzworkshop.core.live import answers_until_update, may_show
from vzworkshop.core.results import RoundResult
from vzworkshop.core.tally import Tally
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Group
from vzworkshop.ui.changes import Changes
from vzworkshop.ui.widgets.staircase import StaircaseChart, answers_count, format_number, waiting_for
from vzworkshop.ui.workshop_language import translate


def load_round_result(store: WorkshopStore, round_id: int,
                      tallies: Sequence[tuple[Group, Tally]] | None = None) -> RoundResult:
    """The round's figures for the facilitator's screens: threshold and disclosure history applied."""
    return store.round_result(round_id, tallies)


def load_live_result(store: WorkshopStore, round_id: int,
                     tallies: Sequence[tuple[Group, Tally]] | None = None) -> RoundResult:
    """What the room may be shown (threshold and disclosure history), not yet recorded: the projector records
    what it actually shows (`ProjectorWindow`); how often its figure may move is also `core.live`'s rule."""
    return store.round_result(round_id, tallies, remember=False)


def place_projector(window: QWidget, target: QScreen | None, facilitator: QScreen | None) -> None:
    """Show the projector window: full screen on `target` when that is another screen than the facilitator's
    (the room sees it at once, the facilitator keeps their own screen), else as a normal window."""
    if target is not None and target is not facilitator:
        window.winId()  # a native window, so it can be put on the screen before it is shown
        handle = window.windowHandle()
        if handle is not None:
            handle.setScreen(target)
        window.setGeometry(target.geometry())
        window.showFullScreen()
    else:
        if window.isFullScreen():
            window.showNormal()
        window.show()


class ProjectorWindow(QWidget):
    def __init__(self, store: WorkshopStore, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._language = store.workshop().language  # the room's: read again in refresh()
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # the facilitator keeps the keyboard
        self.setWindowTitle(self.tr("Projector"))
        self.store = store
        self.round_id: int | None = None
        self._hidden = False
        self._base_px = 0
        self.result: RoundResult | None = None  # what the room sees (may lag the store, see core.live)
        self._shown_at: int | None = None  # ballots behind the figure the room has seen

        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.chart = StaircaseChart(room=True)
        self.chart.set_show_descriptions(True)
        self.status = QLabel()
        self.status.setProperty("role", "status")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)  # "It moves again after ..." is wider than a 1366 px projector
        self.status.setAccessibleName(self.tr("Answers"))
        shown = QWidget()
        box = QVBoxLayout(shown)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.heading)
        box.addWidget(self.chart, 1)
        box.addWidget(self.status)

        self.neutral = QLabel()
        self.neutral.setProperty("role", "heading")
        self.neutral.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.neutral.setWordWrap(True)
        self.neutral_count = QLabel()  # hidden until reveal: the room sees how many have answered
        self.neutral_count.setProperty("role", "status")
        self.neutral_count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.neutral_count.setWordWrap(True)
        self.neutral_count.setAccessibleName(self.tr("Answers"))
        neutral_page = QWidget()
        neutral_box = QVBoxLayout(neutral_page)
        neutral_box.setContentsMargins(0, 0, 0, 0)
        neutral_box.addStretch(1)
        neutral_box.addWidget(self.neutral)
        neutral_box.addWidget(self.neutral_count)
        neutral_box.addStretch(1)
        self.neutral_page = neutral_page
        self.stack = QStackedWidget()
        self.stack.addWidget(shown)
        self.stack.addWidget(neutral_page)
        # the agenda's countdown, discreetly in the corner when the facilitator turns it on (View menu)
        self.timer_label = QLabel()
        self.timer_label.setObjectName("projectorTimer")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.timer_label.setAccessibleName(self.tr("Time left of the current agenda block"))
        self.timer_label.hide()
        self._timer_shown = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.addWidget(self.timer_label)
        layout.addWidget(self.stack)
        self.resize(1024, 640)
        self._apply_style(640)

    def tr(self, text: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        """In the workshop's language: the room reads this window."""
        return translate("ProjectorWindow", text, disambiguation, n, language=self._language)

    # --- public -----------------------------------------------------------------------------------------

    def set_round(self, round_id: int | None) -> None:
        if round_id != self.round_id:
            self._shown_at = None
            self.result = None
        self.round_id = round_id
        self.refresh()

    def set_hidden(self, hidden: bool) -> None:
        """Hide until reveal: the room sees a neutral screen instead of the result."""
        self._hidden = hidden
        self.refresh()

    def reveal(self) -> None:
        self.set_hidden(False)

    def is_hidden(self) -> bool:
        return self._hidden

    def set_timer(self, text: str, shown: bool) -> None:
        """Show the agenda countdown ("12:30", "+2:10") in the corner; hidden when not `shown` or no text."""
        self._timer_shown = shown
        self.timer_label.setText(text)
        self.timer_label.setVisible(shown and bool(text))

    def on_changes(self, changes: Changes, source: object) -> None:
        if changes.workshop or changes.rounds or changes.ballots:
            self.refresh()

    def show_round_result(self, latest: RoundResult) -> None:
        """New figures of the shown round (after a ballot), already read by the caller: no store reads here."""
        self._show_result(latest, self._language)

    def refresh(self) -> None:
        workshop = self.store.workshop()
        self._language = workshop.language
        content = load_content(workshop.language)
        self.chart.set_levels(content.levels, workshop.language)
        self.neutral.setText(workshop.title or workshop.organisation)
        if self.round_id is None or not any(r.id == self.round_id for r in self.store.rounds()):
            self.result = None
            self.neutral_count.setText("")
            self.heading.setText(workshop.title or workshop.organisation)
            self.chart.set_mean(None)
            self.status.setText(self.tr("No round has been started yet"))
        else:
            latest = load_live_result(self.store, self.round_id)
            self._show_result(latest, workshop.language)
        self.stack.setCurrentIndex(1 if self._hidden else 0)
        self.chart.setVisible(not self._hidden)

    def _show_result(self, latest: RoundResult, language: str) -> None:
        """Show `latest` if the room may see it now (core.live); otherwise keep the figure it saw last."""
        self.heading.setText(latest.name)
        n, k = latest.respondents, latest.min_group_size
        self.neutral_count.setText(self.tr("{answers} so far").format(answers=answers_count(n, language)))
        if latest.held_back and self.result is not None and self.result.overall_mean is not None:
            self._keep_seen(language, latest.missing)
            return
        if latest.held_back:  # the figures shown before (screen, PDF, an earlier session) could be compared
            self.chart.set_mean(None)
            self.status.setText(self.tr("{answers}. The average waits for %n more answer(s), so no one's own "
                                        "answers can be worked out by comparing it with figures shown before.",
                                        None, latest.missing).format(answers=answers_count(n, language)))
            return
        if latest.withheld:
            self.chart.set_mean(None)
            self.status.setText(self.tr("{answers} so far. {waiting}").format(
                answers=answers_count(n, language), waiting=waiting_for(latest.missing, language)))
            return
        if latest.overall_mean is None:
            self.chart.set_mean(None)
            self.status.setText(self.tr("{answers}. Nobody has placed us on the staircase yet (all said "
                                        "\"don't know\").").format(answers=answers_count(n, language)))
            return
        if self._hidden:
            return  # the room sees the neutral screen: nothing is shown, so nothing is remembered as seen
        if may_show(self._shown_at, n, k) or self.result is None:
            self.result, self._shown_at = latest, n
            self._record(latest)
            value = format_number(language, latest.overall_mean)
            self.chart.set_mean(latest.overall_mean)
            self.status.setText(self.tr("Average {value} from {answers}").format(
                value=value, answers=answers_count(n, language)))
            return
        self._keep_seen(language, answers_until_update(self._shown_at, n, k))

    def _record(self, shown: RoundResult) -> None:
        """The room sees the round's figure (not its groups'): remembered as shown, in the workshop file."""
        if self.round_id is not None and self.isVisible() and not self._hidden:
            self.store.record_shown(self.round_id, Shown(shown.sizes, frozenset()))

    def _keep_seen(self, language: str, pending: int) -> None:
        """Keep the figure the room saw last, saying how many more answers it waits for."""
        assert self.result is not None
        self._record(self.result)
        seen = self.result.overall_mean
        self.chart.set_mean(seen)
        text = self.tr("Average {value} from the first {shown}. It moves again after %n more answer(s), so no "
                       "one's own answers can be worked out.", None, pending)
        self.status.setText(text.format(value=format_number(language, seen),
                                        shown=answers_count(self._shown_at or 0, language)))

    # --- look and keys ----------------------------------------------------------------------------------

    def _apply_style(self, height: int) -> None:
        base = max(14, min(40, height // 28))
        if base == self._base_px:
            return
        self._base_px = base
        self.setStyleSheet(
            f"""
            QWidget#projector {{ background: #ffffff; }}
            QWidget#projector QLabel {{ color: #111111; }}
            QWidget#projector QLabel[role="heading"] {{ font-size: {int(base * 1.5)}px; font-weight: bold; }}
            QWidget#projector QLabel[role="status"] {{ font-size: {int(base * 1.2)}px; font-weight: bold; }}
            QWidget#projector QLabel#projectorTimer {{ font-size: {int(base * 0.9)}px; color: #666666; }}
            """
        )
        font = self.chart.font()
        font.setPixelSize(max(10, int(base * 0.8)))
        self.chart.setFont(font)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.result is not None and self.stack.currentIndex() == 0:  # what the room sees from now on
            self._record(self.result)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._apply_style(event.size().height())
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            if self.isFullScreen():
                self.showNormal()
            else:
                self.showFullScreen()
        elif event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        else:
            super().keyPressEvent(event)
