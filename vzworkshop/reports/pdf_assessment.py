"""Step 2 in print: a round's results on the staircase, per item and per group, and the comparison of rounds.

Figures come only from `RoundResult` (the threshold applied); a withheld figure prints as
"tilbageholdt (færre end N svar)".
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether

from vzworkshop.core.content import MethodContent
from vzworkshop.core.followup import SIDE_BY_SIDE, answered, compare, displayed
from vzworkshop.core.results import RoundResult
from vzworkshop.reports.common import level_name, level_phrase
from vzworkshop.reports.labels import date_text, group_withheld, labels, number, signed, withheld
from vzworkshop.reports.pdf_base import ACCENT, Gap, Styles, grid, heading, markup, para, rich
from vzworkshop.reports.pdf_figures import Distribution, Marker, MeanBar, StaircaseFigure
from vzworkshop.store.records import ItemAssessment, Round


def round_heading(rnd: Round, result: RoundResult, st: Styles, language: str, role: str = "round") -> Flowable:
    """"Runde: Opfølgning 1 · 12.05.2026 · Besvarelser: 4"; `role` "round_baseline" / "round_latest" says which
    round it is ("Udgangspunkt: …", "Seneste opfølgning: …")."""
    lab = labels(language)
    when = f" · {date_text(rnd.date, language)}" if rnd.date else ""
    return para(f"{lab[role]}: {rnd.name}{when} · {lab['respondents']}: {result.respondents}", st.h2)


def staircase_block(result: RoundResult, content: MethodContent, st: Styles, width: float,
                    earlier: tuple[str, float] | None = None, height: float = 118.0) -> list[Flowable]:
    """The staircase with the round's average (and an earlier round's, hollow), and the average in words."""
    lang = content.language
    lab = labels(lang)
    if result.withheld or result.overall_mean is None:
        text = (lab["withheld_round"].format(n=result.min_group_size) if result.withheld else
                lab["no_scale"] if result.respondents else lab["no_rounds"])
        if result.held_back:
            text = lab["held_back"].format(n=result.missing)
        return [para(text, st.body)]
    markers = [Marker(result.overall_mean)]
    if earlier is not None:
        markers.insert(0, Marker(earlier[1], label=earlier[0], hollow=True))
    figure = StaircaseFigure(content.levels, markers, lang, width, height)
    caption = rich(f"<b>{lab['overall']}:</b> {level_phrase(result.overall_mean, content, lang)}", st.body)
    return [KeepTogether([figure, Gap(1, 2 * mm), caption])]


def item_table(result: RoundResult, content: MethodContent, st: Styles, width: float,
               assessments: Sequence[ItemAssessment] = (), with_notes: bool = True) -> Flowable:
    """One row per item: mean, answers, don't know, distribution bars, agreed level; notes in a row below."""
    lang = content.language
    lab = labels(lang)
    agreed = {a.item: a for a in assessments}
    fixed = [8 * mm, 0.0, 11 * mm, 15 * mm, 14 * mm, 25 * mm, 27 * mm]
    fixed[1] = width - sum(fixed)
    rows: list[list[object]] = [[para(lab["item_no"], st.head), para(lab["item"], st.head),
                                 para(lab["mean"], st.head_right), para(lab["answered"], st.head_right),
                                 para(lab["dont_know"], st.head_right), para(lab["distribution"], st.head),
                                 para(lab["agreed"], st.head)]]
    extra: list[tuple[object, ...]] = []
    # held back (enough answers, but comparing with figures shown before would reveal the latest): the heading
    # above says how many more answers the figures wait for; "fewer than 3 answers" would be untrue here
    gone = lab["withheld_waiting"] if result.held_back else withheld(lang, result.min_group_size)
    for item in content.items:
        s = result.stats.item(item.number) if result.stats else None
        a = agreed.get(item.number)
        if s is None:
            figures: list[object] = [para("–", st.cell_right), para("–", st.cell_right),
                                     para("–", st.cell_right), para(gone, st.note)]
        else:
            figures = [rich(f"<b>{number(s.mean, lang)}</b>", st.cell_right), para(str(s.answered), st.cell_right),
                       para(str(s.dont_know), st.cell_right), Distribution(s.counts, width=fixed[5] - 8)]
        rows.append([para(str(item.number), st.cell), para(item.title, st.cell), *figures,
                     para(level_name(a.agreed_level, content, lang) if a else "", st.cell)])
        if with_notes and a is not None and a.notes.strip():
            rows.append(["", rich(f"<b>{lab['notes']}:</b> " + markup(a.notes), st.note),
                         "", "", "", "", ""])
            r = len(rows) - 1
            extra += [("SPAN", (1, r), (-1, r)), ("LINEBELOW", (0, r - 1), (-1, r - 1), 0, ACCENT),
                      ("TOPPADDING", (0, r), (-1, r), 0)]
    table = grid(rows, fixed, extra=extra)
    return table


