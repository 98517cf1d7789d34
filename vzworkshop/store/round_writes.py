"""Writes to a round as a whole: deleting one nobody has answered (a follow-up started by mistake), and adding
whole groups' tallies (from another workshop file or a backup), with the moments those figures were shown
there. Each is one transaction: all or nothing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from vzworkshop.core.tally import Tally
from vzworkshop.store import errors
from vzworkshop.store.records import Group, Round
from vzworkshop.store.result_reads import ResultReads

if TYPE_CHECKING:
    from vzworkshop.core.disclosure_history import Shown


class RoundWrites(ResultReads):
    """The result reads, plus writes to a round as a whole (`WorkshopStore` builds on it)."""

    def delete_round(self, round_id: int) -> None:
        """Delete the round and all that hangs on it, all or nothing. Raises `RoundHasAnswers` when anybody has
        answered in it (checked inside the transaction), KeyError when there is no such round."""
        self._check_writable()
        with self._writing(), self.db.atomic():
            rnd = self.find(Round, round_id)
            if rnd is None:
                raise KeyError(round_id)
            ballots = self._ballots(round_id)
            if ballots:
                raise errors.RoundHasAnswers(rnd.name, ballots)
            # groups (and their tallies, by trigger), the round's tally, its agreed levels and notes and the
            # moments its figures were shown (shown_moment) go with it: ON DELETE CASCADE (foreign keys are on)
            self.db.execute("DELETE FROM round WHERE id = ?", [round_id])
        # and from memory: SQLite may give the next new round the same id, which must not inherit them
        self._load_shown()
        self._shown.pop(round_id, None)
        self._unwritten = {key: m for key, m in self._unwritten.items() if key[0] != round_id}

    def _ballots(self, round_id: int) -> int:
        return int(self.db.execute("SELECT COALESCE(SUM(ballots), 0) FROM round_group WHERE round_id = ?",
                                   [round_id]).fetchone()[0])

    def group_named(self, round_id: int, name: str, create: bool = False) -> Group:
        name = name.strip()
        for group in self.list(Group, round_id=round_id):
            if group.name == name:
                return group
        if not create:
            raise KeyError(name)
        return self.add(Group(round_id=round_id, name=name))

    def add_group_tally(self, round_id: int, group_name: str, tally: Tally) -> Group:
        """Add a whole group's tally (from another file or a backup) to the round, in one transaction.

        The group is created if the round has none of that name; otherwise the counts are added to it.
        """
        self._check_writable()
        tally.validate()
        with self._writing(), self.db.atomic():
            group = self._add_tally(round_id, group_name, tally)
        self._fold_wal()
        return group

    def add_shown_tallies(self, round_id: int, tallies: Sequence[tuple[str, Tally]], shown: Sequence[Shown]) -> None:
        """Add whole groups' tallies to the round together with `shown`, the moments these figures were shown
        elsewhere (oldest first; counts per group as they will be named here), all in one transaction.

        With moments, the round must have no answers yet (raises `RoundHasAnswers`, nothing written): the
        moments then describe the round exactly, so it shows no more than the other workshop would. Each
        moment's counts are kept in the order of the round's groups (and 0 for a group of the round it did
        not have), as the round's own moments are, so that unchanged counts compare equal."""
        self._check_writable()
        for _, tally in tallies:
            tally.validate()
        self._load_shown()
        history = self._history(round_id)
        with self._writing(), self.db.atomic():
            rnd = self.find(Round, round_id)
            if rnd is None:
                raise KeyError(f"no round {round_id}")
            ballots = self._ballots(round_id)
            if shown and ballots:
                raise errors.RoundHasAnswers(rnd.name, ballots)
            for name, tally in tallies:
                self._add_tally(round_id, name, tally)
            order = [g.name for g in self.list(Group, round_id=round_id)]
            moments = [_in_order(m, order) for m in shown]
            self._insert_moments([(round_id, len(history) + i, m) for i, m in enumerate(moments)])
        history += moments
        self._fold_wal()

    def _add_tally(self, round_id: int, group_name: str, tally: Tally) -> Group:
        """`add_group_tally` inside the caller's transaction."""
        if self.db.execute("SELECT 1 FROM round WHERE id = ?", [round_id]).fetchone() is None:
            raise KeyError(f"no round {round_id}")
        group = self.group_named(round_id, group_name, create=True)
        assert group.id is not None
        for it in tally.items:
            for value, n in enumerate(it.counts):
                if n:
                    self.db.execute("UPDATE tally SET count = count + ? WHERE group_id = ? AND item = ? AND value = ?",
                                    [n, group.id, it.item, value])
        self.db.execute("UPDATE round_group SET ballots = ballots + ? WHERE id = ?", [tally.ballots, group.id])
        return self.get(Group, group.id)

    def _fold_wal(self) -> None:
        """Fold committed ballots into the main file at once, so the WAL keeps no before/after pair of
        tallies that would show one ballot by difference."""
        if not self.db.conn.in_transaction:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _in_order(moment: Shown, order: Sequence[str]) -> Shown:
    """The moment's counts in the round's group order (0 where it had none), then any other group it counted
    (a group the round no longer has: kept, so that the rules see its ballots went missing)."""
    from vzworkshop.core.disclosure_history import Shown

    sizes = dict(moment.sizes)
    extra = [(name, n) for name, n in moment.sizes if name not in order and n > 0]
    return Shown(tuple((name, sizes.get(name, 0)) for name in order) + tuple(extra), moment.groups)
