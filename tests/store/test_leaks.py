"""Nothing leaked by the bytes on disk: the workshop file and its WAL never hold a state of the tallies from
between two ballots (which would give one person's answers by subtraction), and deleted or overwritten content
is zeroed, not left in free space."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from tests.store import sqlite_pages as sp
from vzworkshop.core.tally import Ballot, InvalidAnswer
from vzworkshop.store import WorkshopStore
from vzworkshop.store.files import wal_path
from vzworkshop.store.records import Round, StepNote, TeamMember

ALL_FIVES = {n: 5 for n in range(1, 11)}  # ballot A: unusual, so its trace would be unmistakable
ALL_ONES = {n: 1 for n in range(1, 11)}  # ballot B


def _seed(path: Path) -> tuple[int, list[int]]:
    """A round with three groups of three ballots each, so one group's page changes while others stay."""
    with WorkshopStore.open(path) as store:
        rnd = store.add_round("Runde 1", groups=("Vej", "Park", "Skole"))
        assert rnd.id is not None
        groups = [g.id for g in store.groups(rnd.id) if g.id is not None]
        for i in range(3):
            for gid in groups:
                store.add_ballot(Ballot(rnd.id, gid, {n: (i + n) % 6 for n in range(1, 11)}))
    return rnd.id, groups


def _tally_images(path: Path) -> set[bytes]:
    pages = sp.main_pages(path)
    return {pages[n] for n in sp.tree_pages(pages, sp.root_pages(path)["tally"])}


def _all_images(path: Path) -> set[bytes]:
    """Every page image on disk: the main file's pages and every frame of the WAL."""
    return set(sp.main_pages(path).values()) | {image for _, image in sp.wal_frames(path)}


def _between_a_and_b(base: Path, round_id: int, group: int, tmp: Path) -> set[bytes]:
    """The tally pages as they are after ballot A alone: the state that must not survive ballot B."""
    between = tmp / "between.vzw"
    shutil.copy(base, between)
    with WorkshopStore.open(between) as store:
        store.add_ballot(Ballot(round_id, group, ALL_FIVES))
    return _tally_images(between)


def test_file_and_wal_never_hold_the_tallies_from_between_two_ballots(workshop_path: Path, tmp_path: Path) -> None:
    round_id, groups = _seed(workshop_path)
    between = _between_a_and_b(workshop_path, round_id, groups[1], tmp_path)
    store = WorkshopStore.open(workshop_path)
    try:
        store.add_ballot(Ballot(round_id, groups[1], ALL_FIVES))
        assert wal_path(workshop_path).stat().st_size == 0  # folded into the file as the call returned
        store.save(StepNote(step=2, notes="Drøftelse af udsagn 3 " * 200))  # other edits stay in the WAL
        store.add_ballot(Ballot(round_id, groups[1], ALL_ONES))
        store.save(StepNote(step=2, notes="kortere"))
        assert wal_path(workshop_path).stat().st_size > 0  # the note is in the WAL: we do look at WAL frames
        final = _tally_images(workshop_path)
        stale = between - final
        assert stale  # A alone left a tally page different from A + B: there is something to look for
        assert not stale & _all_images(workshop_path)
    finally:
        store.close()
    assert not (between - final) & _all_images(workshop_path)
    assert sp.stale_bytes(workshop_path) == {}


def test_a_crash_before_the_fold_is_cleaned_up_when_the_file_is_next_opened(
    workshop_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    round_id, groups = _seed(workshop_path)
    store = WorkshopStore.open(workshop_path)
    store.add_ballot(Ballot(round_id, groups[0], ALL_FIVES))
    between = _tally_images(workshop_path)
    monkeypatch.setattr(store, "_fold_wal", lambda: None)  # the program dies right after the commit
    store.add_ballot(Ballot(round_id, groups[0], ALL_ONES))
    crashed = tmp_path / "crashed.vzw"
    shutil.copy(workshop_path, crashed)
    shutil.copy(wal_path(workshop_path), wal_path(crashed))
    store.close()
    # What the crash leaves: the file before B and the WAL after it, a pair that shows B by difference ...
    assert between & set(sp.main_pages(crashed).values())
    # ... until the workshop is opened again, which folds the WAL in at once
    with WorkshopStore.open(crashed) as reopened:
        assert reopened.group_tallies(round_id)[0][1].ballots == 5
        assert wal_path(crashed).stat().st_size == 0
        assert not (between - _tally_images(crashed)) & _all_images(crashed)


def test_deleted_and_overwritten_text_is_zeroed_in_the_file(store: WorkshopStore) -> None:
    secret = "Hemmelig bemærkning om en navngiven kollega"
    member = store.add(TeamMember(name="Kirsten Hansen", role=secret))
    store.save(StepNote(step=3, notes=secret * 100))  # long: spills onto overflow pages
    store.save(StepNote(step=3, notes="ny tekst"))
    rnd = store.add_round("Slettes", groups=("A", "B"))
    assert rnd.id is not None
    for g in store.groups(rnd.id):
        assert g.id is not None
        for _ in range(3):
            store.add_ballot(Ballot(rnd.id, g.id, ALL_FIVES))
    assert member.id is not None
    store.delete(TeamMember, member.id)
    store.delete(Round, rnd.id)
    store.close()
    data = store.path.read_bytes()
    assert secret[:20].encode() not in data
    assert b"Kirsten" not in data
    assert sp.stale_bytes(store.path) == {}


def _fingerprint(path: Path) -> tuple[str, str]:
    wal = wal_path(path)
    return (hashlib.sha256(path.read_bytes()).hexdigest(),
            hashlib.sha256(wal.read_bytes()).hexdigest() if wal.exists() else "")


def test_an_abandoned_or_rejected_ballot_leaves_no_trace(store: WorkshopStore) -> None:
    rnd = store.add_round("Runde")
    assert rnd.id is not None
    group = store.groups(rnd.id)[0]
    assert group.id is not None
    before = _fingerprint(store.path)
    abandoned = Ballot(rnd.id, group.id)
    for n in range(1, 11):
        abandoned.answer(n, 5)
    abandoned.clear()  # the participant walked away: the ballot is dropped, never submitted
    rejected = Ballot(rnd.id, group.id, {1: 5, 2: 4, 3: 9})  # invalid answer: the whole ballot is refused
    with pytest.raises(InvalidAnswer):
        store.add_ballot(rejected)
    assert _fingerprint(store.path) == before
    assert store.group_tallies(rnd.id)[0][1].ballots == 0
