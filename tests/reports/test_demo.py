"""The demo and large sample workshops: plausible content, deterministic, threshold exercised."""

from __future__ import annotations

from pathlib import Path

import pytest

from vzworkshop.core.results import RoundResult, round_result
from vzworkshop.reports.demo import build_demo, build_large
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import (
    ActionItem,
    ActionNote,
    AgendaBlock,
    HazardSelection,
    ItemAssessment,
    Problem,
    TeamMember,
    Workshop,
)


def _result(store: WorkshopStore, round_index: int = -1) -> RoundResult:
    rnd = store.rounds()[round_index]
    assert rnd.id is not None
    return round_result(rnd.name, [(g.name, t) for g, t in store.group_tallies(rnd.id)],
                        store.workshop().min_group_size)


@pytest.mark.parametrize("language", ["da", "en"])
def test_demo_has_every_part(store: WorkshopStore, language: str) -> None:
    build_demo(store, language)
    ws = store.workshop()
    assert ws.language == language
    assert ws.title and ws.facilitator and ws.agenda_start == "09:00"
    team = store.list(TeamMember)
    assert len(team) == 6
    assert any(m.is_manager for m in team) and any(not m.is_manager for m in team)
    assert sum(m.is_worker_rep for m in team) == 1
    (rnd,) = store.rounds()
    assert rnd.id is not None
    assert [g.ballots for g in store.groups(rnd.id)] == [7, 2, 5]
    assert len(store.list(ItemAssessment)) == 4
    assert len(store.list(HazardSelection)) == 4
    assert len(store.list(Problem)) == 3
    actions = store.list(ActionItem)
    assert len(actions) == 5 and all(a.owner and a.due for a in actions)
    assert len({a.status for a in actions}) >= 3
    assert store.list(ActionNote)
    assert store.list(AgendaBlock)
    result = _result(store)
    assert result.respondents == 14 and not result.withheld
    withheld = [g.name for g in result.groups if g.withheld]
    assert ("Køkkenet" if language == "da" else "Kitchen") in withheld


def test_demo_is_deterministic(tmp_path: Path) -> None:
    means = []
    for n in range(2):
        with WorkshopStore.create(tmp_path / f"d{n}.vzw", Workshop(organisation="X")) as st:
            build_demo(st, "da")
            result = _result(st)
            assert result.stats is not None
            means.append([s.mean for s in result.stats.items])
    assert means[0] == means[1]


def test_large_workshop_size(store: WorkshopStore) -> None:
    build_large(store, rounds=3, ballots_per_round=30, actions=40)
    rounds = store.rounds()
    assert len(rounds) == 3
    assert all(store.round_ballots(r.id) == 30 for r in rounds if r.id is not None)
    assert len(store.list(ActionItem)) == 40
    result = _result(store)
    assert any(g.withheld for g in result.groups)
    assert any(not g.withheld for g in result.groups)
