"""Stands in for a step page that is not written yet: the step's guidance and a short note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from vzworkshop.core.content import load_content
from vzworkshop.store import WorkshopStore
from vzworkshop.ui.pages.base import StepPage
from vzworkshop.ui.style import muted
from vzworkshop.ui.widgets.page_header import PageHeader, page_layout


class PlaceholderPage(StepPage):
    def __init__(self, store: WorkshopStore, step: int, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.step_number = step
        content_step = load_content(store.workshop().language).step(step)
        self.header = PageHeader(step)
        self.header.set_step_title(content_step.short_title)
        self.heading = self.header.heading
        self.guidance = self.header.guidance
        self.note = muted(self.tr("This step's page is coming soon. Its guidance is shown above."), self)
        layout = page_layout(self, self.header)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.note.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def title(self) -> str:
        return load_content(self.store.workshop().language).step(self.step_number).short_title

    def relevant(self, changes: object) -> bool:
        return bool(getattr(changes, "workshop", False))

    def refresh(self) -> None:
        content_step = load_content(self.store.workshop().language).step(self.step_number)
        self.header.set_step_title(content_step.short_title)
        if self.guidance is not None:
            self.guidance.set_step(content_step)
