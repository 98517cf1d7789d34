"""Every round's results read at once (`round_results`) are exactly the results of each round read alone
(`round_result`): the same figures, the same disclosed and withheld groups, the same moments remembered as
shown; and they stay exact after every kind of write (the reads are kept until the data changes)."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vzworkshop.core.results import RoundResult, round_result
from vzworkshop.core.tally import ITEM_COUNT, Ballot, Tally
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Group, Round, Workshop
from vzworkshop.store.tally_reads import StaleCounts

_made = itertools.count()

answers = st.dictionaries(st.integers(1, ITEM_COUNT), st.integers(0, 5), max_size=ITEM_COUNT)
GROUP_SETS = ([""], ["A"], ["A", "B"], ["", "A", "B"], ["A", "B", "C", "D"])


def _new_store(folder: Path, min_size: int) -> WorkshopStore:
    return WorkshopStore.create(folder / f"w{next(_made)}.vzw",
                                Workshop(organisation="Testby", min_group_size=min_size))


def _expected(store: WorkshopStore) -> list[RoundResult]:
    """Each round through the core rule directly, with the store's history so far (not remembered)."""
    min_size = store.workshop().min_group_size
    out = []
    for rnd in store.rounds():
        assert rnd.id is not None
        named = [(g.name, t) for g, t in store.group_tallies(rnd.id)]
        out.append(round_result(rnd.name, named, min_size, list(store._shown.get(rnd.id, []))))
    return out


def _same(got: list[RoundResult], want: list[RoundResult]) -> None:
    assert got == want  # names, counts, withheld, stats, groups (with their tallies), sizes
    for mine, theirs in zip(got, want, strict=True):
        assert [(g.name, g.withheld, g.respondents, g.stats) for g in mine.groups] == [
            (g.name, g.withheld, g.respondents, g.stats) for g in theirs.groups]
        for g in mine.groups:
            assert (g.tally is None) == g.withheld, "a shown group has figures, a withheld one none"


write = st.one_of(
    st.tuples(st.just("ballots"), st.integers(0, 99), st.lists(st.tuples(st.integers(0, 99), answers), max_size=7)),
    st.tuples(st.just("group_tally"), st.integers(0, 99), st.lists(answers, min_size=1, max_size=4)),
    st.tuples(st.just("import"), st.integers(0, 99), st.lists(st.tuples(st.sampled_from(["A", "E"]), answers),
                                                                max_size=5)),
    st.tuples(st.just("round"), st.integers(0, len(GROUP_SETS) - 1), st.just([])),
    st.tuples(st.just("rename"), st.integers(0, 99), st.just([])),
)


def _apply(store: WorkshopStore, op: tuple[str, int, list]) -> None:  # type: ignore[type-arg]
    kind, pick, rows = op
    rounds = store.rounds()
    if kind == "round" or not rounds:
        store.add_round(f"Runde {len(rounds) + 1}", groups=GROUP_SETS[pick % len(GROUP_SETS)])
        return
    rnd = rounds[pick % len(rounds)]
    assert rnd.id is not None
    groups = store.groups(rnd.id)
    if kind == "ballots" and groups:
        store.add_ballots([Ballot(rnd.id, groups[g % len(groups)].id or 0, dict(a)) for g, a in rows])
    elif kind == "group_tally":
        store.add_group_tally(rnd.id, "B", Tally.from_ballots(rows))
    elif kind == "import":
        store.import_answers(rnd.name, [(name, dict(a)) for name, a in rows], "Runde")
    elif kind == "rename":
        rnd.name = f"{rnd.name}*"
        store.save(rnd)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(min_size=st.integers(2, 5), ops=st.lists(st.tuples(write, st.booleans()), min_size=1, max_size=12))
