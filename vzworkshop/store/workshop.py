"""The workshop file: one SQLite database per workshop. All reads and writes go through `WorkshopStore`.

Every write is its own transaction with `synchronous=FULL`, so a change is on disk when the call returns.
The file is held with an exclusive lock while open, so a second window or program cannot write to it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from vzworkshop.core.tally import Ballot, check_answer
from vzworkshop.store import errors, schema
from vzworkshop.store.files import (
    Probe,
    backup_path,
    connect,
    damage,
    memory_image,
    open_error,
    probe,
    writability_problem,
    write_backup,
)
from vzworkshop.store.records import ActionItem, Group, Round, Workshop
from vzworkshop.store.round_writes import RoundWrites
from vzworkshop.store.schema import APPLICATION_ID
from vzworkshop.store.sqldb import Database

__all__ = ["Probe", "WorkshopStore", "backup_path", "probe", "writability_problem"]


class WorkshopStore(RoundWrites):
    """An open workshop file."""

    def __init__(self, path: Path, db: Database) -> None:
        super().__init__(db, path)
        self.path = path
        self.read_only_reason = ""  # why the workshop is read-only, for the window's banner; "" when writable

    # --- opening and creating -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, workshop: Workshop) -> WorkshopStore:
        from vzworkshop.core.threshold import check_min_group_size

        path = Path(path)
        check_min_group_size(workshop.min_group_size)
        if not workshop.organisation.strip():
            raise ValueError("the organisation name is empty")
        if workshop.language not in ("da", "en"):
            raise ValueError(f"the language must be da or en, not {workshop.language!r}")
        if path.exists():
            raise errors.WorkshopExists(path)
        if not path.parent.is_dir():
            raise errors.CannotCreate(path, f"the folder {path.parent} does not exist")
        folder = path.resolve().parent
        if not os.access(folder, os.W_OK) or not folder.stat().st_mode & 0o222:
            raise errors.CannotCreate(path, "the folder cannot be written to")
        tmp = path.with_name(f".{path.name}.creating")
        try:
            tmp.unlink(missing_ok=True)
            cls._create_at(tmp, path, workshop)
        except sqlite3.Error as exc:
            raise errors.CannotCreate(path, str(exc)) from exc
        except OSError as exc:
            raise errors.CannotCreate(path, exc.strerror or str(exc)) from exc
        finally:
            for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
                with contextlib.suppress(OSError):
                    leftover.unlink(missing_ok=True)
        return cls.open(path)

    @classmethod
    def _create_at(cls, tmp: Path, path: Path, workshop: Workshop) -> None:
        """Build the workshop in `tmp`, then put it at `path` only if nothing is there yet."""
        conn = connect(tmp)
        try:
            db = Database(conn)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            _migrate(db)
            with db.atomic():
                db.execute("DELETE FROM workshop")
                cls._insert_record(db, workshop)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        # A hard link refuses, atomically, to replace a file that appeared meanwhile.
        try:
            os.link(tmp, path)
        except FileExistsError as exc:
            raise errors.WorkshopExists(path) from exc
        except OSError:  # file systems without hard links
            if path.exists():
                raise errors.WorkshopExists(path) from None
            tmp.replace(path)

    @classmethod
    def open(cls, path: Path | str, read_only: bool | None = None) -> WorkshopStore:
        """Open a workshop. `read_only`: None opens read-only when the file or its folder cannot be written
        (see `read_only_reason`), True always does, False raises `ReadOnlyWorkshop` instead."""
        path = Path(path)
        verdict = probe(path)
        reason = "it was opened read-only" if read_only else writability_problem(path)
        if reason and read_only is False:
            raise errors.ReadOnlyWorkshop(path, f"the workshop cannot be saved: {reason}")
        if not reason:
            try:
                return cls._open_writable(path, verdict)
            except errors.ReadOnlyWorkshop as exc:  # the system refused after all (a read-only drive, ...)
                if read_only is False:
                    raise
                reason = exc.detail
        return cls._open_read_only(path, verdict, reason)

    @classmethod
    def _open_writable(cls, path: Path, verdict: Probe) -> WorkshopStore:
        try:
            conn = connect(path)
        except sqlite3.Error as exc:
            raise open_error(path, exc) from exc
        try:
            conn.execute("BEGIN IMMEDIATE")  # takes the exclusive lock now: a second writer is refused
            conn.execute("COMMIT")
            # Fold in what a crash left in the WAL, so no before/after pair of tallies stays behind.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise errors.CorruptWorkshopFile(path, damage(check))
        except sqlite3.Error as exc:
            conn.close()
            raise open_error(path, exc) from exc
        except BaseException:
            conn.close()
            raise
        db = Database(conn)
        if verdict is Probe.NEEDS_UPGRADE:
            backup = None
            try:
                have = int(db.execute("PRAGMA user_version").fetchone()[0])
                backup = write_backup(path, have)
                _migrate(db)
            except Exception as exc:  # each migration rolled back by itself: the file is as it was
                conn.close()
                raise errors.UpgradeFailed(path, str(exc) or type(exc).__name__, backup) from exc
        return cls(path, db)

    @classmethod
    def _open_read_only(cls, path: Path, verdict: Probe, reason: str) -> WorkshopStore:
        """An in-memory copy of the workshop: the file is only read, never locked, changed or joined by
        -wal/-shm files; an older format is upgraded in memory only."""
        try:
            image = memory_image(path)
        except OSError as exc:
            raise errors.NotAWorkshopFile(path, f"the file cannot be read ({exc.strerror})") from exc
        except sqlite3.Error as exc:
            raise errors.CorruptWorkshopFile(path, damage(str(exc))) from exc
        conn = sqlite3.connect(":memory:")
        try:
            conn.deserialize(image)
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise errors.CorruptWorkshopFile(path, damage(check))
            db = Database(conn)
            if verdict is Probe.NEEDS_UPGRADE:
                _migrate(db)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA query_only = ON")
        except sqlite3.Error as exc:
            conn.close()
            raise errors.CorruptWorkshopFile(path, damage(str(exc))) from exc
        except BaseException:
            conn.close()
            raise
        store = cls(path, db)
        store.read_only = True
        store.read_only_reason = reason
        return store

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.conn.close()

    def backup_to(self, path: Path | str) -> None:
        """Write a consistent copy of the open workshop to `path` ("Save a copy as").

        The copy is written beside the target and moved into place when complete, so a failure leaves any
        existing file untouched. Refuses the open file itself.
        """
        path = Path(path)
        if path.resolve() == self.path.resolve():
            raise ValueError("a copy cannot replace the open workshop file itself")
        tmp = path.with_name(f".{path.name}.copying")
        leftovers = (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal"))
        try:
            tmp.unlink(missing_ok=True)
            target = sqlite3.connect(str(tmp))
            try:
                self.db.conn.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
            os.replace(tmp, path)
        except sqlite3.Error as exc:
            raise errors.SaveFailed(path, str(exc)) from exc
        except OSError as exc:
            raise errors.SaveFailed(path, exc.strerror or str(exc)) from exc
        finally:
            for leftover in leftovers:
                with contextlib.suppress(OSError):
                    leftover.unlink(missing_ok=True)

    def __enter__(self) -> WorkshopStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the workshop itself --------------------------------------------------------------------------

    def workshop(self) -> Workshop:
        return self.get(Workshop)

    # --- rounds and groups ----------------------------------------------------------------------------

    def rounds(self) -> list[Round]:
        return self.list(Round)

    def find_round(self, name: str) -> Round | None:
        return next((r for r in self.rounds() if r.name == name), None)

    def latest_round(self) -> Round | None:
        rounds = self.rounds()
        return rounds[-1] if rounds else None

    def add_round(
        self, name: str, kind: str = "baseline", groups: Sequence[str] = ("",), date: str = ""
    ) -> Round:
        """A new round with its groups; by default one unnamed group (the round is not split)."""
        with self._writing(), self.db.atomic():
            rnd = self.add(Round(name=name.strip(), kind=kind, date=date))
            assert rnd.id is not None
            for group_name in groups:
                self.add(Group(round_id=rnd.id, name=group_name.strip()))
        return rnd

    def groups(self, round_id: int) -> list[Group]:
        return self.list(Group, round_id=round_id)

    # --- ballots and tallies --------------------------------------------------------------------------

    def add_ballot(self, ballot: Ballot, fold: bool = True) -> None:
        """Fold one finished ballot into the tallies, in one transaction. Nothing else of it is kept. Durable
        either way; `fold=False`: the caller calls `fold_wal()` at once after drawing the room's view."""
        self.add_ballots([ballot], fold=fold)

    def add_ballots(self, ballots: Sequence[Ballot], fold: bool = True) -> None:
        """Fold many ballots in one transaction: all are added or none (used by imports)."""
        self._check_writable()
        with self._writing(), self.db.atomic():
            per_group: dict[int, int] = {}
            counts: dict[tuple[int, int, int], int] = {}
            for ballot in ballots:
                self._check_group(ballot.round_id, ballot.group_id)
                per_group[ballot.group_id] = per_group.get(ballot.group_id, 0) + 1
                for item, value in ballot.answers.items():
                    check_answer(item, value)
                    key = (ballot.group_id, item, value)
                    counts[key] = counts.get(key, 0) + 1
            for (group_id, item, value), n in sorted(counts.items()):
                self.db.execute(
                    "UPDATE tally SET count = count + ? WHERE group_id = ? AND item = ? AND value = ?",
                    [n, group_id, item, value],
                )
            for group_id, n in sorted(per_group.items()):
                self.db.execute("UPDATE round_group SET ballots = ballots + ? WHERE id = ?", [n, group_id])
        if fold:
            self._fold_wal()

    def fold_wal(self) -> None:
        """Fold what was committed into the main file now (see `add_ballot`); nothing once closed."""
        with contextlib.suppress(sqlite3.ProgrammingError):  # closed meanwhile
            self._fold_wal()

    def import_answers(
        self, round_name: str | None, rows: Sequence[tuple[str, dict[int, int]]], default_round: str
    ) -> Round:
        """Add imported respondents in one transaction: the round and groups they need, and their tallies.

        `round_name` picks (or creates) the round; None means the latest round, or `default_round` if none.
        """
        self._check_writable()
        round_name = (round_name or "").strip() or None
        with self._writing(), self.db.atomic():
            rnd = self.find_round(round_name) if round_name else self.latest_round()
            if rnd is None:
                rnd = self.add_round(round_name or default_round, groups=())
            assert rnd.id is not None
            existing = {g.name: g for g in self.groups(rnd.id)}
            ballots = []
            for group_name, answers in rows:
                group = existing.get(group_name.strip())
                if group is None:
                    group = self.add(Group(round_id=rnd.id, name=group_name.strip()))
                    existing[group.name] = group
                assert group.id is not None
                ballots.append(Ballot(rnd.id, group.id, dict(answers)))
            self.add_ballots(ballots)
        self._fold_wal()
        return rnd

    def _check_group(self, round_id: int, group_id: int) -> None:
        row = self.db.execute("SELECT round_id FROM round_group WHERE id = ?", [group_id]).fetchone()
        if row is None or row[0] != round_id:
            raise KeyError(f"group {group_id} is not a group of round {round_id}")

    # --- step 5: carrying unfinished actions into the next cycle ----------------------------------------

    def carry_forward(self, cycle: int) -> list[ActionItem]:
        """Copy the unfinished actions of `cycle` into `cycle + 1` as planned actions, in one transaction.

        Each copy keeps what was planned (what, why, problem, level, horizon, owner, resources, budget,
        indicator, evaluation method), records `carried_from`, and starts without a due date, obstacles or
        evaluation. Pressing twice does not duplicate: actions already carried are skipped.
        """
        from vzworkshop.core.followup import to_carry

        self._check_writable()
        added: list[ActionItem] = []
        with self._writing(), self.db.atomic():
            for action in to_carry(self.list(ActionItem), cycle):
                copy = dataclasses.replace(
                    action, id=None, position=0, status="planned", due="", obstacles="", happened=None,
                    effect="", indicator_values="", carried_from=action.id, cycle=cycle + 1,
                )
                added.append(self.add(copy))
        return added


def _migrate(db: Database) -> None:
    """Apply pending migrations, all in one transaction (each sets `user_version`): all or none, so a failed
    upgrade leaves the file as it was.

    sqlite-utils applies them (imported here: only creating or upgrading a file needs its slow import)."""
    from sqlite_utils import Database as MigratingDatabase

    migrating = MigratingDatabase(db.conn)
    with migrating.atomic():
        schema.migrations.apply(migrating)
