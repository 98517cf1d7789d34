"""Results of a round as they may be shown: statistics with the anonymity threshold applied.

Everything that displays or exports figures (screen, projector, PDF, CSV, JSON, text summary) goes through
`round_result`, so the threshold rule is applied in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from vzworkshop.core.disclosure_history import Shown, disclose_over_time
from vzworkshop.core.scoring import TallyStats, summarise
from vzworkshop.core.tally import Tally, pooled
from vzworkshop.core.threshold import Disclosure

# Why a group's figures are withheld (`GroupResult.reason`); each has its own text on screens, PDFs and exports.
FEW = "few"  # fewer answers than the minimum group size
PROTECTS = "protects"  # enough answers, withheld so that a smaller group's answers cannot be worked out
COMPARISON = "comparison"  # withheld so that comparing with figures shown before reveals nothing


@dataclass(frozen=True, eq=False)
class GroupResult:
    name: str
    respondents: int | None  # None when withheld
    withheld: bool
    # The group's tally (None when withheld), or how to read it: a summary of many rounds rarely needs every
    # group's tally, and making thousands of them takes a noticeable time. Read it as `tally`.
    source: Tally | Callable[[], Tally] | None = field(default=None, repr=False)
    reason: str = ""  # when withheld: FEW, PROTECTS or COMPARISON; "" when shown

    @cached_property
    def tally(self) -> Tally | None:
        """None when withheld."""
        source = self.source
        return source() if callable(source) else source

    @cached_property
    def stats(self) -> TallyStats | None:
        """None when withheld. Computed when first asked for, as the tally."""
        return summarise(self.tally) if self.tally is not None else None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, GroupResult):
            return NotImplemented
        return (self.name, self.respondents, self.withheld, self.reason, self.tally) == (
            other.name, other.respondents, other.withheld, other.reason, other.tally)

    def __hash__(self) -> int:
        return hash((self.name, self.respondents, self.withheld))


@dataclass(frozen=True)
class RoundResult:
    name: str
    respondents: int  # ballot count of the round: always shown, it carries no answers
    withheld: bool  # nothing is shown: fewer ballots than the minimum group size, or `held_back`
    min_group_size: int
    stats: TallyStats | None
    groups: tuple[GroupResult, ...]  # empty when the round is not split by group
    held_back: bool = False  # enough ballots, but showing them now would reveal the latest ones by comparison
    more_needed: int = 0  # when held back: ballots still needed
    sizes: tuple[tuple[str, int], ...] = ()  # every group's ballot count (for `shown`; never displayed)

    @property
    def missing(self) -> int:
        """How many more ballots are needed before anything is shown."""
        if self.held_back:
            return self.more_needed
        return max(0, self.min_group_size - self.respondents)

    def shown(self) -> Shown | None:
        """This result as a moment to remember (`history` of later results); None when nothing is shown."""
        if self.withheld:
            return None
        return Shown(self.sizes, frozenset(g.name for g in self.groups if not g.withheld))

    @property
    def overall_mean(self) -> float | None:
        return self.stats.overall_mean if self.stats else None


def round_result(name: str, groups: Sequence[tuple[str, Tally]], min_size: int,
                 history: Sequence[Shown] = ()) -> RoundResult:
    """Statistics for a round and its groups; groups named '' only (no split) are not listed as groups.

    `history`: the moments of this round shown before (`RoundResult.shown()`), oldest first; figures that
    would reveal answers by comparison with them are withheld (`core.disclosure_history`)."""
    tallies = [t for _, t in groups]
    return round_result_of(name, [(g, t.ballots) for g, t in groups], pooled(tallies), min_size, history,
                           tallies.__getitem__)


def round_result_of(name: str, sizes: Sequence[tuple[str, int]], total: Tally, min_size: int,
                    history: Sequence[Shown], tally_of: Callable[[int], Tally]) -> RoundResult:
    """`round_result` from what a store can read at once for many rounds: each group's name and ballot count,
    the round's `total` (the pooled tally of its groups) and `tally_of(index)`, group `index`'s tally, asked
    for only when a shown group's figures are read (a summary of many rounds rarely reads them)."""
    if total.ballots != sum(n for _, n in sizes):
        raise ValueError("the round's total does not hold its groups' ballots")
    disclosure = disclose_over_time(history, sizes, min_size)
    stats = summarise(total) if disclosure.round_shown else None
    # The unnamed group nobody answered in (a round's default group beside named ones) is not listed.
    listed = [(index, g, n) for index, (g, n) in enumerate(sizes) if g or n]
    split = bool(listed) and not (len(listed) == 1 and listed[0][1] == "")
    group_results: list[GroupResult] = []
    if split:
        for index, group_name, ballots in listed:
            shown = disclosure.group_shown(group_name)
            group_results.append(GroupResult(name=group_name, respondents=ballots if shown else None,
                                             withheld=not shown, source=_reader(tally_of, index) if shown else None,
                                             reason="" if shown else _why(group_name, ballots, min_size, disclosure)))
    return RoundResult(
        name=name,
        respondents=total.ballots,
        withheld=not disclosure.round_shown,
        min_group_size=min_size,
        stats=stats,
        groups=tuple(group_results),
        held_back=disclosure.held_back,
        more_needed=disclosure.more_needed,
        sizes=tuple(sizes),
    )


def _why(name: str, ballots: int, min_size: int, disclosure: Disclosure) -> str:
    if ballots < min_size:
        return FEW
    return PROTECTS if name in disclosure.protecting else COMPARISON


def _reader(tally_of: Callable[[int], Tally], index: int) -> Callable[[], Tally]:
    return lambda: tally_of(index)
