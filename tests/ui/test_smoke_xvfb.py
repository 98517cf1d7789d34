"""The real command `python -m vzworkshop FILE.vzw` under Xvfb with a window manager: the window appears."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
matchbox-window-manager -use_titlebar no 2>/dev/null &
wm=$!
sleep 0.5
"$PYTHON" -m vzworkshop "$WORKSHOP" 2>"$APP_STDERR" &
app=$!
found=0
for _ in $(seq 1 100); do
  if xwininfo -root -tree 2>/dev/null | grep -q "smoke-test.vzw"; then found=1; break; fi
  if ! kill -0 "$app" 2>/dev/null; then break; fi
  sleep 0.2
done
xwininfo -root -tree > "$TREE" 2>&1
kill "$app" 2>/dev/null; wait "$app" 2>/dev/null
kill "$wm" 2>/dev/null; wait "$wm" 2>/dev/null
echo "found=$found"
"""


@pytest.mark.slow
def test_the_app_opens_a_workshop_window_under_x(tmp_path: Path) -> None:
    for tool in ("xvfb-run", "matchbox-window-manager", "xwininfo"):
        assert shutil.which(tool), f"{tool} is needed (see .ci/run)"
    from vzworkshop.store import WorkshopStore
    from vzworkshop.store.records import Workshop

    workshop = tmp_path / "smoke-test.vzw"
    WorkshopStore.create(workshop, Workshop(organisation="Røgtest Kommune")).close()
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "xcb", "PYTHON": sys.executable,
           "WORKSHOP": str(workshop), "APP_STDERR": str(tmp_path / "stderr.txt"), "TREE": str(tmp_path / "tree"),
           "XDG_RUNTIME_DIR": str(runtime)}
    result = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "sh", "-c", SCRIPT],
                            env=env, capture_output=True, text=True, timeout=120)
    tree = (tmp_path / "tree").read_text(errors="replace")
    stderr = (tmp_path / "stderr.txt").read_text(errors="replace")
    assert "found=1" in result.stdout, f"no window titled smoke-test.vzw\n{tree}\n{stderr}\n{result.stderr}"
    assert "Røgtest Kommune" in tree or "R\\303\\270gtest" in tree or "gtest Kommune" in tree
    assert stderr == "", stderr
