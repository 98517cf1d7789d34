"""The screens of participant entry: big, high-contrast, touch-sized. They show what they are given and
emit clicks; all state and the keyboard contract live in `participant.ParticipantWindow`. Their words are in
the workshop's language (given to them), like the statements, not in the facilitator's UI language."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vzworkshop.core.content import Item
from vzworkshop.ui.workshop_language import translate

# The participant screens' colours (contrast checked in tests/ui/test_accessibility.py: text >= 4.5:1).
PAPER = "#ffffff"
INK = "#111111"
HINT_INK = "#333333"
NAVY = "#1f3b63"  # progress text, button borders, chosen and primary buttons (white text on it)
BUTTON_BG = "#eef3fa"
BUTTON_HOVER = "#d7e3f2"
PRIMARY_HOVER = "#2b5f95"
DONT_KNOW_BG = "#f2f2f2"
DONT_KNOW_BORDER = "#666666"
DONT_KNOW_CHECKED = "#444444"


def style_sheet(base_px: int) -> str:
    """The participant look, with all sizes derived from one base font size (from the window height)."""
    big = int(base_px * 1.45)
    huge = int(base_px * 1.9)
    return f"""
    QWidget#participant {{ background: {PAPER}; }}
    QWidget#participant QLabel {{ color: {INK}; font-size: {base_px}px; }}
    QWidget#participant QLabel[role="title"] {{ font-size: {big}px; font-weight: bold; }}
    QWidget#participant QLabel[role="huge"] {{ font-size: {huge}px; font-weight: bold; }}
    QWidget#participant QLabel[role="hint"] {{ color: {HINT_INK}; font-size: {int(base_px * 0.8)}px; }}
    QWidget#participant QLabel[role="progress"] {{ font-size: {base_px}px; font-weight: bold; color: {NAVY}; }}
    QWidget#participant QScrollArea, QWidget#participant QScrollArea > QWidget > QWidget {{ background: {PAPER};
        border: none; }}
    QWidget#participant QPushButton {{ font-size: {base_px}px; padding: {base_px // 2}px {base_px}px;
        border: 3px solid {NAVY}; border-radius: 10px; background: {BUTTON_BG}; color: {INK};
        min-height: {int(base_px * 1.8)}px; }}
    QWidget#participant QPushButton:hover {{ background: {BUTTON_HOVER}; }}
    QWidget#participant QPushButton:checked {{ background: {NAVY}; color: {PAPER}; }}
    QWidget#participant QPushButton[role="dontknow"] {{ border-color: {DONT_KNOW_BORDER}; background: {DONT_KNOW_BG}; }}
    QWidget#participant QPushButton[role="dontknow"]:checked {{ background: {DONT_KNOW_CHECKED}; }}
    QWidget#participant QPushButton[role="primary"] {{ background: {NAVY}; color: {PAPER}; font-weight: bold; }}
    QWidget#participant QPushButton[role="primary"]:hover {{ background: {PRIMARY_HOVER}; }}
    QWidget#participant QPushButton[wide="true"] {{ min-width: {base_px * 11}px; padding: {base_px}px; }}
    QWidget#participant QPushButton[role="change"] {{ padding: 2px {base_px // 2}px; min-height: 44px;
        min-width: 88px; border-width: 2px; }}
    """


def label(text: str = "", role: str = "", wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    if role:
        widget.setProperty("role", role)
    return widget


def big_button(text: str, accessible: str, on_click: Callable[[], None], role: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the window owns the keyboard contract
    button.setAccessibleName(accessible)
    if role:
        button.setProperty("role", role)
    button.clicked.connect(on_click)
    return button


class ChoiceButton(QPushButton):
    """A large answer button: its key (1-5 or 0) and the answer's full text, wrapped."""

    def __init__(self, key: str, text: str, on_click: Callable[[], None], dont_know: bool = False) -> None:
        super().__init__()
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(f"{key}: {text}")
        if dont_know:
            self.setProperty("role", "dontknow")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(16)
        self.key_label = label(key, "title", wrap=False)
        self.key_label.setMinimumWidth(self.key_label.fontMetrics().horizontalAdvance("00"))
        self.text_label = label(text)
        for part in (self.key_label, self.text_label):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.key_label, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.text_label, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.toggled.connect(self._recolour)
        self.clicked.connect(on_click)

    def _recolour(self, checked: bool) -> None:
        colour = "#ffffff" if checked else "#111111"
        for part in (self.key_label, self.text_label):
            part.setStyleSheet(f"color: {colour}; background: transparent;")

    def set_text(self, text: str) -> None:
        self.text_label.setText(text)
        self._fit(self.width())

    def _fit(self, width: int) -> None:
        """Grow to the wrapped text's height at this width (QPushButton itself knows nothing of it)."""
        layout = self.layout()
        if layout is None or width <= 0:
            return
        needed = layout.totalHeightForWidth(width)
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.totalSizeHint() if layout else super().sizeHint()


