"""Generic reads and writes of the records in `records.py`: one transaction per change."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

from vzworkshop.store import errors
from vzworkshop.store.sqldb import Database

R = TypeVar("R")


_KINDS: dict[tuple[type, str], str] = {}


def _kind(cls: type, name: str) -> str:
    """How a field is stored ("json", "bool" or "plain"); cached: it is asked for every field of every row read."""
    kind = _KINDS.get((cls, name))
    if kind is None:
        kind = _KINDS[(cls, name)] = _field_kind(cls, name)
    return kind


def _field_kind(cls: type, name: str) -> str:
    annotation = str(next(f.type for f in dataclasses.fields(cls) if f.name == name))
    if annotation.startswith("list"):
        return "json"
    if annotation.startswith("bool"):
        return "bool"
    return "plain"


def _to_row(record: Any) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        kind = _kind(type(record), f.name)
        if kind == "json":
            value = json.dumps(list(value), ensure_ascii=False)
        elif kind == "bool" and value is not None:
            value = int(bool(value))
        row[f.name] = value
    return row


_FIELDS: dict[type, tuple[tuple[str, str], ...]] = {}


def _from_row(cls: type[R], row: sqlite3.Row | dict[str, Any]) -> R:
    fields = _FIELDS.get(cls)
    if fields is None:  # (name, kind) of each field, worked out once per record class
        fields = _FIELDS[cls] = tuple((f.name, _kind(cls, f.name)) for f in dataclasses.fields(cls))  # type: ignore[arg-type]
    values: dict[str, Any] = {}
    for name, kind in fields:
        value = row[name]
        if kind == "json":
            value = json.loads(value)
        elif kind == "bool" and value is not None:
            value = bool(value)
        values[name] = value
    return cls(**values)


def _key(cls: type) -> str:
    return str(getattr(cls, "KEY", "id"))


def _keys(cls: type) -> tuple[str, ...]:
    return tuple(getattr(cls, "KEYS", (_key(cls),)))


class RecordIO:
    """Add, read, change, reorder and delete records; each call is durable when it returns."""

    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.db.conn.row_factory = sqlite3.Row
        self._path = path
        self.read_only = False

    # --- guards ---------------------------------------------------------------------------------------

    def _check_writable(self) -> None:
        if self.read_only:
            raise errors.ReadOnlyWorkshop(self._path)

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """Turn disk trouble into `SaveFailed`; the transaction around it has rolled back by then."""
        try:
            yield
        except sqlite3.IntegrityError as exc:
            raise ValueError(f"invalid value: {exc}") from exc
        except sqlite3.OperationalError as exc:
            raise errors.SaveFailed(self._path, str(exc)) from exc
        except sqlite3.DatabaseError as exc:
            raise errors.SaveFailed(self._path, str(exc)) from exc
        except OSError as exc:
            raise errors.SaveFailed(self._path, exc.strerror or str(exc)) from exc

    @staticmethod
    def _insert_record(db: Database, record: Any) -> int:
        row = _to_row(record)
        if "id" in row and row["id"] is None:
            del row["id"]
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cur = db.execute(f"INSERT INTO {record.TABLE} ({cols}) VALUES ({marks})", list(row.values()))
        return int(cur.lastrowid or 0)

    # --- single-row records (Workshop, Commitment, Plan, Evaluation) and keyed ones (StepNote) ---------

    def get(self, cls: type[R], key: object = 1) -> R:
        table = cls.TABLE  # type: ignore[attr-defined]
        row = self.db.execute(f"SELECT * FROM {table} WHERE {_key(cls)} = ?", [key]).fetchone()
        if row is None:
            raise KeyError(f"no {table} {key}")
        return _from_row(cls, row)

    def find(self, cls: type[R], key: object) -> R | None:
        try:
            return self.get(cls, key)
        except KeyError:
            return None

    def save(self, record: Any) -> None:
        """Write a record that already exists (by id or KEY); singletons always exist."""
        self._check_writable()
        row = _to_row(record)
        key = _key(type(record))
        sets = ", ".join(f"{c} = ?" for c in row if c != key)
        with self._writing(), self.db.atomic():
            cur = self.db.execute(
                f"UPDATE {record.TABLE} SET {sets} WHERE {key} = ?",
                [v for c, v in row.items() if c != key] + [row[key]],
            )
            if cur.rowcount == 0:
                raise KeyError(f"no {record.TABLE} {row[key]}")

    def upsert(self, record: Any, keys: tuple[str, ...] | None = None) -> None:
        """Insert or replace a record identified by `keys` (default: its KEY)."""
        self._check_writable()
        row = _to_row(record)
        keys = keys or _keys(type(record))
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        updates = ", ".join(f"{c} = excluded.{c}" for c in row if c not in keys)
        with self._writing(), self.db.atomic():
            self.db.execute(
                f"INSERT INTO {record.TABLE} ({cols}) VALUES ({marks}) "
                f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {updates}",
                list(row.values()),
            )

    # --- list records (team, rounds, groups, problems, actions, notes, agenda) -------------------------

    def list(self, cls: type[R], **where: object) -> list[R]:
        table = cls.TABLE  # type: ignore[attr-defined]
        clause = " AND ".join(f"{c} = ?" for c in where) or "1"
        has_position = any(f.name == "position" for f in dataclasses.fields(cls))  # type: ignore[arg-type]
        order = "position, id" if has_position else ", ".join(_keys(cls))
        rows = self.db.execute(f"SELECT * FROM {table} WHERE {clause} ORDER BY {order}", list(where.values()))
        return [_from_row(cls, r) for r in rows]

    def add(self, record: R) -> R:
        """Insert a new record at the end of its list; returns it with its id set."""
        self._check_writable()
        rec: Any = record
        with self._writing(), self.db.atomic():
            if hasattr(rec, "position") and not rec.position:
                scope = {"round_id": rec.round_id} if hasattr(rec, "round_id") else {}
                clause = " AND ".join(f"{c} = ?" for c in scope) or "1"
                row = self.db.execute(
                    f"SELECT COALESCE(MAX(position), 0) + 1 FROM {rec.TABLE} WHERE {clause}", list(scope.values())
                ).fetchone()
                rec.position = int(row[0])
            new_id = self._insert_record(self.db, rec)
        if hasattr(rec, "id"):
            rec.id = new_id
        return record

    def delete(self, cls: type, key: object) -> None:
        self._check_writable()
        with self._writing(), self.db.atomic():
            self.db.execute(f"DELETE FROM {cls.TABLE} WHERE {_key(cls)} = ?", [key])  # type: ignore[attr-defined]

    def move(self, record: Any, new_index: int) -> None:
        """Move a record to `new_index` within its list (same scope), renumbering positions 1..n."""
        self._check_writable()
        scope = {"round_id": record.round_id} if hasattr(record, "round_id") else {}
        siblings = [r for r in self.list(type(record), **scope) if r.id != record.id]
        new_index = max(0, min(new_index, len(siblings)))
        siblings.insert(new_index, record)
        with self._writing(), self.db.atomic():
            for pos, rec in enumerate(siblings, start=1):
                self.db.execute(f"UPDATE {rec.TABLE} SET position = ? WHERE id = ?", [pos, rec.id])
                rec.position = pos
