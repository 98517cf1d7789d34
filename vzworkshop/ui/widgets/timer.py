"""The room's countdown: the block in hand, a large time readout, and Start/Pause, +5 min and Next block.

Display only: the agenda page owns the `core.agenda.Timer` and tells this panel what to show. Running over
is shown gently: the text says so ("+2:10 over") and the panel turns a calm amber; there is no sound.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vzworkshop.ui.style import MUTED, PRIMARY_BUTTON_RULES, tint

START_PAUSE_KEY = "F7"
EXTEND_KEY = "F8"
NEXT_KEY = "F9"
EXTEND_MINUTES = 5


TIMER_ACTIONS = ("start_pause", "extend", "next")


def fill(text: str, *values: object) -> str:
    """Put values into a translated text's %1, %2 … (PySide's `tr` returns str, which has no `arg`)."""
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text


def spent_time(seconds: int) -> str:
    """Time spent, with its unit as the planned minutes beside it have theirs: "4 s" under a minute, else whole
    minutes, "12 min" ("1 h 5 min" from an hour). A clock reading ("0:04") next to "10 min" read as 4 minutes."""
    translate = QCoreApplication.translate
    seconds = max(0, int(seconds))
    if seconds < 60:
        return fill(translate("TimeSpent", "%1 s"), seconds)
    minutes = (seconds + 30) // 60  # to the nearest minute
    if minutes < 60:
        return fill(translate("TimeSpent", "%1 min"), minutes)
    return fill(translate("TimeSpent", "%1 h %2 min"), *divmod(minutes, 60))


def timer_actions(parent: QObject) -> dict[str, QAction]:
    """The timer's keys (F7 start or pause, F8 more minutes, F9 next block) as actions named as in
    `TIMER_ACTIONS`, not yet connected: the workshop window owns them, so they work from every page before the
    agenda page is built, and the page's timer connects to them."""
    actions: dict[str, QAction] = {}
    for name, key in zip(TIMER_ACTIONS, (START_PAUSE_KEY, EXTEND_KEY, NEXT_KEY), strict=True):
        action = QAction(parent)
        action.setShortcut(QKeySequence(key))
        actions[name] = action
    retranslate_timer_actions(actions)
    return actions


def retranslate_timer_actions(actions: dict[str, QAction]) -> None:
    translate = QCoreApplication.translate
    actions["start_pause"].setText(translate("TimerController", "&Start or pause the timer"))
    actions["extend"].setText(fill(translate("TimerController", "&Give the current block %1 more minutes"),
                                   EXTEND_MINUTES))
    actions["next"].setText(translate("TimerController", "&Next agenda block"))

_CALM = PRIMARY_BUTTON_RULES + """
QFrame#timerPanel { background: white; border: 1px solid #d5dbe1; border-radius: 10px; }
QLabel#countdown { color: #16212c; }
QProgressBar { border: none; background: #e6ebf0; border-radius: 3px; max-height: 6px; }
QProgressBar::chunk { background: #1f5f8b; border-radius: 3px; }
"""
_OVER = PRIMARY_BUTTON_RULES + """
QFrame#timerPanel { background: #fff6e6; border: 1px solid #e3c48c; border-radius: 10px; }
QLabel#countdown { color: #7a4a00; }
QLabel#timerStatus { color: #7a4a00; font-weight: bold; }
QProgressBar { border: none; background: #f1e2c4; border-radius: 3px; max-height: 6px; }
QProgressBar::chunk { background: #b57a1f; border-radius: 3px; }
"""


class TimerPanel(QFrame):
    """Countdown display and its three controls. Emits what the facilitator asked for; shows what it is told."""

    start_pause_requested = Signal()
    extend_requested = Signal()
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerPanel")
        self._over = False

        self.caption = QLabel(self)
        self.caption.setProperty("role", "muted")
        tint(self.caption, MUTED)
        self.block_title = QLabel(self)
        self.block_title.setWordWrap(True)
        title_font = QFont(self.block_title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.block_title.setFont(title_font)

        self.countdown = QLabel("0:00", self)
        self.countdown.setObjectName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = QFont(self.countdown.font())
        big.setPointSizeF(big.pointSizeF() * 3.6)
        big.setBold(True)
        big.setStyleHint(QFont.StyleHint.Monospace)
        self.countdown.setFont(big)
        self.countdown.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.status = QLabel(self)
        self.status.setObjectName("timerStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)

        self.next_info = QLabel(self)
        self.next_info.setWordWrap(True)
        self.next_info.setProperty("role", "muted")
        tint(self.next_info, MUTED)

        self.start_pause = QPushButton(self)
        self.start_pause.setProperty("role", "primary")
        self.extend = QPushButton(self)
        self.next_block = QPushButton(self)
        for button in (self.start_pause, self.extend, self.next_block):
            button.setMinimumHeight(36)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.start_pause.clicked.connect(self.start_pause_requested.emit)
        self.extend.clicked.connect(self.extend_requested.emit)
        self.next_block.clicked.connect(self.next_requested.emit)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.start_pause, 2)
        buttons.addWidget(self.extend, 1)
        buttons.addWidget(self.next_block, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(6)
        layout.addWidget(self.caption)
        layout.addWidget(self.block_title)
        layout.addWidget(self.countdown)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        layout.addWidget(self.next_info)
        self.setStyleSheet(_CALM)
        self.retranslate(running=False)

    def retranslate(self, running: bool) -> None:
        self.caption.setText(self.tr("Now"))
        self.start_pause.setText(
            fill(self.tr("Pause (%1)"), START_PAUSE_KEY) if running else fill(self.tr("Start (%1)"), START_PAUSE_KEY)
        )
        self.start_pause.setAccessibleName(self.tr("Pause the timer") if running else self.tr("Start the timer"))
        self.extend.setText(fill(self.tr("+%1 min (%2)"), EXTEND_MINUTES, EXTEND_KEY))
        self.extend.setAccessibleName(fill(self.tr("Give the current block %1 more minutes"), EXTEND_MINUTES))
        self.next_block.setText(fill(self.tr("Next block (%1)"), NEXT_KEY))
        self.next_block.setAccessibleName(self.tr("Finish this block and start the next"))
        self.countdown.setAccessibleName(self.tr("Time left of the current block"))
        self.progress.setAccessibleName(self.tr("Share of the block's time used"))

    def show_block(self, title: str | None, next_text: str) -> None:
        """The block in hand (None: the agenda is finished or empty) and a line about the one after it."""
        has_block = title is not None
        self.block_title.setText(title or "")
        self.block_title.setVisible(has_block)
        self.next_info.setText(next_text)
        self.next_info.setVisible(bool(next_text))
        self.start_pause.setEnabled(has_block)
        self.extend.setEnabled(has_block)
        self.next_block.setEnabled(has_block)

    def show_time(self, countdown: str, status: str, over: bool, running: bool, fraction: float) -> None:
        self.countdown.setText(countdown)
        self.status.setText(status)
        self.progress.setValue(round(max(0.0, min(1.0, fraction)) * 1000))
        if over != self._over:
            self._over = over
            self.setStyleSheet(_OVER if over else _CALM)
        self.retranslate(running)

    @property
    def over(self) -> bool:
        return self._over
