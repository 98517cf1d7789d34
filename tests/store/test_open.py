"""Creating and opening workshop files; refusing anything that is not ours, and leaving it untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from vzworkshop.store import WorkshopStore, errors
from vzworkshop.store.records import Workshop
from vzworkshop.store.schema import APPLICATION_ID, MIGRATION_NAMES, SCHEMA_VERSION
from vzworkshop.store.workshop import Probe, probe


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def _assert_refused_untouched(path: Path, error: type[errors.WorkshopFileError]) -> errors.WorkshopFileError:
    before, names = _digest(path), _siblings(path)
    with pytest.raises(error) as caught:
        WorkshopStore.open(path)
    assert _digest(path) == before, "the refused file was changed"
    assert _siblings(path) == names, "files were left beside the refused file"
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    message = str(caught.value)
    assert path.name in message and "\n" not in message
    return caught.value


def test_create_then_open(tmp_path: Path) -> None:
    path = tmp_path / "ny.vzw"
    ws = Workshop(organisation="Testby", title="Trivsel", language="en", min_group_size=4)
    WorkshopStore.create(path, ws).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ny.vzw"]  # no temporary files left
    with WorkshopStore.open(path) as store:
        got = store.workshop()
        assert (got.organisation, got.title, got.language, got.min_group_size) == ("Testby", "Trivsel", "en", 4)
        assert store.rounds() == []
    assert probe(path) is Probe.OK


def test_create_refuses_to_overwrite(workshop_path: Path) -> None:
    before = _digest(workshop_path)
    with pytest.raises(errors.WorkshopExists):
        WorkshopStore.create(workshop_path, Workshop(organisation="Other"))
    assert _digest(workshop_path) == before


def test_create_refuses_other_existing_files(tmp_path: Path) -> None:
    path = tmp_path / "notes.vzw"
    path.write_text("my notes")
    with pytest.raises(errors.WorkshopExists):
        WorkshopStore.create(path, Workshop(organisation="Other"))
    assert path.read_text() == "my notes"


@pytest.mark.parametrize(
    "workshop",
    [Workshop(organisation="  "), Workshop(organisation="A", min_group_size=1),
     Workshop(organisation="A", min_group_size=21), Workshop(organisation="A", language="de")],
)
def test_create_refuses_invalid_workshop(tmp_path: Path, workshop: Workshop) -> None:
    with pytest.raises(ValueError):
        WorkshopStore.create(tmp_path / "x.vzw", workshop)
    assert list(tmp_path.iterdir()) == []


def test_create_in_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(errors.CannotCreate, match="does not exist"):
        WorkshopStore.create(tmp_path / "nope" / "x.vzw", Workshop(organisation="A"))


def test_connection_pragmas(store: WorkshopStore) -> None:
    conn = store.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_schema_version_is_kept_by_sqlite_utils_migrations(store: WorkshopStore) -> None:
    rows = store.db.execute("SELECT migration_set, name FROM _sqlite_migrations ORDER BY rowid").fetchall()
    assert [tuple(r) for r in rows] == [("vzworkshop", name) for name in MIGRATION_NAMES]
    assert SCHEMA_VERSION == len(MIGRATION_NAMES) >= 1


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(errors.WorkshopMissing):
        WorkshopStore.open(tmp_path / "gone.vzw")
    assert list(tmp_path.iterdir()) == []


def test_folder_is_not_a_workshop(tmp_path: Path) -> None:
    with pytest.raises(errors.NotAWorkshopFile):
        WorkshopStore.open(tmp_path)


def test_newer_user_version_is_refused_untouched(workshop_path: Path) -> None:
    conn = sqlite3.connect(workshop_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    err = _assert_refused_untouched(workshop_path, errors.NewerWorkshopFile)
    assert "newer version" in str(err)
    assert isinstance(err, errors.NewerWorkshopFile) and err.version == SCHEMA_VERSION + 5


def test_unknown_migration_is_refused_untouched(workshop_path: Path) -> None:
    conn = sqlite3.connect(workshop_path)
    with conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            ["vzworkshop", "m999_from_the_future", "2030-01-01 00:00:00"],
        )
    conn.close()
    _assert_refused_untouched(workshop_path, errors.NewerWorkshopFile)


def test_other_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "addresses.vzw"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE people (name TEXT)")
        conn.execute("INSERT INTO people VALUES ('Ida')")
    conn.close()
    err = _assert_refused_untouched(path, errors.NotAWorkshopFile)
    assert "another program" in str(err)


def test_other_programs_wal_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "wal.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    with conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    _assert_refused_untouched(path, errors.NotAWorkshopFile)


def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.vzw"
    path.write_text("Referat fra mødet\n", encoding="utf-8")
    _assert_refused_untouched(path, errors.NotAWorkshopFile)


def test_empty_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "empty.vzw"
    path.touch()
    err = _assert_refused_untouched(path, errors.EmptyFile)
    assert "empty" in str(err)


def test_truncated_workshop_is_refused_untouched(workshop_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.vzw"
    path.write_bytes(workshop_path.read_bytes()[:5000])
    _assert_refused_untouched(path, errors.CorruptWorkshopFile)


def test_header_only_is_refused_untouched(workshop_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.vzw"
    path.write_bytes(workshop_path.read_bytes()[:60])
    _assert_refused_untouched(path, errors.CorruptWorkshopFile)


def test_second_open_is_refused_while_open(store: WorkshopStore) -> None:
    with pytest.raises(errors.WorkshopInUse):
        WorkshopStore.open(store.path)
    assert store.workshop().organisation == "Testby Kommune"  # the first is unharmed


def test_close_leaves_a_single_self_contained_file(workshop_path: Path, tmp_path: Path) -> None:
    with WorkshopStore.open(workshop_path) as store:
        store.add_round("R1")
    assert not Path(f"{workshop_path}-wal").exists() or Path(f"{workshop_path}-wal").stat().st_size == 0
    # a copy of the file alone (what a user e-mails) has everything
    copy = tmp_path / "copy.vzw"
    shutil.copy(workshop_path, copy)
    with WorkshopStore.open(copy) as again:
        assert [r.name for r in again.rounds()] == ["R1"]


def test_a_refused_second_open_leaves_no_lock_behind(store: WorkshopStore) -> None:
    with pytest.raises(errors.WorkshopInUse):
        WorkshopStore.open(store.path)
    store.close()
    with WorkshopStore.open(store.path) as again:
        again.add_round("R1")
        assert [r.name for r in again.rounds()] == ["R1"]


def test_tagged_file_without_our_tables_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "odd.vzw"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    with conn:
        conn.execute("CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT)")
        conn.execute("CREATE TABLE workshop (x)")
    conn.close()
    with pytest.raises(errors.WorkshopFileError):
        WorkshopStore.open(path)
    with pytest.raises(errors.WorkshopFileError):
        WorkshopStore.open(tmp_path / "odd.vzw")  # and it stays refusable: nothing half-migrated was kept
