"""The disclosure history's row reduction modulo a large prime gives exactly the rational answer
(core.disclosure_history.exact_prime, Field)."""

from __future__ import annotations

import math

from hypothesis import example, given, settings
from hypothesis import strategies as st

from vzworkshop.core.disclosure_history import Field, Shown, exact_prime, isolated, safe_with

Cell = tuple[str, int]


@st.composite
def shown_sets(draw: st.DrawFn) -> tuple[list[frozenset[Cell]], dict[Cell, int], int]:
    """Random cells with ballots and random aggregates (sets of cells) shown over them."""
    groups = draw(st.integers(1, 4))
    moments = draw(st.integers(1, 6))
    cells = [(f"g{g}", m) for g in range(groups) for m in range(moments)]
    ballots = {c: draw(st.integers(0, 6)) for c in cells}
    aggregates = draw(st.lists(st.sets(st.sampled_from(cells), min_size=1).map(frozenset), min_size=1,
                               max_size=12))
    return aggregates, ballots, draw(st.integers(2, 6))


@settings(max_examples=300, deadline=None)
@given(case=shown_sets())
@example(case=([frozenset({("a", 0)}), frozenset({("a", 0), ("a", 1)})], {("a", 0): 3, ("a", 1): 1}, 3))
def test_modulo_a_prime_gives_the_rational_answer(case: tuple[list[frozenset[Cell]], dict[Cell, int], int]) -> None:
    aggregates, ballots, min_size = case
    exact = isolated(aggregates, ballots, min_size, Field())
    assert isolated(aggregates, ballots, min_size) is exact
    assert isolated(aggregates, ballots, min_size, Field(exact_prime(len(aggregates) + 1))) is exact


def test_the_example_is_isolated_in_both_fields() -> None:
    """The live figure at 3 answers, then the round at 4: the 4th answer follows by subtraction."""
    aggregates = [frozenset({("a", 0)}), frozenset({("a", 0), ("a", 1)})]
    ballots = {("a", 0): 3, ("a", 1): 1}
    assert isolated(aggregates, ballots, 3, Field())
    assert isolated(aggregates, ballots, 3)


def test_a_small_prime_would_be_wrong_where_the_exact_one_is_right() -> None:
    """Why the prime must be large: rows (1,1) and (1,-1) span (1,0) over the rationals with a 1/2, which modulo
    2 does not exist. Our 0/1 rows: {a,b} and {b,c} and {a,c} give 2b = ab + bc - ac, so b alone follows over
    the rationals, but not modulo 2."""
    aggregates = [frozenset({("a", 0), ("b", 0)}), frozenset({("b", 0), ("c", 0)}), frozenset({("a", 0), ("c", 0)})]
    ballots = {("a", 0): 5, ("b", 0): 1, ("c", 0): 5}
    assert isolated(aggregates, ballots, 3, Field())
    assert isolated(aggregates, ballots, 3)
    assert not isolated(aggregates, ballots, 3, Field(2))


def test_the_prime_is_above_hadamards_bound() -> None:
    for size in (1, 2, 10, 60, 200, 500):
        prime = exact_prime(size)
        assert prime is not None and math.log2(prime) > size * math.log2(max(size, 2)) / 2
    assert exact_prime(5000) is None  # beyond our primes: fractions


def test_a_long_live_history_stays_exact_and_is_checked_in_the_prime_field() -> None:
    """67 projector moments, 3 answers apart, then one more answer: held back, and fractions agree."""
    history = [Shown((("", 3 * m),), frozenset()) for m in range(1, 68)]
    assert not safe_with(history, (("", 202),), frozenset(), 3)
    assert safe_with(history, (("", 204),), frozenset(), 3)
