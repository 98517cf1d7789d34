"""Deleting a round: only one nobody answered, all of it in one transaction, never one with answers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from vzworkshop.core.disclosure_history import Shown
from vzworkshop.core.tally import Ballot
from vzworkshop.store import WorkshopStore, errors
from vzworkshop.store.records import ItemAssessment

TABLES = ("round", "round_group", "tally", "round_tally", "item_assessment", "shown_moment")


def _rows(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def _answered(store: WorkshopStore, name: str, n: int) -> int:
    rnd = store.add_round(name, groups=("",))
    assert rnd.id is not None
    (group,) = store.groups(rnd.id)
    store.add_ballots([Ballot(rnd.id, group.id, dict.fromkeys(range(1, 11), 3)) for _ in range(n)])
    return rnd.id


def test_an_unanswered_round_goes_with_its_groups_tallies_and_notes(workshop_path: Path) -> None:
    with WorkshopStore.open(workshop_path) as store:
        base = _answered(store, "Nulpunktsmåling", 4)
        store.upsert(ItemAssessment(round_id=base, item=1, agreed_level=3, notes="Vi er enige"))
        store.round_results()  # the baseline's figures shown and remembered
    before = _rows(workshop_path)
    with WorkshopStore.open(workshop_path) as store:
        empty = store.add_round("Opfølgning 1", kind="follow_up", groups=("Køkken", "Hjemmepleje"))
        assert empty.id is not None
        store.upsert(ItemAssessment(round_id=empty.id, item=2, agreed_level=None, notes="skrevet ved en fejl"))
        store.round_results()
        # a moment remembered for it (none is, with no answers: made here to see that it goes with the round)
        store.record_shown(empty.id, Shown((("Køkken", 0), ("Hjemmepleje", 0)), frozenset()))
        assert store.db.execute("SELECT COUNT(*) FROM shown_moment WHERE round_id = ?", [empty.id]).fetchone()[0] == 1
        store.delete_round(empty.id)
        assert [r.name for r in store.rounds()] == ["Nulpunktsmåling"]
        assert store.shown_history(empty.id) == []
        assert store.round_result(base).respondents == 4  # the baseline untouched
    assert _rows(workshop_path) == before  # nothing of it left in any table, on disk
    with WorkshopStore.open(workshop_path) as store:  # a new round, perhaps with the same id, starts afresh
        again = store.add_round("Opfølgning 1", kind="follow_up")
        assert again.id is not None and store.shown_history(again.id) == []
    with WorkshopStore.open(workshop_path) as store:
        assert store.list(ItemAssessment, round_id=base)[0].notes == "Vi er enige"


def test_a_round_with_answers_is_refused_and_kept_whole(workshop_path: Path) -> None:
    with WorkshopStore.open(workshop_path) as store:
        base = _answered(store, "Nulpunktsmåling", 1)
        store.upsert(ItemAssessment(round_id=base, item=1, agreed_level=2, notes="noter"))
    before = _rows(workshop_path)
    with WorkshopStore.open(workshop_path) as store:
        with pytest.raises(errors.RoundHasAnswers) as refused:
            store.delete_round(base)
        assert refused.value.name == "Nulpunktsmåling" and refused.value.ballots == 1
        assert "1 answer" in str(refused.value)
        assert [r.id for r in store.rounds()] == [base]
    assert _rows(workshop_path) == before


def test_no_such_round_and_a_read_only_file_are_refused(workshop_path: Path) -> None:
    with WorkshopStore.open(workshop_path) as store:
        empty = store.add_round("Tom", groups=("",)).id
        assert empty is not None
        with pytest.raises(KeyError):
            store.delete_round(empty + 100)
    with WorkshopStore.open(workshop_path, read_only=True) as store, pytest.raises(errors.ReadOnlyWorkshop):
        store.delete_round(empty)
    with WorkshopStore.open(workshop_path) as store:
        assert [r.name for r in store.rounds()] == ["Tom"]
