import itertools

from hypothesis import given
from hypothesis import strategies as st

from vzworkshop.core.live import answers_until_update, may_show


def test_first_figure_needs_the_minimum() -> None:
    assert not may_show(None, 2, 3)
    assert answers_until_update(None, 2, 3) == 1
    assert may_show(None, 3, 3)


def test_later_figures_need_a_whole_group_of_new_answers() -> None:
    assert not may_show(3, 4, 3)
    assert not may_show(3, 5, 3)
    assert answers_until_update(3, 5, 3) == 1
    assert may_show(3, 6, 3)
    assert may_show(3, 3, 3)  # the same figure again


@given(st.integers(2, 20), st.lists(st.integers(1, 5), min_size=1, max_size=40))
def test_every_pair_of_shown_figures_differs_by_a_whole_group(min_size: int, arrivals: list[int]) -> None:
    """Whatever the order in which ballots arrive, the room never sees two figures fewer than
    `min_size` ballots apart, so no smaller set of people can be isolated by subtraction."""
    shown: list[int] = []
    total = 0
    for batch in arrivals:
        total += batch
        last = shown[-1] if shown else None
        if may_show(last, total, min_size):
            if total != last:
                shown.append(total)
        else:
            assert answers_until_update(last, total, min_size) > 0
    assert all(n >= min_size for n in shown)
    assert all(b - a >= min_size for a, b in itertools.pairwise(shown))
