"""Start-up: `python -m vzworkshop FILE.vzw` (the large workshop) until its window is shown and idle, against a
bare PySide6 script showing one empty window; fresh processes, alternating, medians."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from tests.bench.common import REPO, Figure, child_env, large_workshop, median, work_dir

RUNS = 9
TARGET_RATIO = 1.5


def time_to_shown(args: list[str], env: dict[str, str]) -> float:
    """Seconds from starting the process until it prints "shown: ..." (it quits right after)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *args], cwd=REPO, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    shown = None
    for line in proc.stdout:
        if line.startswith("shown: "):
            shown = time.perf_counter() - start
            break
    proc.wait(timeout=60)
    if shown is None:
        raise RuntimeError(f"{args} never printed 'shown:' (exit {proc.returncode})")
    return shown


def main() -> None:
    folder = work_dir()
    path = large_workshop(folder / "large.vzw")
    env = child_env(folder / "settings")
    env["VZWORKSHOP_EXIT_AFTER_SHOWN"] = "1"
    app_args = ["-m", "vzworkshop", str(path)]
    bare_args = [str(Path(__file__).with_name("bare_window.py"))]
    minimal_args = [str(Path(__file__).with_name("minimal_window.py"))]
    for args in (bare_args, minimal_args, app_args):  # warm up: bytecode cached, files in the page cache
        time_to_shown(args, env)
    bare: list[float] = []
    minimal: list[float] = []
    app: list[float] = []
    for _ in range(RUNS):  # alternate, so a busy moment on a shared machine hits all three
        bare.append(time_to_shown(bare_args, env))
        minimal.append(time_to_shown(minimal_args, env))
        app.append(time_to_shown(app_args, env))
    ratio = median(app) / median(bare)
    floor = median(minimal) / median(bare)
    Figure("Start-up (large workshop, window shown and idle)", round(median(app) * 1000, 1), "ms",
           f"<= {TARGET_RATIO}x bare window", ratio <= TARGET_RATIO, baseline=round(median(bare) * 1000, 1),
           baseline_name="bare PySide6 window",
           notes=f"ratio {ratio:.2f}x; a minimal real window without app code: {floor:.2f}x; {RUNS} runs each, "
                 "medians",
           extra={"ratio": round(ratio, 3), "minimal_window_ratio": round(floor, 3),
                  "minimal_window_ms": round(median(minimal) * 1000, 1), "app_min_ms": round(min(app) * 1000, 1),
                  "bare_min_ms": round(min(bare) * 1000, 1)}).emit()


if __name__ == "__main__":
    main()
