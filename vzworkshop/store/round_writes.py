"""Deleting a round: only one nobody has answered (a follow-up started by mistake), in one transaction, with
everything that belongs to it (groups, tallies, agreed levels and notes, the moments its figures were shown)."""

from __future__ import annotations

from vzworkshop.store import errors
from vzworkshop.store.records import Round
from vzworkshop.store.result_reads import ResultReads


class RoundWrites(ResultReads):
    """The result reads, plus deleting an unanswered round (`WorkshopStore` builds on it)."""

    def delete_round(self, round_id: int) -> None:
        """Delete the round and all that hangs on it, all or nothing. Raises `RoundHasAnswers` when anybody has
        answered in it (checked inside the transaction), KeyError when there is no such round."""
        self._check_writable()
        with self._writing(), self.db.atomic():
            rnd = self.find(Round, round_id)
            if rnd is None:
                raise KeyError(round_id)
            ballots = self.db.execute("SELECT COALESCE(SUM(ballots), 0) FROM round_group WHERE round_id = ?",
                                      [round_id]).fetchone()[0]
            if ballots:
                raise errors.RoundHasAnswers(rnd.name, int(ballots))
            # groups (and their tallies, by trigger), the round's tally, its agreed levels and notes and the
            # moments its figures were shown (shown_moment) go with it: ON DELETE CASCADE (foreign keys are on)
            self.db.execute("DELETE FROM round WHERE id = ?", [round_id])
        # and from memory: SQLite may give the next new round the same id, which must not inherit them
        self._load_shown()
        self._shown.pop(round_id, None)
        self._unwritten = {key: m for key, m in self._unwritten.items() if key[0] != round_id}
