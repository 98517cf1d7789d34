"""Start-up: `python -m vzworkshop FILE.vzw` (the large workshop) until its window is shown and idle, against a
bare PySide6 script showing one empty window; fresh processes, alternating, medians."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.common import REPO, Figure, child_env, large_workshop, median, work_dir
from tests.bench.startup_probe import PROBE_PREFIX

RUNS = 9
PROBE_RUNS = 3
TARGET_RATIO = 1.5
PROBE = Path(__file__).with_name("startup_probe.py")


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


def probe(args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Medians of `startup_probe.py`'s in-process figures (see there) over PROBE_RUNS fresh processes."""
    runs: list[dict[str, float]] = []
    for _ in range(PROBE_RUNS):
        out = subprocess.run([sys.executable, str(PROBE), *args], cwd=REPO, env=env, capture_output=True, text=True,
                             timeout=60).stdout
        line = next((x for x in out.splitlines() if x.startswith(PROBE_PREFIX)), None)
        if line is None:
            raise RuntimeError(f"the start-up probe of {args} printed no figures")
        runs.append(json.loads(line[len(PROBE_PREFIX):]))
    return {key: round(median([run[key] for run in runs]), 1) for key in runs[0]}


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
    bare_probe, minimal_probe, app_probe = (probe(args, env) for args in (bare_args, minimal_args, app_args))
    ratio = median(app) / median(bare)
    floor = median(minimal) / median(bare)
    over_minimal = median(app) / median(minimal)
    Figure("Start-up (large workshop, window shown and idle)", round(median(app) * 1000, 1), "ms",
           f"<= {TARGET_RATIO}x bare window", ratio <= TARGET_RATIO, baseline=round(median(bare) * 1000, 1),
           baseline_name="bare PySide6 window",
           notes=f"ratio {ratio:.2f}x; a minimal real window without app code: {floor:.2f}x, and the app "
                 f"{over_minimal:.2f}x that window; {RUNS} runs each, medians. "
                 f"In the process, after PySide's import ({bare_probe['pyside_import_ms']:g} ms in the bare "
                 f"window): bare window {bare_probe['after_import_ms']:g} ms, minimal window "
                 f"{minimal_probe['after_import_ms']:g} ms, app {app_probe['after_import_ms']:g} ms; of which Python "
                 f"creating PySide's enum classes: {bare_probe['enum_ms']:g} / {minimal_probe['enum_ms']:g} / "
                 f"{app_probe['enum_ms']:g} ms, dataclasses (app) {app_probe['dataclass_ms']:g} ms",
           extra={"ratio": round(ratio, 3), "minimal_window_ratio": round(floor, 3),
                  "app_vs_minimal_window_ratio": round(over_minimal, 3),
                  "minimal_window_ms": round(median(minimal) * 1000, 1), "app_min_ms": round(min(app) * 1000, 1),
                  "bare_min_ms": round(min(bare) * 1000, 1),
                  **{f"{who}_{key}": value for who, figures in (("bare", bare_probe), ("minimal", minimal_probe),
                                                                ("app", app_probe)) for key, value in figures.items()}}
           ).emit()


if __name__ == "__main__":
    main()
