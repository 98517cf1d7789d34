"""The PDF code of a text object in an embedded TrueType font, written byte for byte as reportlab's
PDFTextObject writes it (beginText, setFont, moveCursor, setWordSpace, textLine, drawText) without its
overhead per call: numbers formatted once per value, the font operator prepared once per object.

Used by `PlainText` for the thousand small text blocks of a report; anything else (a non-TrueType font, a
top-down canvas) goes through reportlab's text object.

Beside it, the other PDF code the reports write directly, each the code of the canvas call it replaces with its
numbers formatted once (`number`): colours (`set_fill`, `set_stroke`), lines, rectangles, line widths, a
translation, and `PlacedFlowable` / `DirectFlowable`, the base of our figures and tables.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from math import log
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as canvas_module
from reportlab.pdfgen.canvas import PATH_OPS, Canvas
from reportlab.platypus import Flowable

_CACHE_LIMIT = 50_000  # words remembered per font and size before the memory is cleared


@lru_cache(maxsize=64)
def remembered_widths(font: str, size: float) -> dict[str, float]:
    """The words of one font and size measured so far (word -> width in points), filled by `word_width`; a hot
    loop may look a word up here first."""
    return {}


def word_width(word: str, font: str, size: float) -> float:
    """pdfmetrics.stringWidth(word, font, size), remembered."""
    widths = remembered_widths(font, size)
    width = widths.get(word)
    if width is None:
        if len(widths) > _CACHE_LIMIT:
            widths.clear()
        width = widths[word] = stringWidth(word, font, size)
    return width


_LOG_E_10 = log(10.0)
_FORMATS = ("%.0f", "%.1f", "%.2f", "%.3f", "%.4f", "%.5f", "%.6f")


@lru_cache(maxsize=8192)
def number(value: float) -> str:
    """A number as reportlab writes it into PDF code (`fp_str`, in pure Python, of one value), remembered:
    the same steps with the trailing zeros cut by rstrip instead of a loop over characters."""
    size = abs(value)
    if size <= 1e-7:
        return "0"
    places = 6 if size <= 1 else min(max(0, 6 - int(log(size) / _LOG_E_10)), 6)
    text = _FORMATS[places] % value
    if places:
        text = text.rstrip("0")
        if text[-1] == ".":
            text = text[:-1]
    return text if text[0] != "0" or len(text) == 1 else text[1:]


def plain_colour(colour: object) -> bool:
    """An opaque RGB colour, which `TextCode.fill` writes as reportlab does (no separations, no alpha)."""
    return type(colour) is Color and getattr(colour, "alpha", 1) == 1


def set_fill(canvas: Canvas, colour: Any) -> None:
    """canvas.setFillColor(colour): the same code and state, an opaque RGB colour's numbers formatted once."""
    if not plain_colour(colour) or canvas._enforceColorSpace:
        canvas.setFillColor(colour)
        return
    canvas._fillColorObj = colour
    _set_rgb(canvas, colour, "rg", "ca")


def set_stroke(canvas: Canvas, colour: Any) -> None:
    """canvas.setStrokeColor(colour), as `set_fill`."""
    if not plain_colour(colour) or canvas._enforceColorSpace:
        canvas.setStrokeColor(colour)
        return
    canvas._strokeColorObj = colour
    _set_rgb(canvas, colour, "RG", "CA")


def _set_rgb(canvas: Canvas, colour: Color, operator: str, alpha: str) -> None:
    """The colour's code, then its alpha as setFillAlpha / setStrokeAlpha sets it (setFillColor calls them)."""
    canvas._code.append(f"{number(colour.red)} {number(colour.green)} {number(colour.blue)} {operator}")
    canvas._doc.ensureMinPdfVersion("transparency")
    canvas._extgstate.set(canvas, alpha, colour.alpha)


def line(canvas: Canvas, x1: float, y1: float, x2: float, y2: float) -> None:
    """canvas.line(x1, y1, x2, y2)."""
    canvas._code.append(f"n {number(x1)} {number(y1)} m {number(x2)} {number(y2)} l S")


def rect(canvas: Canvas, x: float, y: float, width: float, height: float, stroke: int = 1, fill: int = 0) -> None:
    """canvas.rect(x, y, width, height, stroke, fill)."""
    canvas._code.append(f"n {number(x)} {number(y)} {number(width)} {number(height)} re "
                        + PATH_OPS[stroke, fill, canvas._fillMode])


def line_width(canvas: Canvas, width: float) -> None:
    """canvas.setLineWidth(width)."""
    canvas._lineWidth = width
    canvas._code.append(f"{number(width)} w")


