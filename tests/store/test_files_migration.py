"""Upgrades: a file of every released format opens and reads correctly forever; before an upgrade a backup is
written beside the file; a failed upgrade leaves the file exactly as it was."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from vzworkshop.store import WorkshopStore, errors, schema
from vzworkshop.store.files import Probe, backup_path, probe, wal_path
from vzworkshop.store.records import (
    ActionItem,
    ActionNote,
    AgendaBlock,
    Commitment,
    Evaluation,
    HazardSelection,
    ItemAssessment,
    Plan,
    Problem,
    StepNote,
    TeamMember,
)

FIXTURES = Path(__file__).parent / "fixtures"
V1 = FIXTURES / "workshop_v1.vzw"  # made with format 1 (2026); never regenerate it


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _check_v1_content(store: WorkshopStore) -> None:
    ws = store.workshop()
    assert (ws.organisation, ws.title, ws.facilitator) == ("Testby Kommune", "Trivselsworkshop – Vej & Park",
                                                           "Mette Ørsted")
    assert (ws.language, ws.min_group_size, ws.date, ws.agenda_start) == ("da", 3, "2026-03-02", "09:00")
    assert store.get(Commitment).committed_by == "Direktør Åse"
    assert (store.get(Commitment).team_women, store.get(Commitment).team_other) == (2, None)
    assert [(m.name, m.is_manager, m.is_worker_rep) for m in store.list(TeamMember)] == [
        ("Jens", False, True), ("Åse", True, False)]
    note = store.get(StepNote, 2)
    assert (note.notes, note.data_sources, note.facilitator_notes) == ("Gode drøftelser 😀", "APV 2025", "privat")
    (rnd,) = store.rounds()
    assert (rnd.name, rnd.date) == ("Baseline 2026", "2026-03-02")
    assert rnd.id is not None
    (vej, vej_tally), (park, park_tally) = store.group_tallies(rnd.id)
    assert (vej.name, vej.ballots, park.name, park.ballots) == ("Vej", 4, "Park", 2)
    # Vej: ballot i answered item n with (i + n) % 6, i = 0..3
    for n in range(1, 11):
        expected = [0] * 6
        for i in range(4):
            expected[(i + n) % 6] += 1
        assert list(vej_tally.item(n).counts) == expected
    assert park_tally.item(1).counts == (0, 0, 0, 0, 0, 2)
    assert park_tally.item(3).dont_know == 2
    assert park_tally.item(4).skipped == 2
    assert [(a.item, a.agreed_level, a.notes) for a in store.list(ItemAssessment, round_id=rnd.id)] == [
        (1, 3, "enige")]
    assert store.get(HazardSelection, "workload").notes == "travlhed"
    (problem,) = store.list(Problem)
    assert (problem.title, problem.items, problem.hazards, problem.has_solution, problem.dot_votes) == (
        "Travlhed", [1, 4], ["workload"], True, 7)
    (action,) = store.list(ActionItem)
    assert (action.what, action.problem_id, action.status, action.owner) == (
        "Ugentligt tavlemøde", problem.id, "in_progress", "Åse")
    assert [n.text for n in store.list(ActionNote)] == ["Godt i gang"]
    assert store.get(Plan).long_term_goals == "Nul stress"
    assert store.get(Evaluation).next_cycle == "Efterår"
    assert [(b.title, b.actual_seconds) for b in store.list(AgendaBlock)] == [("Velkomst", 840)]


def test_the_format_1_fixture_is_what_it_claims() -> None:
    head = V1.read_bytes()[:100]
    assert int.from_bytes(head[60:64], "big") == 1  # user_version
    assert not wal_path(V1).exists()


def test_a_format_1_workshop_opens_and_reads_correctly(tmp_path: Path) -> None:
    copy = tmp_path / "v1.vzw"
    shutil.copy(V1, copy)
    with WorkshopStore.open(copy) as store:
        assert not store.read_only
        _check_v1_content(store)
    with WorkshopStore.open(copy) as store:  # and again, after whatever upgrade the first opening did
        _check_v1_content(store)


def test_a_format_1_workshop_reads_read_only_in_place_without_a_change() -> None:
    before = sorted(p.name for p in FIXTURES.iterdir())
    digest = _sha(V1)
    with WorkshopStore.open(V1, read_only=True) as store:
        assert store.read_only
        _check_v1_content(store)
    assert _sha(V1) == digest
    assert sorted(p.name for p in FIXTURES.iterdir()) == before


def _with_extra_migration(monkeypatch: pytest.MonkeyPatch, fail: bool) -> None:
    """Register a format 2 migration for this test only (the next version's upgrade, as it might be)."""
    extended = Migrations("vzworkshop")
    extended._migrations = list(schema.migrations._migrations)

    @extended()
    def m900_test_upgrade(db: Database) -> None:
        db.execute("ALTER TABLE workshop ADD COLUMN venue TEXT NOT NULL DEFAULT ''")
        db.execute("UPDATE workshop SET venue = 'Rådhuset'")
        db.execute("UPDATE tally SET count = count + 1")
        db.execute(f"PRAGMA user_version = {len(extended._migrations)}")
        if fail:
            raise RuntimeError("the upgrade met something it did not expect")

    monkeypatch.setattr(schema, "migrations", extended)


def test_a_failed_upgrade_leaves_the_file_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "v1.vzw"
    shutil.copy(V1, copy)
    digest = _sha(copy)
    _with_extra_migration(monkeypatch, fail=True)
    assert probe(copy) is Probe.NEEDS_UPGRADE
    with pytest.raises(errors.UpgradeFailed, match="did not expect") as caught:
        WorkshopStore.open(copy)
    assert "left unchanged" in str(caught.value)
    assert _sha(copy) == digest
    assert not wal_path(copy).exists()
    assert caught.value.backup == backup_path(copy, 1)
    assert _sha(backup_path(copy, 1)) == digest
    # a second attempt keeps the first backup and writes another
    with pytest.raises(errors.UpgradeFailed):
        WorkshopStore.open(copy)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v1.vzw", "v1.vzw.v1-2.bak", "v1.vzw.v1.bak"]
    assert _sha(copy) == digest
    monkeypatch.undo()  # this version again: the file opens as before
    with WorkshopStore.open(copy) as store:
        _check_v1_content(store)


def test_an_upgrade_keeps_a_backup_beside_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "v1.vzw"
    shutil.copy(V1, copy)
    digest = _sha(copy)
    _with_extra_migration(monkeypatch, fail=False)
    with WorkshopStore.open(copy) as store:
        assert store.db.execute("SELECT venue FROM workshop").fetchone()[0] == "Rådhuset"
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(schema.migrations._migrations)
    assert _sha(backup_path(copy, 1)) == digest
    assert probe(copy) is Probe.OK
    assert probe(backup_path(copy, 1)) is Probe.NEEDS_UPGRADE


def test_a_read_only_file_of_an_older_format_is_upgraded_in_memory_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "v1.vzw"
    shutil.copy(V1, copy)
    digest = _sha(copy)
    _with_extra_migration(monkeypatch, fail=False)
    with WorkshopStore.open(copy, read_only=True) as store:
        assert store.db.execute("SELECT venue FROM workshop").fetchone()[0] == "Rådhuset"
    assert _sha(copy) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v1.vzw"]
