"""Reads of the tallies across the whole workshop, each in a fixed number of SQL queries (for summaries, the
sidebar's tick and large workshops: no query per round)."""

from __future__ import annotations

from collections.abc import Callable
from copy import copy
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from vzworkshop.core.tally import ITEM_COUNT, VALUES, Tally
from vzworkshop.store.recordio import RecordIO
from vzworkshop.store.records import Group, Round
from vzworkshop.store.sqldb import Database

WIDTH = ITEM_COUNT * len(VALUES)  # a tally's counts, in (item, value) order
# group_concat(item * 10 + value) of a group's tally rows when they come in (item, value) order
_IN_ORDER = ",".join(str(item * 10 + value) for item in range(1, ITEM_COUNT + 1) for value in VALUES)


class StaleCounts(RuntimeError):
    """A group's tally asked for from a read made before the workshop changed: its figures were decided on the
    counts of then (read the rounds again)."""


@dataclass(frozen=True, eq=False)
class RoundCounts:
    """A round as the whole-workshop read gives it: its groups in their order and the round's `total` (its
    groups' tallies added up); each group's tally is read when first asked for (`group_tally`)."""

    round: Round
    groups: tuple[Group, ...]
    total: Tally
    read_tallies: Callable[[], list[Tally]] = field(repr=False)  # the groups' tallies, as `groups`

    def sizes(self) -> list[tuple[str, int]]:
        """Each group's name and ballot count."""
        return [(g.name, g.ballots) for g in self.groups]

    @cached_property
    def tallies(self) -> list[Tally]:
        return self.read_tallies()

    def group_tally(self, index: int) -> Tally:
        return self.tallies[index]

    def copy(self) -> RoundCounts:
        """With copies of the records (a caller may change them): the total and the tallies are immutable."""
        return RoundCounts(copy(self.round), tuple(map(copy, self.groups)), self.total, self.read_tallies)


class TallyReads(RecordIO):
    """The record reads and writes, plus these tally reads (`WorkshopStore` builds on it)."""

    def __init__(self, db: Database, path: Path) -> None:
        super().__init__(db, path)
        self._counts_read: tuple[int, list[RoundCounts]] | None = None  # (data version, `round_counts`)

    def data_version(self) -> int:
        """A number that changes with every row this store inserts, updates or deletes (rolled back or not;
        nothing else writes the file while it is open): what was read at the same number is still exact."""
        return self.db.conn.total_changes

    def group_tallies(self, round_id: int) -> list[tuple[Group, Tally]]:
        """Each group of the round with its tally, in the groups' order (one SQL query)."""
        groups = self.list(Group, round_id=round_id)
        counts: dict[int, dict[tuple[int, int], int]] = {g.id: {} for g in groups if g.id is not None}
        rows = self.db.execute(
            "SELECT t.group_id, t.item, t.value, t.count FROM tally t JOIN round_group g ON g.id = t.group_id "
            "WHERE g.round_id = ? AND t.count > 0",
            [round_id],
        )
        for group_id, item, value, count in rows:
            counts[group_id][(item, value)] = count
        return [(g, Tally.from_counts(g.ballots, counts[g.id])) for g in groups if g.id is not None]

    def round_ballots(self, round_id: int) -> int:
        row = self.db.execute("SELECT COALESCE(SUM(ballots), 0) FROM round_group WHERE round_id = ?", [round_id])
        return int(row.fetchone()[0])

    def round_counts(self) -> list[RoundCounts]:
        """Every round, in the rounds' order, with its groups and its total (three SQL queries: the totals are
        kept in the file as the groups' tallies change, see `schema`); a group's tally is read only when asked
        for, one query for the round's groups. Read again only after a write (`data_version`)."""
        version = self.data_version()
        if self._counts_read is not None and self._counts_read[0] == version:
            return [rc.copy() for rc in self._counts_read[1]]
        totals = _flat_counts(self, "SELECT round_id, group_concat(item * 10 + value), group_concat(count) "
                                    "FROM round_tally GROUP BY round_id")
        groups: dict[int, list[Group]] = {}
        cursor = self.db.conn.cursor()
        cursor.row_factory = None  # plain rows: thousands of groups are read here
        for group_id, round_id, name, ballots, position in cursor.execute(
                "SELECT id, round_id, name, ballots, position FROM round_group ORDER BY position, id"):
            groups.setdefault(round_id, []).append(Group(round_id=round_id, name=name, ballots=ballots,
                                                         position=position, id=group_id))
        out = []
        for rnd in self.list(Round):
            assert rnd.id is not None
            mine = tuple(groups.get(rnd.id, ()))
            total = Tally.from_flat(sum(g.ballots for g in mine), totals.get(rnd.id) or (0,) * WIDTH)
            out.append(RoundCounts(rnd, mine, total, self._tallies_reader(rnd.id, mine, version)))
        self._counts_read = (version, out)
        return [rc.copy() for rc in out]

    def _tallies_reader(self, round_id: int, groups: tuple[Group, ...], version: int) -> Callable[[], list[Tally]]:
        def read() -> list[Tally]:
            if self.data_version() != version:
                raise StaleCounts(f"round {round_id} changed after it was read")
            tallies = self.group_tallies(round_id)
            assert [g.id for g, _ in tallies] == [g.id for g in groups]
            return [t for _, t in tallies]
        return read

    def all_group_tallies(self) -> dict[int, list[tuple[Group, Tally]]]:
        """`group_tallies` of every round at once: round id -> its groups with their tallies, in the groups'
        order; rounds without groups map to []. Each group's 60 counts come as one row (SQL aggregate)."""
        counts = _flat_counts(self, "SELECT group_id, group_concat(item * 10 + value), group_concat(count) "
                                    "FROM tally GROUP BY group_id")
        out: dict[int, list[tuple[Group, Tally]]] = {r.id: [] for r in self.list(Round) if r.id is not None}
        for g in self.list(Group):
            assert g.id is not None
            out.setdefault(g.round_id, []).append((g, Tally.from_flat(g.ballots, counts.get(g.id) or (0,) * WIDTH)))
        return out

    def has_ballots(self) -> bool:
        """Whether any round has answers (one SQL query)."""
        row = self.db.execute("SELECT EXISTS (SELECT 1 FROM round_group WHERE ballots > 0)").fetchone()
        return bool(row[0])


def _flat_counts(store: RecordIO, sql: str) -> dict[int, tuple[int, ...]]:
    """key -> its 60 counts in (item, value) order, from `sql`: rows of (key, group_concat(item * 10 + value),
    group_concat(count))."""
    cursor = store.db.conn.cursor()
    cursor.row_factory = None
    cursor.execute(sql)
    out: dict[int, tuple[int, ...]] = {}
    for key, places, values in cursor:
        numbers = tuple(map(int, values.split(",")))
        if places != _IN_ORDER:  # not in (item, value) order after all: place each count by its key
            placed = [0] * WIDTH
            for place, n in zip(places.split(","), numbers, strict=True):
                item, value = divmod(int(place), 10)
                placed[(item - 1) * len(VALUES) + value] = n
            numbers = tuple(placed)
        out[key] = numbers
    return out
