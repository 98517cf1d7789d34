"""Generic record reads and writes: each call is durable when it returns; bad values are refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from vzworkshop.store import WorkshopStore, errors
from vzworkshop.store.records import (
    ActionItem,
    ActionNote,
    Commitment,
    Evaluation,
    HazardSelection,
    ItemAssessment,
    Plan,
    Problem,
    StepNote,
    TeamMember,
    Workshop,
)


def test_singletons_exist_and_save(store: WorkshopStore, workshop_path: Path) -> None:
    for cls in (Commitment, Plan, Evaluation):
        assert store.get(cls).id == 1
    commitment = store.get(Commitment)
    commitment.committed_by = "Direktør Hansen"
    commitment.team_women = 3
    store.save(commitment)
    ws = store.workshop()
    ws.title = "Ny titel"
    store.save(ws)
    store.close()
    with WorkshopStore.open(workshop_path) as again:  # durable: read back from the file
        assert again.get(Commitment).committed_by == "Direktør Hansen"
        assert again.get(Commitment).team_women == 3
        assert again.workshop().title == "Ny titel"


def test_step_notes_by_key(store: WorkshopStore) -> None:
    assert [n.step for n in store.list(StepNote)] == [1, 2, 3, 4, 5]
    note = store.get(StepNote, 3)
    note.notes = "Vi talte om stress"
    store.save(note)
    assert store.get(StepNote, 3).notes == "Vi talte om stress"
    assert store.find(StepNote, 9) is None
    with pytest.raises(KeyError):
        store.get(StepNote, 9)
    with pytest.raises(KeyError):
        store.save(StepNote(step=9))


def test_list_add_move_delete(store: WorkshopStore) -> None:
    names = ["Anna", "Bo", "Cem"]
    members = [store.add(TeamMember(name=n, is_manager=(n == "Bo"))) for n in names]
    assert [m.position for m in members] == [1, 2, 3]
    assert all(m.id is not None for m in members)
    listed = store.list(TeamMember)
    assert [m.name for m in listed] == names
    assert listed[1].is_manager is True and listed[0].is_manager is False
    store.move(listed[2], 0)
    assert [m.name for m in store.list(TeamMember)] == ["Cem", "Anna", "Bo"]
    assert [m.position for m in store.list(TeamMember)] == [1, 2, 3]
    store.delete(TeamMember, listed[0].id)
    assert [m.name for m in store.list(TeamMember)] == ["Cem", "Bo"]


def test_json_and_bool_fields_round_trip(store: WorkshopStore) -> None:
    problem = store.add(Problem(title="Travlhed", items=[2, 7], hazards=["workload"], has_solution=None, ease=4))
    got = store.get(Problem, problem.id)
    assert got.items == [2, 7] and got.hazards == ["workload"]
    assert got.has_solution is None and got.ease == 4
    got.has_solution = False
    store.save(got)
    assert store.get(Problem, problem.id).has_solution is False


def test_upsert_by_composite_key(store: WorkshopStore) -> None:
    rnd = store.add_round("R1")
    assert rnd.id is not None
    store.upsert(ItemAssessment(round_id=rnd.id, item=4, agreed_level=3, notes="first"))
    store.upsert(ItemAssessment(round_id=rnd.id, item=4, agreed_level=4, notes="second"))
    assessments = store.list(ItemAssessment, round_id=rnd.id)
    assert [(a.item, a.agreed_level, a.notes) for a in assessments] == [(4, 4, "second")]
    store.upsert(HazardSelection(hazard_key="workload", notes="x"))
    store.upsert(HazardSelection(hazard_key="workload", notes="y"))
    assert [h.notes for h in store.list(HazardSelection)] == ["y"]


def test_foreign_keys_cascade_and_set_null(store: WorkshopStore) -> None:
    problem = store.add(Problem(title="P"))
    action = store.add(ActionItem(what="Gør noget", problem_id=problem.id))
    assert action.id is not None
    store.add(ActionNote(action_id=action.id, text="note"))
    store.delete(Problem, problem.id)
    assert store.get(ActionItem, action.id).problem_id is None
    store.delete(ActionItem, action.id)
    assert store.list(ActionNote) == []


def test_invalid_values_are_refused_and_nothing_changes(store: WorkshopStore) -> None:
    with pytest.raises(ValueError, match="invalid value"):
        store.add(Problem(title="P", ease=9))
    assert store.list(Problem) == []
    ws = store.workshop()
    ws.min_group_size = 1
    with pytest.raises(ValueError):
        store.save(ws)
    assert store.workshop().min_group_size == 3
    with pytest.raises(ValueError):
        store.add(ActionNote(action_id=12345, text="orphan"))


def test_read_only_store_refuses_writes(store: WorkshopStore) -> None:
    store.read_only = True
    with pytest.raises(errors.ReadOnlyWorkshop):
        store.save(Workshop(organisation="X"))
    with pytest.raises(errors.ReadOnlyWorkshop):
        store.add(TeamMember(name="X"))
    with pytest.raises(errors.ReadOnlyWorkshop):
        store.delete(TeamMember, 1)
    assert store.workshop().organisation == "Testby Kommune"
