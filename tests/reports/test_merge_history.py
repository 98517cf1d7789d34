"""`vzworkshop merge` carries the other file's history of shown figures: a round merged into an empty round
withholds exactly what the other file would; merging shown figures into a round with answers is refused."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vzworkshop.cli import main
from vzworkshop.core.disclosure_history import Shown, safe_with
from vzworkshop.core.results import RoundResult
from vzworkshop.core.tally import Ballot
from vzworkshop.reports.export import export
from vzworkshop.reports.merge import renamed
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Workshop
from vzworkshop.store.round_writes import RoundWrites

ALL = range(1, 11)


def _ballot(round_id: int, group_id: int, value: int) -> Ballot:
    return Ballot(round_id, group_id, {i: value for i in ALL})


def _other(path: Path, groups: Sequence[str], steps: Sequence[tuple[str, int, int]]) -> None:
    """A workshop with one round: steps ("add", group index, how many answers of value 1..5 = index + 1 ...),
    ("screen", 0, 0): the figures shown as a screen shows them, ("projector", 0, 0): the round alone shown."""
    with WorkshopStore.create(path, Workshop(organisation="Anden", language="da")) as other:
        rnd = other.add_round("Runde 1", groups=groups)
        assert rnd.id is not None
        ids = [g.id or 0 for g in other.groups(rnd.id)]
        for kind, index, n in steps:
            if kind == "add":
                other.add_ballots([_ballot(rnd.id, ids[index], 1 + (index + k) % 5) for k in range(n)])
            elif kind == "screen":
                other.round_result(rnd.id)
            else:
                result = other.round_result(rnd.id, remember=False)
                if not result.withheld:
                    other.record_shown(rnd.id, Shown(result.sizes, frozenset()))


def _target(path: Path, groups: Sequence[str] = ("",), answers: int = 0) -> None:
    with WorkshopStore.create(path, Workshop(organisation="Mål", language="da")) as target:
        rnd = target.add_round("Runde 1", groups=groups)
        assert rnd.id is not None
        if answers:
            target.add_ballots([_ballot(rnd.id, target.groups(rnd.id)[0].id or 0, 4)] * answers)


def _result(path: Path) -> RoundResult:
    with WorkshopStore.open(path) as store:
        rnd = store.latest_round()
        assert rnd is not None and rnd.id is not None
        return store.round_result(rnd.id, remember=False)


def _history(path: Path) -> list[Shown]:
    with WorkshopStore.open(path) as store:
        rnd = store.latest_round()
        assert rnd is not None and rnd.id is not None
        return store.shown_history(rnd.id)


def _pdf_text(store_path: Path, kind: str, out: Path) -> str:
    with WorkshopStore.open(store_path) as store:
        export(store, kind, out)
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(out).pages)


def test_a_group_shown_there_is_not_shown_here_with_one_more_answer(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """The leak: 'Lager' was shown with 5 answers in the other room, then a 6th person answered; showing
    'Lager' with 6 here would give the 6th person's answers by subtraction."""
    other, target = tmp_path / "other.vzw", tmp_path / "target.vzw"
    _other(other, ["Lager"], [("add", 0, 5), ("screen", 0, 0), ("add", 0, 1)])
    _target(target)
    assert main(["merge", str(target), str(other)]) == 0
    out = capsys.readouterr().out
    assert "Added 6 answers" in out and "Also copied: when other.vzw showed these figures (1 time(s))" in out
    result = _result(target)
    assert result.respondents == 6 and result.withheld and result.held_back
    assert all(g.withheld for g in result.groups if g.name == "Lager")
    assert _history(target) == [Shown((("", 0), ("Lager", 5)), frozenset({"Lager"}))]
    # the Lager answers are 1 x 5 and 5 x 1: a mean of 1,7 (shown by the old merge) appears nowhere
    minutes = _pdf_text(target, "minutes", tmp_path / "minutes.pdf")
    assert "Besvarelser: 6" in minutes and "1,7" not in minutes
    assert "venter på" in " ".join(minutes.split())


def test_the_round_may_show_while_the_group_compared_stays_withheld(tmp_path: Path) -> None:
    other, target = tmp_path / "other.vzw", tmp_path / "target.vzw"
    _other(other, ["Lager", "Kontor"], [("add", 0, 5), ("add", 1, 4), ("screen", 0, 0), ("add", 0, 1),
                                        ("add", 1, 3)])
    _target(target)
    assert main(["merge", str(target), str(other)]) == 0
    result = _result(target)
    assert not result.withheld and result.respondents == 13
    assert {g.name: g.withheld for g in result.groups if g.name} == {"Lager": True, "Kontor": True}
    text = " ".join(_pdf_text(target, "results", tmp_path / "results.pdf").split())
    # Lager: five answers of 1 and one of 2 (mean 1,2); Kontor: 2 and 3 (mean 2,4 .. 2,6): none shown
    assert "Lager – tilbageholdt" in text and "Lager 6" not in text and "Kontor 7" not in text


