"""The top of every page of the workshop window: one heading pattern, then the step's guidance (or a short
intro on pages that are not a step), in the same place, size and margins on every page.

    self.header = PageHeader(step=3)            # "Step 3 · Prioritér og planlæg" + the step's GuidancePanel
    layout = page_layout(self, self.header)     # the page's QVBoxLayout, header already in it; add the body
    self.header.set_step_title(short_title)     # in refresh(): the short title in the workshop's language

"Step" is in the UI language; the step's short title comes from the method content in the workshop's language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from vzworkshop.ui.style import PAGE_MARGINS, PAGE_SPACING, heading, muted
from vzworkshop.ui.translate import tr
from vzworkshop.ui.widgets.guidance import GuidancePanel


def step_heading(number: int, short_title: str) -> str:
    """A step page's heading: "Step 3 · Prioritise and plan" ("Trin 3 · Prioritér og planlæg")."""
    return tr("Step %1 · %2").replace("%1", str(number)).replace("%2", short_title)


class PageHeader(QWidget):
    """The heading of a page and, for a step (1-5), its GuidancePanel; for other pages an optional intro."""

    def __init__(self, step: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.heading = heading("")
        self.heading.setObjectName("pageHeading")
        self.heading.setWordWrap(False)
        # made inside the header: moving the finished panel (it has a style sheet) in restyles it all (~5 ms)
        self.guidance: GuidancePanel | None = GuidancePanel(step, self) if step else None
        self.intro = muted("")
        self.intro.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(PAGE_SPACING)
        layout.addWidget(self.heading)
        if self.guidance is not None:
            layout.addWidget(self.guidance)
        layout.addWidget(self.intro)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def set_step_title(self, short_title: str) -> None:
        """The heading of a step page, from the step's short title in the workshop's language."""
        self.heading.setText(step_heading(self.step, short_title))

    def set_title(self, text: str) -> None:
        """The heading of a page that is not a step (the agenda)."""
        self.heading.setText(text)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def text(self) -> str:
        return self.heading.text()


def page_layout(page: QWidget, header: PageHeader) -> QVBoxLayout:
    """The page's main layout with the shared margins and spacing, the header first. Add the body after it."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(*PAGE_MARGINS)
    layout.setSpacing(PAGE_SPACING)
    layout.addWidget(header)
    return layout