def shorten(text: str, limit: int = 90) -> str:
    """The start of an answer, cut at a word, for the review list."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:.") + " …"


def scrolling(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(inner)
    return area


class ItemScreen(QWidget):
    """One statement with its six answers: 1-5 in order, then 0 (don't know) set apart."""

    def __init__(self, answer: Callable[[int], None], back: Callable[[], None], skip: Callable[[], None],
                 language: str = "en") -> None:
        super().__init__()
        self.language = language
        self.progress = label(role="progress", wrap=False)
        self.progress.setAccessibleName(self.tr("Progress"))
        hint = label(self.tr("Press 1-5, or 0 for \"Don't know\". Backspace goes back."), "hint")
        self.title = label(role="title")
        self.title.setAccessibleName(self.tr("Statement"))
        self.choices: dict[int, ChoiceButton] = {}
        inner = QWidget()
        answers = QVBoxLayout(inner)
        answers.setContentsMargins(0, 0, 8, 0)
        answers.setSpacing(10)
        for value in (1, 2, 3, 4, 5, 0):
            if value == 0:
                answers.addSpacing(18)
            button = ChoiceButton(str(value), "", partial(answer, value), dont_know=value == 0)
            self.choices[value] = button
            answers.addWidget(button)
        answers.addStretch(1)
        self.back_button = big_button(self.tr("Back"), self.tr("Back to the previous statement"), back)
        self.next_button = big_button(self.tr("Next"), self.tr("Next statement without answering"), skip)
        top = QHBoxLayout()
        top.addWidget(self.progress)
        top.addStretch(1)
        top.addWidget(hint, 0, Qt.AlignmentFlag.AlignRight)
        hint.setWordWrap(False)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(scrolling(inner), 1)
        layout.addLayout(nav)

    def tr(self, text: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        return translate("ItemScreen", text, disambiguation, n, language=self.language)

    def show_item(self, item: Item, position: int, count: int, chosen: int | None) -> None:
        self.progress.setText(self.tr("Statement {n} of {count}").format(n=position, count=count))
        self.title.setText(f"{item.number}. {item.title}")
        for value, button in self.choices.items():
            text = item.answers[value]
            button.set_text(text)
            button.setAccessibleName(f"{value}: {text}")
            button.setChecked(value == chosen)


REVIEW_SCROLL_KEYS = {
    Qt.Key.Key_Up: QAbstractSlider.SliderAction.SliderSingleStepSub,
    Qt.Key.Key_Down: QAbstractSlider.SliderAction.SliderSingleStepAdd,
    Qt.Key.Key_PageUp: QAbstractSlider.SliderAction.SliderPageStepSub,
    Qt.Key.Key_PageDown: QAbstractSlider.SliderAction.SliderPageStepAdd,
    Qt.Key.Key_Home: QAbstractSlider.SliderAction.SliderToMinimum,
    Qt.Key.Key_End: QAbstractSlider.SliderAction.SliderToMaximum,
}


class ReviewScreen(QWidget):
    """All ten statements with the chosen answer; Change goes back to a statement."""

    def __init__(self, change: Callable[[int], None], submit: Callable[[], None], back: Callable[[], None],
                 language: str = "en") -> None:
        super().__init__()
        self.language = language
        self._change = change
        title = label(self.tr("Check your answers"), "huge")
        hint = label(self.tr("Press Enter to submit. Use Change (or Backspace) to correct an answer."), "hint")
        self.error = label(role="title")
        self.error.setStyleSheet("color: #a00000;")
        self.error.hide()
        inner = QWidget()
        self.grid = QGridLayout(inner)
        self.grid.setContentsMargins(0, 0, 8, 0)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 2)
        self.submit_button = big_button(self.tr("Submit my answers"), self.tr("Submit my answers"), submit,
                                        "primary")
        back_button = big_button(self.tr("Back"), self.tr("Back to the last statement"), back)
        nav = QHBoxLayout()
        nav.addWidget(back_button)
        nav.addStretch(1)
        nav.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        self.area = scrolling(inner)
        layout.addWidget(self.area, 1)
        # Below the list while answers are out of view (seen at 1366x768: statement 10 cut in half, and
        # nothing said that End would show it). It keeps its room when hidden: the list does not jump.
        self.more_below = label(self.tr("↓ More answers below: press End or the Down arrow"))
        self.more_below.setStyleSheet(f"color: {NAVY}; font-weight: bold;")
        self.more_below.setAlignment(Qt.AlignmentFlag.AlignCenter)
        policy = self.more_below.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.more_below.setSizePolicy(policy)
        self.more_below.hide()
        bar = self.area.verticalScrollBar()
        bar.valueChanged.connect(self._show_more_below)
        bar.rangeChanged.connect(self._show_more_below)
        layout.addWidget(self.more_below)
        layout.addLayout(nav)

    def tr(self, text: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        return translate("ReviewScreen", text, disambiguation, n, language=self.language)

    def _show_more_below(self, *_: object) -> None:
        bar = self.area.verticalScrollBar()
        self.more_below.setVisible(bar.value() < bar.maximum())

    def scroll_by_key(self, key: Qt.Key) -> bool:
        """Up/Down, Page Up/Down, Home/End scroll the answers (the area takes no focus): seen under X at
        1366x768, statement 10 was below the fold and no key brought it into view. True if `key` scrolled."""
        action = REVIEW_SCROLL_KEYS.get(key)
        if action is None:
            return False
        self.area.verticalScrollBar().triggerAction(action)
        return True

    def show_answers(self, items: Sequence[Item], answers: dict[int, int]) -> None:
        while self.grid.count():
            taken = self.grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, item in enumerate(items):
            value = answers.get(item.number)
            chosen = self.tr("Not answered") if value is None else f"{value}: {shorten(item.answers[value])}"
            title = label(f"{item.number}. {item.title}")
            title.setStyleSheet("font-weight: bold;")
            answer = label(chosen)
            answer.setProperty("role", "hint")
            change = big_button(self.tr("Change"), self.tr("Change the answer to statement {n}").format(
                n=item.number), partial(self._change, item.number), "change")
            self.grid.addWidget(title, row, 0, 1, 2)
            self.grid.addWidget(answer, row, 2)
            self.grid.addWidget(change, row, 3, Qt.AlignmentFlag.AlignVCenter)
        self.grid.setColumnStretch(0, 1)
