"""The anonymity threshold: which groups' figures may be shown.

A group with fewer ballots than the workshop's minimum group size is withheld. Because the round total is
shown, the withheld groups together could be recovered by subtracting the shown groups from it; so more
groups are withheld (smallest first) until the withheld groups together hold at least the minimum too (or
none at all: a group nobody answered in reveals nothing).
If the round itself is below the minimum, everything is withheld.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

MIN_GROUP_SIZE_DEFAULT = 3
MIN_GROUP_SIZE_RANGE = (2, 20)


@dataclass(frozen=True)
class Disclosure:
    round_shown: bool
    shown_groups: frozenset[str]
    withheld_groups: frozenset[str]
    held_back: bool = False  # the round has enough ballots, but figures wait (see core.disclosure_history)
    more_needed: int = 0  # when held back: ballots still needed before figures can be shown again
    # groups with enough ballots of their own, withheld so that a smaller group's figures cannot be worked out
    # by subtracting the shown groups from the round (complementary suppression)
    protecting: frozenset[str] = frozenset()

    def group_shown(self, name: str) -> bool:
        return name in self.shown_groups


def check_min_group_size(n: int) -> int:
    low, high = MIN_GROUP_SIZE_RANGE
    if not low <= n <= high:
        raise ValueError(f"minimum group size must be between {low} and {high}, not {n}")
    return n


def disclose(group_sizes: Mapping[str, int] | Sequence[tuple[str, int]], min_size: int) -> Disclosure:
    """Decide, from ballot counts alone, which figures may be shown. Order decides ties (earlier kept)."""
    check_min_group_size(min_size)
    sizes = list(group_sizes.items()) if isinstance(group_sizes, Mapping) else list(group_sizes)
    total = sum(n for _, n in sizes)
    names = [name for name, _ in sizes]
    if total < min_size:
        return Disclosure(False, frozenset(), frozenset(names))
    withheld = {name for name, n in sizes if n < min_size}
    size_of = dict(sizes)
    # Only one group: it *is* the round, nothing to hide by subtraction.
    if len(sizes) == 1:
        return Disclosure(True, frozenset(names) - withheld, frozenset(withheld))
    # Withheld groups holding no ballots at all hide nothing, so they need no company.
    small = frozenset(withheld)
    while 0 < sum(size_of[g] for g in withheld) < min_size:
        shown = [(size_of[name], -index, name) for index, name in enumerate(names) if name not in withheld]
        if not shown:
            break
        _, _, smallest = min(shown)
        withheld.add(smallest)
    return Disclosure(True, frozenset(n for n in names if n not in withheld), frozenset(withheld),
                      protecting=frozenset(withheld) - small)
