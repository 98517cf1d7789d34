"""The whole-workshop tally reads give exactly what the per-round reads give."""

from __future__ import annotations

import pytest

from vzworkshop.core.tally import Ballot, Tally
from vzworkshop.store import WorkshopStore


def test_all_group_tallies_equal_each_rounds_group_tallies(store: WorkshopStore) -> None:
    first = store.add_round("Første runde", groups=["Køkken", "Pleje"])
    second = store.add_round("Anden runde")
    empty = store.add_round("Tom runde", groups=())
    assert first.id is not None and second.id is not None and empty.id is not None
    kitchen, care = store.groups(first.id)
    assert kitchen.id is not None and care.id is not None
    store.add_ballots([Ballot(first.id, kitchen.id, {1: 5, 2: 0, 10: 3}), Ballot(first.id, care.id, {1: 1}),
                       Ballot(first.id, care.id, {})])
    (only,) = store.groups(second.id)
    assert only.id is not None
    store.add_ballots([Ballot(second.id, only.id, {n: n % 6 for n in range(1, 11)})])

    every = store.all_group_tallies()
    assert set(every) == {first.id, second.id, empty.id}
    for rnd in (first, second, empty):
        assert rnd.id is not None
        assert every[rnd.id] == store.group_tallies(rnd.id)
    assert every[first.id][0][1].item(1).counts == (0, 0, 0, 0, 0, 1)
    assert store.has_ballots()


def test_has_ballots_is_false_for_a_workshop_without_answers(store: WorkshopStore) -> None:
    store.add_round("Første runde")
    assert not store.has_ballots()


def test_a_tally_from_flat_counts_equals_one_built_the_ordinary_way() -> None:
    counts = {(1, 5): 2, (1, 0): 1, (4, 3): 1, (10, 2): 3}
    flat = [counts.get((item, value), 0) for item in range(1, 11) for value in range(6)]
    made = Tally.from_flat(3, flat)
    assert made == Tally.from_counts(3, counts)
    assert hash(made) == hash(Tally.from_counts(3, counts))
    with pytest.raises(ValueError, match="more answers than ballots"):
        Tally.from_flat(2, flat)
