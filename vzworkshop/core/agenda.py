"""The workshop agenda: the template, planned clock times, totals and the countdown for the block in hand.

Pure logic (no Qt, no store): the agenda page and the reports both use it. Times of day are minutes since
midnight; durations of blocks are whole minutes when planned and seconds when measured.

`Timer` is the state machine of the room's countdown. It reads time only through its `now` callable
(a monotonic clock by default), so tests drive it with a fake clock.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from vzworkshop.core import formatting
from vzworkshop.core.content import LANGUAGES
from vzworkshop.paths import content_dir

DEFAULT_START = "09:00"
MAX_BLOCK_MINUTES = 1440  # the file refuses more (schema check)
_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


# --- the template ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateBlock:
    """One block of the agenda template: what the facilitator plans, before any of it is in the file."""

    title: str
    step: int | None
    minutes: int
    notes: str


@dataclass(frozen=True)
class AgendaTemplate:
    language: str
    name: str
    start: str  # hh:mm
    blocks: tuple[TemplateBlock, ...]

    @property
    def total_minutes(self) -> int:
        return sum(b.minutes for b in self.blocks)


def _template_block(raw: dict[str, object], where: str) -> TemplateBlock:
    title, step, minutes, notes = raw.get("title"), raw.get("step"), raw.get("minutes"), raw.get("notes", "")
    if not isinstance(title, str) or not title.strip():
        raise ValueError(f"{where}: a block needs a title")
    if step is not None and (not isinstance(step, int) or not 1 <= step <= 5):
        raise ValueError(f"{where}: step must be 1-5 or null, not {step!r}")
    if not isinstance(minutes, int) or not 0 < minutes <= MAX_BLOCK_MINUTES:
        raise ValueError(f"{where}: minutes must be a whole number 1-{MAX_BLOCK_MINUTES}, not {minutes!r}")
    if not isinstance(notes, str):
        raise ValueError(f"{where}: notes must be text")
    return TemplateBlock(title=title, step=step, minutes=minutes, notes=notes)


@lru_cache(maxsize=len(LANGUAGES))
def load_template(language: str) -> AgendaTemplate:
    """The agenda of a typical first workshop (about three hours) in `language` (the workshop's)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown template language {language!r}; expected one of {', '.join(LANGUAGES)}")
    path = content_dir() / f"agenda_{language}.json"
    with path.open(encoding="utf-8") as fh:
        raw = json.load(fh)
    if raw.get("language") != language:
        raise ValueError(f"{path} declares language {raw.get('language')!r}, expected {language!r}")
    start = raw.get("start", DEFAULT_START)
    if parse_clock(start) is None:
        raise ValueError(f"{path}: start {start!r} is not a time of day hh:mm")
    blocks = tuple(_template_block(b, f"{path.name} block {i + 1}") for i, b in enumerate(raw["blocks"]))
    if not blocks:
        raise ValueError(f"{path}: the template has no blocks")
    return AgendaTemplate(language=language, name=str(raw.get("name", "")), start=start, blocks=blocks)


# --- clock times and totals -----------------------------------------------------------------------------


def parse_clock(text: str) -> int | None:
    """'09:30' -> 570 (minutes since midnight); None for anything that is not a time of day."""
    match = _CLOCK.match(text.strip())
    if match is None:
        return None
    return int(match.group(1)) * 60 + int(match.group(2))


def format_clock(minutes: int) -> str:
    """570 -> '09:30'. Past midnight wraps to the next day's clock (1450 -> '00:10')."""
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True)
class Slot:
    """A block's planned place in the day, minutes since midnight (end may pass 24:00)."""

    start: int
    end: int

    def label(self) -> str:
        return f"{format_clock(self.start)}–{format_clock(self.end)}"


def schedule(start: str, planned_minutes: Sequence[int]) -> list[Slot]:
    """The planned clock time of each block when the workshop starts at `start` (hh:mm; empty = 09:00)."""
    at = parse_clock(start or DEFAULT_START)
    if at is None:
        raise ValueError(f"{start!r} is not a time of day hh:mm")
    slots = []
    for minutes in planned_minutes:
        slots.append(Slot(at, at + minutes))
        at += minutes
    return slots


