"""What several reports need from a workshop: results with the threshold applied, ranked problems, words
for codes (status, horizon, prevention level), and each document's metadata."""

from __future__ import annotations

from collections.abc import Sequence

from vzworkshop.core.content import MethodContent
from vzworkshop.core.results import RoundResult, round_result
from vzworkshop.core.staircase import placement
from vzworkshop.reports.labels import labels, number
from vzworkshop.reports.pdf_base import DocInfo
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Problem, Round, Workshop


def results_for(store: WorkshopStore, rnd: Round) -> RoundResult:
    """The round's figures as they may be shown (always through `round_result`)."""
    assert rnd.id is not None
    groups = [(g.name, t) for g, t in store.group_tallies(rnd.id)]
    return round_result(rnd.name, groups, store.workshop().min_group_size)


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


def score(problem: Problem) -> int:
    """Ease + cost of ignoring, 0-10 (unanswered counts 0)."""
    return (problem.ease or 0) + (problem.cost_of_ignoring or 0)


_SOLUTION_ORDER = {True: 0, None: 1, False: 2}


def ranked(problems: Sequence[Problem]) -> list[tuple[int, Problem]]:
    """Problems in priority order with their rank (1 = first), as step 3 ranks them: a possible solution
    first, then ease + cost of ignoring, then dot votes, then the order written down; a problem placed
    by hand (rank_override) keeps that place."""
    ordered = sorted(problems, key=lambda p: (_SOLUTION_ORDER[p.has_solution], -score(p), -p.dot_votes,
                                              p.position, p.id or 0))
    n = len(ordered)
    slots: list[Problem | None] = [None] * n
    for problem in sorted((p for p in ordered if p.rank_override is not None),
                          key=lambda p: (p.rank_override or 0, ordered.index(p))):
        want = min(max((problem.rank_override or 1) - 1, 0), n - 1)
        free = next((i for i in range(want, n) if slots[i] is None), None)
        if free is None:
            free = next(i for i in range(n - 1, -1, -1) if slots[i] is None)
        slots[free] = problem
    rest = iter(p for p in ordered if p.rank_override is None)
    return [(i + 1, slot if slot is not None else next(rest)) for i, slot in enumerate(slots)]


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
