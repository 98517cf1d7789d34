"""Tables drawn as reportlab's platypus `Table` draws them, for the part of its style language the reports use.

A report holds a thousand table cells; reportlab's Table works out every cell's style, size and position
again on each wrap, split and draw, and draws each cell within its own saved graphics state. `GridTable`
takes fixed column widths, measures each cell once, keeps the row heights through its splits, draws all
backgrounds of one colour as one path and all rules of one colour and width as one path, and draws our own
text cells (`TextBlock`) in place without a saved state. Layout, splitting and the drawn page are those of
`Table(data, colWidths=widths, repeatRows=n, splitInRow=0, hAlign="LEFT")` with the same style commands,
including its quirks (a rule of width 0 is drawn in the width of the rule before it; a part continuing a split
table gets the rule above its first body row that reportlab adds). One thing reportlab's Table does not do: a
row taller than a fresh page, which would stop the document, is split between lines of its text
(pdf_table_split.py).

`table()` builds a GridTable when it supports everything asked, else a reportlab Table with the same arguments.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, TableStyle

from vzworkshop.reports.pdf_table_split import RowSplittingTable, fresh_height, split_row
from vzworkshop.reports.pdf_table_style import (
    LINE_OPS,
    STYLE_OPS,
    CellStyle,
    Command,
    absolute,
    first_part,
    rest_part,
    row_styles,
    split_lines,
)
from vzworkshop.reports.pdf_text import TextBlock
from vzworkshop.reports.pdf_textcode import (
    DirectFlowable,
    PlacedFlowable,
    TextCode,
    Writer,
    draw_lines,
    draw_string,
    set_fill,
    set_stroke,
    text_writer,
)

_LINE_CAP = _LINE_JOIN = 1  # reportlab's defaults for table rules: round


@dataclass(slots=True)
class _Layout:
    widths: list[float]
    heights: list[float]
    sizes: list[list[tuple[float, float]]]  # each cell's wrapped (width, height)


class GridTable(PlacedFlowable):
    """A table of Flowables and strings with fixed column widths; see the module's docstring."""

    def __init__(self, data: list[list[Any]], widths: list[float], styles: list[list[CellStyle]],
                 backgrounds: list[Command], lines: list[Command], spans: list[Command], repeat_rows: int,
                 layout: _Layout | None = None) -> None:
        super().__init__()
        self.hAlign = "LEFT"
        self._data = data
        self._widths = widths
        self._styles = styles
        self._backgrounds = backgrounds
        self._lines = lines
        self._spans = spans
        self.repeat_rows = repeat_rows
        self._layout = layout
        self.page_height: float | None = None  # a fresh frame's height; None: the document's (fresh_height)
        self._spanned = {(sr, sc): ec for _, sc, sr, ec, _, _ in spans if ec > sc}
        self._covered = {(sr, c) for (sr, sc), ec in self._spanned.items() for c in range(sc + 1, ec + 1)}
        width = 0.0
        self._colpositions = [0.0]
        for w in widths:
            width = width + w
            self._colpositions.append(width)
        self.width = width
        self.height = 0.0

    def _span_width(self, r: int, c: int) -> float | None:
        """The width of the cell at (r, c): None when another cell spans over it."""
        if (r, c) in self._covered:
            return None
        last = self._spanned.get((r, c))
        if last is None:
            return self._widths[c]
        return self._colpositions[last + 1] - self._colpositions[c]

    def _measure(self) -> _Layout:
        if self._layout is not None:
            return self._layout
        canv = getattr(self, "canv", None)
        heights: list[float] = []
        sizes: list[list[tuple[float, float]]] = []
        for r, (row, styles) in enumerate(zip(self._data, self._styles, strict=True)):
            tallest, row_sizes = self._measure_row(r, row, styles, canv)
            heights.append(tallest)
            sizes.append(row_sizes)
        self._layout = _Layout(self._widths, heights, sizes)
        return self._layout

    def _measure_row(self, r: int, row: list[Any], styles: list[CellStyle],
                     canv: Canvas | None) -> tuple[float, list[tuple[float, float]]]:
        """The row's height and each cell's wrapped (width, height)."""
        tallest = 0.0
        row_sizes = []
        for c, (value, s) in enumerate(zip(row, styles, strict=True)):
            w = self._span_width(r, c) if self._spanned else self._widths[c]
            if isinstance(value, Flowable):
                if w is None:  # under another cell's span: not measured (a string is, as in reportlab)
                    row_sizes.append((0.0, 0.0))
                    continue
                avail = w - s.left - s.right
                if isinstance(value, TextBlock):
                    vw, vh = value.wrap(avail, 72000 - s.top - s.bottom)
                else:
                    vw, vh = value.wrapOn(canv, avail, 72000 - s.top - s.bottom)
                t = vh
            else:
                vw = 0.0
                t = vh = (s.leading or 1.2 * s.fontsize) * len(str(value).split("\n"))
            row_sizes.append((vw, vh))
            t += s.bottom + s.top
            if t > tallest:
                tallest = t
        return tallest, row_sizes

    def _rowpositions(self, heights: list[float]) -> list[float]:
        """Each row's top from the table's foot, summed from the foot up as reportlab does (compensated)."""
        out = []
        height = c = 0.0
        for h in reversed(heights):
            out.append(height)
            y = h - c
            t = height + y
            c = (t - height) - y
            height = t
        out.append(height)
        out.reverse()
        return out

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        layout = self._measure()
        self.height = self._rowpositions(layout.heights)[0]
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        layout = self._measure()  # a table wider than the frame splits all the same (rl_config.allowTableBoundsErrors)
        h = 0.0
        n = 0
        for rh in layout.heights:
            if h + rh > avail_height:
                break
            h += rh
            n += 1
        if n < len(self._data) and self._taller_than_a_page(n, layout):  # never to print whole: split inside it
            parts = self._split_in_row(n, avail_height - h, layout)
            if parts:
                return parts
        if n <= self.repeat_rows:
            return []
        if n == len(self._data):
            return [self]
        return self._split_at(n, layout)

    def _taller_than_a_page(self, n: int, layout: _Layout) -> bool:
        """Whether row n is taller than a fresh page holds below the header rows. Header rows taller than
        half a page are not repeated (they would leave no room), and may be split themselves."""
        canv = getattr(self, "canv", None)
        fresh = self.page_height if self.page_height is not None else fresh_height(canv)
        if fresh is None:
            return False
        header = sum(layout.heights[:self.repeat_rows])
        if self.repeat_rows and header > fresh / 2:
            self.repeat_rows = 0
            header = 0.0
        return n >= self.repeat_rows and layout.heights[n] > fresh - header + 1e-6

    def _split_in_row(self, n: int, room: float, layout: _Layout) -> list[Flowable]:
        """Rows up to n with the top of row n that fits in `room`, and (header rows and) the rest of row n
        with the rows after it; [] when row n cannot be split in that room."""
        canv = getattr(self, "canv", None)
        widths = [self._span_width(n, c) if self._spanned else w for c, w in enumerate(self._widths)]
        cells = split_row(self._data[n], self._styles[n], layout.sizes[n], widths, room, canv)
        if cells is None:
            return []
        top, rest = cells
        rr = self.repeat_rows
        first = GridTable([*self._data[:n], top], self._widths, self._styles[:n + 1],
                          first_part(n + 1, self._backgrounds), first_part(n + 1, self._lines),
                          first_part(n + 1, self._spans), rr)
        height, sizes = first._measure_row(n, top, self._styles[n], canv)
        first._layout = _Layout(self._widths, [*layout.heights[:n], height], [*layout.sizes[:n], sizes])
        # the rules as they are (no _splitLineCmds: a row split again and again at the same place would
        # double them each time)
        second = GridTable([*self._data[:rr], rest, *self._data[n + 1:]], self._widths,
                           self._styles[:rr] + self._styles[n:], rest_part(n, rr, self._backgrounds),
                           rest_part(n, rr, self._lines), rest_part(n, rr, self._spans), rr)
        height, sizes = second._measure_row(rr, rest, self._styles[n], canv)
        second._layout = _Layout(self._widths, [*layout.heights[:rr], height, *layout.heights[n + 1:]],
                                 [*layout.sizes[:rr], sizes, *layout.sizes[n + 1:]])
        second.page_height = first.page_height = self.page_height
        return [first, second]

    def _split_at(self, n: int, layout: _Layout) -> list[Flowable]:
        rr = self.repeat_rows
        lines = split_lines(n, self._lines)
        first = GridTable(self._data[:n], self._widths, self._styles[:n], first_part(n, self._backgrounds),
                          first_part(n, lines), first_part(n, self._spans), rr,
                          _Layout(self._widths, layout.heights[:n], layout.sizes[:n]))

        def rest(seq: list[Any]) -> list[Any]:
            return seq[:rr] + seq[n:]

        second = GridTable(rest(self._data), self._widths, rest(self._styles), rest_part(n, rr, self._backgrounds),
                           rest_part(n, rr, lines), rest_part(n, rr, self._spans), rr,
                           _Layout(self._widths, rest(layout.heights), rest(layout.sizes)))
        return [first, second]

    def draw(self) -> None:
        canvas: Canvas = self.canv
        layout = self._measure()
        rows = self._rowpositions(layout.heights)
        cols = self._colpositions
        self._draw_backgrounds(canvas, rows)
        fill: Any = None  # the fill colour in effect, when known
        font: tuple[str, float, float] | None = None
        shared: Writer | None = None  # the text object the text cells in a row of them write into
        for r, (row, styles, row_sizes) in enumerate(zip(self._data, self._styles, layout.sizes, strict=True)):
            bottom, height = rows[r + 1], layout.heights[r]
            for c, (value, s, (w, h)) in enumerate(zip(row, styles, row_sizes, strict=True)):
                spanned = self._span_width(r, c) if self._spanned else self._widths[c]
                if spanned is None:
                    continue
                col_width = spanned
                x0 = cols[c]
                if isinstance(value, Flowable):
                    if s.valign == "TOP":
                        y = bottom + height - s.top - h
                    elif s.valign == "BOTTOM":
                        y = bottom + s.bottom
                    else:
                        y = bottom + (height + s.bottom - s.top + h) / 2.0 - h
                    if s.alignment == "LEFT":
                        x = x0 + s.left
                    elif s.alignment == "RIGHT":
                        x = x0 + col_width - s.right - w
                    else:
                        x = x0 + (col_width + s.left - s.right - w) / 2.0
                    if isinstance(value, TextBlock):
                        direct = value.direct(canvas)
                        if shared is not None and direct is not isinstance(shared, TextCode):
                            _close(shared)
                            shared = None
                        if shared is None:
                            st = value.style
                            shared = text_writer(canvas, st.fontName, st.fontSize, value.leading, x, y, direct,
                                                 select=False)
                            shared.look = None  # nothing selected yet: the first text selects its font
                        fill = value.write(shared, x, y, fill)
                        continue
                    _close(shared)
                    shared = None
                    if isinstance(value, DirectFlowable):
                        value.draw_at(canvas, x, y)
                    else:
                        value.wrapOn(canvas, col_width - s.left - s.right, height - s.top - s.bottom)
                        value.drawOn(canvas, x, y)
                else:
                    text = str(value)
                    if not text:
                        continue
                    _close(shared)
                    shared = None
                    if fill is None or fill != s.color:
                        set_fill(canvas, s.color)
                        fill = s.color
                    if font != (s.fontname, s.fontsize, s.leading):
                        font = (s.fontname, s.fontsize, s.leading)
                        canvas.setFont(*font)
                    _draw_string(canvas, text, s, x0, col_width, bottom, height)
        _close(shared)
        self._draw_rules(canvas, rows)

    def _draw_backgrounds(self, canvas: Canvas, rows: list[float]) -> None:
        cols = self._colpositions
        nrows, ncols = len(rows) - 1, len(cols) - 1
        path: Any = None
        colour: Any = None
        for _, sc, sr, ec, er, (bg,) in self._backgrounds:
            if bg is None:
                continue
            x0, y0 = cols[sc], rows[sr]
            w, h = cols[min(ec + 1, ncols)] - x0, rows[min(er + 1, nrows)] - y0
            if sc == ec and sr == er and (sr, sc) in self._spanned:
                x0, w = cols[sc], cols[self._spanned[sr, sc] + 1] - cols[sc]
                y0, h = rows[sr + 1], rows[sr] - rows[sr + 1]
            if path is None or bg != colour:
                if path is not None:
                    canvas.drawPath(path, stroke=0, fill=1)
                set_fill(canvas, bg)
                colour, path = bg, canvas.beginPath()
            path.rect(x0, y0, w, h)
        if path is not None:
            canvas.drawPath(path, stroke=0, fill=1)

    def _draw_rules(self, canvas: Canvas, rows: list[float]) -> None:
        cols = self._colpositions
        nrows, ncols = len(rows) - 1, len(cols) - 1
        colour: Any = None
        weight: Any = None
        batch: list[tuple[float, float, float, float]] = []
        started = False
        for op, sc, sr, ec, er, (w, col) in self._lines:
            sc, ec, sr, er = max(0, sc), min(ncols - 1, ec), max(0, sr), min(nrows - 1, er)
            if op == "LINEBELOW":
                sr, er = sr + 1, er + 1
            xs, ys = cols[sc:ec + 2], rows[sr:er + 1]
            if len(xs) <= 1 or not ys:
                continue
            if not started:
                canvas.setLineCap(_LINE_CAP)
                canvas.setLineJoin(_LINE_JOIN)
                started = True
            new_colour = col if col and col != colour else colour
            new_weight = w if w and w != weight else weight  # a width of 0 keeps the width before, as reportlab
            if new_colour is not colour or new_weight is not weight:
                if batch:
                    draw_lines(canvas, batch)
                    batch = []
                if new_colour is not colour:
                    set_stroke(canvas, new_colour)
                if new_weight is not weight:
                    canvas.setLineWidth(new_weight)
                colour, weight = new_colour, new_weight
            x0, x1 = xs[0], xs[-1]
            batch += [(x0, y, x1, y) for y in ys]
        if batch:
            draw_lines(canvas, batch)


