"""GridTable, the fast path of `pdf_base.grid` and `key_values`: the same row heights, the same splits and the
same pages as reportlab's Table with the same style commands, header rows on every part of a split table,
rows never split (but one taller than a page, split between its lines), and the text in the same order."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table
from reportlab.platypus.doctemplate import LayoutError

from vzworkshop.reports import pdf_base, pdf_table
from vzworkshop.reports.pdf_base import ACCENT, FONT, grid, key_values, markup, para, rich, styles
from vzworkshop.reports.pdf_figures import Distribution
from vzworkshop.reports.pdf_table import GridTable, table
from vzworkshop.reports.pdf_text import TextBlock

from .test_pdf_text import WORDS, Sample

KINDS = ["text", "bold", "rich", "paragraph", "empty", "figure"]


def _cell(kind: str, words: list[str]) -> Any:
    st = styles()
    text = " ".join(words)
    if kind == "text":
        return para(text, st.cell)
    if kind == "bold":
        return para(text, st.cell_bold)
    if kind == "rich":
        return rich(f"<b>{markup(words[0]) if words else ''}</b><br/>{markup(text)}", st.note)
    if kind == "paragraph":
        return Paragraph(markup(text), st.cell_right)
    if kind == "figure":
        return Distribution([0, 1, 4, 2, 0, 3], width=40)
    return ""


_cells = hs.tuples(hs.sampled_from(KINDS), hs.lists(hs.sampled_from(WORDS), max_size=12))
_rows = hs.lists(hs.lists(_cells, min_size=3, max_size=3), min_size=2, max_size=12)


def _data(rows: list[list[tuple[str, list[str]]]]) -> list[list[Any]]:
    return [[_cell(kind, words) for kind, words in row] for row in rows]


def _as_reportlab(fast: Any) -> Table:
    """The same table drawn by reportlab: what `table()` builds when GridTable is not used."""
    assert isinstance(fast, GridTable)
    return fast._reference  # type: ignore[attr-defined,no-any-return]


@pytest.fixture(autouse=True)
def _keep_reference(monkeypatch: pytest.MonkeyPatch) -> None:
    """Build each GridTable's reportlab twin too (on copies of the same cells), for comparison."""
    real = pdf_table._grid_table

    def both(data: list[list[Any]], widths: list[float], commands: Any, repeat_rows: int) -> GridTable | None:
        fast = real(data, widths, commands, repeat_rows)
        if fast is not None:
            twin = Table([list(r) for r in data], colWidths=widths, repeatRows=repeat_rows, splitInRow=0,
                         hAlign="LEFT")
            twin.setStyle([tuple(c) for c in commands])
            fast._reference = twin  # type: ignore[attr-defined]
        return fast

    monkeypatch.setattr(pdf_table, "_grid_table", both)


def _notes_extra(nrows: int) -> list[tuple[object, ...]]:
    """item_table's notes rows: a span, a rule of width 0 and no top padding, on every third row."""
    extra: list[tuple[object, ...]] = []
    for r in range(3, nrows, 3):
        extra += [("SPAN", (1, r), (-1, r)), ("LINEBELOW", (0, r - 1), (-1, r - 1), 0, ACCENT),
                  ("TOPPADDING", (0, r), (-1, r), 0)]
    return extra


@settings(max_examples=150, deadline=None)
@given(_rows, hs.lists(hs.sampled_from([30.0, 55.0, 90.0, 140.0]), min_size=3, max_size=3), hs.booleans())
def test_row_heights_are_those_of_reportlabs_table(rows: list[list[tuple[str, list[str]]]], widths: list[float],
                                                    notes: bool) -> None:
    fast = grid(_data(rows), widths, extra=_notes_extra(len(rows)) if notes else ())
    slow = _as_reportlab(fast)
    assert fast.wrap(500, 800) == pytest.approx(slow.wrap(500, 800))
    assert isinstance(fast, GridTable)
    assert fast._measure().heights == pytest.approx(slow._rowHeights)


def _row_counts(parts: list[Flowable]) -> list[int]:
    return [len(p._data if isinstance(p, GridTable) else p._cellvalues) for p in parts]  # type: ignore[attr-defined]


@settings(max_examples=150, deadline=None)
@given(_rows, hs.floats(min_value=10, max_value=400), hs.sampled_from([1, 2]), hs.booleans())
def test_splits_where_reportlab_splits_and_repeats_the_header(rows: list[list[tuple[str, list[str]]]],
                                                              room: float, header_rows: int, notes: bool) -> None:
    data = _data(rows)
    fast = grid(data, [60.0, 140.0, 90.0], header_rows=header_rows,
                extra=_notes_extra(len(rows)) if notes else ())
    slow = _as_reportlab(fast)
    fast.wrap(290, room)
    slow.wrap(290, room)
    parts, reference = fast.split(290, room), slow.split(290, room)
    assert _row_counts(parts) == _row_counts(reference)
    if len(parts) == 2:
        first, rest = parts
        assert isinstance(first, GridTable) and isinstance(rest, GridTable)
        assert first._data[:header_rows] == rest._data[:header_rows] == data[:header_rows]  # header on both
        assert first._data + rest._data[header_rows:] == data  # every row once, whole
        assert first.wrap(290, room)[1] <= room + 1e-6
        assert rest.wrap(290, 1e6) == pytest.approx(reference[1].wrap(290, 1e6))


