"""The command line's `summary`: a JSON object, or a readable table in the workshop's language."""

from __future__ import annotations

from typing import Any

from vzworkshop.core import formatting
from vzworkshop.core.content import MethodContent, load_content
from vzworkshop.core.results import COMPARISON, FEW, PROTECTS, RoundResult
from vzworkshop.core.scoring import ItemStats, TallyStats
from vzworkshop.core.staircase import placement
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Round

LABELS = {
    "da": {
        "round": "Runde", "respondents": "Besvarelser", "overall": "Samlet gennemsnit", "level": "Niveau",
        "item": "Udsagn", "mean": "Gns.", "answered": "Svar 1-5", "dont_know": "Ved ikke",
        "skipped": "Sprunget over", "withheld": "tilbageholdt (færre end {n} svar)", "group": "Gruppe",
        "group_withheld": "tilbageholdt af hensyn til anonymiteten (mindst {n} svar pr. gruppe)",
        "no_rounds": "Ingen runder endnu.", "no_group": "(uden gruppe)",
        "held_back": "venter på {n} svar mere (ellers kunne de seneste svar udledes ved sammenligning)",
        "protects": "tilbageholdt, så en mindre gruppes svar ikke kan regnes ud",
        "comparison": "tilbageholdt, så ingens svar kan regnes ud ved at sammenligne med resultater vist før",
    },
    "en": {
        "round": "Round", "respondents": "Responses", "overall": "Overall average", "level": "Level",
        "item": "Statement", "mean": "Mean", "answered": "Answers 1-5", "dont_know": "Don't know",
        "skipped": "Skipped", "withheld": "withheld (fewer than {n} answers)", "group": "Group",
        "group_withheld": "withheld to protect anonymity (at least {n} answers per group)",
        "no_rounds": "No rounds yet.", "no_group": "(no group)",
        "held_back": "waits for {n} more answer(s) (else the latest answers could be worked out by comparison)",
        "protects": "withheld so that a smaller group's answers cannot be worked out",
        "comparison": "withheld so that no one's answers can be worked out by comparing with results shown before",
    },
}


def number(value: float | None, language: str, digits: int = 2) -> str:
    return formatting.number(value, language, digits)


def results_for(store: WorkshopStore, rnd: Round) -> RoundResult:
    assert rnd.id is not None
    return store.round_result(rnd.id)


def _items_json(stats: TallyStats | None, content: MethodContent) -> list[dict[str, Any]]:
    out = []
    for n in range(1, 11):
        s: ItemStats | None = stats.item(n) if stats else None
        out.append({
            "item": n,
            "title": content.item(n).title,
            "mean": None if s is None or s.mean is None else round(s.mean, 4),
            "answered": s.answered if s else None,
            "dont_know": s.dont_know if s else None,
            "skipped": s.skipped if s else None,
            "counts": {str(v): (s.counts[v] if s else None) for v in range(6)},
        })
    return out


def _level(mean: float | None) -> float | None:
    return None if mean is None else round(placement(mean).value, 4)


def summary_json(store: WorkshopStore, rounds: list[Round]) -> dict[str, Any]:
    ws = store.workshop()
    content = load_content(ws.language)
    out_rounds = []
    for rnd in rounds:
        res = results_for(store, rnd)
        out_rounds.append({
            "name": res.name,
            "respondents": res.respondents,
            "withheld": res.withheld,
            "overall_mean": None if res.overall_mean is None else round(res.overall_mean, 4),
            "level": _level(res.overall_mean),
            "items": _items_json(res.stats, content),
            "groups": [
                {
                    "name": g.name,
                    "respondents": g.respondents,
                    "withheld": g.withheld,
                    "withheld_reason": g.reason or None,  # "few", "protects" or "comparison"
                    "overall_mean": None if g.stats is None or g.stats.overall_mean is None
                    else round(g.stats.overall_mean, 4),
                    "items": _items_json(g.stats, content),
                }
                for g in res.groups
            ],
        })
    return {
        "workshop": {
            "organisation": ws.organisation, "title": ws.title, "date": ws.date, "facilitator": ws.facilitator,
            "language": ws.language, "min_group_size": ws.min_group_size,
        },
        "rounds": out_rounds,
    }


def _level_text(mean: float | None, content: MethodContent) -> str:
    """The level reached, and the next one when the mean is on its way there: "Active → Proactive"."""
    if mean is None:
        return "–"
    where = placement(mean)
    name = content.level(where.level).name
    if where.next_level is None or where.fraction == 0:
        return name
    return f"{name} → {content.level(where.next_level).name}"


def summary_text(store: WorkshopStore, rounds: list[Round]) -> str:
    ws = store.workshop()
    lang = ws.language
    lab = LABELS[lang]
    content = load_content(lang)
    lines = [f"{ws.organisation}" + (f" – {ws.title}" if ws.title else "")]
    if not rounds:
        lines.append(lab["no_rounds"])
    withheld = lab["withheld"].format(n=ws.min_group_size)
    # A group may be withheld although it is large enough, so that a small one cannot be worked out by subtraction.
    group_withheld = lab["group_withheld"].format(n=ws.min_group_size)
    for rnd in rounds:
        res = results_for(store, rnd)
        lines += ["", f"{lab['round']}: {res.name}", f"{lab['respondents']}: {res.respondents}"]
        if res.stats is None:
            held = lab["held_back"].format(n=res.missing)
            lines.append(f"{lab['overall']}: {held if res.held_back else withheld}")
            continue
        mean = res.stats.overall_mean
        level = _level_text(mean, content)
        lines.append(f"{lab['overall']}: {number(mean, lang)}   {lab['level']}: {level}")
        head = f"{'':>3}  {lab['item']:<46} {lab['mean']:>6} {lab['answered']:>11} {lab['dont_know']:>9} " \
               f"{lab['skipped']:>13}"
        lines.append(head)
        for s in res.stats.items:
            title = content.item(s.item).title
            title = title if len(title) <= 46 else title[:45] + "…"
            lines.append(
                f"{s.item:>3}  {title:<46} {number(s.mean, lang):>6} {s.answered:>11} {s.dont_know:>9} "
                f"{s.skipped:>13}"
            )
        for g in res.groups:
            name = g.name or lab["no_group"]
            if g.stats is None:
                why = {PROTECTS: lab["protects"], COMPARISON: lab["comparison"], FEW: withheld}.get(g.reason)
                lines.append(f"  {lab['group']} {name}: {why or group_withheld}")
            else:
                lines.append(
                    f"  {lab['group']} {name}: {lab['respondents']} {g.respondents}, "
                    f"{lab['overall']} {number(g.stats.overall_mean, lang)}"
                )
    return "\n".join(lines) + "\n"
