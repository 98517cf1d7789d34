"""Figures drawn straight onto the PDF canvas: the staircase, small answer distributions and mean bars.

The staircase uses `core.staircase` geometry and the screen chart's colours, so print and screen agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas

from vzworkshop.core import staircase
from vzworkshop.core.content import Level
from vzworkshop.reports.labels import number
from vzworkshop.reports.pdf_base import (
    FONT,
    FONT_BOLD,
    INK,
    LEVEL_COLOURS,
    MARKER,
    MUTED,
    RULE,
    TEXT_ON_LEVEL,
    shortened,
)
from vzworkshop.reports.pdf_textcode import (
    DirectFlowable,
    PlacedFlowable,
    TextCode,
    draw_string,
    line,
    line_width,
    rect,
    set_fill,
    set_stroke,
    usable,
    word_width,
)


@dataclass(frozen=True)
class Marker:
    mean: float
    label: str = ""  # shown beside a hollow (earlier) marker
    hollow: bool = False


class StaircaseFigure(PlacedFlowable):
    """Five treads rising left to right with level names; markers point at the averages."""

    def __init__(self, levels: Sequence[Level], markers: Sequence[Marker], language: str, width: float,
                 height: float) -> None:
        super().__init__()
        self.levels = {lv.number: lv.name for lv in levels}
        self.markers = list(markers)
        self.language = language
        self.width = width
        self.height = height
        self.bubble_h = 15.0
        self.tri_h = 5.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _chart(self) -> tuple[float, float, float, float]:
        """(left, bottom, width, height) of the treads inside the figure."""
        headroom = self.bubble_h + self.tri_h + 4
        return 0.0, 2.0, self.width, self.height - headroom - 2.0

    def draw(self) -> None:
        c = self.canv
        left, bottom, width, height = self._chart()
        c.saveState()
        for tread in staircase.treads():
            x0 = left + tread.x0 * width
            x1 = left + tread.x1 * width - 1.5
            top = bottom + tread.y * height
            set_fill(c, LEVEL_COLOURS[tread.level - 1])
            rect(c, x0, bottom, x1 - x0, top - bottom, stroke=0, fill=1)
            set_fill(c, TEXT_ON_LEVEL[tread.level - 1])
            label = f"{tread.level}  {self.levels.get(tread.level, '')}".strip()
            size = 8.5
            while word_width(label, FONT_BOLD, size) > (x1 - x0) - 6 and size > 5.5:
                size -= 0.5
            c.setFont(FONT_BOLD, size)
            draw_string(c, (x0 + x1) / 2, top - size - 3, label, "centre")
        set_stroke(c, INK)
        line_width(c, 1.2)
        line(c, left, bottom, left + width, bottom)
        current = next((m for m in self.markers if not m.hollow), None)
        taken = self._marker(current, left, bottom, width, height) if current else None
        for marker in self.markers:
            if marker.hollow:
                self._marker(marker, left, bottom, width, height, avoid=taken)
        c.restoreState()

    def _marker(self, marker: Marker, left: float, bottom: float, width: float, height: float,
                avoid: tuple[float, float] | None = None) -> tuple[float, float]:
        """Draw a marker; returns the x range its bubble takes. An earlier round's bubble keeps to the side
        of `avoid` (the current bubble's x range), so the two never overlap."""
        c = self.canv
        tip_x = left + staircase.marker_x(marker.mean) * width
        tip_y = bottom + staircase.marker_y(marker.mean) * height
        text = number(marker.mean, self.language)
        size = 7.5 if marker.hollow else 10.0
        bubble_h = self.bubble_h * (0.8 if marker.hollow else 1.0)
        font = FONT if marker.hollow else FONT_BOLD
        if marker.hollow and marker.label:  # a round's name, cut short to keep the bubble within half the chart
            room = width / 2 - 12 - word_width(f": {text}", font, size)
            text = f"{shortened(marker.label, font, size, room)}: {text}"
        bubble_w = word_width(text, font, size) + 12
        x = tip_x - bubble_w / 2
        if avoid is not None and x < avoid[1] + 3 and x + bubble_w > avoid[0] - 3:
            x = avoid[0] - 3 - bubble_w if tip_x <= (avoid[0] + avoid[1]) / 2 else avoid[1] + 3
        x = min(max(x, left), left + width - bubble_w)
        y = tip_y + self.tri_h
        path = c.beginPath()
        path.moveTo(tip_x, tip_y)
        path.lineTo(tip_x - self.tri_h * 0.8, y + 0.5)
        path.lineTo(tip_x + self.tri_h * 0.8, y + 0.5)
        path.close()
        if marker.hollow:
            set_stroke(c, INK)
            set_fill(c, colors.white)
            line_width(c, 0.8)
            c.setDash(2, 1.5)
            c.roundRect(x, y, bubble_w, bubble_h, 3, stroke=1, fill=1)
            c.setDash()
            set_fill(c, INK)
            c.drawPath(path, stroke=0, fill=1)
            if not x <= tip_x <= x + bubble_w:  # pushed aside: a short leader from bubble to pointer
                line(c, min(max(tip_x, x), x + bubble_w), y, tip_x, y)
        else:
            set_fill(c, MARKER)
            c.roundRect(x, y, bubble_w, bubble_h, 3, stroke=0, fill=1)
            c.drawPath(path, stroke=0, fill=1)
            set_fill(c, colors.white)
        c.setFont(font, size)
        draw_string(c, x + bubble_w / 2, y + (bubble_h - size) / 2 + size * 0.18, text, "centre")
        return x, x + bubble_w


def _bar_codes() -> tuple[str, ...]:
    """Per level, the colours and line width of its bar as PDF code: as reportlab's canvas writes them."""
    def rgb(colour: colors.Color) -> str:
        return str(fp_str(colour.red, colour.green, colour.blue))

    return tuple(f"{rgb(LEVEL_COLOURS[i])} rg\n{rgb(LEVEL_COLOURS[min(i + 1, 4)])} RG\n{fp_str(0.4)} w"
                 for i in range(5))


_BAR_CODES = _bar_codes()  # a minutes' distributions set these ~1,000 times: formatted once
_RULE_CODE = f"{fp_str(RULE.red, RULE.green, RULE.blue)} RG\n{fp_str(0.5)} w"  # setStrokeColor, setLineWidth


class Distribution(DirectFlowable):
    """How many answered 1..5 for one item: five small bars in the levels' colours, counts above."""

    def __init__(self, counts: Sequence[int], width: float = 62.0, height: float = 20.0) -> None:
        super().__init__()
        self.counts = list(counts[1:6]) if len(counts) == 6 else list(counts)
        self.width = width
        self.height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _layout(self) -> tuple[list[str], list[tuple[float, float, int]]]:
        """The bars' PDF code (setFillColor, setStrokeColor, setLineWidth and rect as the canvas writes them) and
        each count's centre, baseline and value."""
        most = max(self.counts) or 1
        slot = self.width / 5
        bar_w = slot * 0.62
        room = self.height - 7.0 - 1  # 7 points above the tallest bar for its count
        bars: list[str] = []
        counts: list[tuple[float, float, int]] = []
        for i, n in enumerate(self.counts):
            x = i * slot + (slot - bar_w) / 2
            h = room * n / most
            if n:
                bars.append(f"{_BAR_CODES[i]}\nn {fp_str(x, 1, bar_w, h)} re B*")
            counts.append((x + bar_w / 2, 1 + h + 1.5, n))
        return bars, counts

    def draw(self) -> None:
        c = self.canv
        bars, counts = self._layout()
        c.saveState()
        set_stroke(c, RULE)
        line_width(c, 0.5)
        line(c, 0, 1, self.width, 1)
        c.setFont(FONT, 5.5)
        if bars:
            c._code.append("\n".join(bars))
        if usable(c, FONT):  # the five counts in one text object, each centred over its bar
            self._counts(c, counts, c._leading)
        else:
            for x, y, n in counts:
                set_fill(c, MUTED if n == 0 else INK)
                draw_string(c, x, y, str(n), "centre")
        c.restoreState()

    @staticmethod
    def _counts(c: Canvas, counts: list[tuple[float, float, int]], leading: float) -> None:
        starts = [(x - word_width(str(n), FONT, 5.5) / 2, y, n) for x, y, n in counts]
        text = TextCode(c, FONT, 5.5, leading, starts[0][0], starts[0][1])
        for k, (x, y, n) in enumerate(starts):
            if k:
                text.origin(x, y)
            text.fill(MUTED if n == 0 else INK)
            text.line(str(n))
        text.draw()

    def draw_at(self, canvas: Canvas, x: float, y: float) -> None:
        """`drawOn(canvas, x, y)`, the same PDF code byte for byte, written without the canvas's calls (a
        minutes has a hundred distributions)."""
        if not usable(canvas, FONT):
            self.drawOn(canvas, x, y)
            return
        bars, counts = self._layout()
        canvas._code.append("\n".join([f"q\n{fp_str(1, 0, 0, 1, x, y)} cm\nq", _RULE_CODE,
                                        f"n {fp_str(0, 1)} m {fp_str(self.width, 1)} l S", *bars]))
        self._counts(canvas, counts, 5.5 * 1.2)  # setFont's leading
        canvas._code.append("Q\nQ")


class MeanBar(PlacedFlowable):
    """A horizontal bar from 0 to the mean on a 1-5 scale, coloured by the level reached, value at its end."""

    def __init__(self, mean: float | None, language: str, width: float = 120.0, height: float = 11.0) -> None:
        super().__init__()
        self.mean = mean
        self.language = language
        self.width = width
        self.height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        label_w = 20.0
        scale_w = self.width - label_w
        c.saveState()
        set_stroke(c, RULE)
        line_width(c, 0.4)
        for level in range(1, 6):  # faint ticks at each level
            x = scale_w * level / 5
            line(c, x, 0, x, self.height)
        if self.mean is not None:
            level = staircase.placement(self.mean).level
            set_fill(c, LEVEL_COLOURS[level - 1])
            set_stroke(c, LEVEL_COLOURS[min(level, 4)])
            rect(c, 0, 1.5, scale_w * self.mean / 5, self.height - 3, stroke=1, fill=1)
        set_fill(c, INK)
        c.setFont(FONT_BOLD, 8)
        draw_string(c, self.width, 2.5, number(self.mean, self.language), "right")
        c.restoreState()
