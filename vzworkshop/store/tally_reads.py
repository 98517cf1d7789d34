"""Reads of the tallies across the whole workshop, each in a fixed number of SQL queries (for summaries, the
sidebar's tick and large workshops: no query per round)."""

from __future__ import annotations

from vzworkshop.core.tally import ITEM_COUNT, VALUES, Tally
from vzworkshop.store.recordio import RecordIO
from vzworkshop.store.records import Group, Round

# group_concat(item * 10 + value) of a group's tally rows when they come in (item, value) order
_IN_ORDER = ",".join(str(item * 10 + value) for item in range(1, ITEM_COUNT + 1) for value in VALUES)


class TallyReads(RecordIO):
    """The record reads and writes, plus these tally reads (`WorkshopStore` builds on it)."""

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

    def all_group_tallies(self) -> dict[int, list[tuple[Group, Tally]]]:
        """`group_tallies` of every round at once: round id -> its groups with their tallies, in the groups'
        order; rounds without groups map to []. Each group's 60 counts come as one row (SQL aggregate)."""
        cursor = self.db.conn.cursor()
        cursor.row_factory = None
        cursor.execute("SELECT group_id, group_concat(item * 10 + value), group_concat(count) FROM tally "
                       "GROUP BY group_id")
        counts: dict[int, list[int]] = {}
        for group_id, keys, values in cursor:
            numbers = list(map(int, values.split(",")))
            if keys != _IN_ORDER:  # not in (item, value) order after all: place each count by its key
                placed = [0] * (ITEM_COUNT * len(VALUES))
                for key, n in zip(keys.split(","), numbers, strict=True):
                    item, value = divmod(int(key), 10)
                    placed[(item - 1) * len(VALUES) + value] = n
                numbers = placed
            counts[group_id] = numbers
        out: dict[int, list[tuple[Group, Tally]]] = {r.id: [] for r in self.list(Round) if r.id is not None}
        width = len(VALUES)
        for g in self.list(Group):
            assert g.id is not None
            tally = Tally.from_flat(g.ballots, counts.get(g.id, [0] * (ITEM_COUNT * width)))
            out.setdefault(g.round_id, []).append((g, tally))
        return out

    def has_ballots(self) -> bool:
        """Whether any round has answers (one SQL query)."""
        row = self.db.execute("SELECT EXISTS (SELECT 1 FROM round_group WHERE ballots > 0)").fetchone()
        return bool(row[0])
