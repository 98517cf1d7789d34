"""Autosave while someone types without pausing: the debounce alone would never fire."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from vzworkshop.ui.widgets.autosave import DEBOUNCE_MS, MAX_WAIT_MS, bind_text


def test_a_long_stretch_of_typing_is_saved_before_the_typist_pauses(qtbot: QtBot) -> None:
    """Seen under X: a note typed steadily for three seconds, then `kill -9`: none of it was in the file,
    because every keystroke restarted the 400 ms debounce."""
    field = QPlainTextEdit()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    saved: list[str] = []
    bind_text(field, saved.append)
    start = time.monotonic()
    typed = ""
    while time.monotonic() - start < (MAX_WAIT_MS + 600) / 1000:
        qtbot.keyClicks(field, "a")
        typed += "a"
        qtbot.wait(DEBOUNCE_MS // 3)  # always faster than the debounce
    assert saved, "nothing saved while typing without a pause"
    assert typed.startswith(saved[-1]) and len(saved[-1]) >= 3
    qtbot.wait(DEBOUNCE_MS + 200)
    assert saved[-1] == typed  # and the debounce still saves the rest once the typist pauses
