"""Rounds' figures as they may be shown: the threshold rule and the disclosure history applied, for one round
or for every round at once (`round_results`: a few SQL queries, however many rounds)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from vzworkshop.core.tally import Tally
from vzworkshop.store.records import Group, Round, Workshop
from vzworkshop.store.sqldb import Database
from vzworkshop.store.tally_reads import TallyReads

if TYPE_CHECKING:  # the rules are imported when figures are first read, not to open a workshop (start-up)
    from vzworkshop.core.disclosure_history import Shown
    from vzworkshop.core.results import RoundResult


class ResultReads(TallyReads):
    """The tally reads, plus results as they may be shown, remembering what was shown (`WorkshopStore` builds
    on it)."""

    def __init__(self, db: Database, path: Path) -> None:
        super().__init__(db, path)
        self._shown: dict[int, list[Shown]] = {}  # per round: the moments whose figures were shown (counts only)

    def round_result(self, round_id: int, tallies: Sequence[tuple[Group, Tally]] | None = None, *,
                     remember: bool = True) -> RoundResult:
        """The round's figures as they may be shown now: the threshold rule, and nothing that comparing with
        figures shown earlier in this session would reveal (`core.disclosure_history`). Every screen, PDF and
        export reads results here or in `round_results`; each result with figures is remembered as shown.
        `tallies`: the round's `group_tallies`, when the caller has read them already.

        `remember=False` is for the projector's live figure while participants answer: it applies the
        threshold of the moment only and is not remembered, because the live figure has its own rule
        (`core.live`: it moves only by whole groups of answers). Counting it as shown would hold the round's
        final figures back whenever the room's last live figure was fewer than a group's answers before the end.
        """
        from vzworkshop.core.results import round_result

        rnd = self.get(Round, round_id)
        named = [(g.name, t) for g, t in (self.group_tallies(round_id) if tallies is None else tallies)]
        min_size = self.get(Workshop).min_group_size
        if not remember:
            return round_result(rnd.name, named, min_size)
        history = self._shown.setdefault(round_id, [])
        return self._remembered(round_id, round_result(rnd.name, named, min_size, history))

    def round_results(self) -> list[tuple[Round, RoundResult]]:
        """Every round with its figures as they may be shown now, in the rounds' order: the same as
        `round_result` of each round (and remembered as shown the same way), read at once (`round_counts`).
        A group's tally is read from the counts only when its figures are asked for."""
        from vzworkshop.core.results import round_result_of

        min_size = self.get(Workshop).min_group_size
        out = []
        for rc in self.round_counts():
            round_id = rc.round.id
            assert round_id is not None
            history = self._shown.setdefault(round_id, [])
            result = round_result_of(rc.round.name, rc.sizes(), rc.total, min_size, history, rc.group_tally)
            out.append((rc.round, self._remembered(round_id, result)))
        return out

    def _remembered(self, round_id: int, result: RoundResult) -> RoundResult:
        history = self._shown.setdefault(round_id, [])
        moment = result.shown()
        if moment is not None and (not history or history[-1] != moment):
            history.append(moment)
        return result
