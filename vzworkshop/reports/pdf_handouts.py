"""The shorter printed documents: the action plan (A4 landscape), the blank questionnaire, the results
handout and the agenda handout."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from vzworkshop.core import priorities
from vzworkshop.core.content import MethodContent, load_content
from vzworkshop.core.followup import baseline_and_latest, change, cycle_links, displayed, earlier_shown
from vzworkshop.core.threshold import MIN_GROUP_SIZE_DEFAULT
from vzworkshop.reports.common import code_label, cycle_mark, doc_info, workshop_facts, yes_no
from vzworkshop.reports.labels import date_text, labels, number, signed, withheld
from vzworkshop.reports.pdf_assessment import group_section, name_column, round_heading, staircase_block
from vzworkshop.reports.pdf_base import (
    ACCENT,
    FONT,
    INK,
    RULE,
    Gap,
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
from vzworkshop.reports.pdf_columns import fit_columns
from vzworkshop.reports.pdf_figures import MeanBar
from vzworkshop.reports.pdf_minutes import agenda_rows, agenda_widths, attribution
from vzworkshop.reports.pdf_table import table
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import ActionItem, AgendaBlock, Plan, Problem, Workshop

# --- the action plan -----------------------------------------------------------------------------------


def write_action_plan(store: WorkshopStore, target: Path | IO[bytes]) -> None:
    ws = store.workshop()
    content = load_content(ws.language)
    lang = ws.language
    lab = labels(lang)
    st = styles()
    width = text_width(landscape_page=True)
    story: list[Flowable] = [para(f"{lab['action_plan']}: {ws.title or ws.organisation}", st.title)]
    facts = workshop_facts(ws, facilitator=False)
    plan = store.get(Plan)
    if plan.long_term_goals.strip():
        facts.append((lab["long_term_goals"], plan.long_term_goals))
    if plan.resources.strip():
        facts.append((lab["plan_resources"], plan.resources))
    story += [key_values(facts, st, width), Gap(1, 4 * mm)]
    actions = store.list(ActionItem)
    problems = {p.id: p for p in store.list(Problem)}
    if not actions:
        story.append(para(lab["no_actions"], st.body))
    else:
        keys = ("what", "why", "prevention_level", "horizon", "owner", "due", "resources", "indicator",
                "evaluation_method", "status")
        rows: list[list[object]] = [[para("#", st.head)] + [para(lab.get(k + "_short", lab[k]), st.head)
                                                             for k in keys]]
        links = cycle_links(actions, {a.id: n for n, a in enumerate(actions, start=1)})
        for i, a in enumerate(actions, start=1):
            what = f"<b>{markup(a.what)}</b>"
            problem = problems.get(a.problem_id)
            if problem is not None and problem.title.strip():
                what += f"<br/><font color='#555555'>{lab['problem']}: {markup(problem.title)}</font>"
            link = links.get(a.id or 0)
            status = para(code_label("status", a.status, lang), st.cell_bold)
            if link is not None:  # as steps 3-5 mark it; an original carried on is no longer open here
                what += f"<br/><font color='#555555'>{markup(cycle_mark(link, lang))}</font>"
                if not link.carried_from:
                    status = para(lab["s_carried"], st.note)
            resources = a.resources + (f"\n{a.budget}" if a.budget.strip() else "")
            rows.append([
                para(str(i), st.cell), rich(what, st.cell), para(a.why, st.cell),
                para(code_label("prevention", a.prevention_level, lang), st.cell),
                para(code_label("horizon", a.horizon, lang), st.cell), para(a.owner, st.cell),
                para(date_text(a.due, lang), st.cell), para(resources, st.cell), para(a.indicator, st.cell),
                para(a.evaluation_method, st.cell), status,
            ])
        # each column as wide as its longest word (up to 42 mm; longer ones are divided with a hyphen), the rest
        # shared by how much text each holds: "Gennemført" broke as "Gennemf/ørt" in a fixed 17 mm, and
        # "organisationsstrukturen" as "organi/sationsstrukture/n" in a fixed 26 mm
        story.append(grid(rows, fit_columns(rows, width, cap=42 * mm)))
    story += attribution(content, st)
    build_pdf(target, story, doc_info(ws, content, "action_plan", landscape=True))


# --- the blank questionnaire ---------------------------------------------------------------------------


class _TickBox(Flowable):
    def __init__(self, size: float = 9.0) -> None:
        super().__init__()
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


def write_questionnaire(target: Path | IO[bytes], language: str, workshop: Workshop | None = None) -> None:
    """The ten statements with their six answers and tick boxes, to print and fill in by hand."""
    content = load_content(language)
    lab = labels(language)
    st = styles()
    width = text_width()
    min_size = workshop.min_group_size if workshop is not None else MIN_GROUP_SIZE_DEFAULT
    title = lab["questionnaire"]
    if workshop is not None and (workshop.title or workshop.organisation):
        title += f": {workshop.title or workshop.organisation}"
    story: list[Flowable] = [para(title, st.title)]
    if workshop is not None:
        sub = workshop.organisation + (f" · {date_text(workshop.date, language)}" if workshop.date else "")
        story.append(para(sub, st.subtitle))
    story.append(para(lab["anonymity_title"], st.h2))
    story.append(para(lab["anonymity"].format(n=min_size), st.body))
    story.append(para(lab["how_to"], st.h2))
    for chunk in content.intro.split("\n\n"):
        if chunk.strip():
            story.append(para(chunk, st.body))
    story.append(Gap(1, 3 * mm))
    field = table([[para(lab["group_field"], st.cell_bold), ""]], [60 * mm, 80 * mm], [
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("LINEBELOW", (1, 0), (1, 0), 0.6, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")])
    story += [field, Gap(1, 2 * mm)]
    for item in content.items:
        rows: list[list[object]] = []
        for value, answer in enumerate(item.answers):
            level = labels(language)["dont_know"] if value == 0 else content.level(value).name
            rows.append([_TickBox(), rich(f"<b>{value}</b>", st.cell),
                         rich(f"<font color='#555555'>{level}</font>", st.note), para(answer, st.cell)])
        answers = table(rows, [7 * mm, 6 * mm, 20 * mm, width - 33 * mm], [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
        ])
        story.append(KeepTogether([para(f"{item.number}. {item.title}", st.h2), answers]))
    story += [Gap(1, 5 * mm), para(lab["thanks"], st.body), Gap(1, 3 * mm),
              para(f"{lab['source']}: " + " · ".join(content.attribution[:2]), st.note)]
    build_pdf(target, story, doc_info(workshop, content, "questionnaire"))


# --- the results handout -------------------------------------------------------------------------------


def write_results(store: WorkshopStore, target: Path | IO[bytes]) -> None:
    """One or two pages for the wall or the staff room: the staircase, each item's mean, the priorities."""
    ws = store.workshop()
    content = load_content(ws.language)
    lang = ws.language
    lab = labels(lang)
    st = styles()
    width = text_width()
    story: list[Flowable] = [para(f"{lab['results']}: {ws.title or ws.organisation}", st.title)]
    sub = ws.organisation + (f" · {date_text(ws.date, lang)}" if ws.date else "")
    story.append(para(sub, st.subtitle))
    story += _results_rounds(store, content, width)
    problems = priorities.rank(store.list(Problem))[:5]
    if problems:
        widths = [12 * mm, 0.0, 18 * mm, 14 * mm]
        widths[1] = width - sum(widths)
        rows = [[para("#", st.head), para(lab["problem"], st.head), para(lab["solution"], st.head),
                 para(lab["score"], st.head_right)]]
        for p, place in problems:
            text = f"<b>{markup(p.title)}</b>"
            if p.description.strip():
                text += "<br/>" + markup(p.description)
            rows.append([rich(f"<b>{place.rank}</b>", st.cell), rich(text, st.cell),
                         para(yes_no(p.has_solution, lang), st.cell),
                         para(str(priorities.score(p)), st.cell_right)])
        story.append(KeepTogether([para(lab["priorities"], st.h2), grid(rows, widths)]))
    build_pdf(target, story, doc_info(ws, content, "results"))  # the footer names the source


