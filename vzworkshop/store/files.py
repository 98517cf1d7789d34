"""The workshop file as a file: what it is (probe), whether it can be written, its backups and raw image.

Nothing here changes a file it was asked about; `probe` reads without creating -wal/-shm files beside it.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
from enum import Enum
from pathlib import Path

from vzworkshop.store import errors, schema
from vzworkshop.store.schema import APPLICATION_ID

SQLITE_MAGIC = b"SQLite format 3\x00"


class Probe(Enum):
    OK = "ok"
    NEEDS_UPGRADE = "needs_upgrade"


def _migration_names() -> tuple[str, ...]:
    """The migrations this version knows, read at call time (tests register extra ones)."""
    return tuple(m.name for m in schema.migrations._migrations)


def _header(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(100)


def wal_path(path: Path) -> Path:
    return Path(f"{path}-wal")


def hot_wal(path: Path) -> bool:
    """A WAL beside the file that still holds changes: the program ended without closing (a crash).
    The main file alone is then not the whole workshop; opening it folds the WAL back in."""
    try:
        return wal_path(path).stat().st_size > 0
    except OSError:
        return False


def damage(text: str) -> str:
    """SQLite's account of a damaged file, in words a facilitator can pass on."""
    page = re.search(r"[Pp]age (\d+)", text)
    return f"damage found on page {page.group(1)}" if page else "its internal structure is broken"


def _check_size(path: Path, head: bytes, size: int) -> None:
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    header_valid = pages > 0 and head[24:28] == head[92:96]  # SQLite trusts the page count only then
    if header_valid and size < pages * page_size:
        raise errors.TruncatedWorkshopFile(path, size, pages * page_size)
    if page_size and size % page_size:
        raise errors.TruncatedWorkshopFile(path, size, (size // page_size + 1) * page_size)


def probe(path: Path | str) -> Probe:
    """Tell what a file is without changing it; raise a `WorkshopFileError` for anything we cannot open.

    Nothing is written and no -wal/-shm files are created beside the file (the check uses an immutable
    read-only connection)."""
    path = Path(path)
    if not path.exists():
        raise errors.WorkshopMissing(path)
    if path.is_dir():
        raise errors.NotAWorkshopFile(path, "this is a folder, not a workshop file")
    try:
        head = _header(path)
        size = path.stat().st_size
    except OSError as exc:
        raise errors.NotAWorkshopFile(path, f"the file cannot be read ({exc.strerror})") from exc
    if not head:
        raise errors.EmptyFile(path)
    if not head.startswith(SQLITE_MAGIC):
        if SQLITE_MAGIC.startswith(head):
            raise errors.TruncatedWorkshopFile(path, size, None)
        raise errors.NotADatabaseFile(path)
    if len(head) < 100:
        raise errors.TruncatedWorkshopFile(path, size, None)
    app_id = int.from_bytes(head[68:72], "big")
    if app_id != APPLICATION_ID:
        raise errors.OtherProgramsDatabase(path)
    known = _migration_names()
    version = int.from_bytes(head[60:64], "big")
    if version > len(known):
        raise errors.NewerWorkshopFile(path, version, len(known))
    if hot_wal(path):
        # The main file alone may be mid-way (a crash during a checkpoint); it is checked once opened with its WAL.
        return Probe.OK if version == len(known) else Probe.NEEDS_UPGRADE
    _check_size(path, head, size)
    try:
        # immutable: read the file as it is, without creating -wal/-shm files or taking locks beside it
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise errors.CorruptWorkshopFile(path, damage(str(exc))) from exc
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise errors.CorruptWorkshopFile(path, damage(check))
        names = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = 'vzworkshop'")}
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise errors.WorkshopInUse(path) from exc
        raise errors.CorruptWorkshopFile(path, damage(str(exc))) from exc
    except sqlite3.DatabaseError as exc:
        raise errors.CorruptWorkshopFile(path, damage(str(exc))) from exc
    finally:
        conn.close()
    if names - set(known):
        raise errors.NewerWorkshopFile(path, max(version, len(known) + 1), len(known))
    return Probe.OK if len(names) == len(known) else Probe.NEEDS_UPGRADE


def writability_problem(path: Path) -> str:
    """Why the file cannot be written ('' when it can). The permission bits count even for an administrator
    (root may write anywhere, but a file marked read-only is meant to stay as it is)."""
    folder = path.resolve().parent
    if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
        return "the file is read-only"
    if not os.access(folder, os.W_OK) or not folder.stat().st_mode & 0o222:
        return "the folder it is in cannot be written to"
    return ""


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=0.2)
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def open_error(path: Path, exc: sqlite3.Error) -> errors.WorkshopFileError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return errors.WorkshopInUse(path)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return errors.ReadOnlyWorkshop(path, f"the file cannot be written to ({text})")
    return errors.CorruptWorkshopFile(path, damage(text))


def memory_image(path: Path) -> bytes:
    """The workshop's bytes as a rollback-journal database image, the WAL folded in, without touching the file."""
    if hot_wal(path):
        with tempfile.TemporaryDirectory(prefix="vzworkshop-") as tmp:
            copy = Path(tmp) / "copy.vzw"
            shutil.copyfile(path, copy)
            shutil.copyfile(wal_path(path), wal_path(copy))
            conn = sqlite3.connect(copy)
            try:
                image = conn.serialize()
            finally:
                conn.close()
    else:
        image = path.read_bytes()
    data = bytearray(image)
    data[18:20] = b"\x01\x01"  # read/write format 1 (rollback journal): an in-memory copy cannot use a WAL
    return bytes(data)


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.v{version}.bak")


def write_backup(path: Path, version: int) -> Path:
    """Copy the (checkpointed, locked) file beside itself before an upgrade; never overwrite an earlier backup."""
    target = backup_path(path, version)
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.v{version}-{n}.bak")
    tmp = target.with_name(f".{target.name}.tmp")
    with path.open("rb") as src, tmp.open("wb") as dst:
        shutil.copyfileobj(src, dst)
        dst.flush()
        os.fsync(dst.fileno())
    os.replace(tmp, target)
    return target
