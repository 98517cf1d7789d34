"""Plain text in one font and colour, without markup: the fast path behind `pdf_base.para`.

reportlab's Paragraph parses markup with an HTML parser and measures every word again on every wrap; a
report has a thousand short table cells, so that was most of an export's time. `PlainText` breaks lines
exactly as Paragraph does for text without markup (greedy, a line may exceed its width by 5 % of a space per
space, explicit line breaks kept), with each word's width measured once per font and size, and draws all its
lines with one text object. One difference is deliberate: a word wider than the line is divided with a hyphen
at a syllable or compound joint (`pdf_hyphen`), where Paragraph splits it anywhere without one. Markup (several
fonts or colours in one paragraph) stays with Paragraph (`pdf_base.rich`).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from vzworkshop.reports.pdf_hyphen import HYPHEN, divide
from vzworkshop.reports.pdf_textcode import Writer, plain_colour, set_fill, text_writer, usable, word_width

SPACE_SHRINKAGE = 0.05  # reportlab's default (rl_config.spaceShrinkage)
_FUZZ = 1e-6  # reportlab's rl_config._FUZZ


def _split_word(word: str, room: float, max_width: float, font: str, size: float,
                line_has_words: bool) -> list[str]:
    """A word wider than the line in pieces (see `pdf_hyphen.divide`): the first continues the current line
    (empty: the word starts the next), each piece but the last ends its line, with a hyphen where it divides
    letters."""
    widths = [word_width(char, font, size) for char in word]
    hyphen = word_width(HYPHEN, font, size)
    pieces: list[str] = []
    start = 0
    for end, added in divide(word, widths, room, max_width, lambda _p: hyphen, line_has_words):
        pieces.append(word[start:end] + (HYPHEN if added else ""))
        start = end
    pieces.append(word[start:])
    return pieces


def _break_segment(words: list[str], max_width: float, font: str, size: float,
                   lines: list[tuple[str, float]]) -> None:
    """Append the lines of one segment (no explicit breaks) to `lines` as (text, width)."""
    space = word_width(" ", font, size)
    current = -space
    for word in words:  # most segments (a table cell, a heading) fit on one line: added up as below
        current = current + space + word_width(word, font, size)
    if current <= max_width:
        lines.append((" ".join(words), current))
        return
    shrink = SPACE_SHRINKAGE * space
    line: list[str] = []
    current = -space
    i = 0
    pending: list[str] = []  # the pieces of a split word still to place; the last continues normally
    while i < len(words) or pending:
        if pending:
            piece = pending.pop(0)
            if pending:  # not the last piece: it ends its line
                if piece:
                    line.append(piece)
                    current += space + word_width(piece, font, size)
                lines.append((" ".join(line), max(current, 0.0)))
                line, current = [], -space
                continue
            word = piece
            width = word_width(word, font, size)
            new = current + space + width
            if new <= max_width + shrink * len(line) or not line:
                line.append(word)
                current = new
            else:
                lines.append((" ".join(line), current))
                line, current = [word], width
            continue
        word = words[i]
        i += 1
        width = word_width(word, font, size)
        new = current + space + width
        limit = max_width + shrink * len(line)
        if new > limit and width > max_width:
            pending = _split_word(word, max_width - current - space, max_width, font, size, bool(line))
            continue
        if new <= limit or not line:
            line.append(word)
            current = new
        else:
            lines.append((" ".join(line), current))
            line, current = [word], width
    if line:
        lines.append((" ".join(line), current))


def break_lines(text: str, font: str, size: float, max_width: float) -> list[tuple[str, float]]:
    """`text` wrapped at `max_width` points: (line, its width) per line; white space collapses as in
    Paragraph, a newline starts a new line."""
    lines: list[tuple[str, float]] = []
    for segment in text.split("\n"):
        words = segment.split()
        if words:
            _break_segment(words, max_width, font, size, lines)
        else:
            lines.append(("", 0.0))
    return lines


class TextBlock(Flowable):
    """What PlainText and RichText share: wrapping (remembered per width), splitting between lines across
    pages as Paragraph does (no lone first line at the foot of a page), drawing without a translation."""

    # Flowable.__init__'s attributes as class defaults (a report makes a thousand blocks; an instance sets
    # only what differs)
    width: float = 0
    height: float = 0
    wrapped = 0
    hAlign = "LEFT"
    vAlign = "BOTTOM"
    _traceInfo = None
    _showBoundary = None
    encoding = None

    def __init__(self, style: ParagraphStyle, lines: list[Any] | None = None) -> None:  # without Flowable.__init__
        self.style = style
        self.leading: float = style.leading
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self._lines = lines
        self._wrapped_at = -1.0 if lines is None else 0.0  # 0: the lines of a split part, kept as they are

    def _layout(self, width: float) -> list[Any]:
        raise NotImplementedError

    def _part(self, lines: list[Any]) -> TextBlock:
        raise NotImplementedError

    def _draw_lines(self, canvas: Canvas, x: float, y: float, lines: list[Any], fill: Any) -> Any:
        """Draw `lines` at (x, y); `fill` is the fill colour in effect (None: unknown); returns the one in
        effect afterwards."""
        raise NotImplementedError

    def direct(self, canvas: Canvas) -> bool:
        """Whether `TextCode` writes this block on `canvas` (else reportlab's text object: `ReportlabText`)."""
        raise NotImplementedError

    def write(self, code: Writer, x: float, y: float, fill: Any) -> Any:
        """Write the block as wrapped at (x, y) into the open text object `code` (a TextCode when `direct`),
        which its lines place themselves in (a table's cells share one); `fill` is the fill colour in effect
        (None: unknown). Returns the fill colour in effect afterwards."""
        raise NotImplementedError

    def _lines_at(self, width: float) -> list[Any]:
        if self._lines is None or (self._wrapped_at > 0 and abs(width - self._wrapped_at) > _FUZZ):
            self._lines = self._layout(width)
            self._wrapped_at = width
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if avail_width < _FUZZ:
            return 0, 0x7FFFFFFF
        self.width = avail_width
        self.height = len(self._lines_at(avail_width)) * self.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if avail_width < _FUZZ or avail_height < _FUZZ:
            return []
        lines = self._lines_at(avail_width)
        fit = int(avail_height / self.leading)
        if not lines or fit <= 1:  # Paragraph's default: no orphaned first line
            return []
        if len(lines) <= fit:
            return [self]
        return [self._part(lines[:fit]), self._part(lines[fit:])]

    def draw(self) -> None:
        self._draw_at(self.canv, 0.0, 0.0)

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        """Draw at (x, y) without the translation and saved state every Flowable pays for."""
        self._draw_at(canvas, self._hAlignAdjust(x, _sW), y)

    def _draw_at(self, canvas: Canvas, x: float, y: float) -> None:
        lines = self._lines_at(self.width)
        if not lines:
            return
        canvas.saveState()  # as every Flowable: what it sets is undone (reportlab's Table relies on it)
        self._draw_lines(canvas, x, y, lines, None)
        canvas.restoreState()

    def draw_bare(self, canvas: Canvas, x: float, y: float, fill: Any) -> Any:
        """Draw at (x, y) as wrapped, without saving the graphics state (a table restores it once for all its
        cells); `fill` is the fill colour in effect (None: unknown). Returns the fill colour left in effect."""
        lines = self._lines_at(self.width)
        return self._draw_lines(canvas, x, y, lines, fill) if lines else fill


class PlainText(TextBlock):
    """Plain text in the font, size, leading, colour, alignment and spacing of a paragraph style; wraps and
    splits across pages like Paragraph and draws the same."""

    def __init__(self, text: str, style: ParagraphStyle, lines: list[tuple[str, float]] | None = None) -> None:
        super().__init__(style, lines)
        self.text = text
        self.font: str = style.fontName
        self.size: float = style.fontSize

    def _layout(self, width: float) -> list[tuple[str, float]]:
        text = self.text
        if not text:
            return []
        if " " not in text and "\n" not in text:  # a single word that fits, as most table cells: break_lines' line
            words = text.split()
            if len(words) == 1 and words[0] == text:
                w = word_width(text, self.font, self.size)
                if w <= width:
                    return [(text, w)]
        return break_lines(text, self.font, self.size, width)

    def _part(self, lines: list[Any]) -> TextBlock:
        return PlainText(self.text, self.style, lines)

    def direct(self, canvas: Canvas) -> bool:
        return usable(canvas, self.font) and plain_colour(self.style.textColor)

    def _draw_lines(self, canvas: Canvas, x: float, y: float, lines: list[tuple[str, float]], fill: Any) -> Any:
        colour = self.style.textColor
        if fill is None or (fill is not colour and fill != colour):
            set_fill(canvas, colour)
        code = text_writer(canvas, self.font, self.size, self.leading, x, y + self.height - self.size,
                           usable(canvas, self.font))
        self._write_lines(code, lines)
        code.draw()
        return colour

    def write(self, code: Writer, x: float, y: float, fill: Any) -> Any:
        lines = self._lines_at(self.width)
        if not lines:
            return fill
        colour = self.style.textColor
        code.origin(x, y + self.height - self.size)
        code.select(self.font, self.size, self.leading)
        if fill is None or (fill is not colour and fill != colour):
            code.fill(colour)
        self._write_lines(code, lines)
        return colour

    def _write_lines(self, code: Writer, lines: list[tuple[str, float]]) -> None:
        alignment = self.style.alignment
        aligned = alignment in (TA_RIGHT, TA_CENTER)
        shifted = 0.0
        for text, width in lines:
            extra = self.width - width
            squeeze = extra < -1e-8 and " " in text  # a line let past its width: spaces shrink to fit
            if aligned:
                dx = 0.0 if squeeze else extra if alignment == TA_RIGHT else extra / 2
                if dx != shifted:
                    code.move(dx - shifted)
                    shifted = dx
            if squeeze:
                code.word_space(extra / text.count(" "))
                code.line(text)
                code.word_space(0)
            else:
                code.line(text)
