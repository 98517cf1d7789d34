"""Reads of the tallies across the whole workshop, each in a fixed number of SQL queries (for summaries, the
sidebar's tick and large workshops: no query per round)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from vzworkshop.core.tally import ITEM_COUNT, VALUES, Tally
from vzworkshop.store.recordio import RecordIO
from vzworkshop.store.records import Group, Round
from vzworkshop.store.sqldb import Database

WIDTH = ITEM_COUNT * len(VALUES)  # a tally's counts, in (item, value) order
# group_concat(item * 10 + value) of a group's tally rows when they come in (item, value) order
_IN_ORDER = ",".join(str(item * 10 + value) for item in range(1, ITEM_COUNT + 1) for value in VALUES)


@dataclass(frozen=True)
class RoundCounts:
    """A round as the whole-workshop read gives it: its groups in their order, each group's 60 counts in
    (item, value) order, and the round's `total` (the pooled counts of its groups)."""

    round: Round
    groups: tuple[Group, ...]
    counts: tuple[tuple[int, ...], ...]  # index as `groups`
    total: Tally

    def sizes(self) -> list[tuple[str, int]]:
        """Each group's name and ballot count."""
        return [(g.name, g.ballots) for g in self.groups]

    def group_tally(self, index: int) -> Tally:
        return Tally.from_flat(self.groups[index].ballots, self.counts[index])

    def copy(self) -> RoundCounts:
        """With copies of the records (a caller may change them): the counts and the total are immutable."""
        return RoundCounts(replace(self.round), tuple(replace(g) for g in self.groups), self.counts, self.total)


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
        """Every round, in the rounds' order, with its groups' counts and its total (three SQL queries, each
        group's 60 counts as one row by an SQL aggregate; no Tally is made for a group until one is asked for).
        Read again only after a write (`data_version`): step 5 and the reports ask for every round often."""
        version = self.data_version()
        if self._counts_read is not None and self._counts_read[0] == version:
            return [rc.copy() for rc in self._counts_read[1]]
        cursor = self.db.conn.cursor()
        cursor.row_factory = None
        cursor.execute("SELECT group_id, group_concat(item * 10 + value), group_concat(count) FROM tally "
                       "GROUP BY group_id")
        counts: dict[int, tuple[int, ...]] = {}
        for group_id, keys, values in cursor:
            numbers = tuple(map(int, values.split(",")))
            if keys != _IN_ORDER:  # not in (item, value) order after all: place each count by its key
                placed = [0] * WIDTH
                for key, n in zip(keys.split(","), numbers, strict=True):
                    item, value = divmod(int(key), 10)
                    placed[(item - 1) * len(VALUES) + value] = n
                numbers = tuple(placed)
            counts[group_id] = numbers
        groups: dict[int, list[Group]] = {}
        for g in self.list(Group):
            groups.setdefault(g.round_id, []).append(g)
        out = []
        for rnd in self.list(Round):
            mine = tuple(groups.get(rnd.id or 0, ()))
            flat = tuple(counts.get(g.id or 0) or (0,) * WIDTH for g in mine)
            ballots = sum(g.ballots for g in mine)
            sums = [sum(column) for column in zip(*flat, strict=True)] if flat else [0] * WIDTH
            out.append(RoundCounts(rnd, mine, flat, Tally.from_flat(ballots, sums)))
        self._counts_read = (version, out)
        return [rc.copy() for rc in out]

    def all_group_tallies(self) -> dict[int, list[tuple[Group, Tally]]]:
        """`group_tallies` of every round at once: round id -> its groups with their tallies, in the groups'
        order; rounds without groups map to []."""
        return {rc.round.id: [(g, rc.group_tally(i)) for i, g in enumerate(rc.groups)]
                for rc in self.round_counts() if rc.round.id is not None}

    def has_ballots(self) -> bool:
        """Whether any round has answers (one SQL query)."""
        row = self.db.execute("SELECT EXISTS (SELECT 1 FROM round_group WHERE ballots > 0)").fetchone()
        return bool(row[0])
