"""Sample workshops: a plausible demo (Danish or English) and a large one for tests and benchmarks.

Both fill an empty, freshly created workshop file through the store's ordinary methods; ballots are folded
in with `store.add_ballots`, so nothing here bypasses the anonymity rules. Random draws use fixed seeds, so
the same call always gives the same workshop.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Sequence
from typing import Any

from vzworkshop.core.tally import ITEM_COUNT, Ballot
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import (
    HORIZONS,
    PREVENTION_LEVELS,
    STATUSES,
    ActionItem,
    ActionNote,
    AgendaBlock,
    Commitment,
    Evaluation,
    HazardSelection,
    ItemAssessment,
    Plan,
    Problem,
    StepNote,
    TeamMember,
    Workshop,
)

DEMO_SEED = 2026

# Per item: the level most answers cluster around (the demo organisation is mostly reactive-to-active).
_TENDENCY = (3.0, 2.4, 3.4, 2.8, 2.0, 2.3, 2.6, 2.2, 2.9, 3.3)

_TEXT: dict[str, dict[str, Any]] = {
    "da": {
        "organisation": "Solbakken Kommune, Ældreområdet",
        "title": "Trivselsworkshop: psykisk arbejdsmiljø i Ældreområdet",
        "facilitator": "Mette Lindberg, arbejdsmiljøkonsulent",
        "committed_by": "Direktionen ved områdechef Hanne Østergaard",
        "decision": "Ledelsen forpligter sig til at afsætte tid og ressourcer til at arbejde systematisk med det "
                    "psykiske arbejdsmiljø efter Vision Zero-metoden, og til at følge op på handlingsplanen på "
                    "hvert MED-møde.",
        "team": [
            ("Hanne Østergaard", "Områdechef", "Ledelsen", True, False),
            ("Søren Kjær", "Afdelingsleder", "Hjemmeplejen", True, False),
            ("Birgitte Møller", "Social- og sundhedshjælper", "Hjemmeplejen", False, True),
            ("Jørgen Æbelø", "Køkkenleder", "Køkkenet", True, False),
            ("Amira Hassan", "Ernæringsassistent", "Køkkenet", False, False),
            ("Lise Frølund", "Administrativ medarbejder", "Administrationen", False, False),
        ],
        "round": "Første runde",
        "groups": ("Hjemmeplejen", "Køkkenet", "Administrationen"),
        "assessments": {
            1: (3, "Trivsel er på dagsordenen i MED-udvalget, men sjældent i de daglige møder."),
            5: (2, "Vi reagerer på sygefravær og klager, men kortlægger ikke risici på forhånd."),
            8: (2, "Vagtplanen lægges uden at se på arbejdspresset, især i weekender."),
            10: (3, "Medarbejderne inddrages i APV, men hører sjældent, hvad der kom ud af det."),
        },
        "data_sources": "APV 2025 (svarprocent 78 %), sygefraværsstatistik for de seneste 12 måneder, "
                        "trivselsmåling fra foråret og referater fra MED-udvalget.",
        "hazards": {
            "work_org.workload_pace": "Travlhed i morgentimerne i hjemmeplejen; ruterne er for stramme.",
            "work_org.change_management": "Ny ruteplanlægning blev indført uden at medarbejderne blev hørt.",
            "social.recognition_reward": "Få oplever at blive anerkendt for det daglige arbejde.",
            "social.violence": "Enkelte episoder med trusler fra borgere i hjemmeplejen.",
        },
        "problems": [
            ("For stramme ruter i hjemmeplejen", "Ruterne giver ikke tid til uforudsete opgaver, og "
             "medarbejderne springer pauser over.", [5, 8], ["work_org.workload_pace"], True, 3, 5, 9),
            ("Forandringer uden inddragelse", "Større ændringer besluttes uden at de berørte medarbejdere "
             "bliver hørt.", [10, 4], ["work_org.change_management"], True, 4, 4, 6),
            ("Manglende anerkendelse", "Medarbejderne savner feedback og anerkendelse fra nærmeste leder.",
             [4], ["social.recognition_reward"], None, 4, 3, 4),
        ],
        "actions": [
            ("Gennemgå og justere ruteplanerne sammen med medarbejderne",
             "Skabe luft til uforudsete opgaver og pauser", 0, "primary", "short", "Søren Kjær", 30,
             "2 timer pr. uge til planlægning", "Andel ruter med planlagt pause", "Opfølgning på MED-møde",
             "in_progress"),
            ("Fast punkt om arbejdspres på personalemøder", "Opdage overbelastning tidligt", 0, "secondary",
             "short", "Birgitte Møller", 14, "", "Antal møder med punktet", "Referater", "done"),
            ("Inddragelsesprocedure ved større forandringer", "Medarbejderne skal høres før beslutninger",
             1, "primary", "medium", "Hanne Østergaard", 90, "MED-udvalgets tid", "Procedure vedtaget",
             "Evaluering efter første forandring", "planned"),
            ("Kursus i anerkendende ledelse for alle ledere", "Styrke feedback og anerkendelse", 2, "primary",
             "medium", "Hanne Østergaard", 120, "25.000 kr. til kursus", "Andel ledere gennemført",
             "Spørgsmål i næste trivselsmåling", "planned"),
            ("Aftale om hjælp efter episoder med trusler", "Ingen skal stå alene efter en voldsom episode",
             None, "tertiary", "short", "Jørgen Æbelø", 21, "Samarbejde med psykologordning",
             "Tid fra episode til samtale", "Gennemgang af hændelser", "in_progress"),
        ],
        "notes": [
            (0, 10, "Første gennemgang af ruterne i distrikt Nord er afsluttet."),
            (0, 20, "Distrikt Syd er i gang; to ruter er allerede forlænget med 10 minutter."),
            (1, 12, "Punktet er nu fast på dagsordenen i alle tre afdelinger."),
            (4, 8, "Aftale med psykologordningen er underskrevet."),
        ],
        "long_term_goals": "Om to år vurderer vi os selv på mindst det aktive niveau på alle ti udsagn, og "
                           "sygefraværet i hjemmeplejen er faldet med en fjerdedel.",
        "plan_resources": "MED-udvalget afsætter én time pr. møde; områdechefen har afsat 60.000 kr. i 2027.",
        "agenda": [
            ("Velkomst og ledelsens engagement", 1, 15, 17 * 60),
            ("Vurdering: spørgeskemaet", 2, 25, 31 * 60),
            ("Drøftelse af resultaterne", 2, 30, 28 * 60),
            ("Pause", None, 15, 15 * 60),
            ("Prioritering af problemer", 3, 30, 36 * 60),
            ("Handlingsplan", 3, 40, None),
            ("Afrunding og næste skridt", 5, 10, None),
        ],
    },
    "en": {
        "organisation": "Sunnyhill Municipality, Elderly Care",
        "title": "Wellbeing workshop: psychosocial working environment in Elderly Care",
        "facilitator": "Mette Lindberg, OHS consultant",
        "committed_by": "Executive board, represented by area manager Hannah Ostergaard",
        "decision": "Management commits time and resources to working systematically on the psychosocial "
                    "working environment with the Vision Zero method, and to following up on the action plan "
                    "at every joint committee meeting.",
        "team": [
            ("Hannah Ostergaard", "Area manager", "Management", True, False),
            ("Simon Kerr", "Department manager", "Home care", True, False),
            ("Bridget Miller", "Care assistant", "Home care", False, True),
            ("George Abbott", "Kitchen manager", "Kitchen", True, False),
            ("Amira Hassan", "Nutrition assistant", "Kitchen", False, False),
            ("Lisa Fry", "Administrative officer", "Administration", False, False),
        ],
        "round": "Baseline",
        "groups": ("Home care", "Kitchen", "Administration"),
        "assessments": {
            1: (3, "Wellbeing is on the joint committee's agenda but rarely in daily meetings."),
            5: (2, "We react to sickness absence and complaints but do not map risks in advance."),
            8: (2, "Rosters are planned without looking at workload, especially at weekends."),
            10: (3, "Employees take part in the risk assessment but rarely hear what came of it."),
        },
        "data_sources": "Risk assessment 2025 (78 % response rate), sickness absence for the last 12 months, "
                        "the spring wellbeing survey and joint committee minutes.",
        "hazards": {
            "work_org.workload_pace": "Morning rush in home care; the routes are too tight.",
            "work_org.change_management": "New route planning was introduced without consulting staff.",
            "social.recognition_reward": "Few feel recognised for their everyday work.",
            "social.violence": "A few incidents of threats from clients in home care.",
        },
        "problems": [
            ("Routes in home care are too tight", "The routes leave no time for the unexpected, and staff skip "
             "breaks.", [5, 8], ["work_org.workload_pace"], True, 3, 5, 9),
            ("Changes without involvement", "Major changes are decided without hearing the staff affected.",
             [10, 4], ["work_org.change_management"], True, 4, 4, 6),
            ("Lack of recognition", "Staff miss feedback and recognition from their line manager.",
             [4], ["social.recognition_reward"], None, 4, 3, 4),
        ],
        "actions": [
            ("Review and adjust the routes together with staff", "Make room for the unexpected and for breaks",
             0, "primary", "short", "Simon Kerr", 30, "2 hours a week for planning",
             "Share of routes with a planned break", "Follow-up at committee meeting", "in_progress"),
            ("Standing agenda item on workload at staff meetings", "Spot overload early", 0, "secondary",
             "short", "Bridget Miller", 14, "", "Meetings with the item", "Minutes", "done"),
            ("Involvement procedure for major changes", "Staff are heard before decisions are made", 1,
             "primary", "medium", "Hannah Ostergaard", 90, "Joint committee time", "Procedure adopted",
             "Review after the first change", "planned"),
            ("Appreciative leadership course for all managers", "Strengthen feedback and recognition", 2,
             "primary", "medium", "Hannah Ostergaard", 120, "DKK 25,000 for the course",
             "Share of managers trained", "Question in the next wellbeing survey", "planned"),
            ("Agreement on support after threatening incidents", "Nobody is left alone after an incident",
             None, "tertiary", "short", "George Abbott", 21, "Psychologist scheme",
             "Time from incident to talk", "Review of incidents", "in_progress"),
        ],
        "notes": [
            (0, 10, "First review of the routes in the northern district is finished."),
            (0, 20, "Southern district under way; two routes already extended by 10 minutes."),
            (1, 12, "The item is now standing on the agenda in all three departments."),
            (4, 8, "Agreement with the psychologist scheme signed."),
        ],
        "long_term_goals": "In two years we rate ourselves at least at the active level on all ten statements, "
                           "and sickness absence in home care has fallen by a quarter.",
        "plan_resources": "The joint committee sets aside one hour per meeting; the area manager has set aside "
                          "DKK 60,000 in 2027.",
        "agenda": [
            ("Welcome and management commitment", 1, 15, 17 * 60),
            ("Assessment: the questionnaire", 2, 25, 31 * 60),
            ("Discussing the results", 2, 30, 28 * 60),
            ("Break", None, 15, 15 * 60),
            ("Prioritising problems", 3, 30, 36 * 60),
            ("Action plan", 3, 40, None),
            ("Wrap-up and next steps", 5, 10, None),
        ],
    },
}


def _answer(rng: random.Random, tendency: float) -> int | None:
    """One participant's answer to one item: mostly near the tendency, sometimes don't know or skipped."""
    roll = rng.random()
    if roll < 0.03:
        return None
    if roll < 0.10:
        return 0
    return max(1, min(5, round(rng.gauss(tendency, 0.9))))


def _ballots(rng: random.Random, round_id: int, group_id: int, n: int, shift: float = 0.0) -> list[Ballot]:
    out = []
    for _ in range(n):
        answers: dict[int, int] = {}
        for item in range(1, ITEM_COUNT + 1):
            value = _answer(rng, _TENDENCY[item - 1] + shift)
            if value is not None:
                answers[item] = value
        out.append(Ballot(round_id, group_id, answers))
    return out


def _day(base: datetime.date, days: int) -> str:
    return (base + datetime.timedelta(days=days)).isoformat()


def build_demo(store: WorkshopStore, language: str) -> None:
    """Fill an empty workshop with the demo organisation's workshop in `language` ('da' or 'en')."""
    text = _TEXT[language]
    rng = random.Random(DEMO_SEED)
    date = datetime.date(2026, 11, 23)
    ws = store.workshop()
    store.save(Workshop(
        organisation=str(text["organisation"]), title=str(text["title"]), date=date.isoformat(),
        facilitator=str(text["facilitator"]), language=language, min_group_size=ws.min_group_size,
        agenda_start="09:00", id=ws.id,
    ))
    store.save(Commitment(committed_by=str(text["committed_by"]), decision=str(text["decision"]),
                          date=_day(date, -21), team_women=4, team_men=2, team_other=0))
    for name, role, department, manager, rep in text["team"]:
        store.add(TeamMember(name=name, role=role, department=department, is_manager=manager, is_worker_rep=rep))

    groups: Sequence[str] = text["groups"]
    rnd = store.add_round(str(text["round"]), groups=groups, date=date.isoformat())
    assert rnd.id is not None
    ballots: list[Ballot] = []
    for group, n in zip(store.groups(rnd.id), (7, 2, 5), strict=True):  # Køkkenet: below the minimum
        assert group.id is not None
        ballots += _ballots(rng, rnd.id, group.id, n)
    store.add_ballots(ballots)
    for item, (level, notes) in text["assessments"].items():
        store.upsert(ItemAssessment(round_id=rnd.id, item=item, agreed_level=level, notes=notes))
    store.upsert(StepNote(step=2, data_sources=str(text["data_sources"])))
    for key, notes in text["hazards"].items():
        store.upsert(HazardSelection(hazard_key=key, notes=notes))

    problem_ids: list[int] = []
    for title, desc, items, hazards, solution, ease, cost, dots in text["problems"]:
        problem = store.add(Problem(title=title, description=desc, items=items, hazards=hazards,
                                    has_solution=solution, ease=ease, cost_of_ignoring=cost, dot_votes=dots))
        assert problem.id is not None
        problem_ids.append(problem.id)
    store.save(Plan(long_term_goals=str(text["long_term_goals"]), resources=str(text["plan_resources"])))
    action_ids: list[int] = []
    for (what, why, problem_index, level, horizon, owner, due_days, resources, indicator, method,
         status) in text["actions"]:
        action = store.add(ActionItem(
            what=what, why=why, problem_id=None if problem_index is None else problem_ids[problem_index],
            prevention_level=level, horizon=horizon, owner=owner, due=_day(date, due_days),
            resources=resources, indicator=indicator, evaluation_method=method, status=status,
        ))
        assert action.id is not None
        action_ids.append(action.id)
    for action_index, days, note in text["notes"]:
        store.add(ActionNote(action_id=action_ids[action_index], date=_day(date, days), text=note))
    for title, step, minutes, actual in text["agenda"]:
        store.add(AgendaBlock(title=title, step=step, planned_minutes=minutes, actual_seconds=actual))


