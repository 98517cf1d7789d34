"""Long Danish compounds in the narrow columns of the action plan and the minutes: a word wider than its column
is divided with a hyphen at the break ("organisations-" / "strukturen"), never in the middle without one
("organi" / "sationsstrukture" / "n", as reportlab's Paragraph divided it), and nothing runs out of the page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.units import mm

from vzworkshop.reports.export import export_pdf
from vzworkshop.reports.pdf_base import MARGIN
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import ActionItem, AgendaBlock, HazardSelection, Problem, TeamMember

from .test_pdf_long_text import assert_within_frames, placed_text

Sample = Callable[[str], Path]

COMPOUNDS = ["organisationsstrukturen", "Medarbejdertilfredshedsundersøgelsen", "sikkerhedsrepræsentanterne",
             "Arbejdsmiljørepræsentantsuppleantuddannelsesforløbet", "Trivselsmålingsopfølgningen"]
TEXT = " og ".join(COMPOUNDS)

# (record, fields) filled with the compounds: every text column of the action plan, and of the minutes' tables
FIELDS: list[tuple[type[Any], tuple[str, ...]]] = [
    (ActionItem, ("what", "why", "owner", "resources", "budget", "indicator", "evaluation_method", "effect",
                  "indicator_values", "obstacles")),
    (Problem, ("title", "description")),
    (TeamMember, ("name", "role", "department")),
    (HazardSelection, ("notes",)),
    (AgendaBlock, ("title", "notes")),
]


def _filled(path: Path) -> None:
    with WorkshopStore.open(path) as store:
        for cls, fields in FIELDS:
            for rec in store.list(cls):
                for field in fields:
                    setattr(rec, field, TEXT)
                store.save(rec)
        rnd = store.rounds()[-1]
        rnd.name = "Nulpunktsmålingsopfølgningsrunden"
        store.save(rnd)


@pytest.mark.parametrize("kind", ["actions", "minutes"])
def test_long_compounds_are_divided_with_a_hyphen_inside_the_margins(sample: Sample, tmp_path: Path,
                                                                     kind: str) -> None:
    path = sample("demo_da")
    _filled(path)
    out = tmp_path / "out.pdf"
    with WorkshopStore.open(path) as store:
        export_pdf(store, kind, out)
    texts, sizes = placed_text(out)
    divided = 0
    for t in texts:
        last = t.text.split()[-1]
        for word in COMPOUNDS:
            if last != word and word.startswith(last.rstrip(".,:")):
                pytest.fail(f"page {t.page + 1}: a line ends inside {word!r} without a hyphen: {t.text!r}")
            if last.endswith("-") and word.startswith(last[:-1]):
                divided += 1
    assert divided >= 10  # the narrow columns do divide them
    assert_within_frames(texts, sizes, bottom=18 * mm, top=17 * mm, side=MARGIN,
                         running=(10 * mm, sizes[0][1] - 10.5 * mm))


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_demo_action_plan_divides_no_word(sample: Sample, tmp_path: Path, language: str) -> None:
    """The columns are as wide as their longest words where the page has room: with fixed widths the demo's
    "Inddragelsesprocedure" in the Hvad column printed as "Inddragelsesproced" / "ure"."""
    path = sample(f"demo_{language}")
    with WorkshopStore.open(path) as store:
        export_pdf(store, "actions", tmp_path / "out.pdf")
        words = {w.strip(".,:;()") for a in store.list(ActionItem) for f in FIELDS[0][1]
                 for w in str(getattr(a, f)).split()}
    texts, _ = placed_text(tmp_path / "out.pdf")
    printed = {w.strip(".,:;()") for t in texts for w in t.text.split()}
    assert not any(t.text.endswith("-") for t in texts)
    assert {w for w in words if w} <= printed