def group_section(result: RoundResult, content: MethodContent, st: Styles, width: float,
                  matrix: bool = True) -> list[Flowable]:
    """Each group's respondents and average where allowed, then the item means of the shown groups."""
    if not result.groups or result.withheld:
        return []
    lang = content.language
    lab = labels(lang)
    gone = withheld(lang, result.min_group_size)
    widths = [0.0, 22 * mm, 55 * mm, 55 * mm]
    widths[0] = width - sum(widths[1:])
    rows: list[list[object]] = [[para(lab["group"], st.head), para(lab["respondents"], st.head_right),
                                 para(lab["overall"], st.head), para(lab["level"], st.head)]]
    for g in result.groups:
        name = g.name or lab["no_group"]
        if g.stats is None or g.stats.overall_mean is None:
            why = (group_withheld(lang, g, result.min_group_size) if g.withheld else
                   lab["no_scale"] if g.respondents else gone)
            rows.append([para(name, st.cell), para("–", st.cell_right), para(why, st.note), ""])
            continue
        mean = g.stats.overall_mean
        rows.append([para(name, st.cell), para(str(g.respondents), st.cell_right),
                     MeanBar(mean, lang, width=widths[2] - 8),
                     para(level_phrase(mean, content, lang).split(" – ", 1)[1], st.cell)])
    out: list[Flowable] = [*heading(lab["groups"], st.h2), grid(rows, widths)]
    shown = [g for g in result.groups if g.stats is not None]
    if matrix and shown:
        out += [Gap(1, 3 * mm), _group_matrix(result, content, st, width)]
    hidden = [g.name or lab["no_group"] for g in result.groups if g.withheld]
    if hidden:
        out.append(Gap(1, 1.5 * mm))
        out.append(para(lab["withheld_groups"].format(n=result.min_group_size, names=", ".join(hidden)), st.note))
    return out


def _group_matrix(result: RoundResult, content: MethodContent, st: Styles, width: float) -> Flowable:
    lang = content.language
    lab = labels(lang)
    shown = [g for g in result.groups if g.stats is not None]
    col = min(24 * mm, (width - 60 * mm) / (len(shown) + 1))
    widths = [8 * mm, width - 8 * mm - col * (len(shown) + 1)] + [col] * (len(shown) + 1)
    rows: list[list[object]] = [[para(lab["item_no"], st.head), para(lab["group_means"], st.head),
                                 *[para(g.name or lab["no_group"], st.head_right) for g in shown],
                                 para(lab["overall"], st.head_right)]]
    for item in content.items:
        cells = [para(number(g.stats.item(item.number).mean, lang), st.cell_right) for g in shown if g.stats]
        total = result.stats.item(item.number).mean if result.stats else None
        rows.append([para(str(item.number), st.cell), para(item.title, st.cell), *cells,
                     rich(f"<b>{number(total, lang)}</b>", st.cell_right)])
    return grid(rows, widths)


def name_column(names: Sequence[str], st: Styles, least: float, most: float) -> float:
    """A column headed by round names: as wide as their longest word ("Nulpunktsmåling" whole), from `least`
    up to `most` (where there is no room, a long word breaks)."""
    head = st.head_right
    word = max(stringWidth(w, head.fontName, head.fontSize) for name in names for w in [*name.split(), ""])
    return min(max(least, word + 7), most)


def comparison(pairs: Sequence[tuple[Round, RoundResult]], content: MethodContent, st: Styles,
               width: float) -> list[Flowable]:
    """Rounds side by side as step 5 shows them: the baseline and the latest follow-ups with figures (rounds
    nobody answered are left out), respondents, overall average and each item's mean, and the change from the
    baseline to the latest, worked out from the unrounded means."""
    lang = content.language
    lab = labels(lang)
    rounds = answered(pairs)
    every = compare([res for _, res in rounds])
    if not every.comparable:
        return []
    comp = every.latest(SIDE_BY_SIDE)
    shown = comp.rounds
    last = len(shown) - 1
    col = name_column([r.name for r in shown], st, 20 * mm, (width - 70 * mm) / (len(shown) + 1))
    widths = [8 * mm, width - 8 * mm - col * (len(shown) + 1)] + [col] * (len(shown) + 1)
    rows: list[list[object]] = [[para(lab["item_no"], st.head), para(lab["item"], st.head),
                                 *[para(r.name, st.head_right) for r in shown],
                                 para(lab["change"], st.head_right)]]

    def mean(value: float | None) -> str:
        return number(None if value is None else displayed(value), lang)

    rows.append(["", para(lab["respondents"], st.cell), *[para(str(r.respondents), st.cell_right)
                                                          for r in shown], ""])
    rows.append(["", para(lab["overall"], st.cell_bold),
                 *[rich(f"<b>{mean(r.overall)}</b>", st.cell_right) for r in shown],
                 rich(f"<b>{signed(comp.overall_change(last), lang)}</b>", st.cell_right)])
    for item in content.items:
        rows.append([para(str(item.number), st.cell), para(item.title, st.cell),
                     *[para(mean(r.items[item.number - 1]), st.cell_right) for r in shown],
                     para(signed(comp.item_change(last, item.number), lang), st.cell_right)])
    out: list[Flowable] = [*heading(lab["comparison"], st.h2), grid(rows, widths, extra=[
        ("LINEBELOW", (0, 2), (-1, 2), 0.8, ACCENT)])]
    out.append(para(lab["change_note"].format(first=shown[0].name, last=shown[last].name), st.note))
    if len(shown) < len(every.rounds):
        out.append(para(lab["comparison_latest"].format(n=len(shown) - 1), st.note))
    for (_, res), hidden in zip([p for p in rounds if p[1].withheld or p[1].stats is None], comp.hidden,
                                strict=True):
        text = lab["held_back"].format(n=hidden.missing) if res.held_back else withheld(lang, res.min_group_size)
        out.append(para(f"{hidden.name}: {text}", st.note))
    return out
