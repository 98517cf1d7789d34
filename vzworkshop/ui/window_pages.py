"""The workshop window's pages: the five steps, each built when first needed, then the agenda, in one stack.

Until a step's page is built an empty widget holds its place in the stack and `pages` has None there;
`page(step)` builds it (and emits `built`, so the window can connect it). The agenda page (not a step) sits
after the five steps. Whether a step has content (the sidebar's tick) is asked of its page, or of the page's
class while the page is not built yet.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from vzworkshop.store import WorkshopStore
from vzworkshop.ui.changes import Changes
from vzworkshop.ui.pages import STEP_PAGES, build_page, page_class
from vzworkshop.ui.pages.agenda import AgendaPage
from vzworkshop.ui.pages.base import StepPage
from vzworkshop.ui.widgets.page_scroll import PageScroll


class StepStack(QStackedWidget):
    """The step pages and the agenda page, each in a `PageScroll`; index step - 1, the agenda last."""

    built = Signal(object)  # a StepPage just built

    def __init__(self, store: WorkshopStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.pages: list[StepPage | None] = []
        self.agenda_page = self._fill()

    def page(self, step: int) -> StepPage:
        """The page of `step`, built now if it was not yet."""
        return self.pages[step - 1] or self._build(step)

    def built_pages(self) -> list[StepPage]:
        return [page for page in self.pages if page is not None]

    def agenda_index(self) -> int:
        return len(self.pages)

    def rebuild(self) -> None:
        """Delete every page (the agenda's running block's time saved first) and start again, none built."""
        self.agenda_page.flush()
        while self.count():
            old = self.widget(0)
            assert old is not None
            self.removeWidget(old)
            old.deleteLater()
        self.agenda_page = self._fill()

    def _fill(self) -> AgendaPage:
        self.pages = [None] * len(STEP_PAGES)
        for _ in STEP_PAGES:
            self.addWidget(QWidget())
        agenda = AgendaPage(self.store)
        self.addWidget(PageScroll(agenda))
        return agenda

    def _build(self, step: int) -> StepPage:
        page = build_page(self.store, step)
        index = step - 1
        slot = self.widget(index)
        assert slot is not None
        current = self.currentIndex()
        self.insertWidget(index, PageScroll(page))
        self.removeWidget(slot)
        slot.deleteLater()
        self.setCurrentIndex(current)
        self.pages[index] = page
        self.built.emit(page)
        return page

    def relevant(self, step: int, changes: Changes) -> bool:
        """Whether `changes` may change step `step`'s tick."""
        page = self.pages[step - 1]
        if page is not None:
            return page.relevant(changes)
        try:
            return bool(page_class(step).relevant(_StoreOnly(self.store), changes))  # type: ignore[arg-type]
        except AttributeError:
            return True

    def has_content(self, step: int) -> bool:
        """Whether step `step` has been worked on (its tick in the sidebar)."""
        page = self.pages[step - 1]
        if page is None:  # not built yet: ask its class (the answer reads only the store)
            try:
                return bool(page_class(step).has_content(_StoreOnly(self.store)))  # type: ignore[arg-type]
            except AttributeError:  # this page's answer needs its widgets after all
                page = self.page(step)
        return page.has_content()


class _StoreOnly:
    """Stands in for a page not built yet when asking whether its step has content (that reads only the store)."""

    def __init__(self, store: WorkshopStore) -> None:
        self.store = store


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
