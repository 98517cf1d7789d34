"""No workshop content stops a PDF export: a field of 30,000 characters or of 400 short lines prints in every
kind of document, every word once per place it is printed and in order, nothing outside the page; a table row
taller than a page is split between lines of its text, marked "(fortsat)"/"(continued)" where it goes on."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from vzworkshop.reports import pdf_base
from vzworkshop.reports.export import export_pdf
from vzworkshop.reports.pdf_base import ACCENT, FONT, FONT_BOLD, MARGIN, grid, key_values, markup, para, rich, styles
from vzworkshop.reports.pdf_figures import Distribution, Marker, StaircaseFigure
from vzworkshop.reports.pdf_table import GridTable, table
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import (
    ActionItem,
    ActionNote,
    AgendaBlock,
    Commitment,
    HazardSelection,
    ItemAssessment,
    Plan,
    Problem,
    StepNote,
    TeamMember,
)

Sample = Callable[[str], Path]
TAG = "zq"


def long_words() -> list[str]:
    """Words of a text of 30,000 characters."""
    return [f"{TAG}{i:05d}" for i in range(3750)]


def short_lines() -> list[str]:
    return [f"{TAG}{i:04d}" for i in range(400)]


def _fill(path: Path, record: str, field: str, text: str) -> None:
    """Put `text` into one field of one record of the workshop at `path`."""
    with WorkshopStore.open(path) as store:
        rec: Any
        if record == "Workshop":
            rec = store.workshop()
        elif record == "Round":
            rec = store.rounds()[-1]
        elif record == "Group":
            rec = store.groups(store.rounds()[-1].id or 0)[0]
        elif record == "ItemAssessment":
            rec = ItemAssessment(round_id=store.rounds()[-1].id or 0, item=1, agreed_level=3)
        elif record in ("Commitment", "Plan"):
            rec = store.get({"Commitment": Commitment, "Plan": Plan}[record])
        else:
            classes = {c.__name__: c for c in (TeamMember, StepNote, HazardSelection, Problem, ActionItem,
                                               ActionNote, AgendaBlock)}
            rec = store.list(classes[record])[0]
        setattr(rec, field, text)
        if record == "ItemAssessment":
            store.upsert(rec)
        else:
            store.save(rec)


@dataclass
class Placed:
    page: int
    x: float
    y: float
    text: str
    font: str
    size: float


def placed_text(pdf: Path | io.BytesIO) -> tuple[list[Placed], list[tuple[float, float]]]:
    """Every line of text with its baseline's start on the page (pypdf's visitor), and each page's size."""
    reader = PdfReader(pdf)
    out: list[Placed] = []
    sizes = []
    for number, page in enumerate(reader.pages):
        sizes.append((float(page.mediabox.width), float(page.mediabox.height)))

        def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float, number: int = number) -> None:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                name = str(font.get("/BaseFont", "")) if font else ""
                out.append(Placed(number, x, y, text.strip(), FONT_BOLD if "Bold" in name else FONT, size))

        page.extract_text(visitor_text=visit)
    return out, sizes


def assert_within_frames(texts: list[Placed], sizes: list[tuple[float, float]], bottom: float, top: float,
                         side: float, running: tuple[float, ...] = ()) -> None:
    """Each line starts and ends inside the page's margins; its baseline is inside the body frame (between
    `bottom` and `top` points from the page's foot and edge) unless it is a running header or footer line."""
    for t in texts:
        width, height = sizes[t.page]
        end = t.x + stringWidth(t.text, t.font, t.size)
        assert t.x >= side - 0.5 and end <= width - side + 1.0, f"page {t.page + 1}: {t.text[:40]!r} runs out"
        if any(abs(t.y - y) < 0.05 for y in running):
            continue
        assert bottom - 0.05 <= t.y <= height - top + 0.05, f"page {t.page + 1}: {t.text[:40]!r} at y={t.y:.1f}"


def _body(texts: list[Placed], sizes: list[tuple[float, float]]) -> list[Placed]:
    """The lines of the page bodies: not the running header (10.5 mm from the top) nor footer (10 mm)."""
    return [t for t in texts if abs(t.y - 10 * mm) > 0.05 and abs(t.y - (sizes[t.page][1] - 10.5 * mm)) > 0.05]


def assert_words_in_order(body: list[Placed], words: list[str]) -> int:
    """The tagged words of the page bodies are `words` once or more times over, whole; returns how often."""
    found = [w for t in body for w in t.text.split() if w.startswith(TAG)]
    times = len(found) // len(words)
    assert times >= 1, f"{len(found)} of {len(words)} words printed"
    assert found == words * times
    return times