def _results_rounds(store: WorkshopStore, content: MethodContent, width: float) -> list[Flowable]:
    """The latest round with figures on the staircase with the baseline beside it (hollow), and per statement
    the baseline's mean, the latest as a bar and the change (from the unrounded means); rounds nobody answered
    are passed over. Only the baseline: its figures alone."""
    lang = content.language
    lab = labels(lang)
    st = styles()
    pairs = store.round_results()
    baseline, latest = baseline_and_latest(pairs)
    if baseline is None:
        return [para(lab["no_rounds"], st.body)]
    main = earlier_shown(pairs, len(pairs)) or baseline
    rnd, result = main
    is_latest = latest is not None and latest[0] is rnd
    base = baseline if baseline[0] is not rnd and not baseline[1].withheld else None
    out: list[Flowable] = [round_heading(rnd, result, st, lang, "round_baseline" if baseline[0] is rnd else
                                         "round_latest" if is_latest else "round")]
    marker = (base[0].name, base[1].overall_mean) if base and base[1].overall_mean is not None else None
    out += staircase_block(result, content, st, width, marker, height=130.0)
    if result.stats is not None:
        bar_w = 62 * mm if base is None else 52 * mm
        before_w = name_column([base[0].name], st, 18 * mm, 32 * mm) if base else 0.0
        fixed = [8 * mm, 0.0, 18 * mm] + ([before_w] if base else []) + [bar_w] + ([16 * mm] if base else [])
        fixed[1] = width - sum(fixed)
        head: list[object] = [para(lab["item_no"], st.head), para(lab["item"], st.head),
                              para(lab["answered"], st.head_right)]
        if base:
            head.append(para(base[0].name, st.head_right))
        head.append(para(lab["mean"] if base is None else f"{lab['mean']}: {rnd.name}", st.head))
        if base:
            head.append(para(lab["change"], st.head_right))
        rows: list[list[object]] = [head]
        for item in content.items:
            s = result.stats.item(item.number)
            row: list[object] = [para(str(item.number), st.cell), para(item.title, st.cell),
                                 para(str(s.answered), st.cell_right)]
            before = base[1].stats.item(item.number).mean if base and base[1].stats else None
            if base:
                row.append(para(number(None if before is None else displayed(before), lang), st.cell_right))
            row.append(MeanBar(s.mean, lang, width=bar_w - 8))
            if base:
                row.append(rich(f"<b>{signed(change(before, s.mean), lang)}</b>", st.cell_right))
            rows.append(row)
        out += [*heading(lab["per_item"], st.h2), grid(rows, fixed)]
        if base:
            out.append(para(lab["change_note"].format(first=base[0].name, last=rnd.name), st.note))
    out += group_section(result, content, st, width, matrix=False)
    if latest is not None and not is_latest:  # answered, but too few yet (or held back)
        text = (lab["held_back"].format(n=latest[1].missing) if latest[1].held_back
                else withheld(lang, latest[1].min_group_size))
        out.append(para(f"{latest[0].name}: {text}", st.note))
    return out


# --- the agenda handout --------------------------------------------------------------------------------


def write_agenda(store: WorkshopStore, target: Path | IO[bytes]) -> None:
    """One page: the agenda with planned clock times from the workshop's start time."""
    ws = store.workshop()
    content = load_content(ws.language)
    lang = ws.language
    lab = labels(lang)
    st = styles()
    width = text_width()
    story: list[Flowable] = [para(f"{lab['agenda']}: {ws.title or ws.organisation}", st.title)]
    facts = workshop_facts(ws)
    story += [key_values(facts, st, width), Gap(1, 5 * mm)]
    blocks = store.list(AgendaBlock)
    if not blocks:
        story.append(para(lab["none_yet"], st.body))
    else:
        rows = agenda_rows(blocks, ws.agenda_start, lang, styles(1.2), with_actual=False)
        story.append(grid(rows, agenda_widths(rows, width, 1)))
    build_pdf(target, story, doc_info(ws, content, "agenda"))
