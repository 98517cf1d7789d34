"""What a write changed, so pages redraw only what they show (Anki's OpChanges, slimmed)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    workshop: bool = False  # title, organisation, language, minimum group size ...
    team: bool = False  # commitment and the working-environment team
    rounds: bool = False  # rounds and groups added, renamed, removed
    ballots: bool = False  # a ballot was added or answers imported
    assessment: bool = False  # agreed levels, item notes, data sources, step notes, hazards
    problems: bool = False
    actions: bool = False  # action items, progress notes, plan, evaluation
    agenda: bool = False
    round_id: int | None = None

    def __or__(self, other: Changes) -> Changes:
        merged = {
            f.name: getattr(self, f.name) or getattr(other, f.name)
            for f in dataclasses.fields(self)
            if f.name != "round_id"
        }
        return Changes(**merged, round_id=self.round_id if self.round_id is not None else other.round_id)

    def any(self) -> bool:
        return any(getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "round_id")


EVERYTHING = Changes(True, True, True, True, True, True, True, True)
