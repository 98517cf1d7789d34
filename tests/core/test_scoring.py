"""Statistics of tallies, checked by hand and against a brute-force recomputation from expanded answers."""

from __future__ import annotations

import math
import statistics

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vzworkshop.core.scoring import item_stats, summarise
from vzworkshop.core.tally import ITEM_COUNT, ItemTally, Tally


def test_item_figures_by_hand() -> None:
    # answers 1, 2, 2, 5 on the staircase, two "don't know", one skipped (7 ballots)
    stats = item_stats(ItemTally(1, (2, 1, 2, 0, 0, 1), 7))
    assert stats.answered == 4
    assert stats.dont_know == 2
    assert stats.skipped == 1
    assert stats.mean == pytest.approx(2.5)
    assert stats.median == pytest.approx(2.0)
    assert stats.spread == pytest.approx(math.sqrt(((1 - 2.5) ** 2 + 2 * 0.25 + 2.5**2) / 4))
    assert stats.dont_know_share == pytest.approx(2 / 6)
    assert stats.counts == (2, 1, 2, 0, 0, 1)


def test_median_of_even_count_is_midpoint() -> None:
    stats = item_stats(ItemTally(2, (0, 0, 1, 0, 1, 0), 2))  # answers 2 and 4
    assert stats.median == 3.0
    assert stats.mean == 3.0
    assert stats.spread == 1.0


def test_no_answers_gives_no_figures() -> None:
    stats = item_stats(ItemTally(3, (4, 0, 0, 0, 0, 0), 5))  # only "don't know" and one skip
    assert stats.mean is None and stats.median is None and stats.spread is None
    assert stats.dont_know == 4 and stats.skipped == 1
    assert stats.dont_know_share == 1.0
    assert item_stats(ItemTally(3, (0,) * 6, 0)).dont_know_share == 0.0  # type: ignore[arg-type]


def test_overall_mean_pools_all_answers_not_item_means() -> None:
    # item 1: three answers of 5; item 2: one answer of 1. Pooled: (15 + 1) / 4 = 4, not (5 + 1) / 2 = 3.
    tally = Tally.from_ballots([{1: 5, 2: 1}, {1: 5, 2: 0}, {1: 5}])
    summary = summarise(tally)
    assert summary.respondents == 3
    assert summary.overall_mean == pytest.approx(4.0)
    assert summary.item(1).mean == 5.0
    assert summary.item(2).mean == 1.0
    assert summary.item(2).dont_know == 1 and summary.item(2).skipped == 1


def test_dont_know_is_not_a_zero_in_the_mean() -> None:
    summary = summarise(Tally.from_ballots([{1: 4}, {1: 0}, {1: 0}]))
    assert summary.overall_mean == 4.0
    assert summary.item(1).mean == 4.0


def test_empty_round_has_no_mean() -> None:
    summary = summarise(Tally.empty())
    assert summary.respondents == 0
    assert summary.overall_mean is None
    assert len(summary.items) == ITEM_COUNT


ballots = st.lists(
    st.dictionaries(st.integers(1, ITEM_COUNT), st.integers(0, 5), max_size=ITEM_COUNT), max_size=40
)


@settings(max_examples=300, deadline=None)
@given(ballots)
def test_stats_match_brute_force(answers: list[dict[int, int]]) -> None:
    summary = summarise(Tally.from_ballots(answers))
    assert summary.respondents == len(answers)
    pooled_values = [v for b in answers for v in b.values() if v > 0]
    if pooled_values:
        assert summary.overall_mean == pytest.approx(statistics.fmean(pooled_values))
    else:
        assert summary.overall_mean is None
    for item in range(1, ITEM_COUNT + 1):
        s = summary.item(item)
        given_values = [b[item] for b in answers if item in b]
        values = [v for v in given_values if v > 0]
        assert s.answered == len(values)
        assert s.dont_know == given_values.count(0)
        assert s.skipped == len(answers) - len(given_values)
        assert s.counts == tuple(given_values.count(v) for v in range(6))
        if values:
            assert s.mean == pytest.approx(statistics.fmean(values))
            assert s.median == pytest.approx(statistics.median(values))
            assert s.spread == pytest.approx(statistics.pstdev(values), abs=1e-9)
        else:
            assert (s.mean, s.median, s.spread) == (None, None, None)
