"""Comparing rounds and choosing which actions to carry into the next cycle."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest

from vzworkshop.core.followup import (
    NO_OWNER,
    OVERDUE,
    CycleLink,
    answered,
    attention,
    baseline_and_latest,
    change,
    compare,
    cycle_links,
    cycles,
    displayed,
    earlier_shown,
    to_carry,
)
from vzworkshop.core.formatting import signed
from vzworkshop.core.results import round_result
from vzworkshop.core.tally import Tally


def result(name: str, ballots: list[dict[int, int]], min_size: int = 3):  # type: ignore[no-untyped-def]
    return round_result(name, [("", Tally.from_ballots(ballots))], min_size)


BASE = [{1: 2, 2: 3}, {1: 2, 2: 4}, {1: 3, 2: 0}]  # item 1: 2.33, item 2: 3.5
FOLLOW = [{1: 3, 2: 3}, {1: 3, 2: 3}, {1: 4, 2: 3}, {1: 3}]  # item 1: 3.25, item 2: 3.0


def test_changes_are_worked_out_from_the_unrounded_means() -> None:
    comp = compare([result("Baseline", BASE), result("Follow-up", FOLLOW)])
    assert comp.comparable
    assert [r.name for r in comp.rounds] == ["Baseline", "Follow-up"]
    assert comp.rounds[0].items[0] == pytest.approx(7 / 3)
    assert displayed(7 / 3) == 2.3 and displayed(3.25) == 3.3  # the means are shown rounded half up
    # ... but the change is 3.25 - 2.33 = 0.92, shown +0,9 (the rounded means would say 3,3 - 2,3 = +1,0)
    assert comp.item_change(1, 1) == pytest.approx(3.25 - 7 / 3)
    assert signed(comp.item_change(1, 1), "da") == "+0,9"
    assert comp.item_change(1, 2) == pytest.approx(-0.5)
    assert comp.item_change(1, 3) is None  # nobody answered item 3
    assert comp.overall_change(1) == pytest.approx(22 / 7 - 14 / 5)  # 2.8 -> 3.14


def test_the_reviewers_case_3_14_to_3_75_is_plus_0_6_not_0_7() -> None:
    """Seen in step 5: item 1 went 3,14 -> 3,75 and showed +0,7 (3,1 -> 3,8); the change is 0,61."""
    base = [{1: 3}] * 6 + [{1: 4}]  # 22/7 = 3.142857
    follow = [{1: 4}] * 3 + [{1: 3}]  # 15/4 = 3.75
    comp = compare([result("Nulpunktsmåling", base), result("Opfølgning 1", follow)])
    assert signed(comp.item_change(1, 1), "da") == "+0,6"
    assert signed(comp.overall_change(1), "da") == "+0,6"
    assert signed(change(3.25, 3.75), "da") == "+0,5"  # exact where the floats are: no 0.49999


def test_empty_rounds_are_left_out_and_earlier_means_the_latest_shown_round() -> None:
    base, small, empty = result("Base", BASE), result("Small", FOLLOW[:2]), result("Empty", [])
    follow = result("Follow", FOLLOW)
    pairs = [(n, r) for n, r in enumerate([base, empty, small, follow, empty, empty])]
    assert [n for n, _ in answered(pairs)] == [0, 2, 3]
    assert earlier_shown(pairs, 3) == (0, base)  # not "Small" (withheld) nor "Empty" (no answers)
    assert earlier_shown(pairs, 5) == (3, follow)
    assert earlier_shown(pairs, 0) is None
    assert baseline_and_latest(pairs) == ((0, base), (3, follow))
    assert baseline_and_latest(pairs[:3]) == ((0, base), (2, small))  # answers, though withheld
    assert baseline_and_latest([(0, empty), (1, base)]) == ((1, base), None)
    assert baseline_and_latest([(0, empty)]) == (None, None)


def test_rounds_below_the_threshold_are_hidden_not_compared() -> None:
    comp = compare([result("Baseline", BASE), result("Small", FOLLOW[:2])])
    assert not comp.comparable
    assert [r.name for r in comp.rounds] == ["Baseline"]
    assert [(h.name, h.respondents, h.missing) for h in comp.hidden] == [("Small", 2, 1)]


def test_the_latest_rounds_keep_the_baseline_and_its_changes() -> None:
    rounds = [result(f"R{n}", BASE if n == 0 else [{1: 1 + n % 5, 2: 3}] * 3) for n in range(9)]
    comp = compare([*rounds[:4], result("Small", FOLLOW[:2]), *rounds[4:]])
    latest = comp.latest(4)
    assert [r.name for r in latest.rounds] == ["R0", "R6", "R7", "R8"]
    assert latest.hidden == comp.hidden and latest.digits == comp.digits
    for column, name in enumerate(("R6", "R7", "R8"), start=1):
        full = [r.name for r in comp.rounds].index(name)
        assert latest.item_change(column, 1) == comp.item_change(full, 1)
        assert latest.overall_change(column) == comp.overall_change(full)
    assert comp.latest(9) == comp.latest(20) == comp
    with pytest.raises(ValueError):
        comp.latest(1)


@dataclass
class A:
    id: int
    status: str = "planned"
    cycle: int = 1
    carried_from: int | None = None


def test_only_unfinished_actions_of_the_cycle_not_yet_carried() -> None:
    actions = [
        A(1, "planned"), A(2, "in_progress"), A(3, "done"), A(4, "dropped"),
        A(5, "planned", cycle=2, carried_from=9), A(6, "planned"),
        A(7, "planned", cycle=2, carried_from=6),
    ]
    assert [a.id for a in to_carry(actions, 1)] == [1, 2]
    assert [a.id for a in to_carry(actions, 2)] == [5, 7]
    assert cycles(actions) == [1, 2]
    assert cycles([]) == [1]


def test_cycle_links_tie_each_copy_to_its_original_both_ways() -> None:
    """What steps 3-5 and the action plan print: "↻ from cycle 1 (no. 2)" on a copy, "→ carried to cycle 2
    (no. 4)" on its original; an action carried and carried on again reads as carried on; a copy whose
    original was deleted has no link."""
    actions = [A(10), A(11, "in_progress"), A(12, cycle=2, carried_from=11), A(13, cycle=3, carried_from=12),
               A(14, cycle=2, carried_from=99)]
    numbers = {10: 1, 11: 2, 12: 3, 14: 5}  # 13 not numbered
    links = cycle_links(actions, numbers)
    assert links == {
        12: CycleLink(carried_from=False, cycle=2, other_cycle=3, other_number=None),
        11: CycleLink(carried_from=False, cycle=1, other_cycle=2, other_number=3),
        13: CycleLink(carried_from=True, cycle=3, other_cycle=2, other_number=3),
    }
    assert cycle_links([A(1), A(2)], {1: 1, 2: 2}) == {}


@dataclass
class F:
    status: str = "planned"
    due: str = ""
    owner: str = "Ida"


def test_attention_flags_overdue_and_ownerless_unfinished_actions() -> None:
    today = datetime.date(2026, 12, 1)
    assert attention(F(due="2026-11-30"), today) == [OVERDUE]
    assert attention(F(due="2026-12-01"), today) == []  # due today is not overdue yet
    assert attention(F(status="in_progress", due="2026-01-01", owner=" "), today) == [OVERDUE, NO_OWNER]
    assert attention(F(status="done", due="2026-01-01", owner=""), today) == []
    assert attention(F(status="dropped", due="2026-01-01"), today) == []
    assert attention(F(due="next week"), today) == []
