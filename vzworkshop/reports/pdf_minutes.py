"""The minutes (referat), A4 portrait: the workshop's five steps as recorded, for everyone who took part."""

from __future__ import annotations

from pathlib import Path
from typing import IO, TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from vzworkshop.core import priorities
from vzworkshop.core.content import MethodContent, load_content
from vzworkshop.core.followup import baseline_and_latest, cycle_links, earlier_shown
from vzworkshop.reports.common import (
    code_label,
    cycle_mark,
    doc_info,
    level_phrase,
    workshop_facts,
    yes_no,
)
from vzworkshop.reports.labels import date_text, labels, number
from vzworkshop.reports.pdf_assessment import comparison, group_section, item_table, round_heading, staircase_block
from vzworkshop.reports.pdf_base import (
    Gap,
    RoomBreak,
    Styles,
    build_pdf,
    grid,
    heading,
    key_values,
    markup,
    para,
    rich,
    styles,
    text_width,
)
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import (
    ActionItem,
    ActionNote,
    AgendaBlock,
    Commitment,
    Evaluation,
    HazardSelection,
    ItemAssessment,
    Plan,
    Problem,
    Round,
    StepNote,
    TeamMember,
)

if TYPE_CHECKING:
    from vzworkshop.core.results import RoundResult


def _step_heading(n: int, content: MethodContent, st: Styles) -> list[Flowable]:
    lab = labels(content.language)
    return [RoomBreak(40 * mm), para(f"{lab['step'].format(n=n)} · {content.step(n).title}", st.h1)]


def _notes(store: WorkshopStore, step: int, st: Styles, lang: str) -> list[Flowable]:
    note = store.find(StepNote, step)
    if note is None or not note.notes.strip():
        return []
    return [*heading(labels(lang)["step_notes"], st.h2), para(note.notes, st.body)]


def _step1(store: WorkshopStore, content: MethodContent, st: Styles, width: float) -> list[Flowable]:
    lang = content.language
    lab = labels(lang)
    out = _step_heading(1, content, st)
    c = store.get(Commitment)
    facts: list[tuple[str, str]] = []
    if c.committed_by:
        facts.append((lab["committed_by"], c.committed_by))
    if c.date:
        facts.append((lab["commitment_date"], date_text(c.date, lang)))
    if c.decision:
        facts.append((lab["decision"], c.decision))
    counts = [(c.team_women, lab["women"]), (c.team_men, lab["men"]), (c.team_other, lab["other"])]
    if any(n is not None for n, _ in counts):
        facts.append((lab["team_composition"], ", ".join(f"{n or 0} {word}" for n, word in counts)))
    if facts:
        out.append(key_values(facts, st, width))
    team = store.list(TeamMember)
    if team:
        widths = [0.0, 44 * mm, 36 * mm, 16 * mm, 29 * mm]
        widths[0] = width - sum(widths[1:])
        rows: list[list[object]] = [[para(lab[k], st.head) for k in
                                     ("name", "role", "department", "manager", "worker_rep")]]
        for m in team:
            rows.append([para(m.name, st.cell), para(m.role, st.cell), para(m.department, st.cell),
                         para(lab["yes"] if m.is_manager else "", st.cell),
                         para(lab["yes"] if m.is_worker_rep else "", st.cell)])
        out += [*heading(lab["team"], st.h2), grid(rows, widths)]
    if not facts and not team:
        out.append(para(lab["none_yet"], st.body))
    return out + _notes(store, 1, st, lang)


def _hazards(store: WorkshopStore, content: MethodContent, st: Styles, width: float) -> list[Flowable]:
    lab = labels(content.language)
    ticked = {h.hazard_key: h for h in store.list(HazardSelection)}
    rows: list[list[object]] = [[para(lab["category"], st.head), para(lab["hazard"], st.head),
                                 para(lab["notes"], st.head)]]
    for category in content.hazard_categories:
        for hazard in category.hazards:
            if hazard.key in ticked:
                rows.append([para(category.title, st.cell), para(hazard.name, st.cell_bold),
                             para(ticked.pop(hazard.key).notes, st.cell)])
    for key, sel in ticked.items():  # keys the content no longer knows: print them rather than lose them
        rows.append([para("", st.cell), para(key, st.cell_bold), para(sel.notes, st.cell)])
    if len(rows) == 1:
        return []
    widths = [42 * mm, 52 * mm, width - 94 * mm]
    return [*heading(lab["hazards"], st.h2), grid(rows, widths)]


