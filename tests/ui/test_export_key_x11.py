"""Ctrl+E (File > Export) works while a text field has the keyboard focus, in the real app under X.

Seen in an X walk-through: on X11 Qt gives text fields Emacs' Ctrl+E (end of line) and the focused field took
the key, so Export did nothing while the facilitator was typing (the offscreen platform has no such binding,
hence a test under Xvfb + matchbox + xdotool, as tests/ui/test_walkthrough_x11.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
press() { xdotool key "$1"; sleep 0.3; }
matchbox-window-manager -use_titlebar no 2>/dev/null &
wm=$!
sleep 0.5
"$PYTHON" -m vzworkshop "$WORKSHOP" 2>"$APP_STDERR" &
app=$!
for _ in $(seq 1 100); do
  xdotool search --name "keys-test.vzw" >/dev/null 2>&1 && break
  sleep 0.2
done
sleep 1.5
press ctrl+1; press Tab; press Tab
xdotool type --delay 30 "Hanne"; sleep 0.5
press ctrl+e
export=0
for _ in $(seq 1 25); do
  if xdotool search --onlyvisible --name "$EXPORT_TITLE" >/dev/null 2>&1; then export=1; break; fi
  sleep 0.2
done
echo "export=$export"
for w in $(xdotool search --onlyvisible --name . 2>/dev/null); do
  echo "window: $(xdotool getwindowname "$w")"
done
press Escape; sleep 0.5
press ctrl+q
for _ in $(seq 1 50); do
  kill -0 "$app" 2>/dev/null || break
  sleep 0.2
done
if kill -0 "$app" 2>/dev/null; then echo "app-still-running"; kill "$app"; fi
wait "$app" 2>/dev/null
kill "$wm" 2>/dev/null; wait "$wm" 2>/dev/null
"""


@pytest.mark.slow
def test_ctrl_e_opens_export_while_typing_in_a_field(tmp_path: Path) -> None:
    for tool in ("xvfb-run", "matchbox-window-manager", "xdotool"):
        assert shutil.which(tool), f"{tool} is needed (see .ci/run)"
    from vzworkshop.store import WorkshopStore
    from vzworkshop.store.records import Commitment, Workshop

    workshop = tmp_path / "keys-test.vzw"
    WorkshopStore.create(workshop, Workshop(organisation="Testby Kommune", language="da")).close()
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    settings = tmp_path / "settings"
    settings.mkdir()
    stderr = tmp_path / "stderr.txt"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "xcb", "PYTHON": sys.executable,
           "WORKSHOP": str(workshop), "APP_STDERR": str(stderr), "XDG_RUNTIME_DIR": str(runtime),
           "VZWORKSHOP_SETTINGS_DIR": str(settings),
           "EXPORT_TITLE": "^Export|^Eksport"}  # the UI language follows the system
    result = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "sh", "-c", SCRIPT],
                            env=env, capture_output=True, text=True, timeout=180)
    log = f"{result.stdout}\n{result.stderr}\n{stderr.read_text(errors='replace')}"
    with WorkshopStore.open(workshop) as store:
        commitment = store.get(Commitment)
    assert commitment is not None and commitment.committed_by == "Hanne", log  # the focus was in a text field
    assert "export=1" in result.stdout, log
    assert "app-still-running" not in result.stdout, log
