"""What several reports need from a workshop: results with the threshold applied, words for codes (status,
horizon, prevention level), marks of actions carried into the next cycle, and each document's metadata.
Problems are ranked by `vzworkshop.core.priorities`, the same rule step 3 shows on screen."""

from __future__ import annotations

from vzworkshop.core.content import MethodContent
from vzworkshop.core.followup import FROM_MARK, TO_MARK, CycleLink
from vzworkshop.core.results import RoundResult
from vzworkshop.core.staircase import placement
from vzworkshop.reports.labels import date_text, labels, number
from vzworkshop.reports.pdf_base import DocInfo
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Round, Workshop


def results_for(store: WorkshopStore, rnd: Round) -> RoundResult:
    """The round's figures as they may be shown (always through `round_result`)."""
    assert rnd.id is not None
    return store.round_result(rnd.id)


def workshop_facts(ws: Workshop, facilitator: bool = True) -> list[tuple[str, str]]:
    """The head of a document: organisation, then the date and the facilitator where given."""
    lab = labels(ws.language)
    facts = [(lab["organisation"], ws.organisation)]
    if ws.date:
        facts.append((lab["date"], date_text(ws.date, ws.language)))
    if facilitator and ws.facilitator:
        facts.append((lab["facilitator"], ws.facilitator))
    return facts


def level_phrase(mean: float, content: MethodContent, language: str) -> str:
    """'2,7 – mellem Reaktivt og Aktivt' / '3.0 – at Active'."""
    lab = labels(language)
    place = placement(mean)
    here = content.level(place.level).name
    if place.fraction == 0 or place.next_level is None:
        where = lab["at_level"].format(level=here)
    else:
        where = lab["between"].format(low=here, high=content.level(place.next_level).name)
    return f"{number(mean, language)} – {where}"


def level_name(level: int | None, content: MethodContent, language: str) -> str:
    if level is None:
        return ""
    if level == 0:
        return "0 · " + labels(language)["dont_know"]
    return f"{level} · {content.level(level).name}"


def code_label(kind: str, code: str, language: str) -> str:
    """The printed word for a status, horizon or prevention level code."""
    prefix = {"status": "s_", "horizon": "h_", "prevention": "p_"}[kind]
    return labels(language).get(prefix + code, code)


def yes_no(value: bool | None, language: str) -> str:
    lab = labels(language)
    return lab["unknown"] if value is None else lab["yes"] if value else lab["no"]


def short_source(content: MethodContent) -> str:
    """The guide's name for page footers: the first attribution line up to its subtitle."""
    first = content.attribution[0] if content.attribution else ""
    return first.split(":")[0].strip()


def doc_info(ws: Workshop | None, content: MethodContent, kind_key: str, landscape: bool = False) -> DocInfo:
    lang = content.language
    lab = labels(lang)
    kind = lab[kind_key]
    header = ""
    if ws is not None:
        header = ws.title or ws.organisation
        if ws.title and ws.organisation:
            header = f"{ws.organisation} · {ws.title}"
    return DocInfo(
        title=f"{kind} – {ws.title or ws.organisation}" if ws is not None else kind,
        header_left=header or lab["subject"],
        header_right=kind,
        footer_left=f"{lab['source']}: {short_source(content)}",
        page_label=lab["page"],
        author=(ws.facilitator or ws.organisation) if ws is not None else "",
        subject=lab["subject"],
        language=lang,
        landscape=landscape,
    )


def cycle_mark(link: CycleLink, language: str) -> str:
    """"↻ overført fra cyklus 1 (nr. 2)" / "→ overført til cyklus 2 (nr. 4)", as steps 3-5 show it."""
    lab = labels(language)
    n = "?" if link.other_number is None else link.other_number
    if link.carried_from:
        return f"{FROM_MARK} " + lab["carried_from"].format(c=link.other_cycle, n=n)
    return f"{TO_MARK} " + lab["carried_to"].format(c=link.other_cycle, n=n)
