"""Step 5 on a workshop of many rounds reads every round at once: as many SQL statements for 24 rounds as for 6,
no group's tally made, and the table shows the baseline beside the latest follow-ups (counted, not timed)."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from vzworkshop.core.tally import Ballot, Tally
from vzworkshop.store import WorkshopStore
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.pages.evaluate import EvaluatePage
from vzworkshop.ui.widgets.evaluate_compare import SIDE_BY_SIDE


def _add_rounds(store: WorkshopStore, count: int) -> None:
    have = len(store.rounds())
    for n in range(have, have + count):
        rnd = store.add_round(f"Runde {n + 1}", kind="baseline" if n == 0 else "follow_up",
                              groups=["Køkken", "Pleje", "Kontor"])
        assert rnd.id is not None
        ballots = [Ballot(rnd.id, g.id or 0, {1: 1 + (n + i) % 5, 2: 3}) for g in store.groups(rnd.id)
                   for i in range(3)]
        store.add_ballots(ballots)


def _show_step_5(window: WorkshopWindow, qtbot: QtBot, monkeypatch: Any) -> tuple[int, int]:
    """(SQL statements, group tallies made) while step 5 is shown and drawn."""
    statements: list[str] = []
    made: list[int] = []
    original = Tally.from_counts
    monkeypatch.setattr(Tally, "from_counts", classmethod(
        lambda cls, ballots, counts: (made.append(ballots), original(ballots, counts))[1]))
    for name in ("group_tallies", "all_group_tallies"):  # the store's reads of the groups' tallies
        monkeypatch.setattr(window.store, name, lambda *a, n=name: made.append(-1) or getattr(type(window.store), n)(
            window.store, *a))
    window.store.db.conn.set_trace_callback(statements.append)
    try:
        window.show_step(5)
        qtbot.wait(20)
    finally:
        window.store.db.conn.set_trace_callback(None)
    return len(statements), len(made)


def test_step_5_reads_every_round_at_once_and_makes_no_group_tally(window: WorkshopWindow, qtbot: QtBot,
                                                                   monkeypatch: Any) -> None:
    store = window.store
    window.show_step(5)  # the page is built when first shown
    window.show_step(1)
    _add_rounds(store, 6)
    window.refresh_all()
    few_statements, few_groups = _show_step_5(window, qtbot, monkeypatch)
    window.show_step(1)
    _add_rounds(store, 18)
    window.refresh_all()
    many_statements, many_groups = _show_step_5(window, qtbot, monkeypatch)
    assert many_statements == few_statements, "the SQL statements grow with the rounds"
    assert few_groups == many_groups == 0, "the comparison needs no group's tally"

    page = window.page(5)
    assert isinstance(page, EvaluatePage)
    table = page.compare.table
    headers = [table.horizontalHeaderItem(c).text().replace("\n", " ")  # type: ignore[union-attr]
               for c in range(table.columnCount())]
    shown = [h for h in headers if h.startswith("Runde")]
    assert shown == ["Runde 1", "Runde 21", "Runde 22", "Runde 23", "Runde 24"] and len(shown) == SIDE_BY_SIDE
    assert "… 19" in page.compare.rounds_info.text() and "Runde 2 " not in page.compare.rounds_info.text()
    assert "Runde 24" in page.compare.rounds_info.text()

