"""Ballots and tallies: answers exist only as counts, and bad answers never get in."""

from __future__ import annotations

import pytest

from vzworkshop.core.tally import ITEM_COUNT, Ballot, InvalidAnswer, ItemTally, Tally, check_answer, pooled


def test_ballot_answer_skip_clear() -> None:
    ballot = Ballot(round_id=1, group_id=2)
    ballot.answer(1, 3)
    ballot.answer(2, 0)
    ballot.answer(1, 5)  # changing one's mind replaces the answer
    assert ballot.answers == {1: 5, 2: 0}
    assert ballot.answered_items == 2
    ballot.skip(2)
    ballot.skip(7)  # skipping an unanswered item is harmless
    assert ballot.answers == {1: 5}
    ballot.clear()
    assert ballot.answers == {}


@pytest.mark.parametrize(("item", "value"), [(0, 3), (11, 3), (1, 6), (1, -1), (-1, 2)])
def test_invalid_answers_are_refused(item: int, value: int) -> None:
    ballot = Ballot(1, 1)
    with pytest.raises(InvalidAnswer):
        ballot.answer(item, value)
    assert ballot.answers == {}
    with pytest.raises(InvalidAnswer):
        check_answer(item, value)


def test_from_ballots_counts_values_per_item() -> None:
    tally = Tally.from_ballots([{1: 3, 2: 0}, {1: 3, 2: 5}, {1: 1}])
    assert tally.ballots == 3
    first = tally.item(1)
    assert first.counts == (0, 1, 0, 2, 0, 0)
    assert (first.answered, first.dont_know, first.skipped) == (3, 0, 0)
    second = tally.item(2)
    assert second.counts == (1, 0, 0, 0, 0, 1)
    assert (second.answered, second.dont_know, second.skipped) == (1, 1, 1)
    untouched = tally.item(10)
    assert untouched.counts == (0,) * 6
    assert untouched.skipped == 3
    assert len(tally.items) == ITEM_COUNT
    assert [it.item for it in tally.items] == list(range(1, ITEM_COUNT + 1))


def test_from_ballots_refuses_invalid_answer() -> None:
    with pytest.raises(InvalidAnswer):
        Tally.from_ballots([{1: 3}, {1: 7}])


def test_empty_tally() -> None:
    empty = Tally.empty()
    assert empty.ballots == 0
    assert all(it.counts == (0,) * 6 and it.ballots == 0 for it in empty.items)


@pytest.mark.parametrize(
    ("ballots", "counts"),
    [(-1, {}), (1, {(1, 3): 2}), (2, {(1, 3): 1, (1, 0): 2}), (3, {(4, 2): -1})],
)
def test_from_counts_refuses_impossible_counts(ballots: int, counts: dict[tuple[int, int], int]) -> None:
    with pytest.raises(ValueError):
        Tally.from_counts(ballots, counts)


def test_adding_and_pooling_tallies() -> None:
    a = Tally.from_ballots([{1: 2}, {1: 4, 3: 0}])
    b = Tally.from_ballots([{1: 2, 10: 5}])
    total = a + b
    assert total.ballots == 3
    assert total.item(1).counts == (0, 0, 2, 0, 1, 0)
    assert total.item(1).ballots == 3
    assert total.item(3).dont_know == 1
    assert total.item(10).counts[5] == 1
    assert pooled([a, b]) == total
    assert pooled([]) == Tally.empty()
    total.validate()


def test_item_tally_skipped() -> None:
    it = ItemTally(4, (1, 2, 0, 0, 0, 1), 6)
    assert (it.answered, it.dont_know, it.skipped) == (3, 1, 2)
