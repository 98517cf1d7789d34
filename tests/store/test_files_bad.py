"""Bad files: each kind gets its own exception class and message, and none is changed by trying to open it
(same bytes afterwards, no -wal/-shm files created beside it)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from vzworkshop.store import WorkshopStore, errors, probe
from vzworkshop.store.schema import SCHEMA_VERSION


def _corrupt(good: bytes) -> bytes:
    data = bytearray(good)
    middle = (len(data) // 2) // 4096 * 4096  # the start of a page in the middle: its b-tree header
    for i in range(middle, middle + 64):
        data[i] ^= 0xFF
    return bytes(data)


def _other_program(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos (name) VALUES ('ferie.jpg')")
    conn.commit()
    conn.close()


def _newer_version(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('vzworkshop', 'm999', '')")
    conn.commit()
    conn.close()


def _newer_migration_only(path: Path) -> None:
    """A newer version's migration recorded, but user_version not raised: still recognised as newer."""
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('vzworkshop', 'm999', '')")
    conn.commit()
    conn.close()


# name -> (how to make it from a good workshop file, expected class, words in the message)
CASES: dict[str, tuple[Callable[[Path], None], type[errors.WorkshopFileError], str]] = {
    "corrupt": (lambda p: p.write_bytes(_corrupt(p.read_bytes())), errors.CorruptWorkshopFile, "damaged"),
    "truncated": (lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2]),
                  errors.TruncatedWorkshopFile, "cut short"),
    "last bytes missing": (lambda p: p.write_bytes(p.read_bytes()[:-100]), errors.TruncatedWorkshopFile, "cut short"),
    "header only": (lambda p: p.write_bytes(p.read_bytes()[:10]), errors.TruncatedWorkshopFile, "cut short"),
    "zero bytes": (lambda p: p.write_bytes(b""), errors.EmptyFile, "empty"),
    "not sqlite": (lambda p: p.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40), errors.NotADatabaseFile,
                   "not a workshop file"),
    "other program": (lambda p: (p.unlink(), _other_program(p)), errors.OtherProgramsDatabase, "another program"),
    "newer version": (_newer_version, errors.NewerWorkshopFile, "newer version"),
    "newer migration": (_newer_migration_only, errors.NewerWorkshopFile, "newer version"),
}


def _state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("how", ["probe", "open", "open read-only"])
def test_a_bad_file_gets_its_own_message_and_is_left_as_it_was(
    case: str, how: str, workshop_path: Path, tmp_path: Path
) -> None:
    make, expected, words = CASES[case]
    folder = tmp_path / "bad"
    folder.mkdir()
    path = folder / "workshop.vzw"
    shutil.copy(workshop_path, path)
    make(path)
    before = _state(folder)
    with pytest.raises(errors.WorkshopFileError) as caught:
        if how == "probe":
            probe(path)
        else:
            WorkshopStore.open(path, read_only=True if how == "open read-only" else None).close()
    assert type(caught.value) is expected
    assert words in str(caught.value)
    assert str(caught.value).startswith("workshop.vzw: ")  # names the file
    assert _state(folder) == before  # same bytes, and no -wal/-shm/backup created


def test_each_kind_of_bad_file_has_a_distinct_class_and_message(workshop_path: Path, tmp_path: Path) -> None:
    seen: dict[type, str] = {}
    for n, case in enumerate(["corrupt", "truncated", "zero bytes", "not sqlite", "other program", "newer version"]):
        path = tmp_path / f"{n}.vzw"
        shutil.copy(workshop_path, path)
        CASES[case][0](path)
        with pytest.raises(errors.WorkshopFileError) as caught:
            WorkshopStore.open(path)
        message = str(caught.value).split(": ", 1)[1]
        assert type(caught.value) not in seen
        assert message not in seen.values()
        seen[type(caught.value)] = message
    assert len(seen) == 6


def test_a_folder_and_a_missing_file_are_named_as_such(tmp_path: Path) -> None:
    with pytest.raises(errors.NotAWorkshopFile, match="folder"):
        WorkshopStore.open(tmp_path)
    with pytest.raises(errors.WorkshopMissing, match="no such file"):
        WorkshopStore.open(tmp_path / "gone.vzw")
    assert list(tmp_path.iterdir()) == []


def test_a_good_file_passes_the_same_checks_unchanged(workshop_path: Path) -> None:
    before = _state(workshop_path.parent)
    assert probe(workshop_path).value == "ok"
    assert _state(workshop_path.parent) == before
