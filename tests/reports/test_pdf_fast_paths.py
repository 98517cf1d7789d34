"""The reports' shortcuts against the way they replace: each switched off gives the same pages, pixel for pixel,
and the same lines."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

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
