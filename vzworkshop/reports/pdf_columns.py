"""Column widths from a table's contents, as a browser lays out an automatic table: each column at least as wide
as its longest word (up to a cap: a longer word is divided with a hyphen, see `pdf_hyphen`), the room left
shared by how much more each column's text would take on one line. A column of dates or short labels stays
narrow, and a narrow column no longer divides ordinary words because a fixed width was guessed too small."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Paragraph

from vzworkshop.reports.pdf_rich import RichText, _words
from vzworkshop.reports.pdf_text import PlainText, word_width

PADDING = 6.0  # a grid cell's left and right padding (pdf_base.grid)
_UNBOUNDED = 1e6  # a width no line reaches
_FUZZ = 0.5  # so that a word exactly as wide as its column is not divided by rounding


def _measure(cell: object) -> tuple[float, float]:
    """(longest word, longest line without wrapping) of a cell, in points; (0, 0) for anything else."""
    if isinstance(cell, PlainText):
        font, size = cell.font, cell.size
        longest = max((word_width(w, font, size) for w in cell.text.split()), default=0.0)
        space = word_width(" ", font, size)
        line = max((sum(word_width(w, font, size) for w in seg.split()) + space * max(len(seg.split()) - 1, 0)
                    for seg in cell.text.split("\n")), default=0.0)
        return longest, line
    if isinstance(cell, RichText):
        longest = line = current = 0.0
        for word in _words(cell.fragments):
            if word is None:
                current = 0.0
                continue
            longest = max(longest, word.width)
            space = word_width(" ", word.space.font, word.space.size) if word.space is not None else 0.0
            current += word.width + space
            line = max(line, current)
        return longest, line
    if isinstance(cell, Paragraph):  # markup beyond what RichText reads
        cell.wrap(_UNBOUNDED, _UNBOUNDED)
        broken = cell.blPara
        extras = [extra for extra, _ in broken.lines] if broken.kind == 0 else [ln.extraSpace for ln in broken.lines]
        return float(cell.minWidth()), max((_UNBOUNDED - extra for extra in extras), default=0.0)
    return 0.0, 0.0


def fit_columns(rows: Sequence[Sequence[object]], total: float, cap: float,
                fixed: dict[int, float] | None = None) -> list[float]:
    """Widths for the columns of `rows` filling `total` points: each at least its longest word plus padding
    (at most `cap`), the rest shared out by how much wider each column's longest line is; `fixed` columns keep
    their given width."""
    fixed = fixed or {}
    count = max(len(row) for row in rows)
    low = [0.0] * count
    high = [0.0] * count
    for row in rows:
        for c, cell in enumerate(row):
            longest, line = _measure(cell)
            low[c] = max(low[c], min(longest + PADDING + _FUZZ, cap))
            high[c] = max(high[c], line + PADDING + _FUZZ)
    for c, width in fixed.items():
        low[c] = high[c] = width
    high = [max(h, lo) for h, lo in zip(high, low, strict=True)]
    room = total - sum(low)
    if room <= 0:  # not even the longest words fit: the widest columns give way (their words are divided)
        free = [c for c in range(count) if c not in fixed]
        level = _level([low[c] for c in free], total - sum(fixed.values()))
        return [fixed[c] if c in fixed else min(low[c], level) for c in range(count)]
    extra = [h - lo for h, lo in zip(high, low, strict=True)]
    if sum(extra) <= room:  # everything fits on one line: the rest shared by width
        spare = room - sum(extra)
        flexible = sum(high[c] for c in range(count) if c not in fixed) or 1.0
        return [high[c] if c in fixed else high[c] + spare * high[c] / flexible for c in range(count)]
    return [lo + e * room / sum(extra) for lo, e in zip(low, extra, strict=True)]


def _level(widths: list[float], total: float) -> float:
    """The width L at which sum(min(w, L)) == total (the widest columns cut down to L)."""
    ordered = sorted(widths)
    used = 0.0
    for k, w in enumerate(ordered):
        level = (total - used) / (len(ordered) - k)
        if level <= w:
            return max(level, 0.0)
        used += w
    return ordered[-1] if ordered else 0.0
