"""The store's thin layer over `sqlite3`: `execute` that commits lone writes, `atomic()` transactions with
savepoints when nested, and the migration registry.

These behave as sqlite-utils' `Database.execute`/`atomic` and `Migrations` do (and the migrations are still
applied by sqlite-utils, in the same `_sqlite_migrations` table), but importing sqlite-utils costs several
hundred milliseconds (it pulls in click, pluggy and numpy when installed), so only creating or upgrading a file
imports it; opening and using a workshop does not.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

_SAVEPOINTS = itertools.count(1)  # names of nested savepoints: unique within the process
_TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"}
_LEADING = re.compile(r"(?:\s|;|\ufeff|--[^\n]*(?:\n|$)|/\*.*?(?:\*/|$))*", re.S)


def _first_keyword(sql: str) -> str:
    rest = sql[_LEADING.match(sql).end():]  # type: ignore[union-attr]  # the pattern matches the empty string
    word = re.match(r"[A-Za-z]+", rest)
    return word.group(0).upper() if word else ""


class Executes(Protocol):
    """What a migration function needs of its database."""

    def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> sqlite3.Cursor: ...


class Database:
    """A connection with sqlite-utils' transaction behaviour (the only parts of it the store uses)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.execute("PRAGMA recursive_triggers=on;")  # as sqlite-utils' Database sets it

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed at once."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql, parameters) if parameters is not None else self.conn.execute(sql)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # the failed statement's implicit transaction must not linger
            raise
        if (not was_in_transaction and self.conn.in_transaction and cursor.description is None
                and _first_keyword(sql) not in _TRANSACTION_CONTROL):
            self.conn.execute("COMMIT")
        return cursor

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction around the block; nested blocks use savepoints."""
        if self.conn.in_transaction:
            savepoint = f"sqlite_utils_{next(_SAVEPOINTS)}"
            self.conn.execute(f"SAVEPOINT {savepoint};")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint};")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
        else:
            self.conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.rollback()
                    raise

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()


@dataclass
class Migration:
    """A step of the schema: its name, the function that applies it, and whether it runs in one transaction."""

    name: str
    fn: Callable[[Any], None]
    transactional: bool = True


class MigrationSet:
    """The registry of migrations (`@migrations()` on each function), applied with sqlite-utils' `Migrations`
    so files keep their `_sqlite_migrations` records exactly as before."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[Migration] = []

    def __call__(self, *, name: str | None = None,
                 transactional: bool = True) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
        def inner(fn: Callable[[Any], None]) -> Callable[[Any], None]:
            migration_name = name or fn.__name__
            if any(m.name == migration_name for m in self._migrations):
                raise ValueError(f"Migration '{migration_name}' is already registered in set '{self.name}'")
            self._migrations.append(Migration(migration_name, fn, transactional))
            return fn

        return inner

    def apply(self, db: Any) -> None:
        """Apply the pending migrations to `db` (a sqlite-utils `Database`)."""
        from sqlite_utils.migrations import Migrations

        applier = Migrations(self.name)
        applier._migrations = list(self._migrations)  # type: ignore[arg-type]
        applier.apply(db)