def test_a_table_with_only_its_header_room_left_moves_on_whole() -> None:
    st = styles()
    rows: list[list[object]] = [[para("Navn", st.head)], *[[para(f"Række {i}", st.cell)] for i in range(5)]]
    fast = grid(rows, [100.0])
    header = fast.wrap(100, 1000)[1] / 6  # every row one line: the same height
    assert fast.split(100, header * 1.5) == []
    assert _row_counts(fast.split(100, header * 2.5)) == [2, 5]


def test_a_row_taller_than_a_page_prints_where_reportlabs_table_refused_it(tmp_path: Path) -> None:
    st = styles()
    tall = para("Lorem ipsum dolor sit amet æblegrød. " * 900, st.cell)
    rows: list[list[object]] = [[para("Problem", st.head)], [para("Kort", st.cell)], [tall], [para("Efter", st.cell)]]
    with pytest.raises(LayoutError, match="too large"):
        SimpleDocTemplate(io.BytesIO(), pagesize=A4, initialFontName=FONT).build([_as_reportlab(grid(rows, [300.0]))])
    words = _pages_text([grid(rows, [300.0])])
    assert len(words) > 2
    assert [w for page in words for w in page if w not in ("Problem", "(continued)")] == [
        "Kort", *(["Lorem", "ipsum", "dolor", "sit", "amet", "æblegrød."] * 900), "Efter"]