# (document, record, field): every place where user text goes into a table cell, a label/value block, a
# heading or a paragraph kept with others, in each kind of document
CASES = [
    ("minutes", "Workshop", "title"), ("minutes", "Commitment", "decision"), ("minutes", "TeamMember", "department"),
    ("minutes", "StepNote", "notes"), ("minutes", "ItemAssessment", "notes"), ("minutes", "HazardSelection", "notes"),
    ("minutes", "Problem", "description"), ("minutes", "ActionItem", "what"),
    ("minutes", "ActionItem", "indicator_values"), ("minutes", "ActionNote", "text"),
    ("minutes", "AgendaBlock", "notes"), ("minutes", "Round", "name"), ("minutes", "Group", "name"),
    ("actions", "Workshop", "organisation"), ("actions", "Plan", "long_term_goals"), ("actions", "Problem", "title"),
    ("actions", "ActionItem", "what"), ("actions", "ActionItem", "why"), ("actions", "ActionItem", "budget"),
    ("results", "Workshop", "organisation"), ("results", "Round", "name"), ("results", "Group", "name"),
    ("results", "Problem", "description"),
    ("agenda", "Workshop", "facilitator"), ("agenda", "AgendaBlock", "title"),
    ("questionnaire", "Workshop", "title"),
]


@pytest.mark.parametrize("lines", [False, True], ids=["30000-characters", "400-lines"])
@pytest.mark.parametrize(("kind", "record", "field"), CASES, ids=[".".join(c) for c in CASES])
def test_a_huge_field_prints_every_word_in_order_inside_the_pages(sample: Sample, tmp_path: Path, kind: str,
                                                                  record: str, field: str, lines: bool) -> None:
    path = sample("demo_da")
    words = short_lines() if lines else long_words()
    _fill(path, record, field, ("\n" if lines else " ").join(words))
    out = tmp_path / "out.pdf"
    with WorkshopStore.open(path) as store:
        export_pdf(store, kind, out)
    texts, sizes = placed_text(out)
    assert len(sizes) > 1
    landscape = sizes[0][0] > sizes[0][1]
    assert landscape == (kind == "actions")
    assert_within_frames(texts, sizes, bottom=18 * mm, top=17 * mm, side=MARGIN,
                         running=(10 * mm, sizes[0][1] - 10.5 * mm))
    assert_words_in_order(_body(texts, sizes), words)


@pytest.mark.parametrize(("language", "label"), [("da", "(fortsat)"), ("en", "(continued)")])
def test_a_row_split_over_pages_says_it_goes_on_in_the_documents_language(sample: Sample, tmp_path: Path,
                                                                         language: str, label: str) -> None:
    path = sample(f"demo_{language}")
    words = long_words()
    _fill(path, "ActionItem", "what", " ".join(words))
    with WorkshopStore.open(path) as store:
        export_pdf(store, "actions", tmp_path / "out.pdf")
    texts, sizes = placed_text(tmp_path / "out.pdf")
    body = _body(texts, sizes)
    assert_words_in_order(body, words)
    pages = len({t.page for t in body if t.text.startswith(TAG)})  # (the wide Hvad column: the rows after it fit
    marks = [t for t in body if t.text == label]                   # the last page, see pdf_columns)
    assert pages > 5
    assert len(marks) == pages - 1  # the row goes on over every page after the first
    for mark in marks:  # right under the repeated header, in the column of the text it continues
        page = [t for t in body if t.page == mark.page]
        assert page[0].text == "#" and page[1].text in ("Hvad", "What")
        assert mark.x == pytest.approx(page[1].x) and mark.y < page[1].y
        after = body[body.index(mark) + 1]  # the text goes on below the mark
        assert after.x == pytest.approx(mark.x) and after.y < mark.y


def test_a_row_that_fits_a_fresh_page_still_moves_on_whole(tmp_path: Path) -> None:
    """Only a row that could never fit is split; one that merely does not fit the rest of this page moves
    to the next, as before."""
    st = styles()
    rows: list[list[object]] = [[para("Nr.", st.head), para("Tekst", st.head)]]
    rows += [[para(str(i), st.cell), para(f"række {i}", st.cell)] for i in range(30)]
    rows.append([para("30", st.cell), para("\n".join(f"{TAG}{i:03d}" for i in range(60)), st.cell)])
    out = io.BytesIO()
    pdf_base.register_fonts()
    SimpleDocTemplate(out, pagesize=A4, initialFontName=FONT).build([grid(rows, [40.0, 300.0])])
    texts, _ = placed_text(out)
    tagged = [t for t in texts if t.text.startswith(TAG)]
    assert {t.page for t in tagged} == {1}
    assert not any(t.text in ("(continued)", "(fortsat)") for t in texts)