def total_minutes(planned_minutes: Sequence[int]) -> int:
    return sum(planned_minutes)


def total_actual_seconds(actual_seconds: Sequence[int | None]) -> int:
    return sum(s for s in actual_seconds if s is not None)


def split_minutes(minutes: int) -> tuple[int, int]:
    """180 -> (3, 0): hours and minutes, for '3 h 0 min' in the reader's language."""
    return divmod(max(0, minutes), 60)


def format_duration(seconds: float) -> str:
    """A duration as a clock reading: 750 -> '12:30', 3725 -> '1:02:05' (whole seconds; negatives are 0)."""
    return formatting.minutes(max(0, int(seconds)), "en")


def countdown_text(remaining: float) -> str:
    """What the countdown shows: '12:30' while time is left, '+2:10' once the block runs over.

    Remaining time is rounded up (a block with 0.4 s left still shows 0:01); time over is rounded down.
    """
    if remaining > 0:
        return format_duration(math.ceil(remaining))
    over = -remaining
    return "+" + format_duration(over) if over >= 1 else "0:00"


# --- the countdown --------------------------------------------------------------------------------------


class Timer:
    """The countdown of the current block: start, pause, add time, read elapsed and remaining time.

    `begin(planned, already)` loads a block: its planned length and the time it has already had (a
    block that was paused earlier, or re-opened). Elapsed time only grows while running. `now` returns
    seconds on a monotonic clock.
    """

    def __init__(self, now: Callable[[], float] = time.monotonic) -> None:
        self._now = now
        self._planned = 0.0
        self._added = 0.0  # the facilitator's '+5 min's for this block
        self._banked = 0.0  # elapsed before the current run
        self._started_at: float | None = None

    def begin(self, planned_seconds: float, already_seconds: float = 0.0) -> None:
        """Load a block, stopped. Time added to the previous block is forgotten."""
        self._planned = max(0.0, float(planned_seconds))
        self._added = 0.0
        self._banked = max(0.0, float(already_seconds))
        self._started_at = None

    def replan(self, planned_seconds: float) -> None:
        """The block's planned length changed while it is in hand: keep its elapsed and added time."""
        self._planned = max(0.0, float(planned_seconds))

    @property
    def running(self) -> bool:
        return self._started_at is not None

    @property
    def allowance(self) -> float:
        """Planned seconds plus the time added."""
        return max(0.0, self._planned + self._added)

    @property
    def added(self) -> float:
        return self._added

    def start(self) -> None:
        if self._started_at is None:
            self._started_at = self._now()

    def pause(self) -> int:
        """Stop counting; returns the block's elapsed whole seconds (what to save as its actual time)."""
        if self._started_at is not None:
            self._banked += max(0.0, self._now() - self._started_at)
            self._started_at = None
        return self.elapsed_seconds()

    def toggle(self) -> bool:
        """Start when stopped, pause when running; returns whether it runs now."""
        if self.running:
            self.pause()
        else:
            self.start()
        return self.running

    def extend(self, seconds: float) -> None:
        """Give the block more time (the facilitator's '+5 min'); does not change the plan."""
        self._added += seconds

    def elapsed(self) -> float:
        running = max(0.0, self._now() - self._started_at) if self._started_at is not None else 0.0
        return self._banked + running

    def elapsed_seconds(self) -> int:
        return int(self.elapsed())

    def remaining(self) -> float:
        """Seconds left of the allowance; negative when the block runs over."""
        return self.allowance - self.elapsed()

    def over(self) -> bool:
        return self.remaining() <= -1

    def text(self) -> str:
        return countdown_text(self.remaining())

    def fraction(self) -> float:
        """Share of the allowance used, 0..1 (1 when over or when the block has no time at all)."""
        if self.allowance <= 0:
            return 1.0
        return min(1.0, self.elapsed() / self.allowance)