def _step2(store: WorkshopStore, content: MethodContent, st: Styles, width: float,
           pairs: list[tuple[Round, RoundResult]]) -> list[Flowable]:
    """`pairs`: every round with its results (`store.round_results`, read once for the whole document)."""
    lang = content.language
    lab = labels(lang)
    out = _step_heading(2, content, st)
    baseline, latest = baseline_and_latest(pairs)
    if baseline is None:
        out.append(para(lab["no_rounds"], st.body))
    discussed = {a.round_id for a in store.list(ItemAssessment) if a.agreed_level is not None or a.notes.strip()}
    for index, (rnd, result) in enumerate(pairs):
        # the baseline and the latest follow-up always; any other round whose discussion was recorded
        role = ("round_baseline" if baseline and rnd is baseline[0] else "round_latest" if latest and
                rnd is latest[0] else "round")
        if role == "round" and rnd.id not in discussed and not rnd.notes.strip():
            continue
        assert rnd.id is not None
        earlier = earlier_shown(pairs, index)
        marker = (earlier[0].name, earlier[1].overall_mean) if earlier and earlier[1].overall_mean else None
        out += [RoomBreak(70 * mm), round_heading(rnd, result, st, lang, role)]  # kept with its staircase
        out += staircase_block(result, content, st, width, marker)
        out.append(Gap(1, 3 * mm))
        out.append(item_table(result, content, st, width, store.list(ItemAssessment, round_id=rnd.id)))
        out += group_section(result, content, st, width)
        if rnd.notes.strip():
            out += [*heading(lab["notes"], st.h2), para(rnd.notes, st.body)]
    out += comparison(pairs, content, st, width)
    note = store.find(StepNote, 2)
    if note is not None and note.data_sources.strip():
        out += [*heading(lab["data_sources"], st.h2), para(note.data_sources, st.body)]
    out += _hazards(store, content, st, width)
    return out + _notes(store, 2, st, lang)


def _step3(store: WorkshopStore, content: MethodContent, st: Styles, width: float,
           actions: list[ActionItem]) -> list[Flowable]:
    lang = content.language
    lab = labels(lang)
    out = _step_heading(3, content, st)
    problems = store.list(Problem)
    if problems:
        widths = [17 * mm, 0.0, 20 * mm, 18 * mm, 13 * mm, 22 * mm, 17 * mm, 11 * mm]
        widths[1] = width - sum(widths)
        rows: list[list[object]] = [[para(lab[k], st.head) for k in ("rank", "problem", "items", "solution")]
                                    + [para(lab[k], st.head_right) for k in ("ease", "cost", "dots", "score")]]
        for p, place in priorities.rank(problems):
            text = f"<b>{markup(p.title)}</b>"
            if p.description.strip():
                text += "<br/>" + markup(p.description)
            if p.hazards:
                names = []
                for key in p.hazards:
                    try:
                        names.append(content.hazard(key).name)
                    except KeyError:
                        names.append(key)
                text += f"<br/><font color='#555555'>{lab['hazards']}: {markup(', '.join(names))}</font>"
            rank_text = str(place.rank) + (f"<br/><font size='6' color='#555555'>{lab['manual']}</font>"
                                           if place.manual else "")
            rows.append([rich(f"<b>{rank_text}</b>", st.cell), rich(text, st.cell),
                         para(", ".join(str(i) for i in p.items), st.cell), para(yes_no(p.has_solution, lang), st.cell),
                         para(str(p.ease or "–"), st.cell_right), para(str(p.cost_of_ignoring or "–"), st.cell_right),
                         para(str(p.dot_votes), st.cell_right), rich(f"<b>{priorities.score(p)}</b>", st.cell_right)])
        out += [*heading(lab["problems"], st.h2), grid(rows, widths)]
    plan = store.get(Plan)
    if plan.long_term_goals.strip():
        out += [*heading(lab["long_term_goals"], st.h2), para(plan.long_term_goals, st.body)]
    if plan.resources.strip():
        out += [*heading(lab["plan_resources"], st.h2), para(plan.resources, st.body)]
    if actions:
        widths = [7 * mm, 0.0, 35 * mm, 23 * mm, 22 * mm]
        widths[1] = width - sum(widths)
        rows = [[para("#", st.head), para(lab["what"], st.head), para(lab["owner"], st.head),
                 para(lab["due"], st.head), para(lab["status"], st.head)]]
        links = cycle_links(actions, {a.id: n for n, a in enumerate(actions, start=1)})
        for i, a in enumerate(actions, start=1):
            what, status = para(a.what, st.cell), para(code_label("status", a.status, lang), st.cell)
            link = links.get(a.id or 0)
            if link is not None:  # as in the action plan
                what = rich(f"{markup(a.what)}<br/><font color='#555555'>{markup(cycle_mark(link, lang))}</font>",
                            st.cell)
                if not link.carried_from:
                    status = para(lab["s_carried"], st.note)
            rows.append([para(str(i), st.cell), what, para(a.owner, st.cell), para(date_text(a.due, lang), st.cell),
                         status])
        out += [*heading(lab["actions_summary"], st.h2), grid(rows, widths)]
    if not problems and not actions and not plan.long_term_goals.strip():
        out.append(para(lab["none_yet"], st.body))
    return out + _notes(store, 3, st, lang)


