"""Figures shown at several moments: what may be shown now, given what was shown before.

The threshold rule (`core.threshold.disclose`) protects one moment. Someone who saw the figures earlier (an
earlier screen, PDF or export) and sees them again after a few more answers can subtract one from the other:
a group shown with 3 answers and again with 4 gives the fourth person's answers. So the moments shown so far
are remembered as `Shown` (the groups' ballot counts then, and which groups were shown; counts only, never
answers), and a new moment may show only figures that, together with all earlier ones, isolate no set of
fewer than the minimum group size of ballots by adding and subtracting (`isolated`).

The ballots of a group that came in between two moments form a "cell"; every figure ever shown is the sum of
some cells. A set of cells can be worked out exactly when its indicator vector is a linear combination of
the shown figures' vectors (`isolated` checks this exactly, over the rationals). The full split is tried
first, then the round alone (all groups withheld), then nothing (the figures wait for more answers).
Never imports Qt or the store.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import combinations
from typing import Any, Generic, TypeVar, cast

from vzworkshop.core.threshold import Disclosure, disclose

Cell = tuple[str, int]  # (group, moment): the ballots of a group that came in before that moment
MAX_SMALL_ATOMS = 14  # beyond this many small atoms the exact search is skipped and the figures are withheld


@dataclass(frozen=True)
class Shown:
    """One moment whose figures were shown: each group's ballot count then, and the groups shown (the round
    total is always shown at such a moment)."""

    sizes: tuple[tuple[str, int], ...]
    groups: frozenset[str]


def _atoms(aggregates: Sequence[frozenset[Cell]], ballots: Mapping[Cell, int]) -> dict[tuple[bool, ...], int]:
    """Cells with ballots grouped by which aggregates hold them; cells in no aggregate are not shown at all."""
    atoms: dict[tuple[bool, ...], int] = {}
    for cell, n in ballots.items():
        if n <= 0:
            continue
        signature = tuple(cell in agg for agg in aggregates)
        if any(signature):
            atoms[signature] = atoms.get(signature, 0) + n
    return atoms


# Mersenne primes 2**e - 1. Row reduction modulo a prime above every minor of the matrices gives exactly the
# rational answer (below), with small integers instead of fractions: 10-50 times faster once a round has had
# many moments (the projector's live figure adds one every few answers).
MERSENNE_EXPONENTS = (61, 127, 521, 1279, 2203, 4423)


def exact_prime(size: int) -> int | None:
    """A prime above every minor of a 0/1 matrix whose rank is at most `size`, or None beyond our primes.

    A k x k minor of a 0/1 matrix is at most k ** (k / 2) (Hadamard: k rows of length at most sqrt(k)). A
    prime above all of them divides no non-zero minor, so every rank, and so every "is this vector a
    combination of those rows", is the same modulo the prime as over the rationals.
    """
    bits = size * math.log2(size) / 2 if size > 1 else 1.0
    return next((2 ** e - 1 for e in MERSENNE_EXPONENTS if e > bits + 1), None)


Number = TypeVar("Number", Fraction, int)


class Field(Generic[Number]):
    """Row reduction over the rationals (`Field()`), or modulo a prime (`Field(prime)`)."""

    def __init__(self, prime: int | None = None) -> None:
        self.prime = prime

    def number(self, value: int) -> Number:
        return cast(Number, Fraction(value) if self.prime is None else value % self.prime)

    def basis(self, rows: list[list[Number]]) -> list[tuple[int, list[Number]]]:
        """Row-reduced basis: (pivot column, row) pairs, each row 1 at its pivot and 0 at the others' pivots."""
        basis: list[tuple[int, list[Number]]] = []
        for row in rows:
            v = self.reduce(row, basis)
            pivot = next((i for i, x in enumerate(v) if x), None)
            if pivot is None:
                continue
            v = self.scale(v, v[pivot])
            basis = [(p, self.minus(b, b[pivot], v) if b[pivot] else b) for p, b in basis]
            basis.append((pivot, v))
        return basis

    def reduce(self, row: list[Number], basis: list[tuple[int, list[Number]]]) -> list[Number]:
        v = list(row)
        for pivot, b in basis:
            if v[pivot]:
                v = self.minus(v, v[pivot], b)
        return v

    def minus(self, v: list[Number], factor: Number, b: list[Number]) -> list[Number]:
        """v - factor * b"""
        if self.prime is None:
            return [x - factor * y for x, y in zip(v, b, strict=True)]
        p = self.prime
        return cast(list[Number], [(x - factor * y) % p for x, y in zip(v, b, strict=True)])

    def scale(self, v: list[Number], pivot: Number) -> list[Number]:
        """v / pivot"""
        if self.prime is None:
            return cast(list[Number], [Fraction(x) / pivot for x in v])
        p, inverse = self.prime, pow(int(pivot), -1, self.prime)
        return cast(list[Number], [(x * inverse) % p for x in v])


