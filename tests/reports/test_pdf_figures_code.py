"""The answer distributions write their bars' PDF code directly: the same code as reportlab's canvas calls."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

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


def test_bars_write_the_code_reportlabs_calls_write() -> None:
    register_fonts()
    for counts in ([0, 3, 0, 7, 1, 2], [1, 0, 0, 0, 0, 0], [0, 1, 2, 3, 4, 5], [2, 9, 9, 9, 9, 9]):
        ours, theirs = Canvas(io.BytesIO()), Canvas(io.BytesIO())
        figure = Distribution(counts)
        figure.canv = ours
        figure.draw()
        _reference(theirs, Distribution(counts))
        assert "\n".join(ours._code) == "\n".join(theirs._code), counts