def test_round_results_equal_each_rounds_round_result_after_every_write(
        tmp_path: Path, min_size: int, ops: list[tuple[tuple[str, int, list], bool]]) -> None:  # type: ignore[type-arg]
    at_once = _new_store(tmp_path, min_size)
    one_by_one = _new_store(tmp_path, min_size)
    try:
        for op, look in ops:
            for store in (at_once, one_by_one):
                _apply(store, op)
            if not look:
                continue
            want = _expected(one_by_one)
            _same([res for _, res in at_once.round_results()], want)
            _same([one_by_one.round_result(r.id or 0) for r in one_by_one.rounds()], want)
            # Remembered as shown the same way, so the next figures are held back the same way too.
            assert at_once._shown == one_by_one._shown
        _same([res for _, res in at_once.round_results()], _expected(at_once))
    finally:
        at_once.close()
        one_by_one.close()


def test_round_results_come_in_the_rounds_order_with_their_records(store: WorkshopStore) -> None:
    first = store.add_round("Første", groups=["Køkken", "Pleje"])
    second = store.add_round("Anden")
    assert first.id is not None and second.id is not None
    store.move(second, 0)
    got = store.round_results()
    assert [rnd.name for rnd, _ in got] == ["Anden", "Første"] == [r.name for r in store.rounds()]
    assert [res.name for _, res in got] == ["Anden", "Første"]
    assert all(isinstance(rnd, Round) for rnd, _ in got)


def test_reads_are_read_again_after_a_write_and_callers_cannot_change_them(store: WorkshopStore) -> None:
    rnd = store.add_round("Runde", groups=["A", "B"])
    assert rnd.id is not None
    a, b = store.groups(rnd.id)
    assert a.id is not None and b.id is not None
    store.add_ballots([Ballot(rnd.id, a.id, {1: 5})] * 3 + [Ballot(rnd.id, b.id, {1: 1})] * 3)
    before = store.round_counts()
    before[0].round.name = "changed by a caller"
    before[0].groups[0].name = "changed too"
    again = store.round_counts()
    assert again[0].round.name == "Runde" and again[0].groups[0].name == "A"
    assert again[0].total == before[0].total  # nothing written in between: read once
    store.add_ballot(Ballot(rnd.id, b.id, {1: 3}))
    after = store.round_counts()
    assert after[0].total.ballots == 7 and after[0].total.item(1).counts == (0, 3, 0, 1, 0, 3)
    assert after[0].group_tally(1) == store.group_tallies(rnd.id)[1][1]


