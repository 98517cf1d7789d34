"""Rounds' figures as they may be shown: the threshold rule and the disclosure history applied, for one round
or for every round at once (`round_results`: a few SQL queries, however many rounds).

The history (the moments each round's figures were shown, counts only) is kept in the workshop file
(`shown_moment`, see `schema`), so it survives closing and reopening the workshop: a round shown with 3 answers
before a restart is not shown with 4 after it. Each new moment is written in its own transaction when it is
recorded. A read-only workshop keeps its new moments in memory only (they still protect this session)."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from vzworkshop.core.tally import Tally
from vzworkshop.store.errors import WorkshopFileError
from vzworkshop.store.records import Group, Round, Workshop
from vzworkshop.store.sqldb import Database
from vzworkshop.store.tally_reads import TallyReads

if TYPE_CHECKING:  # the rules are imported when figures are first read, not to open a workshop (start-up)
    from vzworkshop.core.disclosure_history import Shown
    from vzworkshop.core.results import RoundResult

log = logging.getLogger(__name__)


class ResultReads(TallyReads):
    """The tally reads, plus results as they may be shown, remembering what was shown (`WorkshopStore` builds
    on it)."""

    def __init__(self, db: Database, path: Path) -> None:
        super().__init__(db, path)
        self._shown: dict[int, list[Shown]] = {}  # per round: the moments whose figures were shown (counts only)
        self._shown_loaded = False
        # read when the workshop is opened; made into `Shown` moments when figures are first read (start-up)
        cursor = self.db.conn.cursor()
        cursor.row_factory = None
        self._shown_rows: list[tuple[int, str, str]] | None = cursor.execute(
            "SELECT round_id, sizes, groups FROM shown_moment ORDER BY round_id, moment").fetchall()
        self._moment_changes = 0  # rows written for moments: not a change of the data `data_version` guards
        self._unwritten: dict[tuple[int, int], Shown] = {}  # (round, moment index) -> moment, to be written

    def data_version(self) -> int:
        """As `TallyReads.data_version`, but recording a shown moment is not a change of the rounds' data (a
        summary read before it stays exact)."""
        return super().data_version() - self._moment_changes

    # --- the history of shown moments ---------------------------------------------------------------------

    def shown_history(self, round_id: int) -> list[Shown]:
        """The moments of the round whose figures were shown so far, oldest first (read from the file once)."""
        self._load_shown()
        return list(self._shown.get(round_id, []))

    def _history(self, round_id: int) -> list[Shown]:
        self._load_shown()
        return self._shown.setdefault(round_id, [])

    def _load_shown(self) -> None:
        if self._shown_loaded:
            return
        from vzworkshop.core.disclosure_history import Shown

        self._shown_loaded = True
        rows, self._shown_rows = self._shown_rows or [], None
        for round_id, sizes, groups in rows:
            moment = Shown(tuple((str(name), int(n)) for name, n in json.loads(sizes)),
                           frozenset(str(g) for g in json.loads(groups)))
            self._shown.setdefault(int(round_id), []).append(moment)

    def record_shown(self, round_id: int, moment: Shown) -> None:
        """Remember that `moment` was shown (a screen, the projector, a PDF or an export showed these figures):
        kept in the file at once (one transaction), in memory only when the workshop is read-only. At the same
        ballot counts as the last moment, the groups shown are added to that moment (nothing new can be
        worked out by comparing two figures of the same answers)."""
        self._note_shown(round_id, moment)
        self._write_moments()

    def _note_shown(self, round_id: int, moment: Shown) -> None:
        """`record_shown` without writing: the moment waits in `_unwritten` for `_write_moments`."""
        from vzworkshop.core.disclosure_history import Shown

        history = self._history(round_id)
        if history and history[-1].sizes == moment.sizes:
            if moment.groups <= history[-1].groups:
                return
            history[-1] = Shown(moment.sizes, history[-1].groups | moment.groups)
        else:
            history.append(moment)
        self._unwritten[(round_id, len(history) - 1)] = history[-1]

    def _write_moments(self) -> None:
        """Write the moments noted since the last write, all in one transaction and one statement (however
        many rounds a summary showed for the first time)."""
        pending, self._unwritten = self._unwritten, {}
        if not pending or self.read_only:
            return  # a read-only workshop still shows figures: its moments protect this session only
        before = self.db.conn.total_changes
        try:
            with self._writing(), self.db.atomic():
                self._insert_moments([(round_id, index, m) for (round_id, index), m in pending.items()])
        except (WorkshopFileError, ValueError, OSError, sqlite3.Error) as exc:
            # The figures are already on their way to the screen; this session still remembers the moments.
            log.warning("shown moments could not be kept in the workshop file: %s", exc)
        finally:
            self._moment_changes += self.db.conn.total_changes - before

    def _insert_moments(self, moments: Sequence[tuple[int, int, Shown]]) -> None:
        """Write (round, moment number, moment) rows in one statement, inside the caller's transaction; a moment
        written before under that number gets the groups shown now."""
        rows = json.dumps([[round_id, index, [[name, n] for name, n in m.sizes], sorted(m.groups)]
                           for round_id, index, m in moments], ensure_ascii=False)
        self.db.execute(
            "INSERT INTO shown_moment (round_id, moment, sizes, groups) "
            "SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), "
            "json_extract(value, '$[3]') FROM json_each(?) WHERE true "
            "ON CONFLICT (round_id, moment) DO UPDATE SET groups = excluded.groups", [rows])

    # --- results ----------------------------------------------------------------------------------------

    def round_result(self, round_id: int, tallies: Sequence[tuple[Group, Tally]] | None = None, *,
                     remember: bool = True) -> RoundResult:
        """The round's figures as they may be shown now: the threshold rule, and nothing that comparing with
        figures shown earlier (in this or an earlier session) would reveal (`core.disclosure_history`). Every
        screen, PDF and export reads results here or in `round_results`; each result with figures is
        remembered as shown. `tallies`: the round's `group_tallies`, when the caller has read them already.

        `remember=False` reads what may be shown without remembering it: for the projector, which records
        what it actually puts before the room itself (`record_shown`; its live figure also moves only by
        whole groups of answers, `core.live`).
        """
        from vzworkshop.core.results import round_result

        rnd = self.get(Round, round_id)
        named = [(g.name, t) for g, t in (self.group_tallies(round_id) if tallies is None else tallies)]
        min_size = self.get(Workshop).min_group_size
        result = round_result(rnd.name, named, min_size, list(self._history(round_id)))
        return self._remembered(round_id, result) if remember else result

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
            history = list(self._history(round_id))
            result = round_result_of(rc.round.name, rc.sizes(), rc.total, min_size, history, rc.group_tally)
            out.append((rc.round, self._remembered(round_id, result, write=False)))
        self._write_moments()
        return out

    def _remembered(self, round_id: int, result: RoundResult, write: bool = True) -> RoundResult:
        moment = result.shown()
        if moment is not None:
            self._note_shown(round_id, moment)
        if write:
            self._write_moments()
        return result
