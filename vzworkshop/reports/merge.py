"""Adding a round of another workshop file (answers taken on a second laptop, or in another room) to this
workshop's latest round: its tallies, and the moments its figures were shown there.

Figures of the other file may have been seen already (its screen, projector, PDFs, exports). The target must
not show anything that, compared with those, gives answers of fewer than the minimum group size: the merge
copies the other round's shown moments (`store.result_reads`, counts only) along with its tallies, named as
the merge names the groups, so the target withholds exactly what the other file would. That is exact only for
a round nobody has answered yet: a round with answers of its own gets the other file's answers only if they
were never shown; and, as before, only if the target's own figures before and after cannot be compared to
give a small set of ballots (`safe_to_add`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from vzworkshop.core.disclosure_history import Shown, safe_to_add
from vzworkshop.core.tally import Tally, pooled
from vzworkshop.store import WorkshopStore


class MergeRefused(ValueError):
    """The merge would lose or reveal something; the target is left unchanged. The message says what to do."""


@dataclass(frozen=True)
class Merged:
    round_name: str  # the target's round
    groups: tuple[str, ...]  # the groups the answers went to (no counts: a small group's count is withheld)
    answers: int
    moments: int  # shown moments of the other file copied with them


def renamed(history: Sequence[Shown], as_group: str | None) -> list[Shown]:
    """The other round's shown moments as the merge names its groups: names stripped; with `as_group`, all
    groups pooled into that one (its count the sum of theirs then, and shown at every moment: it is the round,
    whose total is always shown). Consecutive moments at the same counts become one (their shown groups
    together), as the store keeps them."""
    out: list[Shown] = []
    for moment in history:
        sizes: dict[str, int] = {}
        for name, n in moment.sizes:
            key = name.strip() if as_group is None else as_group
            sizes[key] = sizes.get(key, 0) + n
        groups = frozenset(g.strip() for g in moment.groups) if as_group is None else frozenset({as_group})
        new = Shown(tuple(sizes.items()), groups)
        if out and out[-1].sizes == new.sizes:
            out[-1] = Shown(new.sizes, out[-1].groups | new.groups)
        else:
            out.append(new)
    return out


def merge_workshop(target_path: Path, other_path: Path, round_name: str | None = None,
                   as_group: str | None = None) -> Merged:
    """Add round `round_name` (default: the latest) of `other_path` to the latest round of `target_path`, with
    its shown moments; the other file is only read. Raises `MergeRefused` (nothing written) when that could
    reveal answers or there is nothing to add."""
    if target_path.resolve() == other_path.resolve():
        raise MergeRefused("TARGET and OTHER are the same file")
    if as_group is not None:
        as_group = as_group.strip()
        if not as_group:
            raise MergeRefused("--as-group needs a name")
    with WorkshopStore.open(other_path) as other:
        rnd = other.find_round(round_name) if round_name else other.latest_round()
        if rnd is None:
            raise MergeRefused(f"{other_path.name} has no round named '{round_name}'" if round_name
                               else f"{other_path.name} has no rounds")
        assert rnd.id is not None
        tallies: list[tuple[str, Tally]] = [(g.name.strip(), t) for g, t in other.group_tallies(rnd.id)]
        shown = renamed(other.shown_history(rnd.id), as_group)
    if as_group is not None:
        tallies = [(as_group, pooled(t for _, t in tallies))]
    tallies = [(n, t) for n, t in tallies if t.ballots > 0]
    if not tallies:
        raise MergeRefused(f"round '{rnd.name}' of {other_path.name} has no answers")
    with WorkshopStore.open(target_path) as store:
        target_round = store.latest_round()
        if target_round is None or target_round.id is None:
            raise MergeRefused(f"{target_path.name} has no round to add to; start a round first")
        before = [(g.name, g.ballots) for g in store.groups(target_round.id)]
        if shown and any(n for _, n in before):
            # The other file's figures were seen there; the target's figures after the merge mix them with
            # answers they do not hold, so the other file's moments no longer describe them: comparing could
            # give a few answers (e.g. a group seen with 5 there, shown with 6 here).
            raise MergeRefused(
                f"the results of round '{rnd.name}' in {other_path.name} were shown already; merging them into "
                f"a round that has answers (round '{target_round.name}') could let someone work out answers by "
                f"comparing; start a new round in {target_path.name} and merge into that")
        after = dict(before)
        for name, tally in tallies:
            after[name] = after.get(name, 0) + tally.ballots
        if not safe_to_add(before, list(after.items()), store.workshop().min_group_size):
            # The target's figures may have been seen already; the same figures after the merge would give
            # the added answers of a small group by subtraction.
            raise MergeRefused(
                f"adding these answers to round '{target_round.name}' would let anyone who saw its results "
                "before work out answers of fewer than the minimum group size by comparing; start a new round "
                f"in {target_path.name} and merge into that, or merge with --as-group")
        store.add_shown_tallies(target_round.id, tallies, shown)
        return Merged(target_round.name, tuple(n for n, _ in tallies), sum(t.ballots for _, t in tallies),
                      len(shown))
