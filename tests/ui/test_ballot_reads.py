"""A submitted ballot updates the projector with at most one read of the round's tallies and without a full
reload of the assess page (counted with spies, not timed)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from vzworkshop.store import WorkshopStore
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.pages.assess import AssessPage
from vzworkshop.ui.participant import Screen


def _submit(qtbot: QtBot, entry: Any, answers: str) -> None:
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    for value in answers:
        qtbot.keyClick(entry, getattr(Qt.Key, f"Key_{value}"))
    assert entry.current_screen is Screen.REVIEW
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert entry.current_screen is Screen.HANDOVER


def test_a_ballot_reads_the_tallies_once_and_reloads_nothing_else(window: WorkshopWindow, qtbot: QtBot,
                                                                  monkeypatch: Any) -> None:
    store: WorkshopStore = window.store
    store.add_round("Baseline")
    window.refresh_all()
    window.show_step(2)
    page = window.page(2)
    assert isinstance(page, AssessPage)
    page.hide_check.setChecked(False)  # live on the projector (hidden until revealed is the default)
    projector = page.show_projector()
    page.start_participants()
    entry = page.participants
    assert entry is not None
    for answers in ("3333333333", "4444444444"):
        _submit(qtbot, entry, answers)

    reads: list[int] = []
    original = store.group_tallies
    monkeypatch.setattr(store, "group_tallies", lambda round_id: (reads.append(round_id), original(round_id))[1])
    reloads: list[str] = []
    for owner, name in ((page, "refresh"), (page, "_previous_result"), (projector, "refresh")):
        label, method = f"{type(owner).__name__}.{name}", getattr(owner, name)
        monkeypatch.setattr(owner, name, lambda *a, m=method, n=label: (reloads.append(n), m(*a))[1])

    _submit(qtbot, entry, "5555555555")

    assert len(reads) <= 1, f"the tallies were read {len(reads)} times for one ballot"
    assert reloads == [], "a ballot reloads neither the page nor the projector"
    assert projector.chart.mean() == 4.0, "the projector shows the new average"
    assert window.sidebar.is_done(2)
    # The facilitator's page is hidden behind participant entry: it reads the round when seen again.
    qtbot.keyClick(entry, Qt.Key.Key_Escape)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.waitUntil(window.isVisible)
    assert page.results.cell_text(1, 1) == "4,0", "the facilitator's results after participant entry"


def test_a_submitted_ballot_is_folded_into_the_file_once_the_projector_is_drawn(window: WorkshopWindow,
                                                                                qtbot: QtBot) -> None:
    store: WorkshopStore = window.store
    store.add_round("Baseline")
    window.refresh_all()
    window.show_step(2)
    page = window.page(2)
    assert isinstance(page, AssessPage)
    page.show_projector()
    page.start_participants()
    entry = page.participants
    assert entry is not None
    wal = store.path.with_name(store.path.name + "-wal")
    _submit(qtbot, entry, "3333333333")
    assert store.round_ballots(store.rounds()[0].id or 0) == 1, "durable when Enter has been handled"
    qtbot.waitUntil(lambda: not wal.exists() or wal.stat().st_size == 0, timeout=2000)
