"""Whether each step has been worked on (the sidebar's ticks) and which changes can alter a step's page, read
from the store alone: the window shows its ticks without importing or building the step pages (start-up)."""

from __future__ import annotations

from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import ActionItem, ActionNote, Commitment, Evaluation, Problem, TeamMember
from vzworkshop.ui.changes import Changes


def has_content(store: WorkshopStore, step: int) -> bool:
    """True when step `step` (1-5) has been worked on: the sidebar shows a tick."""
    if step == 1:
        c = store.get(Commitment)
        if c.committed_by.strip() or c.decision.strip() or c.date:
            return True
        return any(m.name.strip() for m in store.list(TeamMember))
    if step == 2:
        return store.has_ballots()
    if step == 3:
        return bool(store.list(Problem) or store.list(ActionItem))
    if step == 4:
        return any(a.status != "planned" for a in store.list(ActionItem)) or bool(store.list(ActionNote))
    if step == 5:
        ev = store.get(Evaluation)
        return bool(ev.lessons or ev.next_cycle) or any(a.happened is not None for a in store.list(ActionItem))
    raise ValueError(f"no step {step}")


def relevant(step: int, changes: Changes) -> bool:
    """Whether `changes` (made elsewhere) may alter what step `step`'s page shows, its tick included."""
    if step == 1:
        return changes.team or changes.workshop
    if step == 2:
        return changes.workshop or changes.rounds or changes.ballots or changes.assessment
    if step == 3:
        return (changes.ballots or changes.rounds or changes.assessment or changes.problems or changes.actions
                or changes.workshop)
    if step == 4:
        return changes.actions or changes.problems or changes.workshop
    if step == 5:
        return changes.rounds or changes.ballots or changes.actions or changes.workshop
    raise ValueError(f"no step {step}")
