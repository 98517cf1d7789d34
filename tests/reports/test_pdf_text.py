"""PlainText, the fast path of `pdf_base.para`: the same lines as reportlab's Paragraph, long words kept inside
their column, Danish letters printed, and the minutes word for word as Paragraph printed them."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
from reportlab.platypus.flowables import Flowable

from vzworkshop.reports import pdf_assessment, pdf_base, pdf_handouts, pdf_minutes
from vzworkshop.reports.pdf_base import FONT, markup, para, styles
from vzworkshop.reports.pdf_text import SPACE_SHRINKAGE, PlainText, break_lines, word_width
from vzworkshop.store import WorkshopStore

Sample = Callable[[str], Path]

WORDS = ["og", "ved", "gør", "noget", "Æblegrød", "årstider", "–", "3,5", "&", "<b>", "ÆØÅ", "x", "W",
         "arbejdsmiljøorganisation", "Arbejdsmiljørepræsentantsuppleantuddannelsesforløbet"]
GAPS = [" ", " ", " ", "  ", "\t", "\n", " \n ", "\n\n"]


def _paragraph_lines(text: str, style_name: str, width: float) -> list[str]:
    """The lines reportlab's Paragraph breaks the same text into."""
    paragraph = Paragraph(markup(text), getattr(styles(), style_name))
    paragraph.wrap(width, 1e6)
    broken = paragraph.blPara
    if broken.kind == 0:
        return [" ".join(words) for _, words in broken.lines]
    return ["".join(getattr(w, "text", "") for w in line.words).strip() for line in broken.lines]


@settings(max_examples=300, deadline=None)
@given(hs.lists(hs.tuples(hs.sampled_from(WORDS), hs.sampled_from(GAPS)), max_size=30),
       hs.sampled_from(["cell", "cell_bold", "body", "h1", "cell_right"]),
       hs.sampled_from([18.0, 30.0, 55.0, 90.0, 150.0, 400.0]))
def test_lines_break_where_paragraph_breaks_them(words: list[tuple[str, str]], style_name: str,
                                                 width: float) -> None:
    text = "".join(w + gap for w, gap in words).strip()
    style = getattr(styles(), style_name)
    ours = [line for line, _ in break_lines(text, style.fontName, style.fontSize, width)] if text else []
    assert ours == _paragraph_lines(text, style_name, width)


def test_a_long_danish_compound_wraps_inside_a_narrow_column() -> None:
    word = "Arbejdsmiljørepræsentantsuppleantuddannelsesforløbet"
    st = styles()
    lines = break_lines(f"Se {word} nu", FONT, st.cell.fontSize, 40.0)
    assert len(lines) > 3
    for text, width in lines:
        assert width <= 40.0 + SPACE_SHRINKAGE * word_width(" ", FONT, st.cell.fontSize) * text.count(" ")
        assert abs(width - word_width(text, FONT, st.cell.fontSize)) < 1e-6
    assert "".join(text.replace(" ", "") for text, _ in lines) == f"Se{word}nu"


def test_explicit_line_breaks_and_blank_lines_are_kept() -> None:
    lines = [t for t, _ in break_lines("Første linje\n\n  anden   linje ", FONT, 8, 300)]
    assert lines == ["Første linje", "", "anden linje"]


def test_wrap_split_and_spacing_follow_the_style() -> None:
    st = styles()
    text = " ".join(["Æblegrød og årstider"] * 40)
    flowable = PlainText(text, st.body)
    _, height = flowable.wrap(200, 1000)
    lines = len(break_lines(text, FONT, st.body.fontSize, 200))
    assert height == pytest.approx(lines * st.body.leading)
    assert flowable.getSpaceAfter() == st.body.spaceAfter
    head, tail = flowable.split(200, st.body.leading * 3.5)
    assert head.wrap(200, 1000)[1] == pytest.approx(3 * st.body.leading)
    assert tail.wrap(200, 1000)[1] == pytest.approx((lines - 3) * st.body.leading)
    assert flowable.split(200, st.body.leading * 1.5) == []  # no lone first line at the foot of a page
    assert flowable.split(200, height + 1) == [flowable]


def test_para_falls_back_to_paragraph_only_for_no_break_spaces() -> None:
    st = styles()
    assert isinstance(para("Æblegrød & <b>", st.cell), PlainText)
    assert isinstance(para("10\u00a0000 kr.", st.cell), Paragraph)


def _pdf_text(story: list[Flowable]) -> list[str]:
    out = io.BytesIO()
    pdf_base.register_fonts()
    SimpleDocTemplate(out, pagesize=A4, initialFontName=FONT).build(story)
    return [page.extract_text() or "" for page in PdfReader(out).pages]


def test_danish_letters_dashes_and_markup_characters_print_in_a_table() -> None:
    st = styles()
    cell = para("Æblegrød, øl og årstider – <b>&amp; Arbejdsmiljørepræsentantsuppleantuddannelsesforløbet",
                st.cell)
    [text] = _pdf_text([Table([[cell, para("ÆØÅ æøå", st.cell_right)]], colWidths=[60, 60])])
    words = text.split()
    for word in ("Æblegrød,", "øl", "og", "årstider", "–", "<b>&amp;", "ÆØÅ", "æøå"):
        assert word in words
    assert "Arbejdsmiljørepræsentantsuppleantuddannelsesforløbet" not in text  # broken to fit 60 pt
    assert "Arbejdsmilj" in text.replace("\n", "")


def _as_paragraph(text: str, style: object) -> Paragraph:
    return Paragraph(markup(text), style)


@pytest.mark.parametrize("kind", ["minutes", "actions", "results", "agenda", "questionnaire"])
def test_documents_print_word_for_word_as_with_paragraph(sample: Sample, tmp_path: Path, kind: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page of the large workshop's documents holds the same text as when Paragraph drew it all."""
    from vzworkshop.reports.export import export_pdf

    path = sample("large_da")

    def pages(out: Path) -> list[str]:
        with WorkshopStore.open(path) as store:
            export_pdf(store, kind, out)
        return [page.extract_text() or "" for page in PdfReader(out).pages]

    fast = pages(tmp_path / "fast.pdf")
    for module in (pdf_base, pdf_assessment, pdf_minutes, pdf_handouts):
        monkeypatch.setattr(module, "para", _as_paragraph)
    slow = pages(tmp_path / "slow.pdf")
    assert len(fast) == len(slow) > 0
    assert fast == slow
