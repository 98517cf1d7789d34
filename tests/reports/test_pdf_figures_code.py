"""The answer distributions write their PDF code directly: the same drawing as reportlab's canvas calls (each
bar with its colours, each count at its place in its colour)."""

from __future__ import annotations

import io
import re

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from vzworkshop.reports.pdf_base import FONT, INK, LEVEL_COLOURS, MUTED, RULE, register_fonts
from vzworkshop.reports.pdf_figures import Distribution
from vzworkshop.reports.pdf_textcode import draw_string


def _reference(c: Canvas, figure: Distribution) -> None:
    """Distribution.draw as it was, one canvas call at a time."""
    most = max(figure.counts) or 1
    slot = figure.width / 5
    bar_w = slot * 0.62
    room = figure.height - 7.0 - 1
    c.saveState()
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(0, 1, figure.width, 1)
    c.setFont(FONT, 5.5)
    for i, n in enumerate(figure.counts):
        x = i * slot + (slot - bar_w) / 2
        h = room * n / most
        if n:
            c.setFillColor(LEVEL_COLOURS[i])
            c.setStrokeColor(LEVEL_COLOURS[min(i + 1, 4)])
            c.setLineWidth(0.4)
            c.rect(x, 1, bar_w, h, stroke=1, fill=1)
        c.setFillColor(MUTED if n == 0 else INK)
        draw_string(c, x + bar_w / 2, 1 + h + 1.5, str(n), "centre")
    c.restoreState()


def drawing(code: str) -> list[tuple[str, ...]]:
    """What the code draws, in order: rectangles with their fill, stroke and line width; texts with their
    position and fill colour (where text objects begin and end does not change the page)."""
    fill = stroke = width = ""
    x = y = ""
    out: list[tuple[str, ...]] = []
    for match in re.finditer(r"(\S+ \S+ \S+) rg|(\S+ \S+ \S+) RG|(\S+) w\b|1 0 0 1 (\S+) (\S+) Tm|"
                             r"n (\S+ \S+ \S+ \S+) re B\*|\((\d+)\) Tj", code):
        rg, big_rg, w, tx, ty, rect, text = match.groups()
        if rg:
            fill = rg
        elif big_rg:
            stroke = big_rg
        elif w:
            width = w
        elif tx:
            x, y = tx, ty
        elif rect:
            out.append(("rect", rect, fill, stroke, width))
        elif text:
            out.append(("text", text, x, y, fill))
    return out


def test_bars_write_the_code_reportlabs_calls_write() -> None:
    register_fonts()
    for counts in ([0, 3, 0, 7, 1, 2], [1, 0, 0, 0, 0, 0], [0, 1, 2, 3, 4, 5], [2, 9, 9, 9, 9, 9]):
        ours, theirs = Canvas(io.BytesIO()), Canvas(io.BytesIO())
        figure = Distribution(counts)
        figure.canv = ours
        figure.draw()
        _reference(theirs, Distribution(counts))
        drawn, reference = drawing("\n".join(ours._code)), drawing("\n".join(theirs._code))
        for kind in ("rect", "text"):  # bars and counts never overlap: only the order within each matters
            assert [d for d in drawn if d[0] == kind] == [d for d in reference if d[0] == kind], (kind, counts)
        assert len([d for d in drawn if d[0] == "text"]) == 5
        assert len([d for d in drawn if d[0] == "rect"]) == sum(1 for n in figure.counts if n)


def test_a_distribution_drawn_in_a_table_writes_what_draw_on_writes() -> None:
    """`draw_at` (GridTable's way, no canvas calls) against Flowable.drawOn with `draw`: the same code, byte for
    byte, and the canvas left in the same state."""
    register_fonts()
    for counts, x, y in (([0, 3, 0, 7, 1, 2], 0.0, 0.0), ([1, 0, 0, 0, 0, 0], 412.35, 633.1),
                         ([0, 1, 2, 3, 4, 5], 51.0234, 18.5), ([2, 9, 9, 9, 9, 9], 300.0, 700.25)):
        ours, theirs = Canvas(io.BytesIO()), Canvas(io.BytesIO())
        for c in (ours, theirs):
            c.setFont(FONT, 8)
        Distribution(counts, width=63.0).draw_at(ours, x, y)
        Flowable.drawOn(Distribution(counts, width=63.0), theirs, x, y)  # reportlab's, with draw()
        assert "\n".join(ours._code) == "\n".join(theirs._code)
        code = "\n".join(ours._code)
        assert code.count("re B*") == sum(1 for n in counts[1:] if n) and code.count(" Tj") == 5
        assert (ours._fontname, ours._fontsize, ours._fillColorObj, ours._strokeColorObj, ours._lineWidth) == (
            theirs._fontname, theirs._fontsize, theirs._fillColorObj, theirs._strokeColorObj, theirs._lineWidth)