def test_commands_it_does_not_draw_are_left_to_reportlab() -> None:
    st = styles()
    cells = [[para("a", st.cell), para("b", st.cell)], [para("c", st.cell), para("d", st.cell)]]
    assert isinstance(table(cells, [50, 50], [("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT)]), GridTable)
    for cmd in [("GRID", (0, 0), (-1, -1), 0.5, ACCENT), ("SPAN", (0, 0), (0, 1)),
                ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT, "butt"), ("ROWBACKGROUNDS", (0, 0), (-1, -1), [ACCENT]),
                ("ALIGN", (0, 0), (-1, -1), "DECIMAL")]:
        assert isinstance(table(cells, [50, 50], [cmd]), Table), cmd
    assert isinstance(table([[["a", "b"], "c"]], [50, 50], []), Table)  # a list of flowables in a cell


def test_text_cells_are_drawn_in_place_and_other_flowables_translated() -> None:
    st = styles()
    fast = key_values([("Dato", "12. januar 2026"), ("Figur", Distribution([0, 1, 2, 3, 4, 5], width=40))], st, 300)
    assert isinstance(fast, GridTable)
    assert isinstance(fast._data[0][1], TextBlock) and not isinstance(fast._data[1][1], TextBlock)


def _pages_text(story: list[Flowable]) -> list[list[str]]:
    out = io.BytesIO()
    pdf_base.register_fonts()
    SimpleDocTemplate(out, pagesize=(A4[0], 120 * mm), initialFontName=FONT).build(story)
    return [(page.extract_text() or "").split() for page in PdfReader(out).pages]


def test_text_comes_out_word_for_word_in_reportlabs_order_across_pages() -> None:
    st = styles()
    rows: list[list[object]] = [[para("Nr.", st.head), para("Udsagn", st.head), para("Noter", st.head_right)]]
    for i in range(40):
        rows.append([para(str(i), st.cell), rich(f"<b>Udsagn {i}</b><br/>Æblegrød og øl " * (i % 4 + 1), st.cell),
                     para(f"note {i} – årstider", st.cell_right)])
    fast = grid(rows, [20.0, 250.0, 120.0], extra=_notes_extra(len(rows)))
    fast_pages, slow_pages = _pages_text([fast]), _pages_text([_as_reportlab(fast)])
    assert len(fast_pages) > 2
    assert fast_pages == slow_pages
    assert all(page[:3] == ["Nr.", "Udsagn", "Noter"] for page in fast_pages)  # the header on every page


def _rendered(pdf: Path, folder: Path) -> list[bytes]:
    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", "80", str(pdf), str(folder / "p")], check=True)
    return [p.read_bytes() for p in sorted(folder.iterdir())]


@pytest.mark.parametrize("kind", ["minutes", "actions", "questionnaire"])
def test_pages_are_pixel_for_pixel_those_of_reportlabs_table(sample: Sample, tmp_path: Path, kind: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The large workshop's documents (tables split over pages, notes rows with spans, rules of width 0,
    rules above rows) drawn by GridTable and by reportlab's Table render to the same pixels."""
    from vzworkshop.reports.export import export_pdf
    from vzworkshop.store import WorkshopStore

    path = sample("large_da")
    with WorkshopStore.open(path) as store:
        export_pdf(store, kind, tmp_path / "fast.pdf")
        monkeypatch.setattr(pdf_table, "_grid_table", lambda *args: None)
        export_pdf(store, kind, tmp_path / "slow.pdf")
    fast = _rendered(tmp_path / "fast.pdf", tmp_path / "fast")
    slow = _rendered(tmp_path / "slow.pdf", tmp_path / "slow")
    assert len(fast) == len(slow) > 0
    for page, (a, b) in enumerate(zip(fast, slow, strict=True), start=1):
        assert a == b, f"page {page} differs"


def test_a_spacer_cell_and_strings_measure_as_in_reportlab() -> None:
    rows: list[list[object]] = [["Overskrift", ""], [Spacer(10, 33), "to\nlinjer"], ["", ""]]
    fast = grid(rows, [80.0, 80.0])
    slow = _as_reportlab(fast)
    assert fast.wrap(160, 500) == pytest.approx(slow.wrap(160, 500))
    assert _pages_text([grid(rows, [80.0, 80.0])]) == _pages_text([_as_reportlab(grid(rows, [80.0, 80.0]))])


@pytest.mark.parametrize("kind", ["minutes", "actions"])
def test_text_is_written_byte_for_byte_as_reportlabs_text_object_writes_it(sample: Sample, tmp_path: Path, kind: str,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """TextCode (PlainText's and RichText's direct writing) against reportlab's text objects: the same PDF code."""
    from vzworkshop.reports import pdf_rich, pdf_text
    from vzworkshop.reports.export import export_pdf
    from vzworkshop.store import WorkshopStore

    def contents(pdf: Path) -> list[bytes]:
        return [page.get_contents().get_data() for page in PdfReader(pdf).pages]  # type: ignore[union-attr]

    with WorkshopStore.open(sample("large_da")) as store:
        export_pdf(store, kind, tmp_path / "direct.pdf")
        monkeypatch.setattr(pdf_text, "usable", lambda canvas, font: False)
        monkeypatch.setattr(pdf_rich.RichText, "_writable", lambda self, canvas: False)
        export_pdf(store, kind, tmp_path / "textobject.pdf")
    direct, reference = contents(tmp_path / "direct.pdf"), contents(tmp_path / "textobject.pdf")
    assert len(direct) == len(reference) > 1
    assert direct == reference


def test_text_code_writes_each_text_as_reportlab_does_whatever_characters_come_when() -> None:
    """The first-subset shortcut (one str.translate for characters already placed) against reportlab's text
    object, text by text: new letters mid-document, a no-break space, an empty text, and more than 256
    different characters (a second subset), then back to the first."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from vzworkshop.reports.pdf_base import FONT, register_fonts
    from vzworkshop.reports.pdf_textcode import TextCode

    register_fonts()
    many = "".join(chr(c) for c in range(0x0391, 0x03A9)) + "".join(chr(c) for c in range(0x0400, 0x04FF))
    texts = ["Trivsel", "", "på arbejdspladsen", "Æblegrød\u00a0og øl", "Trivsel", many, "3,5 – ja", many[:40],
             "(parentes) \\ skråstreg", "Trivsel"]
    mine, theirs = Canvas(io.BytesIO()), Canvas(io.BytesIO())
    for text in texts:
        code = TextCode(mine, FONT, 9.5, 12, 50, 700)
        code.line(text)
        code.draw()
        obj = theirs.beginText(50, 700)
        obj.setFont(FONT, 9.5, 12)
        obj.textLine(text)
        theirs.drawText(obj)
    assert mine._code == theirs._code


@settings(max_examples=200, deadline=None)
@given(hs.integers(0, 12), hs.integers(1, 5),
       hs.lists(hs.tuples(hs.integers(0, 14), hs.integers(-1, 14), hs.floats(0, 9)), max_size=6))
def test_row_styles_give_each_row_what_the_commands_covering_it_say(nrows: int, ncols: int,
                                                                   spans: list[tuple[int, int, float]]) -> None:
    """row_styles works per stretch of rows between where commands start and end: the same as row by row."""
    from vzworkshop.reports import pdf_table_style as ts

    cmds: list[ts.Command] = [("LEFTPADDING", 0, first, ncols - 1, last, (pad,)) for first, last, pad in spans]
    styles_now = ts.row_styles(nrows, ncols, cmds)
    assert len(styles_now) == nrows
    for r in range(nrows):
        expected = [ts.CellStyle() for _ in range(ncols)]
        for op, sc, sr, ec, er, values in cmds:
            if max(0, sr) <= r <= min(nrows - 1, er):
                for c in range(max(0, sc), min(ncols - 1, ec) + 1):
                    ts._apply(expected[c], op, values)
        assert [cell.left for cell in styles_now[r]] == [cell.left for cell in expected]
