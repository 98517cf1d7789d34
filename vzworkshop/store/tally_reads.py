"""Reads of the tallies across the whole workshop, each in a fixed number of SQL queries (for summaries, the
sidebar's tick and large workshops: no query per round)."""

from __future__ import annotations

from vzworkshop.core.tally import Tally
from vzworkshop.store.recordio import RecordIO
from vzworkshop.store.records import Group, Round


class TallyReads(RecordIO):
    """The record reads and writes, plus these tally reads (`WorkshopStore` builds on it)."""

    def all_group_tallies(self) -> dict[int, list[tuple[Group, Tally]]]:
        """`group_tallies` of every round at once: round id -> its groups with their tallies, in the groups'
        order; rounds without groups map to []."""
        groups = [g for g in self.list(Group) if g.id is not None]
        counts: dict[int, dict[tuple[int, int], int]] = {g.id: {} for g in groups if g.id is not None}
        for group_id, item, value, count in self.db.execute(
                "SELECT group_id, item, value, count FROM tally WHERE count > 0"):
            counts[group_id][(item, value)] = count
        out: dict[int, list[tuple[Group, Tally]]] = {
            r.id: [] for r in self.list(Round) if r.id is not None}
        for g in groups:
            assert g.id is not None
            out.setdefault(g.round_id, []).append((g, Tally.from_counts(g.ballots, counts[g.id])))
        return out

    def has_ballots(self) -> bool:
        """Whether any round has answers (one SQL query)."""
        row = self.db.execute("SELECT EXISTS (SELECT 1 FROM round_group WHERE ballots > 0)").fetchone()
        return bool(row[0])
