"""The contract every step page follows: built with a store, redraws on `Changes`, reports its writes."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from vzworkshop.store import WorkshopStore
from vzworkshop.ui.changes import Changes


class StepIncomplete(Exception):
    """Raised by `check()` with a translated message when a page should not be left yet."""


class StepPage(QWidget):
    """One step of the method (or another page of the workshop window, STEP = 0).

    Subclasses build their widgets in `__init__` (build, connect, lay out), read the store in `refresh()`,
    write only through the store and then emit `changed` with what they changed. The window broadcasts
    every `Changes` to all pages through `on_changes`; a page that did not make the change goes dirty and
    redraws when it is next shown.
    """

    STEP: ClassVar[int] = 0
    changed = Signal(object)  # Changes

    def __init__(self, store: WorkshopStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._dirty = True

    # --- to override ----------------------------------------------------------------------------------

    def title(self) -> str:
        """The page's translated title (sidebar and heading)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Read everything this page shows from the store."""
        raise NotImplementedError

    def has_content(self) -> bool:
        """True when the step has been worked on (the sidebar shows a tick)."""
        return False

    def relevant(self, changes: Changes) -> bool:
        """Whether a change made elsewhere affects what this page shows. Default: anything does."""
        return changes.any()

    def check(self) -> None:
        """Raise `StepIncomplete` to warn before leaving the page. Default: nothing to warn about."""

    # --- machinery --------------------------------------------------------------------------------------

    def on_changes(self, changes: Changes, source: object) -> None:
        if source is self or not self.relevant(changes):
            return
        self._dirty = True
        if self.seen():
            self.refresh_if_dirty()

    def seen(self) -> bool:
        """Whether the facilitator can see this page now: shown, and no participant entry over it. Only a page
        that is seen reads results (a result read is remembered as shown, `store.round_result`)."""
        from vzworkshop.ui.participant import entry_active

        return self.isVisible() and not entry_active()

    def refresh_if_dirty(self) -> None:
        if self._dirty:
            self._dirty = False
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_if_dirty()

    def report(self, changes: Changes) -> None:
        """Tell the window (and so the other pages) what this page just wrote."""
        self.changed.emit(changes)
