"""A workshop that cannot be written (read-only file, read-only folder, read-only drive) opens read-only with a
reason for the window's banner, refuses every change with ReadOnlyWorkshop, and is never changed.

CI runs as root, for whom permission bits do not stop writing (os.access says yes). The store therefore also
honours the bits themselves (a file without any write bit is meant to stay as it is), so the chmod tests below
test the real path both as root and as a normal user; the drive case is simulated through the injectable
`writability_problem` and by making SQLite itself refuse."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from vzworkshop.core.tally import Ballot
from vzworkshop.store import WorkshopStore, errors
from vzworkshop.store import workshop as workshop_module
from vzworkshop.store.files import wal_path
from vzworkshop.store.records import Commitment, Problem, StepNote, TeamMember, Workshop

REPO = Path(__file__).resolve().parents[2]


def _state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture
def filled(workshop_path: Path) -> Iterator[tuple[Path, int]]:
    with WorkshopStore.open(workshop_path) as store:
        rnd = store.add_round("Runde 1")
        assert rnd.id is not None
        group = store.groups(rnd.id)[0]
        assert group.id is not None
        for value in (3, 4, 5):
            store.add_ballot(Ballot(rnd.id, group.id, {1: value}))
        store.add(TeamMember(name="Jens"))
        store.add(Problem(title="Travlhed"))
        store.save(StepNote(step=1, notes="gemt før"))
    yield workshop_path, rnd.id
    workshop_path.chmod(0o644)
    workshop_path.parent.chmod(0o755)


def _refuses_every_change(store: WorkshopStore, round_id: int) -> None:
    group = store.groups(round_id)[0]
    assert group.id is not None
    member = store.list(TeamMember)[0]
    problem = store.list(Problem)[0]
    changes = [
        lambda: store.save(StepNote(step=1, notes="ny")),
        lambda: store.save(Commitment(decision="x")),
        lambda: store.upsert(StepNote(step=4, notes="ny")),
        lambda: store.add(TeamMember(name="Åse")),
        lambda: store.delete(TeamMember, member.id),
        lambda: store.move(problem, 0),
        lambda: store.add_round("Runde 2"),
        lambda: store.add_ballot(Ballot(round_id, group.id, {1: 5})),
        lambda: store.import_answers(None, [("", {1: 5})], "Import"),
    ]
    for change in changes:
        with pytest.raises(errors.ReadOnlyWorkshop):
            change()
    with pytest.raises(sqlite3.OperationalError, match="readonly"):  # even SQL past the guards cannot write
        store.db.execute("UPDATE step_note SET notes = 'x'")


def _reads(store: WorkshopStore, round_id: int) -> None:
    assert store.group_tallies(round_id)[0][1].item(1).counts == (0, 0, 0, 1, 1, 1)
    assert store.get(StepNote, 1).notes == "gemt før"
    assert store.workshop().organisation == "Testby Kommune"


def test_a_read_only_file_opens_read_only(filled: tuple[Path, int]) -> None:
    path, round_id = filled
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    before = _state(path.parent)
    with WorkshopStore.open(path) as store:
        assert store.read_only
        assert store.read_only_reason == "the file is read-only"
        _reads(store, round_id)
        _refuses_every_change(store, round_id)
    assert _state(path.parent) == before


def test_a_file_in_a_read_only_folder_opens_read_only(filled: tuple[Path, int]) -> None:
    path, round_id = filled
    path.parent.chmod(0o555)
    before = _state(path.parent)
    with WorkshopStore.open(path) as store:
        assert store.read_only
        assert "folder" in store.read_only_reason
        _reads(store, round_id)
        _refuses_every_change(store, round_id)
    assert _state(path.parent) == before


def test_a_read_only_drive_is_detected_through_the_writability_check(
    filled: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, round_id = filled
    monkeypatch.setattr(workshop_module, "writability_problem", lambda p: "the drive is read-only")
    before = _state(path.parent)
    with WorkshopStore.open(path) as store:
        assert (store.read_only, store.read_only_reason) == (True, "the drive is read-only")
        _reads(store, round_id)
    assert _state(path.parent) == before


def test_when_sqlite_refuses_to_write_the_workshop_opens_read_only(
    filled: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, round_id = filled

    def refuse(p: Path) -> sqlite3.Connection:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(workshop_module, "connect", refuse)
    with WorkshopStore.open(path) as store:
        assert store.read_only
        assert "cannot be written" in store.read_only_reason
        _reads(store, round_id)
    with pytest.raises(errors.ReadOnlyWorkshop):
        WorkshopStore.open(path, read_only=False)


def test_read_only_on_request_and_writable_on_demand(filled: tuple[Path, int]) -> None:
    path, round_id = filled
    before = _state(path.parent)
    with WorkshopStore.open(path, read_only=True) as store:
        assert store.read_only
        assert store.read_only_reason
        _refuses_every_change(store, round_id)
    assert _state(path.parent) == before
    with WorkshopStore.open(path, read_only=False) as store:
        assert (store.read_only, store.read_only_reason) == (False, "")
    path.chmod(0o444)
    with pytest.raises(errors.ReadOnlyWorkshop, match="cannot be saved: the file is read-only"):
        WorkshopStore.open(path, read_only=False)


def test_a_crashed_session_in_a_read_only_folder_shows_its_last_changes(filled: tuple[Path, int]) -> None:
    """After a crash the WAL holds the last changes; a read-only opening still shows them, without writing."""
    path, round_id = filled
    code = (
        "import os, sys\n"
        "from vzworkshop.core.tally import Ballot\n"
        "from vzworkshop.store import WorkshopStore\n"
        "from vzworkshop.store.records import StepNote\n"
        "store = WorkshopStore.open(sys.argv[1])\n"
        "store._fold_wal = lambda: None\n"
        "store.add_ballot(Ballot(int(sys.argv[2]), int(sys.argv[3]), {1: 1}))\n"
        "store.save(StepNote(step=1, notes='sidst'))\n"
        "os._exit(0)\n"  # no close: the WAL stays as a crash leaves it
    )
    with WorkshopStore.open(path) as store:
        group_id = store.groups(round_id)[0].id
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-c", code, str(path), str(round_id), str(group_id)], check=True, env=env)
    assert wal_path(path).stat().st_size > 0
    path.parent.chmod(0o555)
    before = _state(path.parent)
    with WorkshopStore.open(path) as store:
        assert store.read_only
        assert store.group_tallies(round_id)[0][1].item(1).counts == (0, 1, 0, 1, 1, 1)
        assert store.get(StepNote, 1).notes == "sidst"
    assert _state(path.parent) == before  # the WAL is untouched and no -shm appeared


def test_creating_a_workshop_in_a_read_only_folder_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(errors.CannotCreate, match="folder cannot be written to"):
            WorkshopStore.create(folder / "new.vzw", Workshop(organisation="Testby"))
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)
