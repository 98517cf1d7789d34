"""Staircase geometry shared by the screen charts and the PDFs, in unit coordinates.

The staircase has five treads, level 1 (Passive) at the bottom left to level 5 (Creating) at the top right.
x runs 0..1 left to right, y runs 0..1 bottom to top. A mean of 3 sits at the middle of tread 3; 3.5 sits
exactly at the riser between Active and Proactive, as the seed puts it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

LEVELS = 5


@dataclass(frozen=True)
class Tread:
    level: int
    x0: float
    x1: float
    y: float  # top of the tread


@dataclass(frozen=True)
class Placement:
    value: float  # the mean, clamped to 1..5
    level: int  # the level the value has reached (1..5)
    next_level: int | None
    fraction: float  # how far towards the next level, 0..1 (0.5 for 3.5)


def treads() -> tuple[Tread, ...]:
    return tuple(Tread(i, (i - 1) / LEVELS, i / LEVELS, i / LEVELS) for i in range(1, LEVELS + 1))


def placement(mean: float) -> Placement:
    if math.isnan(mean):
        raise ValueError("mean is not a number")
    value = min(max(mean, 1.0), float(LEVELS))
    level = min(math.floor(value), LEVELS)
    fraction = value - level
    return Placement(value, level, level + 1 if level < LEVELS else None, fraction)


def marker_x(mean: float) -> float:
    """Horizontal position of a mean on the staircase (centre of tread n for mean n)."""
    return (placement(mean).value - 0.5) / LEVELS


def marker_y(mean: float) -> float:
    """Height of the tread under the marker; exactly on a riser it takes the upper tread."""
    x = marker_x(mean)
    level = min(int(x * LEVELS) + 1, LEVELS)
    return level / LEVELS
