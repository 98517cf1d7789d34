"""The reports' shortcuts against the way they replace: each switched off gives the same pages, pixel for pixel,
and the same lines."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from vzworkshop.reports import pdf_base
from vzworkshop.reports.pdf_base import rich, styles
from vzworkshop.reports.pdf_rich import RichText, bold_style, break_rich, parse, whole_bold
from vzworkshop.reports.pdf_text import PlainText, break_lines
from vzworkshop.store import WorkshopStore

Sample = Callable[[str], Path]

WORDS = ["og", "gør", "Æblegrød", "–", "3,5", "+0,4", "x", "W", "arbejdsmiljøorganisation",
         "Arbejdsmiljørepræsentantsuppleantuddannelsesforløbet"]


def rendered(pdf: Path, folder: Path) -> list[bytes]:
    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", "80", str(pdf), str(folder / "p")], check=True)
    return [p.read_bytes() for p in sorted(folder.iterdir())]


def assert_same_pages(sample: Sample, tmp_path: Path, workshop: str, kind: str,
                      switch_off: Callable[[], None]) -> None:
    """The document drawn as it is and with a shortcut switched off renders to the same pixels."""
    from vzworkshop.reports.export import export_pdf

    with WorkshopStore.open(sample(workshop)) as store:
        export_pdf(store, kind, tmp_path / "fast.pdf")
        switch_off()
        export_pdf(store, kind, tmp_path / "slow.pdf")
    fast = rendered(tmp_path / "fast.pdf", tmp_path / "fast")
    slow = rendered(tmp_path / "slow.pdf", tmp_path / "slow")
    assert len(fast) == len(slow) > 0
    for page, (a, b) in enumerate(zip(fast, slow, strict=True), start=1):
        assert a == b, f"page {page} differs"


def test_only_one_bold_run_of_plain_text_is_taken_for_plain_text() -> None:
    assert whole_bold("<b>3,4</b>") == "3,4"
    assert whole_bold("<b></b>") == ""
    for markup in ("<b>3,4</b> x", "x <b>3,4</b>", "<b>a</b><b>b</b>", "<b>a &amp; b</b>", "<b>a<br/>b</b>",
                   "<b>a\nb</b>", "<b>a\xa0b</b>", "<font color='#555555'>a</font>", "3,4"):
        assert whole_bold(markup) is None, markup
    st = styles()
    cell = rich("<b>3,4</b>", st.cell_right)
    assert isinstance(cell, PlainText) and cell.text == "3,4"
    assert cell.style.fontName == pdf_base.FONT_BOLD
    assert (cell.style.fontSize, cell.style.leading, cell.style.alignment) == (8, 10, st.cell_right.alignment)
    assert isinstance(rich("<b>Noter:</b> tekst", st.note), RichText)


@settings(max_examples=200, deadline=None)
@given(hs.lists(hs.sampled_from(WORDS), min_size=1, max_size=12),
       hs.sampled_from(["cell", "cell_right", "note", "body"]), hs.sampled_from([20.0, 40.0, 90.0, 300.0]))
def test_bold_text_breaks_as_rich_text_breaks_it(words: list[str], style_name: str, width: float) -> None:
    style = getattr(styles(), style_name)
    text = " ".join(words)
    fragments = parse(f"<b>{text}</b>", style)
    assert fragments is not None
    as_rich = [("".join(run.text for run in line.runs), line.width) for line in break_rich(fragments, width)]
    bold = bold_style(style)
    as_plain = break_lines(text, bold.fontName, bold.fontSize, width)
    assert [t for t, _ in as_plain] == [t for t, _ in as_rich]
    assert [w for _, w in as_plain] == pytest.approx([w for _, w in as_rich])


@pytest.mark.parametrize(("workshop", "kind"), [("large_da", "minutes"), ("large_da", "results"),
                                                ("demo_en", "minutes"), ("demo_da", "actions")])
def test_bold_figures_print_as_rich_text_printed_them(sample: Sample, tmp_path: Path, workshop: str, kind: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert_same_pages(sample, tmp_path, workshop, kind,
                      lambda: monkeypatch.setattr(pdf_base, "whole_bold", lambda markup: None))


def test_a_tables_text_cells_share_one_text_object_and_print_as_reportlabs_table(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """GridTable writes its text cells (plain, bold, rich, right-aligned, in two colours) into one text object,
    ended before a figure or a string cell and begun again after; the page is pixel for pixel that of
    reportlab's Table."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import SimpleDocTemplate

    from vzworkshop.reports import pdf_table
    from vzworkshop.reports.pdf_base import FONT, grid, para
    from vzworkshop.reports.pdf_figures import Distribution
    from vzworkshop.reports.pdf_table import GridTable

    def make() -> Any:
        st = styles()
        rows: list[list[object]] = [[para("Nr.", st.head), para("Udsagn", st.head), para("Svar", st.head_right),
                                     para("Fordeling", st.head)]]
        for i in range(6):
            rows.append([para(str(i), st.cell), rich(f"<b>Udsagn {i}:</b> Æblegrød og øl " * (i % 3 + 1), st.note),
                         rich(f"<b>{i},5</b>", st.cell_right),
                         Distribution([0, 1, i, 2, 0, 3], width=60) if i % 2 else "streng"])
        return grid(rows, [20.0, 200.0, 50.0, 70.0])

    table = make()
    assert isinstance(table, GridTable)
    canvas = Canvas(io.BytesIO())
    canvas.setFont(FONT, 8)
    table.wrapOn(canvas, 400, 800)
    table.drawOn(canvas, 50, 300)
    code = "\n".join(canvas._code)
    # per row one object for its text cells (the header's running on into the first row's), one for the string
    # cell or the distribution's counts; cell by cell it would be 4 + 6 * 4
    assert code.count("BT") == 6 + 6
    assert code.count("(Udsagn 0:) Tj") == 1

    def pdf(flowable: Any, name: str) -> Path:
        out = tmp_path / name
        SimpleDocTemplate(str(out), pagesize=A4, initialFontName=FONT).build([flowable])
        return out

    ours = rendered(pdf(make(), "ours.pdf"), tmp_path / "ours")
    monkeypatch.setattr(pdf_table, "_grid_table", lambda *args: None)
    reference = make()
    assert not isinstance(reference, GridTable)
    assert ours == rendered(pdf(reference, "theirs.pdf"), tmp_path / "theirs")


