"""Shared helpers of the benchmark suite: figures, statistics, workshop files and child processes.

Every benchmark module runs in its own fresh process (``python -m tests.bench.NAME``) and prints one JSON
line per figure, so one benchmark's imports, caches and memory never colour another's.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIGURE_PREFIX = "BENCH-FIGURE "


@dataclass
class Figure:
    """One measured figure and its target. `met` is None for figures reported only for context."""

    name: str
    value: float
    unit: str
    target: str
    met: bool | None
    baseline: float | None = None
    baseline_name: str = ""
    notes: str = ""
    extra: dict[str, float] = field(default_factory=dict)

    def emit(self) -> None:
        print(FIGURE_PREFIX + json.dumps(asdict(self)), flush=True)


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (nearest rank), p in 0..100."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return float(ordered[rank - 1])


def child_env(settings_dir: Path | None = None) -> dict[str, str]:
    """The environment of a child process: this checkout first on the path, offscreen Qt, own settings."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["VZWORKSHOP_SETTINGS_DIR"] = str(settings_dir or Path(tempfile.mkdtemp(prefix="vzbench-settings-")))
    env.pop("VZWORKSHOP_DEBUG", None)
    # Bytecode cached (as an installed app has it), outside the checkout.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "vzbench-pycache")
    return env


def work_dir() -> Path:
    """A scratch folder on the ordinary disk (not tmpfs), so durable commits really reach the disk."""
    base = Path(os.environ.get("VZBENCH_DIR", tempfile.gettempdir()))
    return Path(tempfile.mkdtemp(prefix="vzbench-", dir=base))


def large_workshop(path: Path, rounds: int = 3, ballots_per_round: int = 30, actions: int = 40) -> Path:
    """The large demo workshop (reports.demo.build_large) at `path`."""
    from vzworkshop.reports.demo import build_large
    from vzworkshop.store import WorkshopStore
    from vzworkshop.store.records import Workshop

    store = WorkshopStore.create(path, Workshop(organisation="Benchby Kommune", title="Benchmark workshop",
                                                date="2026-01-12", facilitator="Mette"))
    try:
        build_large(store, rounds=rounds, ballots_per_round=ballots_per_round, actions=actions)
    finally:
        store.close()
    return path


def scale_workshop(path: Path, rounds: int = 100, groups: int = 20, ballots: int = 10_000) -> Path:
    """A very large workshop: `rounds` rounds of `groups` groups and `ballots` ballots spread over them."""
    import random

    from vzworkshop.core.tally import ITEM_COUNT, Ballot
    from vzworkshop.store import WorkshopStore
    from vzworkshop.store.records import Workshop

    rng = random.Random(7)
    store = WorkshopStore.create(path, Workshop(organisation="Storby Kommune", title="Scale workshop",
                                                date="2026-01-12", facilitator="Mette"))
    try:
        per_round = ballots // rounds
        for r in range(rounds):
            rnd = store.add_round(f"Runde {r + 1}", kind="baseline" if r == 0 else "follow_up",
                                  groups=[f"Afdeling {g + 1}" for g in range(groups)])
            assert rnd.id is not None
            group_ids = [g.id for g in store.groups(rnd.id) if g.id is not None]
            batch = []
            for b in range(per_round):
                answers = {item: rng.choice((0, 1, 2, 3, 3, 4, 4, 5)) for item in range(1, ITEM_COUNT + 1)}
                batch.append(Ballot(rnd.id, group_ids[b % len(group_ids)], answers))
            store.add_ballots(batch)
    finally:
        store.close()
    return path


def run_child(module: str, *args: str) -> list[Figure]:
    """Run `python -m tests.bench.MODULE ARGS` and collect the figures it prints."""
    import subprocess

    proc = subprocess.run([sys.executable, "-m", f"tests.bench.{module}", *args], cwd=REPO, env=child_env(),
                          capture_output=True, text=True, timeout=1800)
    figures = []
    for line in proc.stdout.splitlines():
        if line.startswith(FIGURE_PREFIX):
            figures.append(Figure(**json.loads(line[len(FIGURE_PREFIX):])))
        else:
            print(f"  [{module}] {line}", file=sys.stderr)
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark {module} failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    return figures
