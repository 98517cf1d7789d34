"""Round results as they may be shown: the threshold applied to rounds and groups in one place."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vzworkshop.core.results import round_result
from vzworkshop.core.tally import ITEM_COUNT, Tally


def _group(n: int, value: int = 3) -> Tally:
    return Tally.from_ballots([{1: value, 2: 0}] * n)


def test_unsplit_round_shows_its_figures_but_lists_no_groups() -> None:
    res = round_result("R1", [("", _group(4, 4))], 3)
    assert res.name == "R1"
    assert not res.withheld
    assert res.respondents == 4
    assert res.overall_mean == 4.0
    assert res.stats is not None and res.stats.item(2).dont_know == 4
    assert res.groups == ()
    assert res.missing == 0


def test_round_below_minimum_is_withheld_but_counts_ballots() -> None:
    res = round_result("R1", [("", _group(2))], 3)
    assert res.withheld
    assert res.stats is None and res.overall_mean is None
    assert res.respondents == 2
    assert res.missing == 1


def test_groups_with_threshold_and_complementary_suppression() -> None:
    res = round_result("R1", [("A", _group(6, 5)), ("B", _group(4, 1)), ("C", _group(1, 2))], 3)
    assert not res.withheld
    assert res.respondents == 11
    # the round pools all groups, withheld ones included
    assert res.overall_mean == pytest.approx((6 * 5 + 4 * 1 + 1 * 2) / 11)
    by_name = {g.name: g for g in res.groups}
    assert [g.name for g in res.groups] == ["A", "B", "C"]
    assert not by_name["A"].withheld and by_name["A"].respondents == 6
    assert by_name["A"].stats is not None and by_name["A"].stats.overall_mean == 5.0
    for hidden in ("B", "C"):  # B is withheld too, or C could be worked out as round - A - B
        assert by_name[hidden].withheld
        assert by_name[hidden].respondents is None
        assert by_name[hidden].stats is None


def test_unnamed_empty_group_beside_named_groups_is_not_listed() -> None:
    res = round_result("R1", [("", Tally.empty()), ("A", _group(3)), ("B", _group(3))], 3)
    assert [g.name for g in res.groups] == ["A", "B"]
    assert not any(g.withheld for g in res.groups)


def test_round_without_any_group() -> None:
    res = round_result("R1", [], 3)
    assert res.withheld and res.respondents == 0 and res.groups == ()


sizes = st.lists(st.integers(0, 12), min_size=1, max_size=6)


@settings(max_examples=200, deadline=None)
@given(sizes, st.integers(2, 8), st.integers(1, 5))
def test_nothing_below_the_minimum_is_ever_shown(group_sizes: list[int], min_size: int, value: int) -> None:
    groups = [(f"G{i}", _group(n, value)) for i, n in enumerate(group_sizes)]
    res = round_result("R", groups, min_size)
    total = sum(group_sizes)
    assert res.withheld == (total < min_size)
    assert (res.stats is None) == res.withheld
    hidden = 0
    for g, n in zip(res.groups, group_sizes, strict=True):
        if g.withheld:
            assert g.stats is None and g.respondents is None
            hidden += n
        else:
            assert n >= min_size
            assert g.respondents == n and g.stats is not None
            assert g.stats.respondents == n
            assert g.stats.item(1).counts[value] == n
    assert hidden == 0 or hidden >= min_size or res.withheld
    if res.stats is not None:
        assert len(res.stats.items) == ITEM_COUNT