def test_the_reportlab_table_fallback_prints_a_row_taller_than_a_page_too() -> None:
    st = styles()
    words = long_words()
    rows: list[list[object]] = [[para("Problem", st.head)], [para("Kort", st.cell)],
                                [para(" ".join(words), st.cell)], [para("Efter", st.cell)]]
    slow = table(rows, [300.0], [("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT, "butt")], repeat_rows=1)
    assert not isinstance(slow, GridTable)
    out = io.BytesIO()
    pdf_base.register_fonts()
    SimpleDocTemplate(out, pagesize=A4, initialFontName=FONT).build([slow])
    texts, sizes = placed_text(out)
    assert len(sizes) > 5
    assert_words_in_order(texts, words)


def test_a_long_earlier_round_name_stays_inside_the_staircase() -> None:
    from vzworkshop.core.content import load_content

    content = load_content("da")
    width = A4[0] - 2 * MARGIN
    figure = StaircaseFigure(content.levels, [Marker(2.5, label="x" * 30000, hollow=True), Marker(3.5)], "da",
                             width, 118)
    out = io.BytesIO()
    pdf_base.register_fonts()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                      initialFontName=FONT).build([figure])
    texts, sizes = placed_text(out)
    assert any(t.text.endswith("…: 2,5") for t in texts)
    assert_within_frames(texts, sizes, bottom=0, top=0, side=MARGIN)


# --- GridTable's splitting, with cells of random heights ------------------------------------------------

_PAGE = (A4[0], 130 * mm)  # a short page: rows taller than it come often


def _cell(kind: str, lines: list[str]) -> object:
    st = styles()
    if kind == "text":
        return para("\n".join(lines), st.cell)
    if kind == "rich":
        return rich("<br/>".join(f"<b>{w}</b>" if i % 2 else w for i, w in enumerate(lines)), st.note)
    if kind == "paragraph":
        return Paragraph("<br/>".join(markup(w) for w in lines), st.cell)
    if kind == "figure":
        return Distribution([0, 1, 4, 2, 0, 3], width=40)
    return ""


_kinds = hs.sampled_from(["text", "text", "rich", "paragraph", "figure", "empty"])
_heights = hs.one_of(hs.integers(0, 6), hs.integers(0, 40), hs.integers(20, 90))


@settings(max_examples=60, deadline=None)
@given(hs.lists(hs.lists(hs.tuples(_kinds, _heights), min_size=3, max_size=3), min_size=1, max_size=10),
       hs.integers(0, 25), hs.sampled_from([0, 1, 2]), hs.booleans())
def test_split_rows_print_every_line_exactly_once_inside_the_frame(
        rows: list[list[tuple[str, int]]], before: int, header_rows: int, key_value: bool) -> None:
    data: list[list[object]] = [[para(f"Kolonne {c}", styles().head) for c in range(3)] for _ in range(header_rows)]
    expected: list[str] = []
    for r, row in enumerate(rows):
        cells: list[object] = []
        for c, (kind, count) in enumerate(row):
            lines = [f"{TAG}{r}x{c}x{i}" for i in range(count)] if kind in ("text", "rich", "paragraph") else []
            expected += lines
            cells.append(_cell(kind, lines))
        data.append(cells)
    widths = [60.0, 180.0, 120.0]
    table_ = (key_values([(f"k{r}", cells[1]) for r, cells in enumerate(data)], styles(), 300)  # type: ignore[misc]
              if key_value and not header_rows else grid(data, widths, header_rows=header_rows) if header_rows
              else table(data, widths, [("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                        ("LINEBELOW", (0, 0), (-1, -1), 0.25, ACCENT)]))
    if key_value and not header_rows:
        expected = [w for w in expected if w.split("x")[1] == "1"]  # the value column only
    story: list[Flowable] = [Spacer(1, before * 10), table_]
    out = io.BytesIO()
    pdf_base.register_fonts()
    doc = SimpleDocTemplate(out, pagesize=_PAGE, initialFontName=FONT, topMargin=20, bottomMargin=20)
    doc.build(story)
    texts, sizes = placed_text(out)
    found = [w for t in texts for w in t.text.split() if w.startswith(TAG)]
    assert sorted(found) == sorted(expected)  # every line exactly once
    for c in range(3):  # each cell's lines in order
        column = [w for w in found if w.split("x")[1] == str(c)]
        assert column == sorted(column, key=lambda w: (int(w[len(TAG):].split("x")[0]), int(w.split("x")[2])))
    assert_within_frames(texts, sizes, bottom=20, top=20, side=doc.leftMargin)
    if header_rows:  # the header on every page the table is on
        for page in {t.page for t in texts if t.text.startswith(TAG)}:
            assert next(t.text for t in texts if t.page == page) == "Kolonne 0"


def test_a_row_taller_than_the_page_height_it_is_given_splits_into_grid_tables() -> None:
    """Outside a document a GridTable splits inside a row only when told a fresh page's height."""
    st = styles()
    rows: list[list[object]] = [[para("Nr.", st.head)], [para(" ".join(long_words()), st.cell)]]
    fast = grid(rows, [300.0])
    assert isinstance(fast, GridTable)
    fast.wrap(300, 700)
    assert fast.split(300, 400) == []  # as reportlab's Table: no room for its first row
    fast.page_height = 700.0
    parts = fast.split(300, 400)
    assert len(parts) == 2 and all(isinstance(p, GridTable) for p in parts)
    assert parts[0].wrap(300, 400)[1] <= 400
    assert parts[1].wrap(300, 700)[1] > 700  # to be split again on the next page
