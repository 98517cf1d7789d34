"""The method's guidance for a step, shown at the top of its page: title, guidance text, questions to ask.

Collapsible (click the header or press Space on it); whether it is collapsed is remembered in the settings for
all steps at once, so a facilitator who knows the method can keep it out of the way.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QToolButton, QVBoxLayout, QWidget

from vzworkshop.core.content import Step, load_content
from vzworkshop.ui import settings


class GuidancePanel(QFrame):
    """`GuidancePanel(content.step(n))`, or `GuidancePanel(n)`: given a step number, the panel shows the step
    in the language of the workshop of the page it sits on (looked up when shown, so it follows changes)."""

    def __init__(self, step: Step | int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._number = step if isinstance(step, int) else None
        self.setObjectName("guidance")
        self.toggle = QToolButton(self)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        font = QFont(self.toggle.font())
        font.setBold(True)
        self.toggle.setFont(font)
        self.toggle.setAccessibleName(self.tr("Show or hide the method's guidance for this step"))
        self.toggle.toggled.connect(self._on_toggled)

        self.body = QWidget(self)
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)

        self.set_step(step if isinstance(step, Step) else load_content("da").step(step))
        self._apply(not settings.get(settings.GUIDANCE_COLLAPSED))

    def set_step(self, step: Step) -> None:
        """Show another step's guidance (or the same step in another language)."""
        self.step = step
        self.toggle.setText(step.title)
        self.text.setText(step.guidance)
        items = "".join(f"<li>{html.escape(q)}</li>" for q in step.questions)
        self.questions.setText(f"<ul style='margin-left:-20px'>{items}</ul>")
        self.questions_title.setVisible(bool(step.questions))
        self.questions.setVisible(bool(step.questions))

    @property
    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.setChecked(expanded)

    def _apply(self, expanded: bool) -> None:
        self.toggle.blockSignals(True)
        self.toggle.setChecked(expanded)
        self.toggle.blockSignals(False)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)

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
        if self._number is not None:
            language = self._workshop_language()
            if language is not None:
                step = load_content(language).step(self._number)
                if step != self.step:
                    self.set_step(step)
        expanded = not settings.get(settings.GUIDANCE_COLLAPSED)
        if expanded != self.expanded:
            self._apply(expanded)
