"""Plain records of the workshop file, one dataclass per table, named in the method's own words.

`TABLE` names the table; fields map one-to-one to columns. Lists (a problem's items and hazards) are
stored as JSON. `id` is None until a record has been added.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar


@dataclass
class Workshop:
    """The workshop: who it is for, when, in which language, and its minimum group size for showing figures."""

    TABLE: ClassVar[str] = "workshop"
    organisation: str
    title: str = ""
    date: str = ""  # ISO yyyy-mm-dd
    facilitator: str = ""
    language: str = "da"
    min_group_size: int = 3
    agenda_start: str = ""  # hh:mm
    projector_live: bool = False  # the projector follows the answers live; else hidden until revealed
    id: int | None = 1


@dataclass
class Commitment:
    """Step 1: the management's decision to run the process, and the team's make-up by gender."""

    TABLE: ClassVar[str] = "commitment"
    committed_by: str = ""
    decision: str = ""
    date: str = ""
    team_women: int | None = None
    team_men: int | None = None
    team_other: int | None = None
    id: int | None = 1


@dataclass
class TeamMember:
    """A member of the working-environment team (step 1)."""

    TABLE: ClassVar[str] = "team_member"
    name: str = ""
    role: str = ""
    department: str = ""
    is_manager: bool = False
    is_worker_rep: bool = False
    position: int = 0
    id: int | None = None


@dataclass
class StepNote:
    """A step's notes, its data sources and the facilitator's own notes (never shown to the room)."""

    TABLE: ClassVar[str] = "step_note"
    KEY: ClassVar[str] = "step"
    step: int = 1
    notes: str = ""
    data_sources: str = ""
    facilitator_notes: str = ""  # never shown on the projector or in participant mode


@dataclass
class Round:
    """A round of the questionnaire: the baseline assessment (step 2) or a follow-up (step 5)."""

    TABLE: ClassVar[str] = "round"
    name: str = ""
    kind: str = "baseline"  # baseline | follow_up
    date: str = ""
    notes: str = ""
    position: int = 0
    id: int | None = None


@dataclass
class Group:
    """A group (department) of a round. A round without groups has one group named ''."""

    TABLE: ClassVar[str] = "round_group"
    round_id: int = 0
    name: str = ""
    ballots: int = 0  # read-only here: only ballots change it
    position: int = 0
    id: int | None = None


@dataclass
class ItemAssessment:
    """The group's agreed level for an item in a round ("samlet vurdering") and the discussion notes."""

    TABLE: ClassVar[str] = "item_assessment"
    KEYS: ClassVar[tuple[str, ...]] = ("round_id", "item")
    round_id: int = 0
    item: int = 1
    agreed_level: int | None = None
    notes: str = ""


@dataclass
class HazardSelection:
    """An ISO 45003 hazard chosen as relevant to this workplace, with notes (step 2)."""

    TABLE: ClassVar[str] = "hazard_selection"
    KEY: ClassVar[str] = "hazard_key"
    hazard_key: str = ""
    notes: str = ""


@dataclass
class Problem:
    """A problem found in the assessment, with what it concerns and how it was prioritised (step 3)."""

    TABLE: ClassVar[str] = "problem"
    title: str = ""
    description: str = ""
    items: list[int] = field(default_factory=list)
    hazards: list[str] = field(default_factory=list)
    has_solution: bool | None = None
    ease: int | None = None  # 1-5, 5 = very easy
    cost_of_ignoring: int | None = None  # 1-5, 5 = very costly to ignore
    dot_votes: int = 0
    rank_override: int | None = None
    position: int = 0
    id: int | None = None


@dataclass
class Plan:
    """The action plan's long-term goals and resources (step 3)."""

    TABLE: ClassVar[str] = "plan"
    long_term_goals: str = ""
    resources: str = ""
    id: int | None = 1


PREVENTION_LEVELS = ("primary", "secondary", "tertiary")
HORIZONS = ("short", "medium", "long")
STATUSES = ("planned", "in_progress", "done", "dropped")


@dataclass
class ActionItem:
    """An action of the plan: what, why, who, by when, and later what happened and its effect."""

    TABLE: ClassVar[str] = "action_item"
    what: str = ""
    why: str = ""
    problem_id: int | None = None
    prevention_level: str = "primary"
    horizon: str = "short"
    owner: str = ""
    due: str = ""  # ISO date
    resources: str = ""
    budget: str = ""
    indicator: str = ""
    evaluation_method: str = ""
    status: str = "planned"
    obstacles: str = ""
    happened: bool | None = None
    effect: str = ""
    indicator_values: str = ""
    carried_from: int | None = None
    cycle: int = 1
    position: int = 0
    id: int | None = None


@dataclass
class ActionNote:
    """A dated note on how an action is going (step 4)."""

    TABLE: ClassVar[str] = "action_note"
    action_id: int = 0
    date: str = ""
    text: str = ""
    id: int | None = None


@dataclass
class Evaluation:
    """Step 5: the lessons learned and what the next cycle takes up."""

    TABLE: ClassVar[str] = "evaluation"
    lessons: str = ""
    next_cycle: str = ""
    id: int | None = 1


@dataclass
class AgendaBlock:
    """A block of the workshop's agenda, its planned minutes and the time it took."""

    TABLE: ClassVar[str] = "agenda_block"
    title: str = ""
    step: int | None = None
    planned_minutes: int = 10
    notes: str = ""
    actual_seconds: int | None = None
    position: int = 0
    id: int | None = None


SINGLETONS = (Workshop, Commitment, Plan, Evaluation)
LISTS = (TeamMember, Round, Group, Problem, ActionItem, ActionNote, AgendaBlock)
