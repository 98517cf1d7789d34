"""The method's guidance for a step, shown under the page's heading: the step's full title, guidance text and
questions to ask.

Collapsible (click the header or press Space on it). So that it helps without eating the room the work needs:
- a step's guidance is unfolded the first time its page is shown, and folded from then on (settings remember
  which steps' guidance was seen); one click unfolds it again;
- folding it by hand folds every step's guidance (the facilitator knows the method), unfolding it by hand
  undoes that;
- unfolded, the text takes at most GUIDANCE_LINES lines of height and scrolls beyond that.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QFont, QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from vzworkshop.core.content import Step, load_content
from vzworkshop.ui import settings
from vzworkshop.ui.style import GUIDANCE_SHEET

GUIDANCE_LINES = 9  # the most lines of height the unfolded guidance takes before it scrolls


def guidance_seen(number: int) -> bool:
    return str(number) in settings.get(settings.GUIDANCE_SEEN)


def mark_guidance_seen(number: int) -> None:
    seen = settings.get(settings.GUIDANCE_SEEN)
    if str(number) not in seen:
        settings.put(settings.GUIDANCE_SEEN, sorted([*seen, str(number)]))


def starts_expanded(number: int) -> bool:
    """Whether step `number`'s guidance is unfolded when its page is shown."""
    return not settings.get(settings.GUIDANCE_COLLAPSED) and not guidance_seen(number)


def escape(text: str) -> str:
    """`text` safe inside rich text (`html.escape` without importing `html`, which start-up does not need)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class GuidancePanel(QFrame):
    """`GuidancePanel(content.step(n))`, or `GuidancePanel(n)`: given a step number, the panel shows the step
    in the language of the workshop of the page it sits on (looked up when shown, so it follows changes)."""

    def __init__(self, step: Step | int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._number = step if isinstance(step, int) else None
        self.setObjectName("guidance")
        self.setStyleSheet(GUIDANCE_SHEET)
        self.toggle = QToolButton(self)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        font = QFont(self.toggle.font())
        font.setBold(True)
        self.toggle.setFont(font)
        self.toggle.setAccessibleName(self.tr("Show or hide the method's guidance for this step"))
        self.toggle.toggled.connect(self._on_toggled)

        self.body = QWidget()
        self.body.setObjectName("guidanceBody")
        self.text = QLabel(self.body)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.questions_title = QLabel(self.tr("Questions to ask:"), self.body)
        qfont = QFont(self.questions_title.font())
        qfont.setBold(True)
        self.questions_title.setFont(qfont)
        self.questions = QLabel(self.body)
        self.questions.setWordWrap(True)
        self.questions.setTextFormat(Qt.TextFormat.RichText)
        self.questions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(26, 0, 8, 4)
        body_layout.setSpacing(6)
        body_layout.addWidget(self.text)
        body_layout.addWidget(self.questions_title)
        body_layout.addWidget(self.questions)

        self.body_area = QScrollArea(self)
        self.body_area.setWidgetResizable(True)
        self.body_area.setFrameShape(QFrame.Shape.NoFrame)
        self.body_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_area.setWidget(self.body)
        # a Tab stop so the keys scroll long guidance: named, and framed in the focus colour when it has the focus
        self.body_area.setAccessibleName(self.tr("The method's guidance for this step (arrow keys scroll it)"))
        self.body_area.viewport().setAutoFillBackground(False)
        self.body.setAutoFillBackground(False)
        self.body_area.setMaximumHeight(self.fontMetrics().lineSpacing() * GUIDANCE_LINES + 8)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body_area)

        self.set_step(step if isinstance(step, Step) else load_content("da").step(step))
        self._apply(starts_expanded(self.number))

    @property
    def number(self) -> int:
        return self._number if self._number is not None else self.step.number

    def set_step(self, step: Step) -> None:
        """Show another step's guidance (or the same step in another language)."""
        self.step = step
        self._texts = [self.tr("Guidance: %1").replace("%1", title) for title in (step.title, step.short_title)]
        self._texts.append(self.tr("Guidance: %1").replace("%1", "").rstrip(" :"))
        self.toggle.setText(self._texts[0])
        self._fit_toggle()
        self.toggle.setToolTip(self.tr("The method's guidance and questions for this step (Space shows or hides "
                                       "it)"))
        self.text.setText(step.guidance)
        items = "".join(f"<li>{escape(q)}</li>" for q in step.questions)
        self.questions.setText(f"<ul style='margin-left:-20px'>{items}</ul>")
        self.questions_title.setVisible(bool(step.questions))
        self.questions.setVisible(bool(step.questions))

    def _fit_toggle(self) -> None:
        """The step's full title where it fits on one line, else its short title (a large font, a narrow
        window): the toggle never pushes the page wider than the window."""
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        room = self.width() - margins.left() - margins.right()
        widths = []
        for text in self._texts:
            self.toggle.setText(text)
            widths.append(self.toggle.sizeHint().width())
        self.toggle.setMinimumWidth(widths[-1])
        chosen = next((t for t, w in zip(self._texts, widths, strict=True) if w <= room), self._texts[-1])
        self.toggle.setText(chosen)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_toggle()

    @property
    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def _apply(self, expanded: bool) -> None:
        self.toggle.blockSignals(True)
        self.toggle.setChecked(expanded)
        self.toggle.blockSignals(False)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body_area.setVisible(expanded)

    def _on_toggled(self, expanded: bool) -> None:
        self._apply(expanded)
        settings.put(settings.GUIDANCE_COLLAPSED, not expanded)

    def _workshop_language(self) -> str | None:
        widget = self.parentWidget()
        while widget is not None:
            store = getattr(widget, "store", None)
            if store is not None and hasattr(store, "workshop"):
                return str(store.workshop().language)
            widget = widget.parentWidget()
        return None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if event.spontaneous():
            return  # the window came back (restored): keep the panel as the facilitator left it
        if self._number is not None:
            language = self._workshop_language()
            if language is not None:
                step = load_content(language).step(self._number)
                if step != self.step:
                    self.set_step(step)
        expanded = starts_expanded(self.number)
        if expanded != self.expanded:
            self._apply(expanded)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.expanded and not event.spontaneous():
            mark_guidance_seen(self.number)  # read once: folded from now on, one click away
