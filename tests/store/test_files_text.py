"""Text fields take any Unicode a facilitator can type or paste: emoji, right-to-left scripts, combining marks,
control characters, 10,000 characters; what is saved is read back exactly."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import ActionItem, Problem, StepNote, TeamMember, Workshop

SAMPLES = [
    "Trivsel 😀👩🏽‍⚕️🇩🇰 og 🧑‍🤝‍🧑",
    "שלום עולם – مرحبا بالعالم – Ærø",  # right-to-left scripts mixed with Danish
    "\u202eomvendt\u202c og \u200fRLM\u200e",  # bidi control characters
    "e\u0301 a\u0308 Å",  # combining marks
    "linje 1\r\nlinje 2\n\tindrykket\x0bvt\x0c",  # line breaks, tab, form feed
    "nul\x00tegn",  # a NUL inside text
    "'; DROP TABLE tally; --",
    "ꙮ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \U0010fffd",
    "x" * 10_000,
    ("Æblegrød 🍎 " * 900)[:10_000],
]


@pytest.mark.parametrize("text", SAMPLES, ids=range(len(SAMPLES)))
def test_any_text_round_trips(workshop_path: Path, text: str) -> None:
    with WorkshopStore.open(workshop_path) as store:
        store.save(StepNote(step=1, notes=text, data_sources=text, facilitator_notes=text))
        member = store.add(TeamMember(name=text, role=text))
        problem = store.add(Problem(title=text, description=text))
        store.add(ActionItem(what=text, owner=text, problem_id=problem.id))
        rnd = store.add_round(text, groups=(text, "B"))
        ws = store.workshop()
        ws.organisation = text
        store.save(ws)
    with WorkshopStore.open(workshop_path) as store:
        note = store.get(StepNote, 1)
        assert (note.notes, note.data_sources, note.facilitator_notes) == (text, text, text)
        assert store.get(TeamMember, member.id).name == text
        assert store.list(Problem)[0].title == text
        assert store.list(ActionItem)[0].what == text
        assert store.rounds()[0].name == text.strip()
        assert rnd.id is not None
        assert store.groups(rnd.id)[0].name == text.strip()
        assert store.workshop().organisation == text


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=300))
def test_generated_text_round_trips(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "w.vzw"
        with WorkshopStore.create(path, Workshop(organisation="Testby")) as store:
            store.save(StepNote(step=3, notes=text))
            store.add(TeamMember(name=text))
        with WorkshopStore.open(path) as store:
            assert store.get(StepNote, 3).notes == text
            assert store.list(TeamMember)[0].name == text
        shutil.rmtree(tmp, ignore_errors=True)