def _steps45(store: WorkshopStore, content: MethodContent, st: Styles, width: float,
             actions: list[ActionItem]) -> list[Flowable]:
    lang = content.language
    lab = labels(lang)
    out: list[Flowable] = []
    notes: dict[int, list[ActionNote]] = {}
    for n in store.list(ActionNote):
        notes.setdefault(n.action_id, []).append(n)
    started = [a for a in actions if a.status != "planned" or notes.get(a.id or 0) or a.obstacles.strip()]
    if started:
        out += _step_heading(4, content, st)
        tally = {s: sum(a.status == s for a in actions) for s in ("done", "in_progress", "planned", "dropped")}
        out.append(para(" · ".join(f"{code_label('status', s, lang)}: {n}" for s, n in tally.items() if n),
                        st.body))
        shown = {id(a) for a in started}
        for i, a in enumerate(actions, start=1):
            if id(a) not in shown:
                continue
            lines = [f"<b>{i}. {markup(a.what)}</b> – {code_label('status', a.status, lang)}"]
            for note in notes.get(a.id or 0, []):
                lines.append(f"{date_text(note.date, lang)}: {markup(note.text)}")
            if a.obstacles.strip():
                lines.append(f"{lab['obstacles']}: {markup(a.obstacles)}")
            out.append(rich("<br/>".join(lines), st.body))
        out += _notes(store, 4, st, lang)
    ev = store.get(Evaluation)
    evaluated = [a for a in actions if a.happened is not None or a.effect.strip() or a.indicator_values.strip()]
    if evaluated or ev.lessons.strip() or ev.next_cycle.strip():
        out += _step_heading(5, content, st)
        if evaluated:
            widths = [0.0, 22 * mm, 45 * mm, 35 * mm]
            widths[0] = width - sum(widths[1:])
            rows: list[list[object]] = [[para(lab[k], st.head) for k in
                                         ("what", "happened", "effect", "indicator_values")]]
            for a in evaluated:
                rows.append([para(a.what, st.cell), para(yes_no(a.happened, lang), st.cell),
                             para(a.effect, st.cell), para(a.indicator_values, st.cell)])
            out.append(grid(rows, widths))
        if ev.lessons.strip():
            out += [*heading(lab["lessons"], st.h2), para(ev.lessons, st.body)]
        if ev.next_cycle.strip():
            out += [*heading(lab["next_cycle"], st.h2), para(ev.next_cycle, st.body)]
        out += _notes(store, 5, st, lang)
    return out


def _clock(start: str, minutes: int) -> str:
    try:
        h, m = (int(x) for x in start.split(":"))
    except ValueError:
        return ""
    total = (h * 60 + m + minutes) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