def test_every_page_carries_the_header_and_footer_written_once(sample: Sample, tmp_path: Path) -> None:
    """The header and footer are made on the first page and copied to the others: every page shows them, in the
    same place, and the text of each page is there too."""
    from pypdf import PdfReader

    from vzworkshop.reports.export import export_pdf

    with WorkshopStore.open(sample("large_da")) as store:
        export_pdf(store, "minutes", tmp_path / "minutes.pdf")
        title = store.workshop().title
    pages = PdfReader(tmp_path / "minutes.pdf").pages
    assert len(pages) > 3
    heads = []
    for number, page in enumerate(pages, start=1):
        text = page.extract_text() or ""
        assert title in text and "Referat" in text and "Kilde:" in text, number
        assert f"Side {number} af {len(pages)}" in text
        code = page.get_contents().get_data()  # type: ignore[union-attr]
        heads.append(code[:code.index(b"Q") + 1])  # the decoration: from the first q to its Q
    assert len(set(heads)) == 1 and heads[0].count(b"Tj") == 3  # header left and right, footer


def test_fill_and_stroke_colours_are_set_as_the_canvas_sets_them() -> None:
    import io

    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    from vzworkshop.reports.pdf_textcode import set_fill, set_stroke

    ours, theirs = Canvas(io.BytesIO()), Canvas(io.BytesIO())
    for c in (ours, theirs):
        c.setFillAlpha(0.5)  # a changed alpha: the next opaque colour sets it back
        c.setStrokeAlpha(0.3)
    shades = [colors.HexColor("#2b5f95"), colors.white, colors.Color(0.1, 0.2, 0.3), colors.HexColor("#111111"),
              colors.Color(1, 0, 0, alpha=0.4), colors.CMYKColor(0.1, 0.2, 0.3, 0.4)]
    for colour in shades:
        set_fill(ours, colour)
        set_stroke(ours, colour)
        theirs.setFillColor(colour)
        theirs.setStrokeColor(colour)
        assert ours._code == theirs._code
        assert (ours._fillColorObj, ours._strokeColorObj) == (theirs._fillColorObj, theirs._strokeColorObj)
        assert ours._extgstate._d == theirs._extgstate._d
    assert any(" gs" in line for line in ours._code) and sum(" rg" in line for line in ours._code) >= 4


@settings(max_examples=300, deadline=None)
@given(hs.lists(hs.sampled_from([*WORDS, "\xa0", "\t", "\n", " "]), min_size=0, max_size=3),
       hs.sampled_from(["cell", "cell_bold", "cell_right", "h1"]), hs.sampled_from([10.0, 25.0, 60.0, 300.0]))
def test_a_single_word_is_laid_out_as_break_lines_lays_it_out(parts: list[str], style_name: str,
                                                              width: float) -> None:
    style = getattr(styles(), style_name)
    text = "".join(parts)
    block = PlainText(text, style)
    expected = break_lines(text, style.fontName, style.fontSize, width) if text else []
    assert block._layout(width) == expected


