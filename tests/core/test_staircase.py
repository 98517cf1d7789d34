"""Staircase geometry: five treads, 3.5 exactly between Active and Proactive."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vzworkshop.core.staircase import LEVELS, marker_x, marker_y, placement, treads


def test_treads_climb_left_to_right() -> None:
    steps = treads()
    assert [t.level for t in steps] == [1, 2, 3, 4, 5]
    assert steps[0].x0 == 0.0 and steps[-1].x1 == 1.0
    for lower, upper in itertools.pairwise(steps):
        assert lower.x1 == pytest.approx(upper.x0)
        assert upper.y > lower.y
    assert steps[-1].y == 1.0


def test_three_and_a_half_is_halfway_between_active_and_proactive() -> None:
    p = placement(3.5)
    assert (p.level, p.next_level, p.fraction, p.value) == (3, 4, 0.5, 3.5)
    riser = treads()[2].x1  # right edge of Active, left edge of Proactive
    assert marker_x(3.5) == pytest.approx(riser)
    assert marker_x(3.0) == pytest.approx((treads()[2].x0 + treads()[2].x1) / 2)  # centre of Active


def test_exact_levels_and_clamping() -> None:
    assert placement(1.0).level == 1 and placement(1.0).fraction == 0.0
    top = placement(5.0)
    assert (top.level, top.next_level, top.fraction) == (5, None, 0.0)
    assert placement(0.2).value == 1.0  # means below the staircase are clamped
    assert placement(7).value == 5.0
    with pytest.raises(ValueError):
        placement(math.nan)


def test_marker_height_on_a_riser_takes_the_upper_tread() -> None:
    assert marker_y(3.0) == pytest.approx(3 / LEVELS)
    assert marker_y(3.49) == pytest.approx(3 / LEVELS)
    assert marker_y(3.5) == pytest.approx(4 / LEVELS)
    assert marker_y(5.0) == 1.0
    assert marker_y(1.0) == pytest.approx(1 / LEVELS)


@given(st.floats(1.0, 5.0), st.floats(1.0, 5.0))
def test_marker_never_goes_down_as_the_mean_rises(a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert 0.0 <= marker_x(low) <= marker_x(high) <= 1.0
    assert marker_y(low) <= marker_y(high)
    p = placement(low)
    assert p.level + p.fraction == pytest.approx(low)
