"""The disclosure history survives closing the workshop: the moments a round's figures were shown are kept in the
file (counts only), so figures shown after reopening cannot be compared with those shown before to work out
the latest answers. Read-only workshops keep new moments in memory only; a deleted round takes its moments;
a format-2 file is upgraded (with its backup) to hold them."""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_anonymity_end_to_end import Observer
from vzworkshop.core.disclosure_history import Shown
from vzworkshop.core.tally import Ballot
from vzworkshop.store import WorkshopStore, schema
from vzworkshop.store.files import Probe, backup_path, probe
from vzworkshop.store.records import Round, Workshop

V2 = Path(__file__).parent / "fixtures" / "workshop_v2.vzw"  # made with format 2 (2026); never regenerate it
ANSWERS = {n: 3 for n in range(1, 11)}


def _add(store: WorkshopStore, round_id: int, group: str, n: int) -> None:
    gid = store.group_named(round_id, group).id
    assert gid is not None
    store.add_ballots([Ballot(round_id, gid, dict(ANSWERS)) for _ in range(n)])


def _round(store: WorkshopStore, groups: tuple[str, ...] = ("",)) -> int:
    rnd = store.add_round("Runde 1", groups=groups)
    assert rnd.id is not None
    return rnd.id


def test_a_round_shown_at_3_is_held_back_at_4_after_reopening(workshop_path: Path) -> None:
    with WorkshopStore.open(workshop_path) as store:
        rid = _round(store)
        _add(store, rid, "", 3)
        assert not store.round_result(rid).withheld  # shown with 3 answers
        _add(store, rid, "", 1)
    with WorkshopStore.open(workshop_path) as store:
        assert store.shown_history(rid) == [Shown((("", 3),), frozenset())]
        result = store.round_result(rid)
        assert result.withheld and result.held_back and result.stats is None
        assert result.missing == 2
        _add(store, rid, "", 2)
        assert not store.round_result(rid).withheld  # 3 more than shown before: a group's worth
    with WorkshopStore.open(workshop_path) as store:
        assert [sum(n for _, n in m.sizes) for m in store.shown_history(rid)] == [3, 6]


def test_every_summary_read_is_kept_too(workshop_path: Path) -> None:
    with WorkshopStore.open(workshop_path) as store:
        rid = _round(store, ("A", "B"))
        _add(store, rid, "A", 3)
        _add(store, rid, "B", 4)
        ((_, result),) = store.round_results()
        assert [g.withheld for g in result.groups] == [False, False]
        assert result.groups[0].tally is not None  # a shown group's tally is still read after the moment
        _add(store, rid, "B", 1)
    with WorkshopStore.open(workshop_path) as store:
        ((_, result),) = store.round_results()
        assert result.held_back
        assert store.shown_history(rid) == [Shown((("A", 3), ("B", 4)), frozenset({"A", "B"}))]


def test_the_moments_hold_counts_only(workshop_path: Path) -> None:
    with WorkshopStore.open(workshop_path) as store:
        rid = _round(store, ("Medarbejdere", "Ledere"))
        _add(store, rid, "Medarbejdere", 5)
        _add(store, rid, "Ledere", 2)
        store.round_result(rid)
        columns = [c[1] for c in store.db.execute("PRAGMA table_info(shown_moment)").fetchall()]
        assert columns == ["round_id", "moment", "sizes", "groups"]
        rows = [tuple(r) for r in store.db.execute("SELECT * FROM shown_moment").fetchall()]
        assert [(r[0], r[1], json.loads(r[2]), json.loads(r[3])) for r in rows] == [
            (rid, 0, [["Medarbejdere", 5], ["Ledere", 2]], [])]


def test_the_same_counts_shown_again_add_no_moment_but_may_add_groups(workshop_path: Path) -> None:
    with WorkshopStore.open(workshop_path) as store:
        rid = _round(store, ("A", "B"))
        _add(store, rid, "A", 3)
        _add(store, rid, "B", 3)
        store.record_shown(rid, Shown((("A", 3), ("B", 3)), frozenset()))  # the projector: the round alone
        result = store.round_result(rid)  # a screen at the same counts may still show the groups
        assert [g.withheld for g in result.groups] == [False, False]
        store.round_result(rid)
    with WorkshopStore.open(workshop_path) as store:
        assert store.shown_history(rid) == [Shown((("A", 3), ("B", 3)), frozenset({"A", "B"}))]


