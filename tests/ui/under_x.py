"""The real app under X for the walk-through tests: `xvfb-run` with a 1366x768 screen, the matchbox window
manager, the app started with `python -m vzworkshop FILE.vzw`; scripts press keys with xdotool.

A test's shell script is `START + wait_for(title) + its own steps + QUIT` (QUIT: Ctrl+Q, then the app must end
by itself, else "app-still-running" is printed), run by `run_under_x`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# matchbox's own key bindings (its /etc/matchbox/kbdconfig) take Alt+N, Alt+P, Alt+C, Alt+D and Alt+M before the
# app sees them, which no desktop a facilitator uses does: it runs with an empty key configuration instead.
START = r"""
kbd=$(mktemp)
matchbox-window-manager -use_titlebar no -kbdconfig "$kbd" 2>/dev/null &
wm=$!
sleep 0.5
"$PYTHON" -m vzworkshop "$WORKSHOP" 2>"$APP_STDERR" &
app=$!
"""

QUIT = r"""
press ctrl+q
for _ in $(seq 1 50); do
  kill -0 "$app" 2>/dev/null || break
  sleep 0.2
done
if kill -0 "$app" 2>/dev/null; then echo "app-still-running"; kill "$app"; fi
wait "$app" 2>/dev/null
kill "$wm" 2>/dev/null; wait "$wm" 2>/dev/null
"""


def wait_for(title: str) -> str:
    """Shell lines waiting (up to 20 s) until a window titled `title` exists."""
    return f"""for _ in $(seq 1 100); do
  xdotool search --name "{title}" >/dev/null 2>&1 && break
  sleep 0.2
done
"""


def need(*tools: str) -> None:
    for tool in ("xvfb-run", "matchbox-window-manager", *tools):
        assert shutil.which(tool), f"{tool} is needed (see .ci/run)"


def run_under_x(script: str, tmp_path: Path, workshop: Path, timeout: float,
                **extra_env: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    """Run `script` (sh) under Xvfb with $PYTHON, $WORKSHOP and $APP_STDERR set, its own runtime and settings
    folders; returns the result and the file the app's stderr went to."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    settings = tmp_path / "settings"
    settings.mkdir()
    stderr = tmp_path / "stderr.txt"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "xcb", "PYTHON": sys.executable,
           "WORKSHOP": str(workshop), "APP_STDERR": str(stderr), "XDG_RUNTIME_DIR": str(runtime),
           "VZWORKSHOP_SETTINGS_DIR": str(settings), **extra_env}
    result = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "sh", "-c", script],
                            env=env, capture_output=True, text=True, timeout=timeout)
    return result, stderr
