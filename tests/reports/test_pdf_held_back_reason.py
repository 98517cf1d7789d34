"""A round whose figures wait for more answers (showing them now would reveal the latest answers by comparison)
says so in every statement's row of the minutes, not "fewer than 3 answers", which would be untrue."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from vzworkshop.core.tally import Ballot
from vzworkshop.reports.export import export
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Workshop


def _minutes(path: Path, out: Path) -> str:
    with WorkshopStore.open(path) as store:
        export(store, "minutes", out)
    return " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(out).pages).split())


@pytest.mark.parametrize(("language", "waiting", "too_few"), [
    ("da", "tilbageholdt (venter på flere svar)", "færre end 3 svar"),
    ("en", "withheld (waiting for more answers)", "fewer than 3 answers"),
])
def test_a_held_back_round_says_it_waits(tmp_path: Path, language: str, waiting: str, too_few: str) -> None:
    path = tmp_path / "held.vzw"
    with WorkshopStore.create(path, Workshop(organisation="Lager A/S", language=language)) as store:
        rnd = store.add_round("Runde 1")
        assert rnd.id is not None
        group = store.groups(rnd.id)[0].id or 0
        store.add_ballots([Ballot(rnd.id, group, {i: 1 + k % 5 for i in range(1, 11)}) for k in range(5)])
        assert not store.round_result(rnd.id).withheld  # shown with 5 answers (a screen showed it)
        store.add_ballots([Ballot(rnd.id, group, {i: 3 for i in range(1, 11)})])
        result = store.round_result(rnd.id, remember=False)
        assert result.held_back and result.respondents == 6
    text = _minutes(path, tmp_path / "minutes.pdf")
    assert text.count(waiting) >= 10  # every statement's row
    assert too_few not in text