def test_gaps_and_room_breaks_lay_out_as_reportlabs_and_write_nothing(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import CondPageBreak, SimpleDocTemplate, Spacer

    from vzworkshop.reports.pdf_base import FONT, Gap, RoomBreak, para

    st = styles()

    def story(gap: Any, room: Any) -> list[Any]:
        out: list[Any] = []
        for i in range(30):
            out += [room(120), para(f"Overskrift {i}", st.h2), para("Æblegrød og øl. " * (i % 5 + 1), st.body),
                    gap(1, 14)]
        return out

    def pdf(name: str, gap: Any, room: Any) -> Path:
        out = tmp_path / name
        SimpleDocTemplate(str(out), pagesize=A4, initialFontName=FONT).build(story(gap, room))
        return out

    ours, theirs = pdf("ours.pdf", Gap, RoomBreak), pdf("theirs.pdf", Spacer, CondPageBreak)
    from pypdf import PdfReader

    def translations(pdf: Path) -> list[int]:  # beside the one every page starts with
        return [page.get_contents().get_data().count(b" cm") - 1 for page in PdfReader(pdf).pages]  # type: ignore[union-attr]

    assert len(translations(ours)) > 2 and set(translations(ours)) == {0}
    assert sum(translations(theirs)) > 30
    assert rendered(ours, tmp_path / "ours") == rendered(theirs, tmp_path / "theirs")


@settings(max_examples=2000, deadline=None)
@given(hs.one_of(hs.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False),
                 hs.integers(min_value=-10**9, max_value=10**9),
                 hs.sampled_from([0.0, -0.0, 1e-7, -1e-7, 1.5e-7, -1.5e-7, 5e-7, 1.0, 10.0, 100.0, 1000.0, 1e6, 1e7,
                                  999999.5, 0.5, 0.9999995, 9.9999996, 99.999995, 123.456789, -0.25, 841.8898,
                                  595.2756, 0.066667, 1 / 3, 2 / 3, 10 ** -0.5])))
def test_numbers_are_written_as_reportlab_writes_them(value: float) -> None:
    from reportlab.lib.rl_accel import fp_str

    from vzworkshop.reports.pdf_textcode import number

    number.cache_clear()
    assert number(value) == fp_str(value)



def test_lines_rectangles_widths_and_placed_figures_write_what_the_canvas_writes() -> None:
    import io

    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

    from vzworkshop.core.content import load_content
    from vzworkshop.reports.pdf_base import FONT, grid, para
    from vzworkshop.reports.pdf_figures import Marker, MeanBar, StaircaseFigure
    from vzworkshop.reports.pdf_textcode import line, line_width, rect, translate

    ours, theirs = Canvas(io.BytesIO()), Canvas(io.BytesIO())
    for x, y, w, h in ((0.0, 1.0, 62.86614, 0.5), (12.5, -3.25, 100.0, 7.795402), (1e-8, 595.2756, 1 / 3, 2)):
        line(ours, x, y, w, h)
        theirs.line(x, y, w, h)
        for stroke, fill in ((1, 0), (0, 1), (1, 1), (0, 0)):
            rect(ours, x, y, w, h, stroke, fill)
            theirs.rect(x, y, w, h, stroke=stroke, fill=fill)
        line_width(ours, h)
        theirs.setLineWidth(h)
        translate(ours, x, y)  # the second of two translations merges into the first
        theirs.translate(x, y)
        ours.saveState()
        theirs.saveState()
        translate(ours, w, h)
        theirs.translate(w, h)
    assert ours._code == theirs._code
    assert (ours._lineWidth, ours._currentMatrix) == (theirs._lineWidth, theirs._currentMatrix)

    st = styles()
    levels = load_content("da").levels
    figures = [lambda: StaircaseFigure(levels, [Marker(2.7, "Runde 1", True), Marker(3.1)], "da", 480, 118),
               lambda: MeanBar(3.4, "da", width=140), lambda: grid([[para("Nr.", st.head)], [para("1", st.cell)]],
                                                                  [80.0])]
    for make in figures:
        ours, theirs = Canvas(io.BytesIO()), Canvas(io.BytesIO())
        for c in (ours, theirs):
            c.setFont(FONT, 8)
        mine, reference = make(), make()
        for f in (mine, reference):
            f.wrapOn(ours, 480, 700)
        mine.drawOn(ours, 51.0234, 633.1)
        Flowable.drawOn(reference, theirs, 51.0234, 633.1)
        assert ours._code == theirs._code and " cm" in ours._code[1]
        assert ours._currentMatrix == theirs._currentMatrix
