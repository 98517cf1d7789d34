"""The names a new round gets unless the facilitator types another: in the WORKSHOP's language (they print in
the PDFs), not the app's. One place for the UI (new round, first participant entry, follow-up in step 5) and
the command line. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable

BASELINE = "baseline"
FOLLOW_UP = "follow_up"
ROUND = "round"  # a further round of no particular kind

_NAMES = {
    "da": {BASELINE: "Første runde", FOLLOW_UP: "Opfølgning {n}", ROUND: "Runde {n}"},
    "en": {BASELINE: "Baseline", FOLLOW_UP: "Follow-up {n}", ROUND: "Round {n}"},
}


def default_round_name(language: str, kind: str, n: int = 1) -> str:
    """"Første runde" / "Baseline" (n > 1: "Første runde 2"), "Opfølgning 2" / "Follow-up 2", "Runde 3" /
    "Round 3". Unknown languages get English, unknown kinds the plain numbered round."""
    names = _NAMES.get(language, _NAMES["en"])
    pattern = names.get(kind, names[ROUND])
    if "{n}" in pattern:
        return pattern.format(n=n)
    return pattern if n <= 1 else f"{pattern} {n}"


def unused_round_name(language: str, kind: str, taken: Iterable[str], n: int = 1) -> str:
    """The default name from number `n` up that no round in `taken` has yet (compared case-insensitively)."""
    used = {name.strip().casefold() for name in taken}
    name = default_round_name(language, kind, n)
    while name.casefold() in used:
        n += 1
        name = default_round_name(language, kind, n)
    return name