def agenda_rows(blocks: list[AgendaBlock], start: str, lang: str, st: Styles,
                with_actual: bool) -> list[list[object]]:
    """Rows of the agenda table; the first column (clock times) only when the start time is known."""
    lab = labels(lang)
    timed = bool(_clock(start, 0))
    head = [para(lab["block"], st.head), para(lab["planned"], st.head_right)]
    if with_actual:
        head.append(para(lab["actual"], st.head_right))
    rows: list[list[object]] = [([para(lab["time"], st.head)] if timed else []) + head]
    elapsed = 0
    for b in blocks:
        title = markup(b.title)
        if b.step:
            title += f" <font color='#555555'>({lab['step'].format(n=b.step)})</font>"
        if b.notes.strip():
            title += "<br/>" + markup(b.notes)
        row: list[object] = [rich(title, st.cell), para(lab["minutes_short"].format(n=b.planned_minutes),
                                                          st.cell_right)]
        if with_actual:
            actual = "" if b.actual_seconds is None else lab["minutes_short"].format(
                n=number(b.actual_seconds / 60, lang, 0))
            row.append(para(actual, st.cell_right))
        rows.append(([para(_clock(start, elapsed), st.cell)] if timed else []) + row)
        elapsed += b.planned_minutes
    total: list[object] = [para(lab["total"], st.cell_bold), para(lab["minutes_short"].format(n=elapsed),
                                                                 st.cell_right)]
    if with_actual:
        spent = sum(b.actual_seconds or 0 for b in blocks)
        total.append(para(lab["minutes_short"].format(n=number(spent / 60, lang, 0)), st.cell_right))
    rows.append(([para(_clock(start, elapsed), st.cell)] if timed else []) + total)
    return rows


def agenda_widths(rows: list[list[object]], width: float, numbers: int) -> list[float]:
    timed = len(rows[0]) > numbers + 1
    fixed = ([16 * mm] if timed else []) + [0.0] + [22 * mm] * numbers
    fixed[1 if timed else 0] = width - sum(fixed)
    return fixed


def _agenda(store: WorkshopStore, content: MethodContent, st: Styles, width: float) -> list[Flowable]:
    blocks = store.list(AgendaBlock)
    if not blocks:
        return []
    lab = labels(content.language)
    rows = agenda_rows(blocks, store.workshop().agenda_start, content.language, st, with_actual=True)
    return [RoomBreak(40 * mm), para(lab["agenda_plan"], st.h1), grid(rows, agenda_widths(rows, width, 2))]


def attribution(content: MethodContent, st: Styles) -> list[Flowable]:
    lab = labels(content.language)
    return [Gap(1, 6 * mm), KeepTogether([para(lab["source"], st.h2),
                                             *[para(line, st.source) for line in content.attribution]])]


def minutes_story(store: WorkshopStore) -> list[Flowable]:
    ws = store.workshop()
    content = load_content(ws.language)
    lang = ws.language
    lab = labels(lang)
    st = styles()
    width = text_width()
    story: list[Flowable] = [para(f"{lab['minutes']}: {ws.title or ws.organisation}", st.title)]
    facts = workshop_facts(ws)
    pairs = store.round_results()
    reported = earlier_shown(pairs, len(pairs))  # the latest round with figures, not an empty one started last
    if reported is not None and reported[1].overall_mean is not None:
        facts.append((lab["overall"], f"{level_phrase(reported[1].overall_mean, content, lang)} · "
                                      f"{reported[0].name}"))
    story.append(key_values(facts, st, width))
    actions = store.list(ActionItem)
    story += _step1(store, content, st, width)
    story += _step2(store, content, st, width, pairs)
    story += _step3(store, content, st, width, actions)
    story += _steps45(store, content, st, width, actions)
    story += _agenda(store, content, st, width)
    story += attribution(content, st)
    return story


def write_minutes(store: WorkshopStore, target: Path | IO[bytes]) -> None:
    ws = store.workshop()
    build_pdf(target, minutes_story(store), doc_info(ws, load_content(ws.language), "minutes"))
