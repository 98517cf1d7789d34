"""The anonymity threshold: small groups are withheld, and no hidden group can be recovered by subtraction."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vzworkshop.core.threshold import check_min_group_size, disclose


def test_all_groups_large_enough_are_shown() -> None:
    d = disclose({"A": 5, "B": 3}, 3)
    assert d.round_shown
    assert d.shown_groups == {"A", "B"} and d.withheld_groups == set()
    assert d.group_shown("A")


def test_one_small_group_forces_the_next_smallest_to_be_withheld() -> None:
    # Showing A and B would reveal C (2 ballots) as total minus A minus B.
    d = disclose([("A", 10), ("B", 4), ("C", 2)], 3)
    assert d.round_shown
    assert d.shown_groups == {"A"}
    assert d.withheld_groups == {"B", "C"}


def test_small_groups_together_large_enough_need_no_company() -> None:
    d = disclose([("A", 10), ("B", 2), ("C", 2)], 3)
    assert d.shown_groups == {"A"} and d.withheld_groups == {"B", "C"}


def test_ties_keep_the_earlier_group() -> None:
    d = disclose([("A", 4), ("B", 4), ("C", 1)], 3)
    assert d.withheld_groups == {"B", "C"}


def test_round_below_minimum_withholds_everything() -> None:
    d = disclose({"A": 1, "B": 1}, 3)
    assert not d.round_shown
    assert d.shown_groups == set() and d.withheld_groups == {"A", "B"}


def test_single_group_is_the_round() -> None:
    assert disclose({"": 3}, 3).shown_groups == {""}
    d = disclose({"": 2}, 3)
    assert not d.round_shown and d.withheld_groups == {""}


def test_an_empty_group_reveals_nothing_and_hides_nobody() -> None:
    # A group nobody answered in (e.g. the unnamed default group beside imported groups) holds no answers;
    # withholding it must not force a real group to be withheld too.
    d = disclose([("", 0), ("A", 5), ("B", 4)], 3)
    assert d.round_shown
    assert d.shown_groups == {"A", "B"}
    assert d.withheld_groups == {""}


def test_no_groups_at_all() -> None:
    d = disclose([], 3)
    assert not d.round_shown and not d.shown_groups and not d.withheld_groups


@pytest.mark.parametrize("n", [1, 0, 21, -3])
def test_minimum_group_size_range(n: int) -> None:
    with pytest.raises(ValueError):
        check_min_group_size(n)
    with pytest.raises(ValueError):
        disclose({"A": 5}, n)
    assert check_min_group_size(2) == 2 and check_min_group_size(20) == 20


groups = st.lists(st.integers(0, 30), max_size=8)


@settings(max_examples=500, deadline=None)
@given(groups, st.integers(2, 20))
def test_threshold_properties(sizes: list[int], min_size: int) -> None:
    named = [(f"g{i}", n) for i, n in enumerate(sizes)]
    size_of = dict(named)
    d = disclose(named, min_size)
    total = sum(sizes)
    # every group is either shown or withheld, never both
    assert d.shown_groups | d.withheld_groups == set(size_of)
    assert not d.shown_groups & d.withheld_groups
    # (3) the round is shown iff it has at least the minimum
    assert d.round_shown == (total >= min_size)
    # (1) every shown group has at least the minimum
    assert all(size_of[g] >= min_size for g in d.shown_groups)
    # (2) the withheld groups together hold none or at least the minimum, so subtraction reveals no small group
    hidden = sum(size_of[g] for g in d.withheld_groups)
    if d.round_shown:
        assert hidden == 0 or hidden >= min_size
    # nothing is shown when the round is withheld
    if not d.round_shown:
        assert not d.shown_groups
    # no needless withholding: a group of at least min is withheld only to make the hidden total large enough
    big_withheld = [g for g in d.withheld_groups if size_of[g] >= min_size]
    if d.round_shown and big_withheld:
        small_total = sum(n for n in sizes if n < min_size)
        assert 0 < small_total < min_size
        assert len(big_withheld) == 1
