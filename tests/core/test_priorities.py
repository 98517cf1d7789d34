"""The ranking rule of step 3 and the facilitator's manual placement."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from vzworkshop.core.priorities import by_rule, cleared, moved, rank, score


@dataclass
class P:
    id: int
    has_solution: bool | None = None
    ease: int | None = None
    cost_of_ignoring: int | None = None
    dot_votes: int = 0
    rank_override: int | None = None
    position: int = 0


def ids(problems: list[P]) -> list[int]:
    return [p.id for p in problems]


def test_solution_yes_comes_before_unknown_before_no() -> None:
    probs = [P(1, has_solution=False, ease=5, cost_of_ignoring=5), P(2, has_solution=None), P(3, has_solution=True)]
    assert ids(by_rule(probs)) == [3, 2, 1]


def test_then_ease_plus_cost_then_votes_then_position() -> None:
    probs = [
        P(1, True, ease=2, cost_of_ignoring=2, position=1),
        P(2, True, ease=1, cost_of_ignoring=4, dot_votes=3, position=2),  # 5, 3 votes
        P(3, True, ease=4, cost_of_ignoring=1, dot_votes=1, position=3),  # 5, 1 vote
        P(4, True, ease=3, cost_of_ignoring=2, dot_votes=3, position=0),  # 5, 3 votes, written first
    ]
    assert ids(by_rule(probs)) == [4, 2, 3, 1]


def test_unanswered_scores_count_zero() -> None:
    assert score(P(1)) == 0
    assert score(P(1, ease=3)) == 3
    assert score(P(1, ease=3, cost_of_ignoring=5)) == 8


def test_pinned_problem_keeps_its_rank_and_others_fill_in() -> None:
    probs = [P(1, True, 5, 5), P(2, True, 4, 4), P(3, True, 3, 3, rank_override=1)]
    ranked = rank(probs)
    assert [(p.id, r.rank, r.manual) for p, r in ranked] == [(3, 1, True), (1, 2, False), (2, 3, False)]


def test_pin_past_the_end_goes_last_and_colliding_pins_take_next_place() -> None:
    probs = [P(1, True, 5, 5, rank_override=9), P(2, True, 4, 4, rank_override=1), P(3, True, 3, 3, rank_override=1)]
    assert ids([p for p, _ in rank(probs)]) == [2, 3, 1]


def test_moving_up_swaps_with_the_one_above_and_pins_both() -> None:
    probs = [P(1, True, 5, 5), P(2, True, 4, 4), P(3, True, 3, 3)]
    change = moved(probs, 3, -1)
    assert change == {3: 2, 2: 3}
    for p in probs:
        p.rank_override = change.get(p.id, p.rank_override)
    assert ids([p for p, _ in rank(probs)]) == [1, 3, 2]
    # a later score change does not undo the facilitator's order of the pinned ones
    probs[1].ease = 5
    probs[1].cost_of_ignoring = 5
    probs[1].dot_votes = 10
    assert ids([p for p, _ in rank(probs)]) == [1, 3, 2]


def test_moving_past_the_ends_changes_nothing() -> None:
    probs = [P(1, True, 5, 5), P(2, True, 4, 4)]
    assert moved(probs, 1, -1) == {}
    assert moved(probs, 2, +1) == {}


def test_cleared_lists_pinned_problems() -> None:
    assert cleared([P(1), P(2, rank_override=3), P(3, rank_override=1)]) == [2, 3]


problem_strategy = st.builds(
    P,
    id=st.integers(1, 1000),
    has_solution=st.sampled_from([True, False, None]),
    ease=st.one_of(st.none(), st.integers(1, 5)),
    cost_of_ignoring=st.one_of(st.none(), st.integers(1, 5)),
    dot_votes=st.integers(0, 20),
    rank_override=st.one_of(st.none(), st.integers(1, 12)),
    position=st.integers(0, 20),
)


@given(st.lists(problem_strategy, max_size=12, unique_by=lambda p: p.id), st.integers(0, 11), st.sampled_from([-1, 1]))
def test_rank_is_a_permutation_and_moves_do_what_they_say(probs: list[P], index: int, step: int) -> None:
    ranked = rank(probs)
    assert sorted(ids([p for p, _ in ranked])) == sorted(ids(probs))
    assert [r.rank for _, r in ranked] == list(range(1, len(probs) + 1))
    if not probs:
        return
    order = [p.id for p, _ in ranked]
    index %= len(probs)
    change = moved(probs, order[index], step)
    for p in probs:
        p.rank_override = change.get(p.id, p.rank_override)
    after = [p.id for p, _ in rank(probs)]
    if 0 <= index + step < len(order):
        expected = list(order)
        expected[index], expected[index + step] = expected[index + step], expected[index]
        assert after == expected
    else:
        assert after == order
