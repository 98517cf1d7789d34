"""A full disk while saving gives SaveFailed and keeps what was saved before; a workshop open in one place is
refused everywhere else (same process or another one) with WorkshopInUse."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vzworkshop.core.tally import Ballot
from vzworkshop.store import WorkshopStore, errors
from vzworkshop.store.records import StepNote, TeamMember

REPO = Path(__file__).resolve().parents[2]


def _fill_the_disk(store: WorkshopStore) -> None:
    """SQLite's page limit stands in for a full disk: the next write needing a page fails with SQLITE_FULL."""
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_gives_a_clear_message_and_keeps_what_was_saved(workshop_path: Path) -> None:
    store = WorkshopStore.open(workshop_path)
    store.save(StepNote(step=1, notes="gemt før"))
    store.add(TeamMember(name="Jens"))
    rnd = store.add_round("Runde 1", groups=("Vej", "Park"))
    assert rnd.id is not None
    vej = store.groups(rnd.id)[0]
    assert vej.id is not None
    for value in (2, 3, 4):
        store.add_ballot(Ballot(rnd.id, vej.id, {n: value for n in range(1, 11)}))
    _fill_the_disk(store)
    with pytest.raises(errors.SaveFailed) as caught:
        store.save(StepNote(step=1, notes="ny tekst " * 5000))
    message = str(caught.value)
    assert "could not be saved" in message and "full" in message and "intact" in message
    with pytest.raises(errors.SaveFailed):  # an import needing new groups: all of it or nothing
        store.import_answers("Runde 1", [(f"Gruppe {i}", {1: 5}) for i in range(400)], "Import")
    with pytest.raises(errors.SaveFailed):
        store.add_round("Runde 2", groups=tuple(f"G{i}" for i in range(300)))
    # the store goes on working once there is room again
    store.db.execute("PRAGMA max_page_count = 1073741823")
    store.save(StepNote(step=2, notes="efter"))
    store.close()
    with WorkshopStore.open(workshop_path) as reopened:
        assert reopened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert reopened.get(StepNote, 1).notes == "gemt før"
        assert reopened.get(StepNote, 2).notes == "efter"
        assert [m.name for m in reopened.list(TeamMember)] == ["Jens"]
        assert [r.name for r in reopened.rounds()] == ["Runde 1"]
        assert [g.name for g in reopened.groups(rnd.id)] == ["Vej", "Park"]
        tally = reopened.group_tallies(rnd.id)[0][1]
        assert tally.ballots == 3
        assert tally.item(1).counts == (0, 0, 1, 1, 1, 0)


def test_a_second_store_in_the_same_process_is_refused(workshop_path: Path) -> None:
    first = WorkshopStore.open(workshop_path)
    try:
        with pytest.raises(errors.WorkshopInUse, match="already open"):
            WorkshopStore.open(workshop_path)
        first.save(StepNote(step=1, notes="stadig min"))  # the first one is unaffected
    finally:
        first.close()
    with WorkshopStore.open(workshop_path) as second:  # free again once closed
        assert second.get(StepNote, 1).notes == "stadig min"


HOLDER = """
import sys
from vzworkshop.store import WorkshopStore
store = WorkshopStore.open(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
store.close()
"""

OPENER = """
import sys
from vzworkshop.store import WorkshopStore, errors
try:
    WorkshopStore.open(sys.argv[1]).close()
    print("opened")
except errors.WorkshopFileError as exc:
    print(type(exc).__name__)
"""


def _python(code: str, path: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", code, str(path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env)


def test_a_workshop_open_in_another_program_is_refused(workshop_path: Path) -> None:
    holder = _python(HOLDER, workshop_path)
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(errors.WorkshopInUse):
            WorkshopStore.open(workshop_path)
    finally:
        holder.communicate("\n", timeout=30)
    assert holder.returncode == 0
    with WorkshopStore.open(workshop_path):  # this process holds it now: the other program is refused
        out, _ = _python(OPENER, workshop_path).communicate(timeout=30)
        assert out.strip() == "WorkshopInUse"
    out, _ = _python(OPENER, workshop_path).communicate(timeout=30)
    assert out.strip() == "opened"