def _draw_string(canvas: Canvas, text: str, s: CellStyle, x0: float, width: float, bottom: float,
                 height: float) -> None:
    lines = text.split("\n")
    if s.valign == "BOTTOM":
        y = bottom + s.bottom + len(lines) * s.leading - s.fontsize
    elif s.valign == "TOP":
        y = bottom + height - s.top - s.fontsize
    else:
        y = bottom + (s.bottom + height - s.top + len(lines) * s.leading) / 2.0 - s.fontsize
    for line in lines:
        if s.alignment == "LEFT":
            draw_string(canvas, x0 + s.left, y, line)
        elif s.alignment == "RIGHT":
            draw_string(canvas, x0 + width - s.right, y, line, "right")
        else:
            draw_string(canvas, x0 + (width + s.left - s.right) * 0.5, y, line, "centre")
        y -= s.leading


def _close(writer: Writer | None) -> None:
    """End `writer`'s text object, if there is one."""
    if writer is not None:
        writer.draw()


def _grid_table(data: list[list[Any]], widths: list[float], commands: Sequence[Sequence[Any]],
                repeat_rows: int) -> GridTable | None:
    nrows = len(data)
    ncols = len(widths)
    if not nrows or not ncols or any(len(row) != ncols for row in data):
        return None
    if not all(isinstance(w, (int, float)) for w in widths):
        return None
    if not all(isinstance(v, (str, Flowable)) for row in data for v in row):
        return None
    cmds: list[Command] = []
    for cmd in commands:
        made = absolute(cmd, ncols, nrows)
        if made is None:
            return None
        cmds.append(made)
    styles = row_styles(nrows, ncols, [c for c in cmds if c[0] in STYLE_OPS])
    return GridTable(data, [float(w) for w in widths], styles, [c for c in cmds if c[0] == "BACKGROUND"],
                     [c for c in cmds if c[0] in LINE_OPS], [c for c in cmds if c[0] == "SPAN"], repeat_rows)


def table(data: Sequence[Sequence[Any]], widths: Sequence[float], commands: Sequence[Sequence[Any]],
          repeat_rows: int = 0) -> Flowable:
    """`Table(data, colWidths=widths, repeatRows=repeat_rows, splitInRow=0, hAlign="LEFT")` styled with
    `commands`: a GridTable when it supports them all, else that reportlab Table."""
    rows = [list(r) for r in data]
    fast = _grid_table(rows, list(widths), commands, repeat_rows)
    if fast is not None:
        return fast
    slow = RowSplittingTable(rows, colWidths=list(widths), repeatRows=repeat_rows, splitInRow=0, hAlign="LEFT")
    slow.setStyle(TableStyle([tuple(c) for c in commands]))
    return slow