def test_a_read_only_workshop_shows_figures_and_keeps_its_moments_in_memory(workshop_path: Path) -> None:
    with WorkshopStore.open(workshop_path) as store:
        rid = _round(store)
        _add(store, rid, "", 3)
    digest = hashlib.sha256(workshop_path.read_bytes()).hexdigest()
    with WorkshopStore.open(workshop_path, read_only=True) as store:
        assert not store.round_result(rid).withheld
        assert store.shown_history(rid) == [Shown((("", 3),), frozenset())]
    assert hashlib.sha256(workshop_path.read_bytes()).hexdigest() == digest
    with WorkshopStore.open(workshop_path) as store:
        assert store.shown_history(rid) == []


def test_deleting_a_round_deletes_its_moments(workshop_path: Path) -> None:
    with WorkshopStore.open(workshop_path) as store:
        rid = _round(store)
        _add(store, rid, "", 3)
        store.round_result(rid)
        store.delete(Round, rid)
        assert store.db.execute("SELECT COUNT(*) FROM shown_moment").fetchone()[0] == 0


def test_the_format_2_fixture_is_what_it_claims() -> None:
    head = V2.read_bytes()[:100]
    assert int.from_bytes(head[60:64], "big") == 2  # user_version
    assert schema.SCHEMA_VERSION >= 3


def test_a_format_2_workshop_is_upgraded_with_a_backup_and_then_keeps_moments(tmp_path: Path) -> None:
    copy = tmp_path / "v2.vzw"
    shutil.copy(V2, copy)
    digest = hashlib.sha256(copy.read_bytes()).hexdigest()
    assert probe(copy) is Probe.NEEDS_UPGRADE
    with WorkshopStore.open(copy) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert store.workshop().title == "Trivsel – format 2"
        baseline, follow_up = store.rounds()
        assert baseline.id is not None and (follow_up.name, follow_up.kind) == ("Opfølgning", "follow_up")
        assert [(g.name, g.ballots) for g in store.groups(baseline.id)] == [("Medarbejdere", 5), ("Ledere", 2)]
        assert store.shown_history(baseline.id) == []  # nothing was kept before this format
        assert not store.workshop().projector_live  # hidden until revealed, also for an older workshop
        result = store.round_result(baseline.id)
        assert result.respondents == 7 and not result.withheld
        assert [g.withheld for g in result.groups] == [True, True]  # Medarbejdere protects Ledere
        _add(store, baseline.id, "Ledere", 1)
    assert hashlib.sha256(backup_path(copy, 2).read_bytes()).hexdigest() == digest
    assert probe(backup_path(copy, 2)) is Probe.NEEDS_UPGRADE
    with WorkshopStore.open(copy) as store:
        assert probe(copy) is Probe.OK
        assert store.round_result(baseline.id).held_back  # 7 was shown before the restart, 8 now


# --- property: show and restart in any order --------------------------------------------------------------

GROUPS = ("A", "B", "")
step = st.one_of(
    st.tuples(st.just("add"), st.sampled_from(GROUPS), st.integers(1, 4)),
    st.tuples(st.just("show"), st.just(""), st.just(0)),
    st.tuples(st.just("restart"), st.just(""), st.just(0)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(min_size=st.integers(2, 5), split=st.booleans(), steps=st.lists(step, max_size=14))
def test_show_and_restart_in_any_order_never_isolate_fewer_than_the_minimum(
        min_size: int, split: bool, steps: list[tuple[str, str, int]]) -> None:
    """An observer who saw every figure shown, before and after any number of restarts, can work out no set of
    fewer than the minimum group size of ballots by adding and subtracting them (checked independently of
    `core.disclosure_history`, as in tests/test_anonymity_end_to_end)."""
    folder = Path(tempfile.mkdtemp())
    try:
        path = folder / "w.vzw"
        groups = ("A", "B") if split else ("",)
        store = WorkshopStore.create(path, Workshop(organisation="Testby", min_group_size=min_size))
        rid = _round(store, groups)
        observer = Observer(min_size)
        for kind, group, n in steps:
            if kind == "add":
                group = group if group in groups else groups[0]
                _add(store, rid, group, n)
                observer.arrived({group: [ANSWERS] * n})
            elif kind == "show":
                result = store.round_result(rid)
                shown = {g.name: g.respondents for g in result.groups if not g.withheld}
                observer.saw(None if result.withheld else result.respondents,
                             {g: n for g, n in shown.items() if n is not None})
            else:
                store.close()
                store = WorkshopStore.open(path)
        store.close()
        observer.check()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