def isolated(aggregates: Sequence[frozenset[Cell]], ballots: Mapping[Cell, int], min_size: int,
             field: Field[Any] | None = None) -> bool:
    """Whether adding and subtracting the shown aggregates (each a set of cells) gives the figures of some set
    of cells holding more than 0 but fewer than `min_size` ballots. `field`: the arithmetic (by default modulo
    a prime large enough to be exact, else fractions)."""
    atoms = _atoms(aggregates, ballots)
    signatures = list(atoms)
    small = [i for i, s in enumerate(signatures) if atoms[s] < min_size]
    if not small:
        return False
    if len(small) > MAX_SMALL_ATOMS:
        return True  # too many to search: assume the worst
    if field is None:
        field = Field(exact_prime(min(len(aggregates), len(signatures)) + 1))
    rows = [[field.number(int(s[a])) for s in signatures] for a in range(len(aggregates))]
    basis = field.basis(rows)
    for k in range(1, len(small) + 1):
        for subset in combinations(small, k):
            if sum(atoms[signatures[i]] for i in subset) >= min_size:
                continue
            v = [field.number(1 if i in subset else 0) for i in range(len(signatures))]
            if not any(field.reduce(v, basis)):
                return True
    return False


def _cells(history: Sequence[Shown], sizes: Sequence[tuple[str, int]]) -> dict[tuple[str, int], int] | None:
    """Ballots per (group, moment): those that came in before each moment; None if any count went down."""
    cells: dict[tuple[str, int], int] = {}
    before: dict[str, int] = {}
    for moment, point in enumerate([*(h.sizes for h in history), tuple(sizes)]):
        now = dict(point)
        for name in set(now) | set(before):
            added = now.get(name, 0) - before.get(name, 0)
            if added < 0:
                return None
            cells[(name, moment)] = added
        before = now
    return cells


def _aggregates(moment: int, sizes: Sequence[tuple[str, int]], groups: frozenset[str],
                cells: Mapping[tuple[str, int], int]) -> list[frozenset[Cell]]:
    upto = [c for c in cells if c[1] <= moment]
    out: list[frozenset[Cell]] = [frozenset(upto)]
    out += [frozenset(c for c in upto if c[0] == g) for g in sorted(groups)]
    return out


def safe_with(history: Sequence[Shown], sizes: Sequence[tuple[str, int]], groups: frozenset[str],
              min_size: int) -> bool:
    """Whether showing the round (and `groups`) at `sizes` is safe together with every moment in `history`."""
    cells = _cells(history, sizes)
    if cells is None:
        return False
    aggregates: list[frozenset[Cell]] = []
    for moment, point in enumerate(history):
        aggregates += _aggregates(moment, point.sizes, point.groups, cells)
    aggregates += _aggregates(len(history), sizes, groups, cells)
    return not isolated(aggregates, cells, min_size)


def disclose_over_time(history: Sequence[Shown], sizes: Sequence[tuple[str, int]], min_size: int) -> Disclosure:
    """What may be shown now: the threshold rule, narrowed so that nothing follows from comparing it with
    any moment shown before (full split, else the round alone, else nothing: held back)."""
    now = disclose(list(sizes), min_size)
    if not now.round_shown or not history:
        return now
    names = frozenset(name for name, _ in sizes)
    last = history[-1]
    # At the last moment's counts, the groups shown then stay shown (and more, if that is safe: the projector
    # shows the round alone, a screen may add the groups at the same counts).
    if tuple(sizes) == last.sizes and now.shown_groups <= last.groups:
        return Disclosure(True, last.groups, names - last.groups, protecting=now.protecting & (names - last.groups))
    candidates = (now.shown_groups, last.groups) if tuple(sizes) == last.sizes else (now.shown_groups,)
    for groups in (*candidates, frozenset()):
        if safe_with(history, sizes, groups, min_size):
            return Disclosure(True, groups, names - groups, protecting=now.protecting & (names - groups))
    last_total = sum(n for _, n in last.sizes)
    total = sum(n for _, n in sizes)
    return Disclosure(False, frozenset(), names, held_back=True, more_needed=max(1, last_total + min_size - total),
                      protecting=now.protecting)


def safe_to_add(before: Sequence[tuple[str, int]], after: Sequence[tuple[str, int]], min_size: int) -> bool:
    """Whether a round's figures at `after` (ballot counts per group) may be shown to someone who saw them at
    `before` (the threshold rule applied to both): used before adding another file's answers to a round."""
    was = disclose(list(before), min_size)
    now = disclose(list(after), min_size)
    if not was.round_shown or not now.round_shown:
        return True
    return safe_with([Shown(tuple(before), was.shown_groups)], after, now.shown_groups, min_size)