def test_pooled_as_one_group_counts_as_shown_at_every_moment(tmp_path: Path) -> None:
    other, target = tmp_path / "other.vzw", tmp_path / "target.vzw"
    _other(other, ["Lager", "Kontor"], [("add", 0, 5), ("add", 1, 4), ("projector", 0, 0), ("add", 0, 1)])
    _target(target)
    assert main(["merge", str(target), str(other), "--as-group", " Laptop 2 "]) == 0
    assert _history(target) == [Shown((("", 0), ("Laptop 2", 9)), frozenset({"Laptop 2"}))]
    result = _result(target)  # 10 after 9 was shown: the tenth answer would follow
    assert result.respondents == 10 and result.held_back


def test_renamed_strips_pools_and_joins_moments_at_the_same_counts() -> None:
    history = [Shown((("", 3),), frozenset()), Shown((("", 4),), frozenset())]
    assert renamed(history, "X") == [Shown((("X", 3),), frozenset({"X"})), Shown((("X", 4),), frozenset({"X"}))]
    split = [Shown((("A", 2), ("B", 3)), frozenset({"B"})), Shown((("A", 3), ("B", 4)), frozenset())]
    assert renamed(split, "X") == [Shown((("X", 5),), frozenset({"X"})), Shown((("X", 7),), frozenset({"X"}))]
    assert renamed(split, None) == split
    spaced = [Shown(((" A ", 2), ("A", 1)), frozenset({" A "})), Shown((("A", 3),), frozenset())]
    assert renamed(spaced, None) == [Shown((("A", 3),), frozenset({"A"}))]


def test_shown_figures_are_not_merged_into_a_round_with_answers(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    other, target = tmp_path / "other.vzw", tmp_path / "target.vzw"
    _other(other, ["Lager"], [("add", 0, 5), ("screen", 0, 0), ("add", 0, 1)])
    _target(target, groups=["Kontor"], answers=5)
    before = target.read_bytes()
    assert main(["merge", str(target), str(other), "--as-group", "Laptop 2"]) == 1
    err = capsys.readouterr().err
    assert "round 'Runde 1' in other.vzw were shown already" in err
    assert "start a new round in target.vzw and merge into that" in err
    assert target.read_bytes() == before
    assert not list(tmp_path.glob("target.vzw-*"))  # no journal left beside it either
    # never shown there: added as before (the target's own before/after check still applies)
    _other(tmp_path / "fresh.vzw", ["Lager"], [("add", 0, 6)])
    assert main(["merge", str(target), str(tmp_path / "fresh.vzw")]) == 0
    assert _result(target).respondents == 11 and _history(target) == []


def test_a_failed_merge_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    other, target = tmp_path / "other.vzw", tmp_path / "target.vzw"
    _other(other, ["Lager", "Kontor"], [("add", 0, 5), ("add", 1, 4), ("screen", 0, 0), ("add", 1, 2)])
    _target(target)

    def fail(*_: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(RoundWrites, "_insert_moments", fail)
    assert main(["merge", str(target), str(other)]) == 1
    assert "disk I/O error" in capsys.readouterr().err
    monkeypatch.undo()
    result = _result(target)
    assert result.respondents == 0 and _history(target) == []
    with WorkshopStore.open(target) as store:
        assert [g.name for g in store.groups(store.rounds()[0].id or 0)] == [""]  # no group created either
    assert main(["merge", str(target), str(other)]) == 0
    assert _result(target).respondents == 11 and len(_history(target)) == 1


STEP = st.one_of(
    st.tuples(st.just("add"), st.integers(0, 2), st.integers(1, 4)),
    st.tuples(st.sampled_from(["screen", "projector"]), st.just(0), st.just(0)),
)


@settings(max_examples=40, deadline=None)
@given(groups=st.integers(1, 3), steps=st.lists(STEP, min_size=1, max_size=9), as_group=st.booleans(),
       target_groups=st.sampled_from([(), ("",), ("A", "Z")]))
def test_after_merging_into_an_empty_round_it_shows_what_the_other_file_would(
        groups: int, steps: list[tuple[str, int, int]], as_group: bool, target_groups: tuple[str, ...]) -> None:
    names = ["A", "B", "C"][:groups]
    steps = [(kind, index % groups, n) for kind, index, n in steps]
    with tempfile.TemporaryDirectory() as folder:
        other, target = Path(folder) / "other.vzw", Path(folder) / "target.vzw"
        _other(other, names, steps)
        _target(target, groups=target_groups)
        if not any(kind == "add" for kind, _, _ in steps):
            assert main(["merge", str(target), str(other)]) == 1  # nothing to add
            return
        assert main(["merge", str(target), str(other), *(["--as-group", "X"] if as_group else [])]) == 0
        there, here = _result(other), _result(target)
        with WorkshopStore.open(other) as store:
            history = store.shown_history(store.rounds()[0].id or 0)
    assert here.respondents == there.respondents
    if as_group:
        # only the round's figures go over; never any the other file's moments would let one work out
        if not here.withheld:
            assert safe_with(history, there.sizes, frozenset(), 3)
        if not there.withheld:
            assert not here.withheld
        return
    assert (here.withheld, here.held_back, here.more_needed, here.stats) == \
        (there.withheld, there.held_back, there.more_needed, there.stats)
    answered = {name for name, n in there.sizes if n}
    assert {g.name: g for g in here.groups if g.name in answered} == \
        {g.name: g for g in there.groups if g.name in answered}
