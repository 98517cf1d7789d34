"""Ctrl+E (File > Export) works while a text field has the keyboard focus, in the real app under X.

Seen in an X walk-through: on X11 Qt gives text fields Emacs' Ctrl+E (end of line) and the focused field took
the key, so Export did nothing while the facilitator was typing (the offscreen platform has no such binding,
hence a test under Xvfb + matchbox + xdotool, as tests/ui/test_walkthrough_x11.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.under_x import QUIT, START, need, run_under_x, wait_for

SCRIPT = START + wait_for("keys-test.vzw") + r"""
press() { xdotool key "$1"; sleep 0.3; }
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
""" + QUIT


@pytest.mark.slow
def test_ctrl_e_opens_export_while_typing_in_a_field(tmp_path: Path) -> None:
    need("xdotool")
    from vzworkshop.store import WorkshopStore
    from vzworkshop.store.records import Commitment, Workshop

    workshop = tmp_path / "keys-test.vzw"
    WorkshopStore.create(workshop, Workshop(organisation="Testby Kommune", language="da")).close()
    result, stderr = run_under_x(SCRIPT, tmp_path, workshop, timeout=180,
                                 EXPORT_TITLE="^Export|^Eksport")  # the UI language follows the system
    log = f"{result.stdout}\n{result.stderr}\n{stderr.read_text(errors='replace')}"
    with WorkshopStore.open(workshop) as store:
        commitment = store.get(Commitment)
    assert commitment is not None and commitment.committed_by == "Hanne", log  # the focus was in a text field
    assert "export=1" in result.stdout, log
    assert "app-still-running" not in result.stdout, log
