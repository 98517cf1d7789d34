"""The agenda page's countdown: which block is in hand, its `core.agenda.Timer`, and saving its actual time.

The actual time of a block is written to `AgendaBlock.actual_seconds` when the timer is paused, when the
facilitator moves on to another block, and every `SAVE_EVERY` seconds while it runs, so a crash loses at
most half a minute. The countdown keeps running while other pages are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction

from vzworkshop.core import agenda
from vzworkshop.store.records import AgendaBlock
from vzworkshop.ui.widgets.timer import (
    EXTEND_KEY,
    EXTEND_MINUTES,
    TimerPanel,
    fill,
    retranslate_timer_actions,
    timer_actions,
)

if TYPE_CHECKING:
    from vzworkshop.ui.pages.agenda import AgendaPage

SAVE_EVERY = 30  # seconds
TICK_MS = 250


class TimerController(QObject):
    text_changed = Signal(str)

    def __init__(self, page: AgendaPage, panel: TimerPanel, now: Callable[[], float],
                 actions: dict[str, QAction] | None = None) -> None:
        super().__init__(page)
        self.page = page
        self.panel = panel
        self.clock = agenda.Timer(now)
        self.current_id: int | None = None
        self.finished = False  # moved on past the last block
        self._saved_elapsed = 0
        self._last_text: str | None = None
        self._last_second = -1
        self._was_running = False
        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self.on_tick)
        panel.start_pause_requested.connect(self.start_pause)
        panel.extend_requested.connect(self.extend)
        panel.next_requested.connect(self.next_block)
        slots = {"start_pause": self.start_pause, "extend": self.extend, "next": self.next_block}
        if actions is None:  # a page on its own (tests): its own keys, on the page
            actions = timer_actions(page)
            for name, action in actions.items():
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.triggered.connect(slots[name])
        self.actions = actions
        self.slots = slots

    def trigger(self, name: str) -> None:
        """Do what the action `name` (one of `TIMER_ACTIONS`) does."""
        self.slots[name]()

    def retranslate(self) -> None:
        retranslate_timer_actions(self.actions)

    @property
    def running(self) -> bool:
        return self.clock.running

    def text(self) -> str:
        return "" if self.current_id is None else self.clock.text()

    def actual_for(self, block: AgendaBlock) -> int | None:
        """A block's actual seconds, live for the block in hand."""
        if block.id == self.current_id and (block.actual_seconds is not None or self.clock.elapsed_seconds() > 0):
            return self.clock.elapsed_seconds()
        return block.actual_seconds

    # --- following the agenda ---------------------------------------------------------------------------

    def blocks_changed(self) -> None:
        """The page re-read its blocks: keep the block in hand, or pick one if there is none."""
        current = self.page.block(self.current_id)
        if current is not None:
            self.clock.replan(current.planned_minutes * 60)
            return
        if self.current_id is not None:
            self.forget_all()
        if not self.finished and self.page.blocks:
            fresh = [b for b in self.page.blocks if b.actual_seconds is None]
            self._load((fresh or self.page.blocks)[0], run=False)

    def _load(self, block: AgendaBlock, run: bool) -> None:
        self.current_id = block.id
        self.finished = False
        self.clock.begin(block.planned_minutes * 60, block.actual_seconds or 0)
        self._saved_elapsed = self.clock.elapsed_seconds()
        if run:
            self.clock.start()
            self.tick.start()
        else:
            self.tick.stop()

    def forget(self, block: AgendaBlock) -> None:
        """The block is about to be removed: stop counting it, without saving."""
        if block.id == self.current_id:
            self.forget_all()

    def forget_all(self) -> None:
        self.clock.begin(0)
        self.tick.stop()
        self.current_id = None
        self.finished = False

    def save_actual(self) -> None:
        block = self.page.block(self.current_id)
        if block is None or block.id is None:
            return
        elapsed = self.clock.elapsed_seconds()
        if elapsed == (block.actual_seconds or 0) and (block.actual_seconds is not None or elapsed == 0):
            return
        fresh = self.page.store.find(AgendaBlock, block.id)
        if fresh is None:
            return
        fresh.actual_seconds = elapsed
        if self.page.write(lambda: self.page.store.save(fresh)):
            self._saved_elapsed = elapsed
            self.page.blocks = [fresh if b.id == fresh.id else b for b in self.page.blocks]

    # --- the facilitator's controls ---------------------------------------------------------------------

    def start_pause(self) -> None:
        self.page.refresh_if_dirty()  # the keys work from every page, before the agenda was ever shown
        if self.current_id is None:
            return
        if self.clock.running:
            self.clock.pause()
            self.tick.stop()
            self.save_actual()
        else:
            self.clock.start()
            self.tick.start()
        self._after_change()

    def extend(self) -> None:
        self.page.refresh_if_dirty()
        if self.current_id is not None:
            self.clock.extend(EXTEND_MINUTES * 60)
            self._after_change()

    def next_block(self) -> None:
        self.page.refresh_if_dirty()
        if self.current_id is None:
            return
        ids = [b.id for b in self.page.blocks]
        index = ids.index(self.current_id)
        self._leave_current()
        if index + 1 < len(self.page.blocks):
            self._load(self.page.blocks[index + 1], run=self._was_running)
        else:
            self.current_id = None
            self.finished = True
        self._after_change(select=True)

    def make_current(self, block_id: int) -> None:
        block = self.page.block(block_id)
        if block is None or block_id == self.current_id:
            return
        self._leave_current()
        self._load(block, run=self._was_running)
        self._after_change()

    def _leave_current(self) -> None:
        self._was_running = self.clock.running
        self.clock.pause()
        self.tick.stop()
        self.save_actual()

    def _after_change(self, select: bool = False) -> None:
        self.page.redraw_rows()
        if select and self.current_id is not None:
            item = self.page.list.item_for(self.current_id)
            if item is not None:
                self.page.list.setCurrentItem(item)
        self.show()

    def on_tick(self) -> None:
        second = self.clock.elapsed_seconds()
        if second != self._last_second:
            self._last_second = second
            if second - self._saved_elapsed >= SAVE_EVERY:
                self.save_actual()
            self.page.redraw_rows()
        self.show()

    # --- showing it -------------------------------------------------------------------------------------

    def show(self) -> None:
        block = self.page.block(self.current_id)
        running = self.clock.running
        if block is None:
            self.panel.show_block(None, "")
            if self.finished:
                actual = agenda.total_actual_seconds([b.actual_seconds for b in self.page.blocks])
                status = self.tr("The agenda is done. Enter on a block opens it again.")
                self.panel.show_time(agenda.format_duration(actual), status, False, False, 1.0)
            else:
                status = self.tr("Add a block to the agenda to use the timer.")
                self.panel.show_time("–", status, False, False, 0.0)
        else:
            self.panel.show_block(block.title, self._next_text(block))
            text = self.clock.text()
            allowance = round(self.clock.allowance / 60)
            over = self.clock.over()
            elapsed = self.clock.elapsed_seconds()
            if over:
                countdown = fill(self.tr("%1 over"), text)
                status = fill(self.tr("%1 min planned. %2 gives 5 more minutes."), allowance, EXTEND_KEY)
                if not running:
                    status = self.tr("Paused.") + " " + status
            elif running:
                countdown, status = text, fill(self.tr("left of %1 min"), allowance)
            elif elapsed:
                countdown, status = text, fill(self.tr("Paused, %1 min in all"), allowance)
            else:
                countdown, status = text, fill(self.tr("Ready to start: %1 min planned"), allowance)
            self.panel.show_time(countdown, status, over, running, self.clock.fraction())
        text = self.text()
        if text != self._last_text:
            self._last_text = text
            self.text_changed.emit(text)

    def _next_text(self, block: AgendaBlock) -> str:
        blocks = self.page.blocks
        index = blocks.index(block)
        if index + 1 >= len(blocks):
            return self.tr("This is the last block.")
        following = blocks[index + 1]
        slots = agenda.schedule(self.page.start(), [b.planned_minutes for b in blocks])
        return fill(self.tr("Next: %1 (planned %2, %3 min)"), following.title,
            agenda.format_clock(slots[index + 1].start), following.planned_minutes)
