"""A facilitator's walk-through of participant entry in the real app under X (Xvfb + matchbox + xdotool).

`python -m vzworkshop FILE.vzw`, Ctrl+2 (Assess), F5 (participant entry), three participants answer by
keyboard (group digit, ten answers 0-5, one Backspace correction, Enter to submit), Esc + Enter ends entry,
Ctrl+Q quits. Afterwards the file, read with WorkshopStore, holds exactly the answers typed, as tallies.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.under_x import QUIT, START, need, run_under_x, wait_for

# (group number on the group screen, keys typed on the statement screens); "BackSpace" goes back one statement
BALLOTS: list[tuple[int, list[str]]] = [
    (1, ["3", "3", "5", "BackSpace", "2", "0", "4", "3", "2", "3", "4", "2"]),
    (2, ["4", "4", "3", "3", "5", "4", "3", "3", "4", "3"]),
    (1, ["2", "2", "1", "0", "2", "1", "0", "2", "2", "1"]),
]


def answers(keys: list[str]) -> list[int]:
    """What the participant ends up with: Backspace takes back the last answer."""
    result: list[int] = []
    for key in keys:
        if key == "BackSpace":
            result.pop()
        else:
            result.append(int(key))
    assert len(result) == 10
    return result


def ballot_script() -> str:
    lines = []
    for group, keys in BALLOTS:
        lines.append("press Return; sleep 0.4")  # hand-over screen: start
        lines.append(f"press {group}; sleep 0.4")  # group screen
        lines.extend(f"press {key}" for key in keys)
        lines.append("sleep 0.4; press Return; sleep 0.6")  # review screen: submit
    return "\n".join(lines)


SCRIPT = START + wait_for("walk-test.vzw") + r"""
press() { xdotool key "$1"; sleep 0.2; }
sleep 1.5
press ctrl+2; sleep 1
press F5
entry=0
for _ in $(seq 1 50); do
  if xdotool search --onlyvisible --name "$ENTRY_TITLE" >/dev/null 2>&1; then entry=1; break; fi
  sleep 0.2
done
echo "entry=$entry"
sleep 1.5
__BALLOTS__
press Escape; sleep 0.5
press Return; sleep 1.5
xdotool search --onlyvisible --name "$ENTRY_TITLE" >/dev/null 2>&1 && echo "entry-still-open"
""" + QUIT


@pytest.mark.slow
def test_three_participants_by_keyboard_end_up_as_the_files_tallies(tmp_path: Path) -> None:
    need("xdotool")
    from vzworkshop.store import WorkshopStore
    from vzworkshop.store.records import Workshop

    workshop = tmp_path / "walk-test.vzw"
    with WorkshopStore.create(workshop, Workshop(organisation="Ærø Kommune", language="da",
                                                 min_group_size=3)) as store:
        store.add_round("Første runde", groups=["Afdeling A", "Køkken og service"])
    script = SCRIPT.replace("__BALLOTS__", ballot_script())
    result, stderr = run_under_x(script, tmp_path, workshop, timeout=240,  # the UI language follows the system
                                 ENTRY_TITLE="Participant entry|Deltagerbesvarelse")
    log = f"{result.stdout}\n{result.stderr}\n{stderr.read_text(errors='replace')}"
    assert "entry=1" in result.stdout, log
    assert "entry-still-open" not in result.stdout, log
    assert "app-still-running" not in result.stdout, log
    assert stderr.read_text(errors="replace") == "", log

    expected: dict[str, dict[tuple[int, int], int]] = {"Afdeling A": {}, "Køkken og service": {}}
    names = list(expected)
    for group, keys in BALLOTS:
        for item, value in enumerate(answers(keys), start=1):
            counts = expected[names[group - 1]]
            counts[(item, value)] = counts.get((item, value), 0) + 1
    with WorkshopStore.open(workshop) as store:
        (rnd,) = store.rounds()
        assert rnd.id is not None
        tallies = {group.name: tally for group, tally in store.group_tallies(rnd.id)}
    assert {name: t.ballots for name, t in tallies.items()} == {"Afdeling A": 2, "Køkken og service": 1}, log
    for name, tally in tallies.items():
        got = {(it.item, value): n for it in tally.items for value, n in enumerate(it.counts) if n}
        assert got == expected[name], f"{name}: {got} != {expected[name]}\n{log}"
