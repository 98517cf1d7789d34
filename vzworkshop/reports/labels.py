"""Printed labels (headings, column names) of the PDFs and exports, in Danish and English.

Reports never import Qt, so their fixed text lives here as plain dicts, like `summary_text.LABELS`. Method
content (items, levels, steps, hazards) still comes from `load_content`. Numbers and dates are written by
`core.formatting` (3,5 and 23.11.2026 in Danish; 3.5 and 23 Nov 2026 in English), re-exported here.
"""

from __future__ import annotations

from vzworkshop.core import formatting
from vzworkshop.core.formatting import number, signed
from vzworkshop.core.results import COMPARISON, PROTECTS, GroupResult

__all__ = ["LABELS", "date_text", "group_withheld", "labels", "number", "signed", "withheld"]

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
        "continued": "(fortsat)",
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
        "withheld_protects": "tilbageholdt, så en mindre gruppes svar ikke kan regnes ud",
        "withheld_comparison": "tilbageholdt, så ingens svar kan regnes ud ved at sammenligne med resultater vist før",
        "withheld_round": "Resultaterne er tilbageholdt: runden har færre end {n} besvarelser.",
        "held_back": "Resultaterne venter på {n} svar mere, så ingens svar kan udledes ved at sammenligne med de "
                     "resultater, der er vist før.",
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
        "round_baseline": "Udgangspunkt",
        "round_latest": "Seneste opfølgning",
        "change_note": "Ændring: fra “{first}” til “{last}”, regnet af gennemsnittene før afrunding.",
        "comparison_latest": "Tabellen viser udgangspunktet og de seneste {n} runder med svar.",
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
        "indicator": "Proaktivt mål",
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
        "s_carried": "Overført",  # an unfinished action carried into the next cycle (its copy goes on)
        "carried_from": "overført fra cyklus {c} (nr. {n})",
        "carried_to": "overført til cyklus {c} (nr. {n})",
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
        "continued": "(continued)",
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
        "withheld_protects": "withheld so that a smaller group's answers cannot be worked out",
        "withheld_comparison": "withheld so that no one's answers can be worked out by comparing with results "
                               "shown before",
        "withheld_round": "The results are withheld: the round has fewer than {n} responses.",
        "held_back": "The results wait for {n} more answer(s), so that no one's answers can be worked out by "
                     "comparing them with the results shown before.",
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
        "round_baseline": "Baseline",
        "round_latest": "Latest follow-up",
        "change_note": "Change: from “{first}” to “{last}”, worked out from the means before rounding.",
        "comparison_latest": "The table shows the baseline and the latest {n} rounds with answers.",
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
        "indicator": "Proactive leading indicator",
        "indicator_short": "Leading indicator",
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
        "s_carried": "Carried forward",
        "carried_from": "from cycle {c} (no. {n})",
        "carried_to": "carried to cycle {c} (no. {n})",
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

def labels(language: str) -> dict[str, str]:
    return LABELS["en" if language == "en" else "da"]


def date_text(iso: str, language: str) -> str:
    """23.11.2026 in Danish, 23 Nov 2026 in English; text that is not an ISO date is returned as it is."""
    return formatting.date(iso, language)


def withheld(language: str, min_size: int) -> str:
    return labels(language)["withheld"].format(n=min_size)


def group_withheld(language: str, group: GroupResult, min_size: int) -> str:
    """Why a group's figures are withheld, in the document's language: too few answers, to protect a smaller
    group (complementary suppression), or so that comparing with results shown before reveals nothing."""
    lab = labels(language)
    if group.reason == PROTECTS:
        return lab["withheld_protects"]
    if group.reason == COMPARISON:
        return lab["withheld_comparison"]
    return lab["withheld"].format(n=min_size)