def translate(canvas: Canvas, x: float, y: float) -> None:
    """canvas.translate(x, y); the same code, matrix and merging with a translation just before."""
    code = canvas._code
    if code and code[-1][-3:] == " cm":
        canvas.translate(x, y)
        return
    if canvas_module.ENABLE_TRACKING:
        a0, b0, c0, d0, e0, f0 = canvas._currentMatrix
        canvas._currentMatrix = (a0 * 1 + c0 * 0, b0 * 1 + d0 * 0, a0 * 0 + c0 * 1, b0 * 0 + d0 * 1,
                                 a0 * x + c0 * y + e0, b0 * x + d0 * y + f0)
    code.append(f"1 0 0 1 {number(x)} {number(y)} cm")


def usable(canvas: Canvas, font_name: str) -> bool:
    """Whether TextCode writes what reportlab's text object would for this canvas and font."""
    return bool(canvas.bottomup) and bool(pdfmetrics.getFont(font_name)._dynamicFont)


class FirstSubset:
    """The characters a TrueType font's first subset already holds in one document, each with its code as
    reportlab escapes it: text made only of those is written without `splitString` (which walks every
    character in Python), by one `str.translate`."""

    def __init__(self, font: TTFont, doc: object) -> None:
        self.known: set[str] = set()
        self.escaped: dict[int, str] = {}
        self._font = font
        self._doc = doc
        self._name = ""

    def name(self) -> str:
        """The PDF name of the font's first subset in the document (asked of reportlab once)."""
        if not self._name:
            self._name = self._font.getSubsetInternalName(0, self._doc)
        return self._name

    def learn(self, font: TTFont, doc: object, escape: Callable[[bytes], str]) -> None:
        """Take in the codes `splitString` has assigned so far (codes only grow: an assigned one stays)."""
        assignments = font.state[doc].assignments
        for char, n in assignments.items():
            if n < 256 and char not in self.escaped:
                self.escaped[char] = escape(bytes([n]))
                self.known.add(chr(char))
        if 32 in self.escaped and 0xA0 not in self.escaped:  # reportlab writes a no-break space as a space
            self.escaped[0xA0] = self.escaped[32]
            self.known.add("\u00a0")


def _first_subset(font: TTFont, doc: object) -> FirstSubset:
    """The document's `FirstSubset` of `font` (kept on the document, so it goes with it)."""
    kept: dict[str, FirstSubset] = doc.__dict__.setdefault("_vzworkshop_first_subsets", {})
    codes = kept.get(font.fontName)
    if codes is None:
        codes = kept[font.fontName] = FirstSubset(font, doc)
    return codes


class TextCode:
    """One text object (BT ... ET) at (x, y) in one TrueType font, size and leading."""

    def __init__(self, canvas: Canvas, font_name: str, size: float, leading: float, x: float, y: float) -> None:
        self._canvas = canvas
        self._doc = canvas._doc
        self._font = pdfmetrics.getFont(font_name)
        self._codes = _first_subset(self._font, self._doc)
        self._selects = f"{number(size)} Tf {number(leading)} TL"
        self._subset = -1
        self._code = ["BT", f"1 0 0 1 {number(x)} {number(y)} Tm"]
        self.look: tuple[str, float, float] | None = (font_name, size, leading)  # selected with the next text

    def origin(self, x: float, y: float) -> None:
        """setTextOrigin(x, y)."""
        self._code.append(f"1 0 0 1 {number(x)} {number(y)} Tm")

    def font(self, font_name: str, size: float, leading: float) -> None:
        """setFont(font_name, size, leading): selected with the next text."""
        self._font = pdfmetrics.getFont(font_name)
        self._codes = _first_subset(self._font, self._doc)
        self._selects = f"{number(size)} Tf {number(leading)} TL"
        self._subset = -1
        self.look = (font_name, size, leading)

    def select(self, font_name: str, size: float, leading: float) -> None:
        """font(...) unless that font, size and leading are selected already."""
        if self.look != (font_name, size, leading):
            self.font(font_name, size, leading)

    def fill(self, colour: Color) -> None:
        """setFillColor(colour) for an opaque RGB colour (see `plain_colour`)."""
        self._doc.ensureMinPdfVersion("transparency")
        self._code.append(f"{number(colour.red)} {number(colour.green)} {number(colour.blue)} rg")

    def move(self, dx: float) -> None:
        """moveCursor(dx, 0) after a line (reportlab combines nothing there)."""
        self._code.append(f"{number(dx)} 0 Td")

    def word_space(self, space: float) -> None:
        self._code.append(f"{number(space)} Tw")

    def line(self, text: str) -> None:
        """textLine(text)."""
        self._code.append(self._format(text) + " T*")

    def text(self, text: str) -> None:
        """_textOut(text): the text where the cursor is, the cursor left where it was."""
        self._code.append(self._format(text))

    def _format(self, text: str) -> str:
        codes = self._codes
        if text and codes.known.issuperset(text):  # the usual case: characters the document's first subset holds
            code = f"({text.translate(codes.escaped)}) Tj"
            if self._subset == 0:
                return code
            self._subset = 0
            return f"{codes.name()} {self._selects} {code}"
        parts = []
        font = self._font
        escape = self._canvas._escape
        for subset, chunk in font.splitString(text, self._doc):
            if subset != self._subset:
                parts.append(f"{font.getSubsetInternalName(subset, self._doc)} {self._selects}")
                self._subset = subset
            parts.append(f"({escape(chunk)}) Tj")
        codes.learn(font, self._doc, escape)
        return " ".join(parts)

    def draw(self) -> None:
        """canvas.drawText(...)."""
        self._code.append("ET")
        self._canvas._code.append(" ".join(self._code))



