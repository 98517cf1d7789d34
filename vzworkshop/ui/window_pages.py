"""The workshop window's pages: the five steps, each built when first needed, then the agenda, in one stack.

Until a step's page is built an empty widget holds its place in the stack and `pages` has None there;
`page(step)` builds it (and emits `built`, so the window can connect it). The agenda page (not a step) sits
after the five steps and is built the same way when first needed (`agenda_page`). Whether a step has content
(the sidebar's tick) is asked of its page, or of `progress` (the store alone) while the page is not built yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStackedWidget, QWidget

from vzworkshop.store import WorkshopStore
from vzworkshop.ui import progress
from vzworkshop.ui.changes import Changes
from vzworkshop.ui.pages import STEP_PAGES, build_page
from vzworkshop.ui.pages.base import StepPage
from vzworkshop.ui.widgets.page_scroll import PageScroll

if TYPE_CHECKING:
    from vzworkshop.ui.pages.agenda import AgendaPage


class StepStack(QStackedWidget):
    """The step pages and the agenda page, each in a `PageScroll`; index step - 1, the agenda last."""

    built = Signal(object)  # a StepPage just built (the agenda page too)

    def __init__(self, store: WorkshopStore, timer_actions: dict[str, QAction] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.timer_actions = timer_actions
        self.pages: list[StepPage | None] = []
        self.agenda: AgendaPage | None = None  # built when first needed, like the steps
        self._fill()

    @property
    def agenda_page(self) -> AgendaPage:
        """The agenda page, built now if it was not yet."""
        if self.agenda is None:
            from vzworkshop.ui.pages import agenda  # imported when first needed (start-up)

            self.agenda = agenda.AgendaPage(self.store, timer_actions=self.timer_actions)
            self._put(self.agenda_index(), self.agenda)
        return self.agenda

    def page(self, step: int) -> StepPage:
        """The page of `step`, built now if it was not yet."""
        return self.pages[step - 1] or self._build(step)

    def built_pages(self) -> list[StepPage]:
        return [page for page in self.pages if page is not None]

    def agenda_index(self) -> int:
        return len(self.pages)

    def rebuild(self) -> None:
        """Delete every page (the agenda's running block's time saved first) and start again, none built."""
        if self.agenda is not None:
            self.agenda.flush()
        while self.count():
            old = self.widget(0)
            assert old is not None
            self.removeWidget(old)
            old.deleteLater()
        self._fill()

    def _fill(self) -> None:
        self.pages = [None] * len(STEP_PAGES)
        self.agenda = None
        for _ in range(len(STEP_PAGES) + 1):  # the steps and the agenda
            self.addWidget(QWidget())

    def _build(self, step: int) -> StepPage:
        page = build_page(self.store, step)
        self.pages[step - 1] = page
        self._put(step - 1, page)
        return page

    def _put(self, index: int, page: StepPage) -> None:
        """Put the built `page` in place of the empty widget holding its place at `index`."""
        slot = self.widget(index)
        assert slot is not None
        current = self.currentIndex()
        self.insertWidget(index, PageScroll(page))
        self.removeWidget(slot)
        slot.deleteLater()
        self.setCurrentIndex(current)
        self.built.emit(page)

    def relevant(self, step: int, changes: Changes) -> bool:
        """Whether `changes` may change step `step`'s tick."""
        page = self.pages[step - 1]
        return page.relevant(changes) if page is not None else progress.relevant(step, changes)

    def has_content(self, step: int) -> bool:
        """Whether step `step` has been worked on (its tick in the sidebar): asked of the store, so a page not
        built yet is neither built nor even imported."""
        page = self.pages[step - 1]
        return page.has_content() if page is not None else progress.has_content(self.store, step)


def focus_into(page: QWidget) -> None:
    """Put the keyboard focus on the page's first field (or where it last was)."""
    last = page.focusWidget()
    if last is not None and last.isVisible() and last.isEnabled():
        last.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return
    widget = page.nextInFocusChain()
    for _ in range(500):
        if widget is None or widget is page:
            break
        if (page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        widget = widget.nextInFocusChain()
