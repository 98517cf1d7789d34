"""The action plan marks actions carried forward in step 5 as steps 3-5 do: "↻ overført fra cyklus 1 (nr. 1)" on a
copy, "→ overført til cyklus 2 (nr. 6)" on its original, whose status then reads "Overført", not an open task;
the minutes' list of actions (step 3) likewise."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from vzworkshop.reports.export import export_pdf
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import ActionItem

Sample = Callable[[str], Path]

MARKS = {
    "da": ["↻ overført fra cyklus 1 (nr. 1)", "→ overført til cyklus 2 (nr. 6)", "Overført"],
    "en": ["↻ from cycle 1 (no. 1)", "→ carried to cycle 2 (no. 6)", "Carried forward"],
}
OPEN = {"da": ["Planlagt", "I gang"], "en": ["Planned", "In progress"]}


def _text(pdf: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages)


@pytest.mark.parametrize("language", ["da", "en"])
def test_carried_actions_are_marked_in_the_documents_language(sample: Sample, tmp_path: Path, language: str) -> None:
    path = sample(f"demo_{language}")
    with WorkshopStore.open(path) as store:
        before = store.list(ActionItem)
        copies = store.carry_forward(1)
        export_pdf(store, "actions", tmp_path / "plan.pdf")
        export_pdf(store, "minutes", tmp_path / "minutes.pdf")
    unfinished = [a for a in before if a.status in ("planned", "in_progress")]
    assert len(copies) == len(unfinished) >= 2
    text = _text(tmp_path / "plan.pdf")
    came_from, carried_to, status = MARKS[language]
    assert came_from in text and carried_to in text
    assert text.count(status) == len(unfinished)  # each original: carried, no longer open
    assert text.count(came_from.split("(")[0]) == len(copies)  # each copy: where it came from
    planned, in_progress = OPEN[language]
    assert in_progress not in text  # the originals in progress no longer read as open; the copies are planned
    assert text.count(planned) == len(copies)
    minutes = _text(tmp_path / "minutes.pdf")  # step 3's list of actions says the same
    assert came_from in minutes and carried_to in minutes


def _pages(pdf: Path, folder: Path) -> list[bytes]:
    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", "60", str(pdf), str(folder / "p")], check=True)
    return [p.read_bytes() for p in sorted(folder.iterdir())]


def test_a_plan_without_carried_actions_prints_as_before_they_were_carried(sample: Sample, tmp_path: Path) -> None:
    """Carrying forward and deleting the copies again leaves the originals unlinked: the same pages."""
    path = sample("demo_da")
    with WorkshopStore.open(path) as store:
        export_pdf(store, "actions", tmp_path / "before.pdf")
        for copy in store.carry_forward(1):
            assert copy.id is not None
            store.delete(ActionItem, copy.id)
        export_pdf(store, "actions", tmp_path / "after.pdf")
        with_copies = store.carry_forward(1)
        export_pdf(store, "actions", tmp_path / "carried.pdf")
    assert with_copies
    before = _pages(tmp_path / "before.pdf", tmp_path / "b")
    assert before == _pages(tmp_path / "after.pdf", tmp_path / "a")
    assert before != _pages(tmp_path / "carried.pdf", tmp_path / "c")[:len(before)]
