"""Text with the little markup the reports use (<b>, <font color=... size=...>, <br/>): the fast path behind
`pdf_base.rich`.

`RichText` reads that markup with one regular expression instead of reportlab's HTML parser, breaks lines
as Paragraph does for several fragments (a word may change font in its middle; the space after a word is
measured in that word's last font; a line may exceed its width by 5 % of its spaces, which then shrink;
words wider than the line divided with a hyphen, see `pdf_hyphen`, where Paragraph splits them anywhere)
with word widths measured once, and draws all lines with one text object. Markup outside that subset is left to
Paragraph (`parse` returns None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from vzworkshop.reports.pdf_hyphen import HYPHEN, divide
from vzworkshop.reports.pdf_text import SPACE_SHRINKAGE, TextBlock
from vzworkshop.reports.pdf_textcode import (
    Writer,
    plain_colour,
    remembered_widths,
    text_writer,
    usable,
    word_width,
)


@dataclass(frozen=True, slots=True)
class Look:
    """How a stretch of text is drawn."""

    font: str
    size: float
    color: Any


@dataclass(slots=True)
class Run:
    text: str
    look: Look


BREAK = None  # an explicit line break (<br/>) among the fragments
Fragment = Run | None

_TAG = re.compile(r"<(/?)(b|font|br)\s*((?:\w+\s*=\s*(?:'[^']*'|\"[^\"]*\")\s*)*)(/?)>")
_ATTR = re.compile(r"(\w+)\s*=\s*(?:'([^']*)'|\"([^\"]*)\")")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'"}
_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|#39);")
_ENTITY_SPLIT = re.compile(r"(&(?:amp|lt|gt|quot|#39);)")
_SPACE = re.compile(r"\s+")
_WHOLE_BOLD = re.compile(r"<b>([^<>&\n\xa0\u200b]*)</b>")


@lru_cache(maxsize=64)
def _bold(font: str) -> str:
    family, _, italic = ps2tt(font)
    return str(tt2ps(family, 1, italic))


def _unescape(text: str) -> str | None:
    if "<" in text or ">" in text or "\xa0" in text or "\u200b" in text:
        return None  # markup we do not read, or spaces Paragraph treats differently
    if "&" in text:
        text = _ENTITY.sub(lambda m: _ENTITIES[m.group()], text)
    return text


def whole_bold(markup: str) -> str | None:
    """The text of `markup` that is one bold run of plain text ("<b>3,4</b>": no entities, tags, line breaks
    or spaces Paragraph treats differently), which `PlainText` in `bold_style` draws as RichText would; else
    None."""
    m = _WHOLE_BOLD.fullmatch(markup)
    return None if m is None else m.group(1)


@lru_cache(maxsize=64)
def bold_style(style: ParagraphStyle) -> ParagraphStyle:
    """`style` in the font <b> selects in it."""
    return style.clone(f"{style.name}-bold", fontName=_bold(style.fontName))


@lru_cache(maxsize=64)
def _colour(value: str) -> colors.Color:
    """`colors.toColor(value)`, remembered: for "#555555" reportlab evaluates the text each time."""
    return colors.toColor(value)


def _runs(text: str, look: Look) -> list[Run]:
    """`text` (unescaped already checked) as Paragraph's parser hands it on: an entity is a fragment of its
    own, which matters for the width of a space right after it (see `_space`)."""
    return [Run(_ENTITIES.get(piece, piece), look) for piece in _ENTITY_SPLIT.split(text) if piece]


def parse(markup: str, style: ParagraphStyle) -> list[Fragment] | None:
    """The fragments of `markup` in `style`, or None when it uses markup beyond <b>, <font>, <br/>."""
    if "&" in _ENTITY.sub("", markup):
        return None  # an entity we do not know
    base = Look(style.fontName, style.fontSize, style.textColor)
    stack = [base]
    out: list[Fragment] = []
    pos = 0
    for m in _TAG.finditer(markup):
        raw = markup[pos:m.start()]
        if _unescape(raw) is None:
            return None
        out += _runs(raw, stack[-1])
        pos = m.end()
        closing, tag, attrs, empty = m.group(1), m.group(2), m.group(3), m.group(4)
        look = stack[-1]
        if tag == "br":
            if closing or attrs.strip() or not empty:
                return None
            out.append(BREAK)
        elif closing:
            if empty or attrs.strip() or len(stack) == 1:
                return None
            stack.pop()
        elif empty:
            return None
        elif tag == "b":
            if attrs.strip():
                return None
            stack.append(Look(_bold(look.font), look.size, look.color))
        else:
            size, color = look.size, look.color
            for name, single, double in _ATTR.findall(attrs):
                value = single or double
                try:
                    if name == "size":
                        size = float(value)
                    elif name == "color":
                        color = _colour(value)
                    else:
                        return None
                except ValueError:
                    return None
            stack.append(Look(look.font, size, color))
    raw = markup[pos:]
    if _unescape(raw) is None or len(stack) != 1:
        return None
    return out + _runs(raw, stack[-1])


@dataclass(slots=True)
class _Word:
    runs: list[Run]
    width: float
    space: Look | None  # the look of the space after the word (that of the text the space is in), if any
    piece: bool = False  # a piece of a split word: never split again
    space_apart: bool = False  # the space is in a later fragment than the word's last character


def _words(fragments: list[Fragment]) -> list[_Word | None]:
    """Words (sequences of non-space text, possibly in several looks) and line breaks (None)."""
    out: list[_Word | None] = []
    runs: list[Run] = []
    width = 0.0
    last = -1  # the index of the fragment of the word's last character
    for index, frag in enumerate(fragments):
        if frag is None:
            if runs:
                out.append(_Word(runs, width, None))
                runs, width = [], 0.0
            out.append(None)
            continue
        look = frag.look
        widths = remembered_widths(look.font, look.size)
        for i, part in enumerate(_SPACE.split(frag.text)):
            if i and runs:  # a space ends the word
                out.append(_Word(runs, width, look, space_apart=last != index))
                runs, width = [], 0.0
            if part:
                runs.append(Run(part, look))
                w = widths.get(part)
                width += word_width(part, look.font, look.size) if w is None else w
                last = index
    if runs:
        out.append(_Word(runs, width, None))
    return out


@dataclass(slots=True)
class _Line:
    runs: list[Run]
    width: float
    words: int

    def add(self, word: _Word, space: Look | None) -> None:
        runs = self.runs  # its own Runs (copies of the words'), so they may grow in place
        if space is not None and runs:
            last = runs[-1]
            if last.look is space or last.look == space:
                last.text += " "
            else:
                runs.append(Run(" ", space))
        for run in word.runs:
            if runs:
                last = runs[-1]
                if last.look is run.look or last.look == run.look:
                    last.text += run.text
                    continue
            runs.append(Run(run.text, run.look))
        self.words += 1


def _space(word: _Word, starts_line: bool) -> float:
    """The width of the space after `word`, measured as Paragraph measures it: in the look of the text the
    space is in; when the space is in the same fragment as the word's last character, at the size of the word's
    first fragment unless the word starts a line (this differs only for a word whose size changes in its
    middle)."""
    space = word.space
    if space is None or not word.runs:
        return 0.0
    last = word.runs[-1].look
    if word.space_apart or starts_line:
        return word_width(" ", space.font, space.size)
    return word_width(" ", last.font, word.runs[0].look.size)


def _split_word(word: _Word, room: float, max_width: float, line_has_words: bool) -> list[_Word]:
    """A word wider than the line in pieces (see `pdf_hyphen.divide`): the first fills `room` (empty: the word
    starts the next line), the others a line each; a hyphen, in the look of the letter before it, where a
    piece divides letters."""
    chars = [(char, run.look) for run in word.runs for char in run.text]
    text = "".join(char for char, _ in chars)
    widths = [word_width(char, look.font, look.size) for char, look in chars]

    def hyphen(p: int) -> float:
        look = chars[p - 1][1]
        return word_width(HYPHEN, look.font, look.size)

    def piece(start: int, end: int, added: bool, space: Look | None = None, apart: bool = False) -> _Word:
        runs: list[Run] = []
        part = chars[start:end] + ([(HYPHEN, chars[end - 1][1])] if added else [])
        for char, look in part:
            if runs and runs[-1].look == look:
                runs[-1] = Run(runs[-1].text + char, look)
            else:
                runs.append(Run(char, look))
        width = sum(widths[start:end]) + (hyphen(end) if added else 0.0)
        return _Word(runs, width, space, True, apart)

    pieces: list[_Word] = []
    start = 0
    for end, added in divide(text, widths, room, max_width, hyphen, line_has_words):
        pieces.append(piece(start, end, added))
        start = end
    pieces.append(piece(start, len(chars), False, word.space, word.space_apart))
    return pieces


def break_rich(fragments: list[Fragment], max_width: float) -> list[_Line]:
    """Lines of `fragments` at `max_width` points, as Paragraph breaks fragments."""
    lines: list[_Line] = []
    line = _Line([], 0.0, 0)
    space = 0.0  # the width of the space after the last word on the line
    space_look: Look | None = None
    spaces = 0.0  # the widths of the spaces between the words on the line
    queue = _words(fragments)
    queue.reverse()
    while queue:
        word = queue.pop()
        if word is None:
            lines.append(line)
            line, space, spaces, space_look = _Line([], 0.0, 0), 0.0, 0.0, None
            continue
        new = line.width + space + word.width if word.width > 0 else line.width
        limit = max_width + SPACE_SHRINKAGE * (spaces + space)
        if new > limit and not word.piece and word.width > max_width:
            pieces = _split_word(word, max_width - space - line.width, max_width, line.words > 0)
            placed: list[_Word | None] = []
            for part in pieces[:-1]:  # each piece but the last ends its line
                placed += [part, None] if part.runs else [None]
            queue += reversed([*placed, pieces[-1]])
            continue
        if new > limit and line.words:
            lines.append(line)
            line, spaces = _Line([], word.width, 0), 0.0
            line.add(word, None)
            space, space_look = _space(word, True), word.space
            continue
        if line.words:
            spaces += space
        line.add(word, space_look if line.words else None)
        line.width = new
        space, space_look = _space(word, False), word.space
    if line.words:
        lines.append(line)
    return lines


class RichText(TextBlock):
    """Text with <b>, <font color size> and <br/> in a paragraph style (see `parse`); wraps, splits and draws
    as Paragraph does."""

    def __init__(self, fragments: list[Fragment], style: ParagraphStyle,
                 lines: list[_Line] | None = None) -> None:
        super().__init__(style, lines)
        self.fragments = fragments
        self._plain: bool | None = None  # whether TextCode can write it (see _writable)

    def _layout(self, width: float) -> list[_Line]:
        return break_rich(self.fragments, width)

    def _part(self, lines: list[Any]) -> TextBlock:
        return RichText(self.fragments, self.style, lines)

    def _draw_lines(self, canvas: Canvas, x: float, y: float, lines: list[_Line], fill: Any) -> Any:
        code = text_writer(canvas, self.style.fontName, self.style.fontSize, self.leading, x,
                           y + self.height - self._first_size(lines), self._writable(canvas), select=False)
        color = self._write(code, x, y, lines, None)
        code.draw()
        return fill if color is None else color  # colours set in a text object stay in the graphics state

    def direct(self, canvas: Canvas) -> bool:
        return self._writable(canvas)

    def write(self, code: Writer, x: float, y: float, fill: Any) -> Any:
        lines = self._lines_at(self.width)
        return self._write(code, x, y, lines, fill) if lines else fill

    def _first_size(self, lines: list[_Line]) -> float:
        return max((run.look.size for run in lines[0].runs), default=self.style.fontSize)

    def _write(self, code: Writer, x: float, y: float, lines: list[_Line], color: Any) -> Any:
        """The lines, each placed at its start; `color`: the fill colour in effect (None: unknown). Returns the
        one in effect afterwards (None: still unknown)."""
        alignment = self.style.alignment
        line_y = y + self.height - self._first_size(lines)
        for line in lines:
            extra = self.width - line.width
            squeeze = extra < -1e-8 and line.words > 1  # a line let past its width: spaces shrink to fit
            dx = 0.0
            if alignment in (TA_RIGHT, TA_CENTER) and not squeeze:
                dx = extra if alignment == TA_RIGHT else extra / 2
            code.origin(x + dx, line_y)
            if squeeze:
                code.word_space(extra / (line.words - 1))
            for run in line.runs:
                look = run.look
                code.select(look.font, look.size, self.leading)
                if color is not look.color and color != look.color:
                    color = look.color
                    code.fill(color)
                code.text(run.text)
            if squeeze:
                code.word_space(0)
            line_y -= self.leading
        return color

    def _writable(self, canvas: Canvas) -> bool:
        """Whether `TextCode` can write this text as reportlab's text object would: TrueType fonts, opaque
        RGB colours."""
        if self._plain is None:
            looks = {frag.look for frag in self.fragments if frag is not None}
            self._plain = all(usable(canvas, look.font) and plain_colour(look.color) for look in looks)
        return self._plain and bool(canvas.bottomup)
