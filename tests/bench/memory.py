"""Memory: peak resident memory (ru_maxrss of the child, from wait4) of the app with the large workshop open and
the projector window shown, against the bare PySide6 window process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.bench.common import REPO, Figure, child_env, large_workshop, median, scale_workshop, work_dir

LIMIT_MIB = 150.0
RUNS = 3


def peak_rss_mib(args: list[str], env: dict[str, str]) -> float:
    proc = subprocess.Popen([sys.executable, *args], cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{args} failed ({proc.returncode})")
    return usage.ru_maxrss / 1024  # KiB on Linux


def main() -> None:
    folder = work_dir()
    large = large_workshop(folder / "large.vzw")
    scale = scale_workshop(folder / "scale.vzw")
    env = child_env(folder / "settings")
    bare_env = dict(env, VZWORKSHOP_EXIT_AFTER_SHOWN="1")
    bare = median([peak_rss_mib([str(Path(__file__).with_name("bare_window.py"))], bare_env) for _ in range(RUNS)])
    app = median([peak_rss_mib(["-m", "tests.bench.memory_app", str(large)], env) for _ in range(RUNS)])
    big = median([peak_rss_mib(["-m", "tests.bench.memory_app", str(scale)], env) for _ in range(RUNS)])
    Figure("Memory: peak RSS, large workshop open, projector shown", round(app, 1), "MiB",
           f"< {LIMIT_MIB:.0f} MiB", app < LIMIT_MIB, baseline=round(bare, 1), baseline_name="bare PySide6 window",
           notes=f"app - bare = {app - bare:.1f} MiB; median of {RUNS}").emit()
    Figure("Memory: peak RSS, scale workshop (100 rounds) open, projector shown", round(big, 1), "MiB",
           f"< {LIMIT_MIB:.0f} MiB", big < LIMIT_MIB, baseline=round(bare, 1), baseline_name="bare PySide6 window",
           notes=f"median of {RUNS}").emit()


if __name__ == "__main__":
    main()
