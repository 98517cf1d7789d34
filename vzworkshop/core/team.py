"""Friendly checks of the working-environment team against the method's advice for step 1 (guide §3.1):

at least half of the team are employees from outside management, workers' representatives are involved,
several departments (and levels) are represented, and attention is paid to gender balance. These are hints
for the facilitator, never rules that block anything. No Qt here; the UI words each hint by its `id`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

NON_MANAGERS = "non_managers"
WORKER_REP = "worker_rep"
DEPARTMENTS = "departments"
GENDER = "gender"


class Member(Protocol):
    """What the hints read of a team member (the store's TeamMember fits; core never imports the store)."""

    name: str
    role: str
    department: str
    is_manager: bool
    is_worker_rep: bool


@dataclass(frozen=True)
class Hint:
    """A check of the team's make-up (guide §3.1, step 1): whether it is met and the figures it names."""

    id: str
    ok: bool
    # figures the message names: non_managers -> (non-managers, team size); worker_rep -> (representatives,);
    # departments -> (departments,); gender -> (women, men, other)
    values: tuple[int, ...] = ()


@dataclass(frozen=True)
class GenderCounts:
    """How many women, men and others the team has, where the facilitator gave them."""

    women: int | None = None
    men: int | None = None
    other: int | None = None

    def given(self) -> bool:
        return any(n for n in (self.women, self.men, self.other))


def is_empty(member: Member) -> bool:
    """No name, role or department: a row added but not filled in (a ticked box alone makes no member)."""
    return not (member.name.strip() or member.role.strip() or member.department.strip())


def _named(members: Sequence[Member]) -> list[Member]:
    """Rows count once a name, role or department is filled in (an empty new row is not yet a member)."""
    return [m for m in members if not is_empty(m)]


def team_hints(members: Sequence[Member], gender: GenderCounts | None = None) -> list[Hint]:
    team = _named(members)
    total = len(team)
    non_managers = sum(1 for m in team if not m.is_manager)
    reps = sum(1 for m in team if m.is_worker_rep)
    departments = len({" ".join(m.department.split()).casefold() for m in team if m.department.strip()})
    hints = [
        Hint(NON_MANAGERS, total > 0 and 2 * non_managers >= total, (non_managers, total)),
        Hint(WORKER_REP, reps > 0, (reps,)),
        Hint(DEPARTMENTS, departments >= 2, (departments,)),
    ]
    if gender is not None and gender.given():
        women, men, other = gender.women or 0, gender.men or 0, gender.other or 0
        counted = women + men + other
        # balanced when neither women nor men make up more than two thirds of the team
        hints.append(Hint(GENDER, 3 * max(women, men) <= 2 * counted, (women, men, other)))
    return hints
