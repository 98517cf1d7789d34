"""A table row taller than a page, split between lines of its text so the document still prints.

Rows are never split across pages (reportlab's `splitInRow=0`) except one that could not fit on any page:
a cell of 30,000 characters, or a facilitator's minutes pasted into a notes field, makes a row taller than
the frame, and reportlab would stop the whole export with a LayoutError. Such a row is split where the page
ends, between lines of each cell too tall for the room left (`split_row`); the cells that fit stay whole on
the first part, and each text that goes on starts with a muted "(continued)" line (`Continued`) on the next
page, in the document's language (`build_pdf` puts the label on its document template).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table

from vzworkshop.reports.pdf_table_style import CellStyle
from vzworkshop.reports.pdf_text import PlainText

LABEL_ATTRIBUTE = "continued_label"  # set on the document template by pdf_base.build_pdf
DEFAULT_LABEL = "(continued)"
LABEL_COLOUR = colors.HexColor("#555555")  # pdf_base.MUTED
_FUZZ = 1e-6


def fresh_height(canv: Canvas | None) -> float | None:
    """The height a flowable has at the top of a fresh frame of the document being built (None outside a
    build)."""
    frame = getattr(getattr(canv, "_doctemplate", None), "frame", None)
    height = getattr(frame, "_aH", None)
    return None if height is None else float(height)


def label_text(canv: Canvas | None) -> str:
    return str(getattr(getattr(canv, "_doctemplate", None), LABEL_ATTRIBUTE, DEFAULT_LABEL))


class Continued(Flowable):
    """The rest of a split cell's text under a muted "(continued)" line; splits again on its next page."""

    def __init__(self, label: str, body: Flowable) -> None:
        super().__init__()
        style: ParagraphStyle | None = getattr(body, "style", None)
        base = style if isinstance(style, ParagraphStyle) else ParagraphStyle("cell")
        muted = ParagraphStyle("continued", parent=base, textColor=LABEL_COLOUR, spaceBefore=0, spaceAfter=0)
        self.label = label
        self.head = PlainText(label, muted)
        self.body = body
        self._body_height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, head = self.head.wrap(avail_width, avail_height)
        _, body = self.body.wrapOn(getattr(self, "canv", None), avail_width, avail_height - head)
        self._body_height = body
        self.width, self.height = avail_width, head + body
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        _, head = self.head.wrap(avail_width, avail_height)
        parts = self.body.splitOn(getattr(self, "canv", None), avail_width, avail_height - head)
        if len(parts) != 2:
            return []
        return [Continued(self.label, parts[0]), parts[1]]

    def draw(self) -> None:
        self.head.drawOn(self.canv, 0, self._body_height)
        self.body.drawOn(self.canv, 0, 0)


def split_row(row: Sequence[Any], styles: Sequence[CellStyle], sizes: Sequence[tuple[float, float]],
              widths: Sequence[float | None], room: float, canv: Canvas | None) -> tuple[list[Any], list[Any]] | None:
    """The row's cells as two rows: what fits in `room` points (padding included) and the rest. A cell that
    fits stays whole on the first; a text too tall is split between its lines, its rest marked continued.
    None when that cannot be done here (a cell that is not text does not fit, or less than two lines of a
    text would)."""
    label = label_text(canv)
    top: list[Any] = []
    rest: list[Any] = []
    split = False
    for value, s, (_, h), width in zip(row, styles, sizes, widths, strict=True):
        space = room - s.top - s.bottom
        if width is None or h <= space + _FUZZ:  # under another cell's span, or fits
            top.append(value)
            rest.append("")
            continue
        if not isinstance(value, Flowable):
            return None
        parts = value.splitOn(canv, width - s.left - s.right, space)
        if len(parts) != 2:
            return None
        top.append(parts[0])
        rest.append(Continued(label, parts[1]))
        split = True
    return (top, rest) if split else None


class RowSplittingTable(Table):
    """reportlab's Table (the fallback of `pdf_table.table`) that splits inside a row only when the row does
    not fit at the top of a fresh frame, where it would otherwise stop the document."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        fresh = fresh_height(getattr(self, "canv", None))
        in_row: Any = self.__dict__.get("splitInRow")
        if parts or in_row or fresh is None or availHeight < fresh - _FUZZ:
            return parts
        self.splitInRow = 1
        try:
            parts = super().split(availWidth, availHeight)
        finally:
            self.splitInRow = 0
        for part in parts:
            if isinstance(part, Table):
                part.splitInRow = 0  # the rest of the table keeps its rows whole again
        return parts
