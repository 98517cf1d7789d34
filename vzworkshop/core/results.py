"""Results of a round as they may be shown: statistics with the anonymity threshold applied.

Everything that displays or exports figures (screen, projector, PDF, CSV, JSON, text summary) goes through
`round_result`, so the threshold rule is applied in one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from vzworkshop.core.disclosure_history import Shown, disclose_over_time
from vzworkshop.core.scoring import TallyStats, summarise
from vzworkshop.core.tally import Tally, pooled


@dataclass(frozen=True)
class GroupResult:
    name: str
    respondents: int | None  # None when withheld
    withheld: bool
    tally: Tally | None = field(default=None, repr=False)  # None when withheld

    @cached_property
    def stats(self) -> TallyStats | None:
        """None when withheld. Computed when first asked for: a summary of many rounds rarely needs the
        figures of every group, and working them out for thousands of groups takes a noticeable time."""
        return summarise(self.tally) if self.tally is not None else None


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
    total = pooled(t for _, t in groups)
    sizes = tuple((g, t.ballots) for g, t in groups)
    disclosure = disclose_over_time(history, sizes, min_size)
    stats = summarise(total) if disclosure.round_shown else None
    # The unnamed group nobody answered in (a round's default group beside named ones) is not listed.
    listed = [(g, t) for g, t in groups if g or t.ballots]
    split = bool(listed) and not (len(listed) == 1 and listed[0][0] == "")
    group_results: list[GroupResult] = []
    if split:
        for group_name, tally in listed:
            shown = disclosure.group_shown(group_name)
            group_results.append(
                GroupResult(
                    name=group_name,
                    respondents=tally.ballots if shown else None,
                    withheld=not shown,
                    tally=tally if shown else None,
                )
            )
    return RoundResult(
        name=name,
        respondents=total.ballots,
        withheld=not disclosure.round_shown,
        min_group_size=min_size,
        stats=stats,
        groups=tuple(group_results),
        held_back=disclosure.held_back,
        more_needed=disclosure.more_needed,
        sizes=sizes,
    )