class ReportlabText:
    """`TextCode`'s calls made on reportlab's own text object: for what TextCode does not write (a font that
    is not TrueType, a colour with alpha or separations), so a block has one way of laying out its lines."""

    def __init__(self, canvas: Canvas, font_name: str, size: float, leading: float, x: float, y: float,
                 select: bool = True) -> None:
        self._canvas = canvas
        self._text: Any = canvas.beginText(x, y)
        self.look: tuple[str, float, float] | None = None
        if select:  # TextCode selects the font with the first text; a caller that sets one itself need not
            self.font(font_name, size, leading)

    def origin(self, x: float, y: float) -> None:
        self._text.setTextOrigin(x, y)

    def font(self, font_name: str, size: float, leading: float) -> None:
        self._text.setFont(font_name, size, leading)
        self.look = (font_name, size, leading)

    def select(self, font_name: str, size: float, leading: float) -> None:
        if self.look != (font_name, size, leading):
            self.font(font_name, size, leading)

    def fill(self, colour: Any) -> None:
        self._text.setFillColor(colour)

    def move(self, dx: float) -> None:
        self._text.moveCursor(dx, 0)

    def word_space(self, space: float) -> None:
        self._text.setWordSpace(space)

    def line(self, text: str) -> None:
        self._text.textLine(text)

    def text(self, text: str) -> None:
        self._text._textOut(text)

    def draw(self) -> None:
        self._canvas.drawText(self._text)


Writer = TextCode | ReportlabText


def text_writer(canvas: Canvas, font_name: str, size: float, leading: float, x: float, y: float,
                direct: bool, select: bool = True) -> TextCode | ReportlabText:
    """A `TextCode` when `direct` (see `usable`), else the same calls on reportlab's text object."""
    if direct:
        return TextCode(canvas, font_name, size, leading, x, y)
    return ReportlabText(canvas, font_name, size, leading, x, y, select)

def draw_string(canvas: Canvas, x: float, y: float, text: str, anchor: str = "left") -> None:
    """canvas.drawString (anchor "left"), drawRightString ("right") or drawCentredString ("centre") in the
    canvas's current font, written by `TextCode` when it can (the same PDF code, a third of the time)."""
    font, size = canvas._fontname, canvas._fontsize
    if not usable(canvas, font):
        draw = {"left": canvas.drawString, "right": canvas.drawRightString, "centre": canvas.drawCentredString}
        draw[anchor](x, y, text)
        return
    if anchor != "left":
        width = word_width(text, font, size)
        x -= width if anchor == "right" else 0.5 * width
    code = TextCode(canvas, font, size, canvas._leading, x, y)
    code.line(text)
    code.draw()


def draw_lines(canvas: Canvas, segments: list[tuple[float, float, float, float]]) -> None:
    """canvas.lines(segments), its numbers formatted once per value."""
    code = canvas._code
    code.append("n")
    code += [f"{number(x0)} {number(y0)} m {number(x1)} {number(y1)} l" for x0, y0, x1, y1 in segments]
    code.append("S")


class PlacedFlowable(Flowable):
    """A Flowable whose drawOn writes what Flowable.drawOn writes (a saved state, a translation, draw()) with
    the translation's numbers formatted once (`translate`)."""

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        if getattr(self, "_showBoundary", None):
            super().drawOn(canvas, x, y, _sW)
            return
        x = self._hAlignAdjust(x, _sW)
        canvas.saveState()
        translate(canvas, x, y)
        self._drawOn(canvas)
        canvas.restoreState()


class DirectFlowable(PlacedFlowable):
    """A figure whose `draw_at(canvas, x, y)` writes what `drawOn(canvas, x, y)` would, directly, and whose
    size does not depend on the room it is given: a GridTable draws it without wrapOn and drawOn."""

    def draw_at(self, canvas: Canvas, x: float, y: float) -> None:
        raise NotImplementedError
