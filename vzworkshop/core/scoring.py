"""Statistics of tallies: per item and pooled over all items (the seed's "gennemsnittet af alle svarene")."""

from __future__ import annotations

import math
from dataclasses import dataclass

from vzworkshop.core.tally import ItemTally, Tally


@dataclass(frozen=True)
class ItemStats:
    item: int
    counts: tuple[int, ...]
    answered: int
    dont_know: int
    skipped: int
    mean: float | None
    median: float | None
    spread: float | None  # population standard deviation of the 1-5 answers

    @property
    def dont_know_share(self) -> float:
        given = self.answered + self.dont_know
        return self.dont_know / given if given else 0.0


@dataclass(frozen=True)
class TallyStats:
    respondents: int
    overall_mean: float | None
    items: tuple[ItemStats, ...]

    def item(self, number: int) -> ItemStats:
        return self.items[number - 1]


def _mean(counts: tuple[int, ...]) -> float | None:
    n = sum(counts[1:])
    if n == 0:
        return None
    return sum(v * c for v, c in enumerate(counts) if v > 0) / n


def _value_at(counts: tuple[int, ...], index: int) -> int:
    """The value at 0-based position `index` among the sorted 1-5 answers."""
    seen = 0
    for value in range(1, 6):
        seen += counts[value]
        if index < seen:
            return value
    raise IndexError(index)


def _median(counts: tuple[int, ...]) -> float | None:
    n = sum(counts[1:])
    if n == 0:
        return None
    if n % 2:
        return float(_value_at(counts, n // 2))
    return (_value_at(counts, n // 2 - 1) + _value_at(counts, n // 2)) / 2


def _spread(counts: tuple[int, ...], mean: float | None) -> float | None:
    n = sum(counts[1:])
    if n == 0 or mean is None:
        return None
    var = sum(c * (v - mean) ** 2 for v, c in enumerate(counts) if v > 0) / n
    return math.sqrt(var)


def item_stats(tally: ItemTally) -> ItemStats:
    mean = _mean(tally.counts)
    return ItemStats(
        item=tally.item,
        counts=tally.counts,
        answered=tally.answered,
        dont_know=tally.dont_know,
        skipped=tally.skipped,
        mean=mean,
        median=_median(tally.counts),
        spread=_spread(tally.counts, mean),
    )


def summarise(tally: Tally) -> TallyStats:
    """Figures for one group or round. Callers apply the threshold rule (`core.threshold`) before showing."""
    pooled_counts = [0] * 6
    for it in tally.items:
        for v, c in enumerate(it.counts):
            pooled_counts[v] += c
    return TallyStats(
        respondents=tally.ballots,
        overall_mean=_mean(tuple(pooled_counts)),
        items=tuple(item_stats(it) for it in tally.items),
    )
