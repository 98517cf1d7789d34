"""Counts read as words a person would say: the projector's "waits for one more answer" (was "1 more answers"
in English: a count put into a plural text with str.format instead of Qt's %n forms), and step 2's bars say
"ved ikke" / "don't know" under the grey bar (was "?")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.large_font import app_font, laptop_window, settle
from vzworkshop.core.disclosure_history import Shown
from vzworkshop.core.tally import Ballot
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Workshop
from vzworkshop.ui.i18n import Translations
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.pages.assess import AssessPage
from vzworkshop.ui.widgets.bars import AnswerBars


def votes(store: WorkshopStore, round_id: int, n: int, value: int = 3) -> None:
    group = store.groups(round_id)[0]
    assert group.id is not None
    store.add_ballots([Ballot(round_id, group.id, {i: value for i in range(1, 11)}) for _ in range(n)])


def open_projector(qtbot: QtBot, tmp_path: Path, language: str, shown: int, after: int) -> str:
    """The projector's text for a round shown before at `shown` answers that now has `after`."""
    store = WorkshopStore.create(tmp_path / "w.vzw", Workshop(organisation="Demo", language=language))
    rid = store.add_round("Runde 1").id or 0
    votes(store, rid, shown)
    store.record_shown(rid, Shown((("", shown),), frozenset()))  # the room saw the round at `shown` answers
    votes(store, rid, after - shown, value=5)
    window = WorkshopWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.page(2)
    assert isinstance(page, AssessPage)
    page.hide_check.setFocus()  # live on the projector: the room reads the status
    qtbot.keyClick(page.hide_check, Qt.Key.Key_Space)
    page.projector_button.setFocus()
    qtbot.keyClick(page.projector_button, Qt.Key.Key_Space)
    projector = page.projector
    assert projector is not None
    qtbot.waitUntil(projector.isVisible)
    text = projector.status.text()
    projector.close()
    window.close()
    store.close()
    return text


@pytest.mark.parametrize(("language", "after", "expected"), [
    ("en", 5, "The average waits for one more answer,"),
    ("en", 4, "The average waits for 2 more answers,"),
    ("da", 5, "Gennemsnittet venter på ét svar mere,"),
    ("da", 4, "Gennemsnittet venter på 2 svar mere,"),
])
def test_the_projector_says_how_many_more_answers_in_words(qtbot: QtBot, tmp_path: Path, language: str,
                                                            after: int, expected: str) -> None:
    text = open_projector(qtbot, tmp_path, language, 3, after)
    assert expected in text
    assert "1 more answers" not in text


@pytest.fixture(params=[11, 16])
def points(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[int]:
    with app_font(qapp, request.param):
        yield request.param


@pytest.mark.parametrize(("ui", "word", "short", "whole"), [
    ("da", "ved ikke", "v.i.", "Ved ikke: "),
    ("en", "don't know", "DK", "Don't know: "),
])
def test_step_2s_bars_say_dont_know_in_words(qtbot: QtBot, tmp_path: Path, _english_ui: Translations, points: int,
                                              ui: str, word: str, short: str, whole: str) -> None:
    translations = Translations()  # kept: its translators live as long as it
    translations.apply(ui)
    try:
        window = laptop_window(qtbot, tmp_path, ui)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        settle()
        page = window.page(2)
        assert isinstance(page, AssessPage)
        bars = [b for b in page.results.table.findChildren(AnswerBars) if b.isVisible()]
        assert bars
        for chart in bars:
            assert chart.shown_dont_know() == (word if points == 11 else chart.shown_dont_know())
            assert chart.shown_dont_know() in (word, short), "the method's word or its short form, never '?'"
            assert whole in chart.toolTip() and whole in chart.accessibleDescription()
        chart = bars[0]
        image = chart.grab().toImage()
        assert not image.isNull()
        chart.grab().save(str(tmp_path / f"bars_{ui}_{points}.png"))
    finally:
        _english_ui.apply("en")
