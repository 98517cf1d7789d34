"""Property: whatever the groups and the minimum group size, no figure of a group below the minimum can be read
or derived from what round_result shows (the round and the shown groups), and summary_json shows null for every
withheld group."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from vzworkshop.core.results import round_result
from vzworkshop.core.tally import Ballot, Tally, pooled
from vzworkshop.reports.summary_text import summary_json
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Workshop

Groups = list[tuple[str, list[dict[int, int]]]]
answers = st.dictionaries(st.integers(1, 10), st.integers(0, 5), max_size=10)


@st.composite
def workshops(draw: st.DrawFn) -> tuple[int, Groups]:
    min_size = draw(st.integers(2, 20))
    count = draw(st.integers(1, 6))
    groups = []
    for i in range(count):
        size = draw(st.integers(0, 12))
        groups.append((f"G{i}", draw(st.lists(answers, min_size=size, max_size=size))))
    if count == 1 and draw(st.booleans()):
        groups = [("", groups[0][1])]  # a round that is not split
    return min_size, groups


def _check(min_size: int, tallies: list[tuple[str, Tally]]) -> None:
    result = round_result("R", tallies, min_size)
    total = pooled(t for _, t in tallies)
    assert result.respondents == total.ballots
    if total.ballots < min_size:
        assert result.withheld and result.stats is None
        assert all(g.withheld and g.stats is None and g.respondents is None for g in result.groups)
        return
    assert result.stats is not None
    shown = {g.name for g in result.groups if not g.withheld}
    withheld = [(name, t) for name, t in tallies if name not in shown]
    for g in result.groups:
        tally = dict(tallies)[g.name]
        if g.withheld:
            assert g.stats is None and g.respondents is None
        else:
            assert tally.ballots >= min_size  # every shown group is big enough by itself
            assert g.respondents == tally.ballots
    if result.groups:
        # The only linear combination of shown figures that involves withheld groups is
        # round - sum(shown groups) = sum(withheld groups): it must cover none of them or at least min_size ballots.
        hidden = sum(t.ballots for _, t in withheld)
        assert hidden == 0 or hidden >= min_size
        assert hidden == total.ballots - sum(t.ballots for n, t in tallies if n in shown)


@settings(max_examples=200, deadline=None)
@given(workshops())
def test_no_figure_of_a_small_group_can_be_derived(workshop: tuple[int, Groups]) -> None:
    min_size, groups = workshop
    _check(min_size, [(name, Tally.from_ballots(rows)) for name, rows in groups])


@settings(max_examples=200, deadline=None)
@given(st.integers(2, 20), st.lists(st.integers(0, 40), min_size=1, max_size=8))
def test_by_sizes_alone(min_size: int, sizes: list[int]) -> None:
    tallies = [(f"G{i}", Tally.from_ballots([{1: 3}] * n)) for i, n in enumerate(sizes)]
    _check(min_size, tallies)


def _nulls(items: list[dict[str, Any]]) -> bool:
    return all(
        it["mean"] is None and it["answered"] is None and it["dont_know"] is None and it["skipped"] is None
        and all(v is None for v in it["counts"].values())
        for it in items
    )


@settings(max_examples=25, deadline=None)
@given(workshops())
def test_summary_json_shows_null_for_withheld_groups(
    workshop: tuple[int, Groups]
) -> None:
    min_size, groups = workshop
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "w.vzw"
        store = WorkshopStore.create(path, Workshop(organisation="Testby", min_group_size=min_size))
        try:
            rnd = store.add_round("R", groups=[name for name, _ in groups])
            assert rnd.id is not None
            ids = {g.name: g.id for g in store.groups(rnd.id)}
            store.add_ballots([Ballot(rnd.id, ids[name], dict(a)) for name, rows in groups for a in rows])
            out = summary_json(store, [rnd])["rounds"][0]
        finally:
            store.close()
        shutil.rmtree(tmp, ignore_errors=True)
    sizes = {name: len(rows) for name, rows in groups}
    if sum(sizes.values()) < min_size:
        assert out["withheld"] and out["overall_mean"] is None and _nulls(out["items"])
    for g in out["groups"]:
        if g["withheld"]:
            assert g["respondents"] is None and g["overall_mean"] is None and _nulls(g["items"])
        else:
            assert sizes[g["name"]] >= min_size
            assert g["respondents"] == sizes[g["name"]]
    hidden = sum(sizes[g["name"]] for g in out["groups"] if g["withheld"])
    assert hidden == 0 or hidden >= min_size or sum(sizes.values()) < min_size
