"""When the room may see a new live average (the projector during participant entry).

Showing the average after every ballot would let the room work out the last participant's own average by
comparing two consecutive figures: 5 x 3,2 - 4 x 3,0 = 4,0, and everyone saw who just handed the laptop on.
So the first average needs the minimum group size of answers, and every later one at least that many answers
more than the last average shown: the difference between any two figures the room has seen then pools at
least the minimum group size of people, the same rule as for groups.
"""

from __future__ import annotations


def may_show(last_shown_at: int | None, respondents: int, min_size: int) -> bool:
    """Whether a figure computed from `respondents` ballots may replace the one shown at `last_shown_at`."""
    if respondents < min_size:
        return False
    if last_shown_at is None or respondents == last_shown_at:
        return True
    return abs(respondents - last_shown_at) >= min_size


def answers_until_update(last_shown_at: int | None, respondents: int, min_size: int) -> int:
    """How many more ballots before the room's figure can change (0 when it can change now)."""
    if may_show(last_shown_at, respondents, min_size):
        return 0
    if last_shown_at is None or respondents < min_size:
        return min_size - respondents
    return last_shown_at + min_size - respondents