def test_a_shown_groups_tally_is_read_only_when_its_figures_are_asked_for(store: WorkshopStore,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = store.add_round("Runde", groups=["A", "B"])
    assert rnd.id is not None
    for g in store.groups(rnd.id):
        assert g.id is not None
        store.add_ballots([Ballot(rnd.id, g.id, {2: 4})] * 3)
    reads: list[int] = []
    original = store.group_tallies
    monkeypatch.setattr(store, "group_tallies", lambda round_id: (reads.append(round_id), original(round_id))[1])
    ((_, result),) = store.round_results()
    assert result.stats is not None and result.stats.item(2).mean == 4.0
    assert reads == [], "the round's figures need no group's tally"
    first, second = result.groups
    assert first.stats is not None and first.stats.item(2).mean == 4.0 and first.respondents == 3
    assert second.tally == store.group_tallies(rnd.id)[1][1]
    assert reads == [rnd.id, rnd.id], "the round's groups are read once, the second read is the test's"


def test_a_groups_tally_from_before_a_write_is_refused_not_read_as_of_now(store: WorkshopStore) -> None:
    """Its figures were decided on the counts of then: read now, they could show a later ballot unvetted."""
    rnd = store.add_round("Runde", groups=["A", "B"])
    assert rnd.id is not None
    a, b = store.groups(rnd.id)
    store.add_ballots([Ballot(rnd.id, a.id or 0, {1: 2})] * 3 + [Ballot(rnd.id, b.id or 0, {1: 4})] * 3)
    ((_, result),) = store.round_results()
    store.add_ballots([Ballot(rnd.id, a.id or 0, {1: 5})] * 3)
    with pytest.raises(StaleCounts):
        _ = result.groups[0].stats
    ((_, again),) = store.round_results()
    assert again.groups[0].tally is not None and again.groups[0].tally.ballots == 6


def _round_totals_match_the_groups(store: WorkshopStore) -> None:
    kept = store.db.execute("SELECT round_id, item, value, count FROM round_tally ORDER BY 1, 2, 3").fetchall()
    summed = store.db.execute(
        "SELECT r.id, i.item, i.value, COALESCE((SELECT SUM(t.count) FROM tally t JOIN round_group g "
        "ON g.id = t.group_id WHERE g.round_id = r.id AND t.item = i.item AND t.value = i.value), 0) "
        "FROM round r, (SELECT DISTINCT item, value FROM round_tally) i ORDER BY 1, 2, 3").fetchall()
    assert [tuple(r) for r in kept] == [tuple(r) for r in summed]
    assert len(kept) == 60 * len(store.rounds()), "60 rows a round, however many answered"


def test_the_kept_round_totals_follow_every_change_of_the_groups(store: WorkshopStore) -> None:
    first = store.add_round("Første", groups=["A", "B", "C"])
    second = store.add_round("Anden", groups=["A"])
    assert first.id is not None and second.id is not None
    a, b, c = store.groups(first.id)
    store.add_ballots([Ballot(first.id, g.id or 0, {n: (n + i) % 6 for n in range(1, 11)})
                       for i, g in enumerate((a, b, c, a, b, c, a))])
    store.add_group_tally(second.id, "A", Tally.from_ballots([{1: 3}, {1: 4, 2: 0}]))
    store.import_answers("Anden", [("D", {3: 5})], "Runde")
    _round_totals_match_the_groups(store)
    with store.db.atomic():  # a group moved to another round, a group deleted, a round deleted
        store.db.execute("UPDATE round_group SET round_id = ? WHERE id = ?", [second.id, b.id])
    _round_totals_match_the_groups(store)
    store.delete(Group, c.id)
    _round_totals_match_the_groups(store)
    with store.db.atomic():
        store.db.execute("UPDATE tally SET count = count + 2 WHERE group_id = ? AND item = 1 AND value = 3", [a.id])
        store.db.execute("UPDATE round_group SET ballots = ballots + 2 WHERE id = ?", [a.id])
    _round_totals_match_the_groups(store)
    store.delete(Round, second.id)
    _round_totals_match_the_groups(store)
    ((rnd, result),) = store.round_results()
    assert rnd.name == "Første" and result.respondents == 3 + 2 == result.stats.respondents  # type: ignore[union-attr]


def test_a_total_that_does_not_hold_the_groups_ballots_is_refused() -> None:
    from vzworkshop.core.results import round_result_of

    with pytest.raises(ValueError, match="ballots"):
        round_result_of("R", [("A", 3)], Tally.empty(), 3, [], lambda i: Tally.empty())


def test_group_records_stay_usable(store: WorkshopStore) -> None:
    rnd = store.add_round("Runde", groups=["A"])
    assert rnd.id is not None
    (counts,) = store.round_counts()
    assert [g.name for g in counts.groups] == ["A"] and isinstance(counts.groups[0], Group)


def test_a_format_1_workshop_gets_its_round_totals_when_upgraded(tmp_path: Path) -> None:
    copy = tmp_path / "v1.vzw"
    shutil.copy(Path(__file__).parent / "fixtures" / "workshop_v1.vzw", copy)
    with WorkshopStore.open(copy) as store:
        _round_totals_match_the_groups(store)
        assert store.db.execute("SELECT SUM(count) FROM round_tally").fetchone()[0] > 0
        _same([res for _, res in store.round_results()], _expected(store))