def build_large(store: WorkshopStore, rounds: int = 3, ballots_per_round: int = 30, actions: int = 40,
                seed: int = 0) -> None:
    """A big workshop for tests and benchmarks: several rounds of four groups, many problems and actions."""
    rng = random.Random(seed)
    ws = store.workshop()
    lang = ws.language
    base = datetime.date(2026, 1, 12)
    group_names = ("Afdeling A", "Afdeling B", "Afdeling C", "Afdeling D") if lang == "da" else (
        "Department A", "Department B", "Department C", "Department D")
    store.save(Commitment(committed_by="Direktionen" if lang == "da" else "Executive board",
                          decision="Lorem ipsum dolor sit amet, " * 8, date=base.isoformat(),
                          team_women=5, team_men=4, team_other=1))
    for i in range(10):
        store.add(TeamMember(name=f"Person {i + 1}", role=f"Rolle {i + 1}", department=group_names[i % 4],
                             is_manager=i % 3 == 0, is_worker_rep=i == 1))
    for r in range(rounds):
        name = (f"Runde {r + 1}" if lang == "da" else f"Round {r + 1}")
        rnd = store.add_round(name, kind="baseline" if r == 0 else "follow_up", groups=group_names,
                              date=_day(base, 120 * r))
        assert rnd.id is not None
        groups = store.groups(rnd.id)
        # Uneven groups; the last one is small so the threshold rule has something to do.
        weights = (0.4, 0.3, 0.25, 0.05)
        sizes = [max(1, int(ballots_per_round * w)) for w in weights]
        sizes[0] += ballots_per_round - sum(sizes)
        ballots: list[Ballot] = []
        for group, n in zip(groups, sizes, strict=True):
            assert group.id is not None
            ballots += _ballots(rng, rnd.id, group.id, n, shift=0.3 * r)
        store.add_ballots(ballots)
        for item in range(1, ITEM_COUNT + 1):
            store.upsert(ItemAssessment(round_id=rnd.id, item=item, agreed_level=rng.randint(1, 5),
                                        notes=f"Drøftelse af udsagn {item} i runde {r + 1}. " * rng.randint(0, 3)))
    store.upsert(StepNote(step=2, data_sources="APV, sygefravær, trivselsmåling."))
    hazard_keys = ("work_org.workload_pace", "work_org.job_demands", "social.leadership", "social.support",
                   "social.bullying", "work_org.working_hours")
    for key in hazard_keys:
        store.upsert(HazardSelection(hazard_key=key, notes="Noter om faren. " * rng.randint(1, 4)))
    problem_ids = []
    for p in range(12):
        problem = store.add(Problem(
            title=f"Problem {p + 1}", description="Beskrivelse af problemet. " * rng.randint(1, 5),
            items=rng.sample(range(1, ITEM_COUNT + 1), 2), hazards=[rng.choice(hazard_keys)],
            has_solution=rng.choice((True, False, None)), ease=rng.randint(1, 5),
            cost_of_ignoring=rng.randint(1, 5), dot_votes=rng.randint(0, 12),
        ))
        assert problem.id is not None
        problem_ids.append(problem.id)
    store.save(Plan(long_term_goals="Langsigtede mål. " * 10, resources="Ressourcer. " * 5))
    for a in range(actions):
        action = store.add(ActionItem(
            what=f"Handling {a + 1}: " + "gør noget konkret ved problemet " * rng.randint(1, 4),
            why="Fordi det er vigtigt. " * rng.randint(1, 3), problem_id=rng.choice(problem_ids),
            prevention_level=rng.choice(PREVENTION_LEVELS), horizon=rng.choice(HORIZONS),
            owner=f"Person {rng.randint(1, 10)}", due=_day(base, rng.randint(10, 400)),
            resources="Tid og penge. " * rng.randint(0, 3), budget="10.000 kr.",
            indicator="Indikator. " * rng.randint(1, 3), evaluation_method="Evalueringsmetode. " * rng.randint(1, 2),
            status=rng.choice(STATUSES), obstacles="Forhindringer. " * rng.randint(0, 2),
            happened=rng.choice((True, False, None)), effect="Effekt. " * rng.randint(0, 2),
        ))
        assert action.id is not None
        for n in range(rng.randint(0, 3)):
            store.add(ActionNote(action_id=action.id, date=_day(base, 30 * (n + 1)), text="Fremskridt. " * 3))
    store.save(Evaluation(lessons="Erfaringer fra cyklussen. " * 6, next_cycle="Næste cyklus. " * 4))
    for b in range(8):
        store.add(AgendaBlock(title=f"Punkt {b + 1}", step=(b % 5) + 1, planned_minutes=15 + 5 * (b % 3),
                              actual_seconds=(900 + 60 * b) if b < 5 else None))
