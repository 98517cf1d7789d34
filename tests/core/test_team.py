from __future__ import annotations

from vzworkshop.core.team import DEPARTMENTS, GENDER, NON_MANAGERS, WORKER_REP, GenderCounts, team_hints
from vzworkshop.store.records import TeamMember


def _by_id(hints: list) -> dict:  # type: ignore[type-arg]
    return {h.id: h for h in hints}


def test_empty_team_has_no_ok_hints_and_no_gender_hint() -> None:
    hints = _by_id(team_hints([]))
    assert set(hints) == {NON_MANAGERS, WORKER_REP, DEPARTMENTS}
    assert not any(h.ok for h in hints.values())
    assert hints[NON_MANAGERS].values == (0, 0)


def test_half_non_managers_is_enough_but_less_is_not() -> None:
    two = [TeamMember(name="A", is_manager=True), TeamMember(name="B")]
    assert _by_id(team_hints(two))[NON_MANAGERS].ok
    three = [*two, TeamMember(name="C", is_manager=True)]
    hint = _by_id(team_hints(three))[NON_MANAGERS]
    assert not hint.ok and hint.values == (1, 3)


def test_empty_rows_do_not_count_as_members() -> None:
    hints = _by_id(team_hints([TeamMember(name="A", is_manager=True), TeamMember()]))
    assert hints[NON_MANAGERS].values == (0, 1)


def test_worker_rep_and_departments_are_counted_case_and_space_insensitively() -> None:
    team = [TeamMember(name="A", department="Hjemmeplejen  Nord"), TeamMember(name="B", department="hjemmeplejen nord")]
    hints = _by_id(team_hints(team))
    assert not hints[WORKER_REP].ok
    assert not hints[DEPARTMENTS].ok and hints[DEPARTMENTS].values == (1,)
    team.append(TeamMember(name="C", department="Køkken", is_worker_rep=True))
    hints = _by_id(team_hints(team))
    assert hints[WORKER_REP].ok and hints[DEPARTMENTS].ok and hints[DEPARTMENTS].values == (2,)


def test_gender_hint_only_when_counts_given() -> None:
    team = [TeamMember(name="A")]
    assert GENDER not in _by_id(team_hints(team, GenderCounts()))
    assert GENDER not in _by_id(team_hints(team, GenderCounts(0, 0, None)))
    balanced = _by_id(team_hints(team, GenderCounts(women=3, men=2)))[GENDER]
    assert balanced.ok and balanced.values == (3, 2, 0)
    uneven = _by_id(team_hints(team, GenderCounts(women=4, men=1)))[GENDER]
    assert not uneven.ok


def test_a_ticked_box_alone_makes_no_member() -> None:
    """A row with no name, role or department (e.g. a box ticked by a stray Space) is not counted: "4 of 6"."""
    rows = [TeamMember(name="A"), TeamMember(is_manager=True), TeamMember(is_worker_rep=True)]
    hints = _by_id(team_hints(rows))
    assert hints[NON_MANAGERS].values == (1, 1) and hints[NON_MANAGERS].ok
    assert not hints[WORKER_REP].ok
    assert _by_id(team_hints([TeamMember(role="Tillidsrepræsentant", is_worker_rep=True)]))[WORKER_REP].ok
