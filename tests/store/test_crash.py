"""Nothing lost: a writer killed with SIGKILL at random moments never loses a change it reported as saved,
never leaves half a ballot, and never leaves a file that fails SQLite's integrity check."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vzworkshop.store import WorkshopStore
from vzworkshop.store.files import wal_path
from vzworkshop.store.records import StepNote

REPO = Path(__file__).resolve().parents[2]
KILLS = 25

# The writer: reopens the workshop, then alternately adds full ballots (all 10 items) to two groups and edits
# a note, printing a line only after each call has RETURNED.
WRITER = """
import sys
from vzworkshop.core.tally import Ballot
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import StepNote

path, round_id, group_a, group_b, start = sys.argv[1], *map(int, sys.argv[2:])
store = WorkshopStore.open(path)
print("ready", flush=True)
i = start
while True:
    i += 1
    group = group_a if i % 2 else group_b
    store.add_ballot(Ballot(round_id, group, {item: (i + item) % 6 for item in range(1, 11)}))
    print(f"ballot {i} {group} done", flush=True)
    if i % 3 == 0:
        store.save(StepNote(step=2, notes=f"edit {i}", data_sources="x" * (i % 500)))
        print(f"edit {i} done", flush=True)
"""


def _run_and_kill(path: Path, args: list[int], delay: float, while_opening: bool) -> list[str]:
    """Start the writer and SIGKILL it `delay` seconds after it opened the workshop (or after it started, when
    `while_opening`: then the kill may land while it opens the file and folds in the last crash's WAL)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    errors = path.with_name("writer-stderr.txt")
    with errors.open("w") as err:
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), *map(str, args)],
            stdout=subprocess.PIPE, stderr=err, env=env, text=True,
        )
        assert proc.stdout is not None
        first = [] if while_opening else [proc.stdout.readline()]
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        # read the rest through the same reader: readline() may already hold later lines in its buffer
        rest = proc.stdout.read()
        proc.stdout.close()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, errors.read_text()  # it was killed, it did not fail by itself
    return "".join([*first, rest]).splitlines()


def _check(path: Path, round_id: int) -> tuple[dict[int, int], str]:
    """Open as the app would after the crash; return ballots per group and the note, checking consistency."""
    with WorkshopStore.open(path) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ballots = {}
        for group, tally in store.group_tallies(round_id):
            assert group.id is not None
            ballots[group.id] = group.ballots
            for item in tally.items:
                # every test ballot answers all 10 items: a partial ballot would break this equality
                assert sum(item.counts) == group.ballots, (group.name, item)
        note = store.get(StepNote, 2).notes
    assert not wal_path(path).exists() or wal_path(path).stat().st_size == 0
    return ballots, note


@pytest.mark.slow
def test_sigkill_during_ballots_and_edits_loses_nothing(workshop_path: Path) -> None:
    with WorkshopStore.open(workshop_path) as store:
        rnd = store.add_round("Crash", groups=("A", "B"))
        assert rnd.id is not None
        group_a, group_b = (g.id for g in store.groups(rnd.id))
    assert group_a is not None and group_b is not None
    rng = random.Random(20261123)
    counted = {group_a: 0, group_b: 0}
    last_ballot = 0
    last_edit = ""
    for kill in range(KILLS):
        while_opening = kill % 5 == 4
        delay = rng.uniform(0.05, 0.4) if while_opening else rng.uniform(0.0, 0.3)
        lines = _run_and_kill(workshop_path, [rnd.id, group_a, group_b, last_ballot], delay, while_opening)
        reported = {group_a: 0, group_b: 0}
        for line in lines:
            words = line.split()
            if words[0] == "ballot":
                reported[int(words[2])] += 1
                last_ballot = int(words[1])
            elif words[0] == "edit":
                last_edit = f"edit {words[1]}"
        ballots, note = _check(workshop_path, rnd.id)
        in_flight = 0
        for gid in counted:
            # everything reported as done is there; at most the one ballot in flight came in as well
            assert counted[gid] + reported[gid] <= ballots[gid] <= counted[gid] + reported[gid] + 1
            in_flight += ballots[gid] - counted[gid] - reported[gid]
        assert in_flight <= 1
        if in_flight:
            last_ballot += 1  # the in-flight ballot landed; the next run continues after it
        # the note is the last edit reported, or the one in flight (edits follow every third ballot)
        assert note in {last_edit, f"edit {last_ballot - last_ballot % 3}"}, (note, last_edit, last_ballot)
        last_edit = note
        counted = ballots
    assert sum(counted.values()) > KILLS  # the writer got real work done between kills
