"""Answers are kept only as tallies: nothing grows with, or orders, the ballots."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from vzworkshop.core.tally import Ballot
from vzworkshop.store import WorkshopStore


def _row_counts(store: WorkshopStore) -> dict[str, int]:
    tables = [r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    counts = {t: int(store.db.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]) for t in tables}
    counts["sqlite_master"] = int(store.db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0])
    return counts


def _import(path: Path, respondents: int) -> dict[str, int]:
    rows = [("Team A", {i: (i % 5) + 1 for i in range(1, 11)}) for _ in range(respondents)]
    rows += [("Team B", {1: 0, 2: 4}) for _ in range(respondents)]
    with WorkshopStore.open(path) as store:
        store.import_answers("Runde 1", rows, default_round="Første runde")
        return _row_counts(store)


def test_many_or_few_respondents_leave_the_same_rows(workshop_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.vzw"
    shutil.copy(workshop_path, other)
    thirty = _import(workshop_path, 30)
    three = _import(other, 3)
    assert thirty == three
    assert "tally" in thirty and thirty["tally"] == 2 * 60


def test_ballots_one_by_one_leave_the_same_rows(workshop_path: Path, tmp_path: Path) -> None:
    counts = []
    few = tmp_path / "few.vzw"
    shutil.copy(workshop_path, few)
    for n, path in ((30, workshop_path), (3, few)):
        with WorkshopStore.open(path) as store:
            rnd = store.add_round("R1")
            assert rnd.id is not None
            gid = store.groups(rnd.id)[0].id
            assert gid is not None
            for _ in range(n):
                store.add_ballot(Ballot(rnd.id, gid, {1: 3, 2: 0, 5: 5}))
            counts.append(_row_counts(store))
    assert counts[0] == counts[1]


def test_no_column_could_hold_a_person_or_a_time(store: WorkshopStore) -> None:
    suspicious = ("time", "created", "stamp", "person", "respondent", "participant", "ballot_id", "seq")
    for (table,) in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        if table == "_sqlite_migrations":  # when the file's schema was made, not when anyone answered
            continue
        for col in store.db.execute(f'PRAGMA table_info("{table}")').fetchall():
            assert not any(word in col[1].lower() for word in suspicious), f"{table}.{col[1]}"


def test_tallies_hold_no_rowid_order(store: WorkshopStore) -> None:
    sql = store.db.execute("SELECT sql FROM sqlite_master WHERE name = 'tally'").fetchone()[0]
    assert "WITHOUT ROWID" in sql.upper()


def test_after_a_ballot_the_wal_holds_no_before_and_after(store: WorkshopStore) -> None:
    rnd = store.add_round("R1")
    assert rnd.id is not None
    gid = store.groups(rnd.id)[0].id
    assert gid is not None
    store.add_ballot(Ballot(rnd.id, gid, {1: 4}))
    wal = Path(f"{store.path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_ballots_fold_into_tallies(store: WorkshopStore) -> None:
    rnd = store.add_round("R1", groups=("A", "B"))
    assert rnd.id is not None
    a, b = store.groups(rnd.id)
    assert a.id is not None and b.id is not None
    store.add_ballot(Ballot(rnd.id, a.id, {1: 3, 2: 0}))
    store.add_ballots([Ballot(rnd.id, a.id, {1: 5}), Ballot(rnd.id, b.id, {10: 1})])
    tallies = {g.name: t for g, t in store.group_tallies(rnd.id)}
    assert tallies["A"].ballots == 2 and tallies["B"].ballots == 1
    assert tallies["A"].item(1).counts == (0, 0, 0, 1, 0, 1)
    assert tallies["A"].item(2).dont_know == 1
    assert tallies["B"].item(10).counts[1] == 1
    assert store.round_ballots(rnd.id) == 3


def test_a_bad_ballot_stores_nothing_of_the_batch(store: WorkshopStore) -> None:
    first = store.add_round("R1")
    second = store.add_round("R2")
    assert first.id is not None and second.id is not None
    gid = store.groups(first.id)[0].id
    other_gid = store.groups(second.id)[0].id
    assert gid is not None and other_gid is not None
    before = store.group_tallies(first.id)
    with pytest.raises(KeyError):  # a group of another round
        store.add_ballots([Ballot(first.id, gid, {1: 3}), Ballot(first.id, other_gid, {1: 3})])
    with pytest.raises(ValueError):
        store.add_ballots([Ballot(first.id, gid, {1: 3}), Ballot(first.id, gid, {1: 9})])
    assert store.group_tallies(first.id) == before
    assert store.round_ballots(first.id) == 0


def test_import_picks_or_creates_rounds_and_groups(store: WorkshopStore) -> None:
    first = store.import_answers(None, [("", {1: 3})] * 3, default_round="Første runde")
    assert first.name == "Første runde"
    again = store.import_answers(None, [("", {1: 4})], default_round="ignored")
    assert again.id == first.id  # the latest round
    named = store.import_answers(" Opfølgning ", [("Køkken", {1: 1}), ("Rengøring", {})], default_round="x")
    assert named.name == "Opfølgning"
    same = store.import_answers("Opfølgning ", [(" Køkken", {2: 2})], default_round="x")
    assert same.id == named.id
    assert [r.name for r in store.rounds()] == ["Første runde", "Opfølgning"]
    assert named.id is not None
    tallies = {g.name: t.ballots for g, t in store.group_tallies(named.id)}
    assert tallies == {"Køkken": 2, "Rengøring": 1}
    assert first.id is not None
    assert store.round_ballots(first.id) == 4
