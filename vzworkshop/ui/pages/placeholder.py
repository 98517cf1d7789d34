"""Stands in for a step page that is not written yet: the step's guidance and a short note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from vzworkshop.core.content import load_content
from vzworkshop.store import WorkshopStore
from vzworkshop.ui.labels import step_label
from vzworkshop.ui.pages.base import StepPage
from vzworkshop.ui.style import heading, muted
from vzworkshop.ui.widgets.guidance import GuidancePanel


class PlaceholderPage(StepPage):
    def __init__(self, store: WorkshopStore, step: int, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.step_number = step
        content_step = load_content(store.workshop().language).step(step)
        self.heading = heading(step_label(step, content_step.short_title), parent=self)
        self.guidance = GuidancePanel(content_step, self)
        self.note = muted(self.tr("This step's page is coming soon. Its guidance is shown above."), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(14)
        layout.addWidget(self.heading)
        layout.addWidget(self.guidance)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.note.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def title(self) -> str:
        return load_content(self.store.workshop().language).step(self.step_number).short_title

    def relevant(self, changes: object) -> bool:
        return bool(getattr(changes, "workshop", False))

    def refresh(self) -> None:
        content_step = load_content(self.store.workshop().language).step(self.step_number)
        self.heading.setText(step_label(self.step_number, content_step.short_title))
        self.guidance.set_step(content_step)
