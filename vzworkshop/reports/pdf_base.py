"""What every PDF shares: the embedded DejaVu fonts, paragraph styles, tables, header and footer.

Every canvas starts in the embedded font (`initialFontName`), so no unembedded base-14 font (Helvetica)
ever enters a file; æøå print the same on every printer. Pages carry "Side 2 af 5" / "Page 2 of 5".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
)

from vzworkshop.paths import font_dir
from vzworkshop.reports.labels import labels
from vzworkshop.reports.pdf_rich import RichText, bold_style, parse, whole_bold
from vzworkshop.reports.pdf_table import table
from vzworkshop.reports.pdf_table_split import LABEL_ATTRIBUTE
from vzworkshop.reports.pdf_text import PlainText
from vzworkshop.reports.pdf_textcode import draw_string, set_fill

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

INK = colors.HexColor("#111111")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#2b5f95")
RULE = colors.HexColor("#a9c7e3")
HEAD_BG = colors.HexColor("#e4edf6")
ZEBRA = colors.HexColor("#f5f8fb")
# The staircase's colours, pale to deep, as on screen (ui/widgets/staircase.py).
LEVEL_COLOURS = tuple(colors.HexColor(c) for c in ("#d9e6f2", "#a9c7e3", "#3a6ea4", "#24507f", "#143559"))
TEXT_ON_LEVEL = tuple(colors.HexColor(c) for c in ("#10243a", "#10243a", "#ffffff", "#ffffff", "#ffffff"))
MARKER = colors.HexColor("#c0392b")

MARGIN = 18 * mm


class Gap(Spacer):
    """A Spacer that writes nothing when drawn (reportlab's writes an empty saved state with a translation)."""

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        pass


class RoomBreak(CondPageBreak):
    """A CondPageBreak that writes nothing when drawn, as `Gap`."""

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        pass


def register_fonts() -> None:
    """Register the bundled DejaVu fonts with reportlab (once); bold markup maps to DejaVuSans-Bold."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = font_dir()
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def _style(name: str, size: float, bold: bool = False, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=FONT_BOLD if bold else FONT, fontSize=size,
                          leading=kw.pop("leading", size * 1.28), textColor=kw.pop("textColor", INK), **kw)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    note: ParagraphStyle
    source: ParagraphStyle


def styles(scale: float = 1.0) -> Styles:
    register_fonts()
    s = scale
    return Styles(
        title=_style("title", 20 * s, bold=True, leading=24 * s, spaceAfter=2 * mm, textColor=ACCENT),
        subtitle=_style("subtitle", 11 * s, textColor=MUTED, spaceAfter=4 * mm),
        h1=_style("h1", 13.5 * s, bold=True, spaceBefore=6 * mm, spaceAfter=2.5 * mm, textColor=ACCENT),
        h2=_style("h2", 10.5 * s, bold=True, spaceBefore=3.5 * mm, spaceAfter=1.5 * mm),
        body=_style("body", 9.5 * s, spaceAfter=1.8 * mm),
        small=_style("small", 7.5 * s, textColor=MUTED),
        cell=_style("cell", 8 * s, leading=10 * s),
        cell_bold=_style("cell_bold", 8 * s, bold=True, leading=10 * s),
        cell_right=_style("cell_right", 8 * s, leading=10 * s, alignment=TA_RIGHT),
        head=_style("head", 7.5 * s, bold=True, leading=9.5 * s, alignment=TA_LEFT),
        head_right=_style("head_right", 7.5 * s, bold=True, leading=9.5 * s, alignment=TA_RIGHT),
        note=_style("note", 7.5 * s, leading=9.5 * s, textColor=MUTED),
        source=_style("source", 7.5 * s, leading=9.5 * s, textColor=MUTED, spaceAfter=1.2 * mm),
    )


def markup(text: str) -> str:
    """Plain text as Paragraph markup: markup characters escaped, line breaks kept."""
    return escape(text.strip()).replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle) -> Flowable:
    """A paragraph of plain text in one style, line breaks kept: drawn by the fast `PlainText` (which wraps
    as Paragraph does), or by Paragraph for the two spaces PlainText does not treat as Paragraph does."""
    text = text.strip()
    if "\xa0" in text or "\u200b" in text:
        return Paragraph(markup(text), style)
    return PlainText(text, style)


def heading(text: str, style: ParagraphStyle, room: float = 30 * mm) -> list[Flowable]:
    """A heading that never ends a page: it starts a new page when less than `room` is left below it."""
    return [RoomBreak(room), para(text, style)]


def rich(markup: str, style: ParagraphStyle) -> Flowable:
    """A paragraph whose text is already escaped markup: drawn by the fast `RichText` when it uses only
    <b>, <font color=... size=...> and <br/>, else by Paragraph; one bold run of plain text (the tables' bold figures,
    "<b>3,4</b>") by PlainText in the bold font."""
    stripped = markup.strip()
    bold = whole_bold(stripped)
    if bold is not None:
        return PlainText(bold, bold_style(style))
    fragments = parse(stripped, style)
    if fragments is None:
        return Paragraph(markup, style)
    return RichText(fragments, style)


def grid(data: Sequence[Sequence[Any]], widths: Sequence[float], header_rows: int = 1,
         extra: Sequence[tuple[Any, ...]] = (), zebra: bool = True) -> Flowable:
    """A table with a shaded header row that repeats on each page; rows are never split across pages."""
    cmds: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
    ]
    if header_rows:
        cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG))
        cmds.append(("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"))
    return table(data, widths, cmds + list(extra), repeat_rows=header_rows)


def key_values(rows: Sequence[tuple[str, Flowable | str]], st: Styles, width: float,
               key_width: float = 42 * mm) -> Flowable:
    """Label: value lines (organisation, date, ...), without rules."""
    data = [[para(k, st.cell_bold), v if isinstance(v, Flowable) else para(v, st.cell)] for k, v in rows]
    return table(data, [key_width, width - key_width], [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ])


@dataclass(frozen=True)
class DocInfo:
    """What a PDF says about itself (metadata) and in its running header and footer."""

    title: str  # metadata title, e.g. "Referat – Trivselsworkshop"
    header_left: str  # the workshop's title (or organisation)
    header_right: str  # the kind of document
    footer_left: str  # the source attribution
    page_label: str  # "Side {page} af {pages}"
    author: str
    subject: str
    language: str
    landscape: bool = False


class _NumberedCanvas(Canvas):
    """Holds pages back until the end, so each can say how many pages there are."""

    page_label = "{page} / {pages}"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_number(total)
            super().showPage()
        super().save()

    def _draw_number(self, total: int) -> None:
        width, _ = self._pagesize
        self.saveState()
        self.setFont(FONT, 7.5)
        set_fill(self, MUTED)
        draw_string(self, width - MARGIN, 10 * mm, self.page_label.format(page=self._pageNumber, pages=total), "right")
        self.restoreState()


def shortened(text: str, font: str, size: float, max_width: float) -> str:
    """`text` on one line, cut short with "…" to fit `max_width` points: the longest prefix that fits, found
    by halving (a title of 30,000 characters is measured a few dozen times, not once per character)."""
    if "\n" in text or "\r" in text:
        text = " ".join(text.split())
    if stringWidth(text, font, size) <= max_width:
        return text
    low, high = 0, len(text)  # text[:low] + "…" fits (or low is 0); text[:high] + "…" does not
    while high - low > 1:
        mid = (low + high) // 2
        if stringWidth(text[:mid] + "…", font, size) > max_width:
            high = mid
        else:
            low = mid
    return text[:low].rstrip() + "…"


def _footer_text(canvas: Canvas, text: str, max_width: float) -> str:
    return shortened(text, FONT, 7, max_width)


def build_pdf(target: Path | IO[bytes], story: list[Flowable], info: DocInfo) -> None:
    """Lay out `story` on A4 pages (landscape if asked) with header, footer and page numbers."""
    register_fonts()
    pagesize = landscape(A4) if info.landscape else A4
    width, height = pagesize

    drawn: list[str] = []  # the header's and footer's PDF code, the same on every page: made once, then copied

    def decorate(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if drawn:
            canvas._code.extend(drawn)  # within q ... Q: the canvas's state after it is the same as before
            return
        start = len(canvas._code)
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, height - 12 * mm, width - MARGIN, height - 12 * mm)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        right = info.header_right
        room = width - 2 * MARGIN - canvas.stringWidth(right, FONT, 7.5) - 10 * mm
        draw_string(canvas, MARGIN, height - 10.5 * mm, _footer_text(canvas, info.header_left, room))
        draw_string(canvas, width - MARGIN, height - 10.5 * mm, right, "right")
        canvas.line(MARGIN, 13.5 * mm, width - MARGIN, 13.5 * mm)
        canvas.setFont(FONT, 7)
        draw_string(canvas, MARGIN, 10 * mm, _footer_text(canvas, info.footer_left, width - 2 * MARGIN - 30 * mm))
        canvas.restoreState()
        drawn.extend(canvas._code[start:])

    doc = BaseDocTemplate(
        target, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=17 * mm,
        bottomMargin=18 * mm, title=info.title, author=info.author, subject=info.subject,
        creator="vzworkshop", lang=info.language, initialFontName=FONT, initialFontSize=9.5,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
    setattr(doc, LABEL_ATTRIBUTE, labels(info.language)["continued"])  # on a table row split over pages
    canvas_class = type("PageCanvas", (_NumberedCanvas,), {"page_label": info.page_label})
    a85 = rl_config.useA85
    rl_config.useA85 = 0  # binary streams: a quarter smaller than ASCII85 text, and no encoding time
    try:
        doc.build(story, canvasmaker=canvas_class)
    finally:
        rl_config.useA85 = a85


def text_width(landscape_page: bool = False) -> float:
    width = landscape(A4)[0] if landscape_page else A4[0]
    return float(width - 2 * MARGIN)
