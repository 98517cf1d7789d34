"""The start-up benchmark's in-process probe counts what it says it counts (tests/bench/startup_probe.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.bench.startup_probe import PROBE_PREFIX

REPO = Path(__file__).resolve().parents[1]
PROBE = REPO / "tests" / "bench" / "startup_probe.py"

TARGET = """
import enum
from dataclasses import dataclass

@dataclass
class One:
    a: int

@dataclass(frozen=True)
class Two:
    b: str

Colour = enum.Enum("Colour", ["RED", "GREEN"])
print("this line passes through")
print("shown: target")
print("never reached")
"""


def run_probe(target: Path) -> tuple[dict[str, float], list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, str(PROBE), str(target)], env=env, capture_output=True, text=True,
                         timeout=60, check=True).stdout.splitlines()
    figures = [json.loads(line[len(PROBE_PREFIX):]) for line in out if line.startswith(PROBE_PREFIX)]
    assert len(figures) == 1, out
    return figures[0], out


def test_probe_counts_the_targets_dataclasses_and_enums_and_stops_at_shown(tmp_path: Path) -> None:
    target = tmp_path / "target.py"
    target.write_text(TARGET, encoding="utf-8")
    figures, out = run_probe(target)
    assert figures["dataclasses"] == 2
    assert figures["enums"] == 1
    assert figures["dataclass_ms"] > 0 and figures["enum_ms"] > 0
    assert figures["pyside_import_ms"] > 0 and figures["after_import_ms"] >= figures["dataclass_ms"]
    assert "this line passes through" in out
    assert "never reached" not in out


def test_probe_runs_the_bare_window_to_its_first_paint() -> None:
    figures, _ = run_probe(REPO / "tests" / "bench" / "bare_window.py")
    assert figures["dataclasses"] == 0
    assert figures["enums"] > 0  # QApplication and QWidget bring enum classes of their own
