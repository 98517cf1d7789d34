"""One word for the participants' answers: step 5 and step 3 say "svar" as step 2 and the method guide do (they
said "besvarelser"), and "answers" in English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from vzworkshop.ui.i18n import Translations

from .helpers import open_demo_window

WORDS = {"da": ("svar", "besvarelse"), "en": ("answers", "response")}


@pytest.fixture(params=["da", "en"])
def ui_language(request: pytest.FixtureRequest, _english_ui: Translations) -> Iterator[str]:
    ui = Translations()
    ui.apply(request.param)
    yield request.param
    _english_ui.apply("en")


def test_steps_5_and_3_call_the_answers_what_step_2_does(qtbot: QtBot, tmp_path: Path, ui_language: str) -> None:
    window = open_demo_window(qtbot, tmp_path / "demo.vzw", "Demo", ui_language)
    word, old = WORDS[ui_language]
    for step in (5, 3):
        window.show_step(step)
        texts = [label.text() for label in window.page(step).findChildren(QLabel) if label.text()]
        counted = [text for text in texts if f"14 {word}" in text]  # the demo's baseline has 14 ballots
        assert counted, (step, texts)
        assert not [text for text in texts if old in text.lower()], step
