"""Carrying unfinished actions into the next cycle: one transaction, never duplicated."""

from __future__ import annotations

from pathlib import Path

from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import ActionItem, Problem


def test_carry_forward_copies_unfinished_once(workshop_path: Path) -> None:
    with WorkshopStore.open(workshop_path) as store:
        prob = store.add(Problem(title="Travlhed"))
        prob_id = prob.id
        store.add(ActionItem(what="Møde", problem_id=prob.id, owner="Ida", due="2026-01-01", status="planned",
                             obstacles="sygdom", indicator="antal møder"))
        store.add(ActionItem(what="Kursus", status="in_progress", happened=False, effect="lidt"))
        store.add(ActionItem(what="Plakat", status="done"))
        store.add(ActionItem(what="Droppet", status="dropped"))
        first = store.carry_forward(1)
        assert [a.what for a in first] == ["Møde", "Kursus"]
        assert store.carry_forward(1) == []  # a second press does nothing
    with WorkshopStore.open(workshop_path) as store:
        actions = store.list(ActionItem)
        assert len(actions) == 6
        copies = [a for a in actions if a.cycle == 2]
        originals = {a.id: a for a in actions if a.cycle == 1}
        assert {originals[c.carried_from].what for c in copies if c.carried_from} == {"Møde", "Kursus"}
        meeting = next(c for c in copies if c.what == "Møde")
        planned = (meeting.status, meeting.owner, meeting.problem_id, meeting.indicator)
        assert planned == ("planned", "Ida", prob_id, "antal møder")
        assert (meeting.due, meeting.obstacles, meeting.happened, meeting.effect) == ("", "", None, "")
        # the next cycle's unfinished actions can be carried on later, once
        assert len(store.carry_forward(2)) == 2
        assert store.carry_forward(2) == []
