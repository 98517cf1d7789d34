"""Ballots and tallies: the only shapes in which answers exist.

A `Ballot` lives in memory while one participant answers. Once finished it is folded into a `Tally`
(counts per item and value) and forgotten; nothing keeps who answered what, or in which order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

ITEM_COUNT = 10
VALUES = (0, 1, 2, 3, 4, 5)  # 0 = don't know, 1..5 = Passive .. Creating
DONT_KNOW = 0


class InvalidAnswer(ValueError):
    """An answer outside 0-5 or for an item outside 1-10."""


@dataclass
class Ballot:
    """One participant's answers while they are being given: item number -> value 0..5 (absent = skipped)."""

    round_id: int
    group_id: int
    answers: dict[int, int] = field(default_factory=dict)

    def answer(self, item: int, value: int) -> None:
        check_answer(item, value)
        self.answers[item] = value

    def skip(self, item: int) -> None:
        self.answers.pop(item, None)

    def clear(self) -> None:
        self.answers.clear()

    @property
    def answered_items(self) -> int:
        return len(self.answers)


def check_answer(item: int, value: int) -> None:
    if not 1 <= item <= ITEM_COUNT:
        raise InvalidAnswer(f"item {item} is not between 1 and {ITEM_COUNT}")
    if value not in VALUES:
        raise InvalidAnswer(f"answer {value} to item {item} is not between 0 and 5")


@dataclass(frozen=True)
class ItemTally:
    """How many chose each value 0..5 for one item, out of `ballots` ballots of the group."""

    item: int
    counts: tuple[int, int, int, int, int, int]
    ballots: int

    @property
    def dont_know(self) -> int:
        return self.counts[DONT_KNOW]

    @property
    def answered(self) -> int:
        """Answers on the staircase (1-5)."""
        return sum(self.counts[1:])

    @property
    def skipped(self) -> int:
        return self.ballots - self.answered - self.dont_know


def _zero() -> tuple[int, int, int, int, int, int]:
    return (0, 0, 0, 0, 0, 0)


@dataclass(frozen=True)
class Tally:
    """The answers of one group (or a whole round), as counts only."""

    ballots: int
    items: tuple[ItemTally, ...]

    @classmethod
    def empty(cls) -> Tally:
        return cls(0, tuple(ItemTally(i, _zero(), 0) for i in range(1, ITEM_COUNT + 1)))

    @classmethod
    def from_counts(cls, ballots: int, counts: Mapping[tuple[int, int], int]) -> Tally:
        """Build from {(item, value): count}; missing pairs count 0."""
        items = []
        for i in range(1, ITEM_COUNT + 1):
            row = tuple(int(counts.get((i, v), 0)) for v in VALUES)
            items.append(ItemTally(i, row, ballots))  # type: ignore[arg-type]
        tally = cls(ballots, tuple(items))
        tally.validate()
        return tally

    @classmethod
    def from_flat(cls, ballots: int, counts: Sequence[int]) -> Tally:
        """Build from the 60 counts in (item, value) order, as the store reads a group's tally in one row.
        Quick, for workshops of thousands of groups: the items are made without the dataclass machinery."""
        if len(counts) != ITEM_COUNT * len(VALUES):
            raise ValueError(f"a tally has {ITEM_COUNT * len(VALUES)} counts, not {len(counts)}")
        width = len(VALUES)
        items = []
        for i in range(ITEM_COUNT):
            row = tuple(counts[i * width:(i + 1) * width])
            if min(row) < 0:
                raise ValueError(f"negative count for item {i + 1}")
            if sum(row) > ballots:
                raise ValueError(f"item {i + 1} has more answers than ballots")
            item = object.__new__(ItemTally)
            item.__dict__.update(item=i + 1, counts=row, ballots=ballots)  # as ItemTally(...) sets them
            items.append(item)
        if ballots < 0:
            raise ValueError("negative ballot count")
        tally = object.__new__(cls)
        tally.__dict__.update(ballots=ballots, items=tuple(items))
        return tally

    @classmethod
    def from_ballots(cls, answers: Iterable[Mapping[int, int]]) -> Tally:
        counts: dict[tuple[int, int], int] = {}
        n = 0
        for ballot in answers:
            n += 1
            for item, value in ballot.items():
                check_answer(item, value)
                counts[(item, value)] = counts.get((item, value), 0) + 1
        return cls.from_counts(n, counts)

    def validate(self) -> None:
        if self.ballots < 0:
            raise ValueError("negative ballot count")
        for it in self.items:
            if min(it.counts) < 0:
                raise ValueError(f"negative count for item {it.item}")
            if it.answered + it.dont_know > self.ballots:
                raise ValueError(f"item {it.item} has more answers than ballots")

    def item(self, number: int) -> ItemTally:
        return self.items[number - 1]

    def __add__(self, other: Tally) -> Tally:
        ballots = self.ballots + other.ballots
        items = tuple(
            ItemTally(a.item, tuple(x + y for x, y in zip(a.counts, b.counts, strict=True)), ballots)  # type: ignore[arg-type]
            for a, b in zip(self.items, other.items, strict=True)
        )
        return Tally(ballots, items)


def pooled(tallies: Iterable[Tally]) -> Tally:
    """The sum of the tallies (one pass: a round of many groups is pooled without a Tally per step)."""
    ballots = 0
    sums = [[0] * len(VALUES) for _ in range(ITEM_COUNT)]
    for t in tallies:
        ballots += t.ballots
        for row, it in zip(sums, t.items, strict=True):
            for v, c in enumerate(it.counts):
                row[v] += c
    return Tally(ballots, tuple(ItemTally(i + 1, tuple(row), ballots)  # type: ignore[arg-type]
                                for i, row in enumerate(sums)))
