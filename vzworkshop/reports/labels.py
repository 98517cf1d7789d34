"""Printed labels (headings, column names) of the PDFs and exports, in Danish and English.

Reports never import Qt, so their fixed text lives here as plain dicts, like `summary_text.LABELS`. Method
content (items, levels, steps, hazards) still comes from `load_content`. Also: numbers and dates written
the way each language writes them (3,5 and 23.11.2026 in Danish; 3.5 and 23 Nov 2026 in English).
"""

from __future__ import annotations

import datetime

LABELS: dict[str, dict[str, str]] = {
    "da": {
        # documents
        "minutes": "Referat",
        "action_plan": "Handlingsplan",
        "questionnaire": "Spørgeskema",
        "results": "Resultater",
        "agenda": "Dagsorden",
        "subject": "Vision Zero-workshop om psykisk arbejdsmiljø og trivsel",
        "page": "Side {page} af {pages}",
        "source": "Kilde",
        "printed": "Udskrevet {date}",
        # workshop facts
        "organisation": "Organisation",
        "date": "Dato",
        "facilitator": "Facilitator",
        "step": "Trin {n}",
        # step 1
        "committed_by": "Ledelsens engagement ved",
        "decision": "Beslutning",
        "commitment_date": "Besluttet",
        "team": "Arbejdsmiljøteamet",
        "team_composition": "Sammensætning",
        "women": "kvinder",
        "men": "mænd",
        "other": "andre",
        "name": "Navn",
        "role": "Rolle",
        "department": "Afdeling",
        "manager": "Leder",
        "worker_rep": "AM-repræsentant",
        "yes": "ja",
        "no": "nej",
        "unknown": "ved ikke",
        "none_yet": "Intet registreret endnu.",
        # step 2
        "round": "Runde",
        "respondents": "Besvarelser",
        "overall": "Samlet gennemsnit",
        "level": "Niveau",
        "between": "mellem {low} og {high}",
        "at_level": "på {level}",
        "item_no": "Nr.",
        "item": "Udsagn",
        "mean": "Gns.",
        "answered": "Svar 1-5",
        "dont_know": "Ved ikke",
        "distribution": "Fordeling 1-5",
        "agreed": "Samlet vurdering",
        "notes": "Noter",
        "withheld": "tilbageholdt (færre end {n} svar)",
        "withheld_round": "Resultaterne er tilbageholdt: runden har færre end {n} besvarelser.",
        "groups": "Grupper",
        "group": "Gruppe",
        "no_group": "(uden gruppe)",
        "group_means": "Gennemsnit pr. gruppe og udsagn",
        "withheld_groups": "Tilbageholdt for at beskytte anonymiteten (færre end {n} svar, "
                           "eller kunne beregnes ved fratrækning): {names}.",
        "data_sources": "Datakilder",
        "hazards": "Psykosociale farer",
        "hazard": "Fare",
        "category": "Kategori",
        "step_notes": "Noter",
        "no_rounds": "Der er endnu ikke gennemført nogen vurdering.",
        "comparison": "Sammenligning med tidligere runder",
        "change": "Ændring",
        # step 3
        "problems": "Prioriterede problemer og muligheder",
        "rank": "Prioritet",
        "problem": "Problem",
        "description": "Beskrivelse",
        "items": "Udsagn",
        "solution": "Løsning?",
        "ease": "Lethed",
        "cost": "Omkostning ved at lade være",
        "dots": "Stemmer",
        "score": "Point",
        "manual": "placeret manuelt",
        "long_term_goals": "Langsigtede mål",
        "plan_resources": "Ressourcer",
        "actions_summary": "Handlingsplan (oversigt)",
        # actions
        "what": "Hvad",
        "why": "Hvorfor",
        "prevention_level": "Forebyggelsesniveau",
        "prevention_level_short": "Forebyggelse",
        "horizon": "Tidshorisont",
        "owner": "Ansvarlig",
        "due": "Frist",
        "resources": "Ressourcer",
        "indicator": "Indikator",
        "evaluation_method": "Evaluering",
        "status": "Status",
        "progress": "Fremskridt",
        "obstacles": "Forhindringer",
        "happened": "Gennemført",
        "effect": "Effekt",
        "indicator_values": "Målte værdier",
        "no_actions": "Handlingsplanen har endnu ingen handlinger.",
        "h_short": "Kort sigt",
        "h_medium": "Mellemlangt sigt",
        "h_long": "Langt sigt",
        "s_planned": "Planlagt",
        "s_in_progress": "I gang",
        "s_done": "Gennemført",
        "s_dropped": "Opgivet",
        "p_primary": "Primær",
        "p_secondary": "Sekundær",
        "p_tertiary": "Tertiær",
        # steps 4-5
        "implementation": "Status for handlingerne",
        "evaluation": "Evaluering",
        "lessons": "Erfaringer",
        "next_cycle": "Næste cyklus",
        # agenda
        "agenda_plan": "Dagsorden: planlagt og faktisk tid",
        "time": "Tid",
        "block": "Punkt",
        "planned": "Planlagt",
        "actual": "Faktisk",
        "minutes_short": "{n} min.",
        "total": "I alt",
        # questionnaire
        "anonymity_title": "Din besvarelse er anonym",
        "anonymity": "Du skriver ikke dit navn på skemaet. Besvarelserne tælles kun sammen, og resultater for "
                     "en gruppe vises kun, når mindst {n} har svaret. Der findes ingen rigtige eller forkerte svar: "
                     "sæt ét kryds ved hvert udsagn ud for den beskrivelse, der passer bedst på din arbejdsplads, "
                     "som den er i dag. Sæt kryds ved 0, hvis du ikke ved det.",
        "how_to": "Sådan svarer du",
        "group_field": "Afdeling/gruppe (valgfrit):",
        "thanks": "Tak for din besvarelse.",
        # results handout
        "priorities": "De vigtigste prioriteter",
        "per_item": "Gennemsnit pr. udsagn",
    },
    "en": {
        "minutes": "Minutes",
        "action_plan": "Action plan",
        "questionnaire": "Questionnaire",
        "results": "Results",
        "agenda": "Agenda",
        "subject": "Vision Zero workshop on psychosocial wellbeing",
        "page": "Page {page} of {pages}",
        "source": "Source",
        "printed": "Printed {date}",
        "organisation": "Organisation",
        "date": "Date",
        "facilitator": "Facilitator",
        "step": "Step {n}",
        "committed_by": "Management commitment by",
        "decision": "Decision",
        "commitment_date": "Decided",
        "team": "Working environment team",
        "team_composition": "Composition",
        "women": "women",
        "men": "men",
        "other": "other",
        "name": "Name",
        "role": "Role",
        "department": "Department",
        "manager": "Manager",
        "worker_rep": "Worker rep.",
        "yes": "yes",
        "no": "no",
        "unknown": "don't know",
        "none_yet": "Nothing recorded yet.",
        "round": "Round",
        "respondents": "Responses",
        "overall": "Overall average",
        "level": "Level",
        "between": "between {low} and {high}",
        "at_level": "at {level}",
        "item_no": "No.",
        "item": "Statement",
        "mean": "Mean",
        "answered": "Answers 1-5",
        "dont_know": "Don't know",
        "distribution": "Distribution 1-5",
        "agreed": "Agreed level",
        "notes": "Notes",
        "withheld": "withheld (fewer than {n} answers)",
        "withheld_round": "The results are withheld: the round has fewer than {n} responses.",
        "groups": "Groups",
        "group": "Group",
        "no_group": "(no group)",
        "group_means": "Mean per group and statement",
        "withheld_groups": "Withheld to protect anonymity (fewer than {n} answers, or derivable by "
                           "subtraction): {names}.",
        "data_sources": "Data sources",
        "hazards": "Psychosocial hazards",
        "hazard": "Hazard",
        "category": "Category",
        "step_notes": "Notes",
        "no_rounds": "No assessment has been made yet.",
        "comparison": "Comparison with earlier rounds",
        "change": "Change",
        "problems": "Prioritised problems and opportunities",
        "rank": "Rank",
        "problem": "Problem",
        "description": "Description",
        "items": "Statements",
        "solution": "Solution?",
        "ease": "Ease",
        "cost": "Cost of ignoring",
        "dots": "Votes",
        "score": "Score",
        "manual": "placed by hand",
        "long_term_goals": "Long-term goals",
        "plan_resources": "Resources",
        "actions_summary": "Action plan (summary)",
        "what": "What",
        "why": "Why",
        "prevention_level": "Prevention level",
        "prevention_level_short": "Prevention",
        "horizon": "Horizon",
        "owner": "Owner",
        "due": "Due",
        "resources": "Resources",
        "indicator": "Indicator",
        "evaluation_method": "Evaluation",
        "status": "Status",
        "progress": "Progress",
        "obstacles": "Obstacles",
        "happened": "Carried out",
        "effect": "Effect",
        "indicator_values": "Measured values",
        "no_actions": "The action plan has no actions yet.",
        "h_short": "Short term",
        "h_medium": "Medium term",
        "h_long": "Long term",
        "s_planned": "Planned",
        "s_in_progress": "In progress",
        "s_done": "Done",
        "s_dropped": "Dropped",
        "p_primary": "Primary",
        "p_secondary": "Secondary",
        "p_tertiary": "Tertiary",
        "implementation": "Status of the actions",
        "evaluation": "Evaluation",
        "lessons": "Lessons learned",
        "next_cycle": "Next cycle",
        "agenda_plan": "Agenda: planned and actual time",
        "time": "Time",
        "block": "Item",
        "planned": "Planned",
        "actual": "Actual",
        "minutes_short": "{n} min",
        "total": "Total",
        "anonymity_title": "Your answers are anonymous",
        "anonymity": "Do not write your name on the form. Answers are only counted together, and a group's "
                     "results are only shown when at least {n} people have answered. There are no right or wrong "
                     "answers: for each statement tick the one description that best fits your workplace as it "
                     "is today. Tick 0 if you don't know.",
        "how_to": "How to answer",
        "group_field": "Department/group (optional):",
        "thanks": "Thank you for your answers.",
        "priorities": "Top priorities",
        "per_item": "Mean per statement",
    },
}

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def labels(language: str) -> dict[str, str]:
    return LABELS["en" if language == "en" else "da"]


def number(value: float | None, language: str, digits: int = 1) -> str:
    """A figure as the language writes it: 3,5 in Danish, 3.5 in English; '–' for no value."""
    if value is None:
        return "–"
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if language == "da" else text


def signed(value: float | None, language: str, digits: int = 1) -> str:
    if value is None:
        return "–"
    text = number(value, language, digits)
    return text if value < 0 or text.lstrip("0,.") == "" else "+" + text


def date_text(iso: str, language: str) -> str:
    """23.11.2026 in Danish, 23 Nov 2026 in English; text that is not an ISO date is returned as it is."""
    try:
        day = datetime.date.fromisoformat(iso.strip())
    except ValueError:
        return iso
    if language == "en":
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def withheld(language: str, min_size: int) -> str:
    return labels(language)["withheld"].format(n=min_size)
