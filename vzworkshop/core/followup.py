"""Step 5: comparing rounds (baseline and follow-ups) and carrying unfinished actions into the next cycle.

Comparisons take `RoundResult`s (so the anonymity threshold has been applied) and show only rounds whose
figures may be shown. Changes are computed from the unrounded means and rounded once, when shown: 3,14 -> 3,75
is a change of +0,6 (0,61), not the +0,7 that the rounded means 3,1 -> 3,8 would give. Format
`displayed(mean)` so that the means are rounded the same way everywhere (half up).
A round nobody has answered yet is left out of every comparison (`answered`), so a few empty rounds never push
the baseline out of it; "earlier" is the latest earlier round whose figures are shown (`earlier_shown`).
Never imports Qt or the store.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol, TypeVar

from vzworkshop.core.results import RoundResult
from vzworkshop.core.tally import ITEM_COUNT

SIDE_BY_SIDE = 5  # rounds in a comparison (screen and print): the baseline and the latest follow-ups
UNFINISHED = ("planned", "in_progress")
FROM_MARK = "↻"  # on a copy: carried forward from an earlier cycle (screen and print)
TO_MARK = "→"  # on an original: carried on into the next cycle


@dataclass(frozen=True)
class RoundColumn:
    """One shown round: its name, ballot count, overall mean and the mean of each item (None: no answers)."""

    name: str
    respondents: int
    overall: float | None
    items: tuple[float | None, ...]  # index 0 = item 1


@dataclass(frozen=True)
class HiddenRound:
    name: str
    respondents: int
    missing: int  # ballots still needed before it can be shown


@dataclass(frozen=True)
class Comparison:
    rounds: tuple[RoundColumn, ...]  # shown rounds, oldest first; rounds[0] is the baseline
    hidden: tuple[HiddenRound, ...]
    digits: int

    @property
    def comparable(self) -> bool:
        return len(self.rounds) >= 2

    def item_change(self, column: int, item: int) -> float | None:
        """Change of `item` in round `column` since the baseline, from the unrounded means."""
        return change(self.rounds[0].items[item - 1], self.rounds[column].items[item - 1])

    def overall_change(self, column: int) -> float | None:
        return change(self.rounds[0].overall, self.rounds[column].overall)

    def latest(self, count: int) -> Comparison:
        """The baseline and the latest `count - 1` shown rounds after it (all of them when there are no more):
        side by side, a screen has room for a few rounds, not for a hundred. Changes stay against the baseline."""
        if count < 2:
            raise ValueError("a comparison shows at least the baseline and one more round")
        if len(self.rounds) <= count:
            return self
        return Comparison((self.rounds[0], *self.rounds[len(self.rounds) - count + 1:]), self.hidden, self.digits)


def change(before: float | None, after: float | None) -> float | None:
    """`after - before` from the unrounded means (None when either is missing); round it when it is shown
    (`formatting.signed`), never the means first: 3,14 -> 3,75 is +0,6, not 3,1 -> 3,8 = +0,7."""
    if before is None or after is None:
        return None
    return float(Decimal(repr(after)) - Decimal(repr(before)))  # exact in decimal: 3.75 - 3.25 is 0.5


def _decimal(value: float, digits: int) -> Decimal:
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def displayed(value: float, digits: int = 1) -> float:
    """`value` rounded as it is shown (half up: 3.25 -> 3.3); format this, so figures and changes agree."""
    return float(_decimal(value, digits))


def compare(results: Sequence[RoundResult], digits: int = 1) -> Comparison:
    """The rounds side by side, in the given order; withheld rounds are listed apart, without figures."""
    shown: list[RoundColumn] = []
    hidden: list[HiddenRound] = []
    for res in results:
        if res.withheld or res.stats is None:
            hidden.append(HiddenRound(res.name, res.respondents, res.missing))
            continue
        shown.append(
            RoundColumn(
                name=res.name,
                respondents=res.respondents,
                overall=res.stats.overall_mean,
                items=tuple(res.stats.item(n).mean for n in range(1, ITEM_COUNT + 1)),
            )
        )
    return Comparison(tuple(shown), tuple(hidden), digits)


R = TypeVar("R")


def answered(pairs: Sequence[tuple[R, RoundResult]]) -> list[tuple[R, RoundResult]]:
    """The rounds somebody has answered, in order: a round without answers (started by mistake, or not yet
    collected) has nothing to compare or print."""
    return [(rnd, res) for rnd, res in pairs if res.respondents > 0]


def earlier_shown(pairs: Sequence[tuple[R, RoundResult]], index: int) -> tuple[R, RoundResult] | None:
    """The latest round before `pairs[index]` whose figures are shown: what "earlier" compares with (not the
    round just before it when that has no answers or too few)."""
    for rnd, res in reversed(pairs[:max(0, index)]):
        if not res.withheld and res.stats is not None:
            return rnd, res
    return None


def baseline_and_latest(pairs: Sequence[tuple[R, RoundResult]]
                        ) -> tuple[tuple[R, RoundResult] | None, tuple[R, RoundResult] | None]:
    """The baseline (the first round with answers) and the latest round after it to report on: the latest
    with figures shown, else the latest with answers (its figures withheld); None where there is none."""
    rounds = answered(pairs)
    if not rounds:
        return None, None
    later = rounds[1:]
    shown = [p for p in later if not p[1].withheld and p[1].stats is not None]
    last = shown or later
    return rounds[0], last[-1] if last else None


class Carryable(Protocol):
    """What carrying forward needs of an action (the store's `ActionItem` fits)."""

    id: int | None
    status: str
    cycle: int
    carried_from: int | None


A = TypeVar("A", bound=Carryable)


def to_carry(actions: Sequence[A], cycle: int) -> list[A]:
    """The unfinished actions of `cycle` (planned or in progress) that have not been carried forward yet.

    Carrying is idempotent: an action that already has a copy (an action whose `carried_from` is its id)
    is not carried again.
    """
    already = {a.carried_from for a in actions if a.carried_from is not None}
    return [a for a in actions if a.cycle == cycle and a.status in UNFINISHED and a.id not in already]


@dataclass(frozen=True)
class CycleLink:
    """How an action is tied to its twin in another cycle: a copy carried forward from an earlier cycle
    (`carried_from`), or an original carried on into the next one; the twin's cycle and its number as the
    tables show it (None: not numbered)."""

    carried_from: bool
    cycle: int  # the action's own cycle
    other_cycle: int
    other_number: int | None


def cycle_links(actions: Sequence[Carryable], numbers: Mapping[int | None, int]) -> dict[int, CycleLink]:
    """The links of the actions carried forward (copies) and of the originals they were carried from, by id;
    `numbers`: each action's number as the tables show it. An action both carried and carried on again is
    shown as carried on (its work goes on in the later copy)."""
    by_id = {a.id: a for a in actions}
    links: dict[int, CycleLink] = {}
    for copy in actions:
        original = by_id.get(copy.carried_from) if copy.carried_from is not None else None
        if original is None or copy.id is None or original.id is None:
            continue
        links[copy.id] = CycleLink(True, copy.cycle, original.cycle, numbers.get(original.id))
        links[original.id] = CycleLink(False, original.cycle, copy.cycle, numbers.get(copy.id))
    return links


def cycles(actions: Sequence[Carryable]) -> list[int]:
    """The cycles that have actions, in order (at least [1])."""
    return sorted({a.cycle for a in actions} | {1})


class Followed(Protocol):
    """What the step-4 overview needs of an action (the store's `ActionItem` fits)."""

    status: str
    due: str
    owner: str


OVERDUE = "overdue"
NO_OWNER = "no_owner"


def attention(action: Followed, today: datetime.date) -> list[str]:
    """What needs the facilitator's attention: OVERDUE (due before today, not done or dropped), NO_OWNER
    (an unfinished action nobody is responsible for). A due date that is not a date is not flagged."""
    flags: list[str] = []
    if action.status in UNFINISHED and action.due:
        try:
            due = datetime.date.fromisoformat(action.due)
        except ValueError:
            due = None
        if due is not None and due < today:
            flags.append(OVERDUE)
    if action.status in UNFINISHED and not action.owner.strip():
        flags.append(NO_OWNER)
    return flags
