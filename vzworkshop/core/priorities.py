"""Ranking the problems and opportunities of step 3 by the method's three questions.

The rule (shown on screen in one line):

1. a possible solution first: yes, then unknown (not answered), then no;
2. then the higher ease + cost of ignoring (each 1-5; an unanswered score counts 0);
3. then more dot votes;
4. then the order in which the problems were written down.

The facilitator may place a problem by hand: its `rank_override` pins it at that rank (1 = first) and the
others fill the remaining places in the order of the rule. Never imports Qt or the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar


class Scored(Protocol):
    """What ranking needs of a problem (the store's `Problem` fits)."""

    has_solution: bool | None
    ease: int | None
    cost_of_ignoring: int | None
    dot_votes: int
    rank_override: int | None
    position: int
    id: int | None


P = TypeVar("P", bound=Scored)

_SOLUTION_ORDER = {True: 0, None: 1, False: 2}


def score(problem: Scored) -> int:
    """Ease + cost of ignoring, 0-10 (unanswered counts 0)."""
    return (problem.ease or 0) + (problem.cost_of_ignoring or 0)


def _rule_key(problem: Scored) -> tuple[int, int, int, int, int]:
    return (
        _SOLUTION_ORDER[problem.has_solution],
        -score(problem),
        -problem.dot_votes,
        problem.position,
        problem.id or 0,
    )


def by_rule(problems: Sequence[P]) -> list[P]:
    """The problems in the order of the rule alone (no manual placement)."""
    return sorted(problems, key=_rule_key)


@dataclass(frozen=True)
class Ranked:
    rank: int  # 1-based
    manual: bool  # placed by hand (rank_override), not by the rule


def rank(problems: Sequence[P]) -> list[tuple[P, Ranked]]:
    """The problems in their final order with their rank; pinned problems keep their place where they can.

    Pins beyond the end of the list move to the end; two pins on the same rank keep the rule's order
    between them (the second takes the next free place).
    """
    ordered = by_rule(problems)
    n = len(ordered)
    slots: list[P | None] = [None] * n
    pinned = sorted(
        (p for p in ordered if p.rank_override is not None),
        key=lambda p: (p.rank_override or 0, ordered.index(p)),
    )
    for problem in pinned:
        want = min(max((problem.rank_override or 1) - 1, 0), n - 1)
        free = next((i for i in range(want, n) if slots[i] is None), None)
        if free is None:
            free = next(i for i in range(n - 1, -1, -1) if slots[i] is None)
        slots[free] = problem
    rest = iter(p for p in ordered if p.rank_override is None)
    result: list[tuple[P, Ranked]] = []
    for index, slot in enumerate(slots):
        if slot is None:
            result.append((next(rest), Ranked(index + 1, False)))
        else:
            result.append((slot, Ranked(index + 1, True)))
    return result


def moved(problems: Sequence[P], problem_id: int, step: int) -> dict[int, int]:
    """The rank overrides to store when the facilitator moves a problem `step` places (-1 up, +1 down).

    Returns {problem id: new rank_override} for the problem and the one it swaps with (both pinned, so
    the swap holds when scores change later), plus any other pinned problem whose stored rank no longer
    matches its place (so pins never collide); empty when the move goes past either end.
    """
    ranked = rank(problems)
    order = [p for p, _ in ranked]
    index = next((i for i, p in enumerate(order) if p.id == problem_id), None)
    if index is None:
        raise KeyError(problem_id)
    target = index + step
    if not 0 <= target < len(order) or step == 0:
        return {}
    changes = {
        p.id: r.rank for p, r in ranked if r.manual and p.id is not None and p.rank_override != r.rank
    }
    mover, other = order[index].id, order[target].id
    assert mover is not None and other is not None
    changes[mover] = target + 1
    changes[other] = index + 1
    return changes


def cleared(problems: Sequence[Scored]) -> list[int]:
    """Ids of the problems placed by hand: clearing their overrides restores the rule's order."""
    return [p.id for p in problems if p.rank_override is not None and p.id is not None]
