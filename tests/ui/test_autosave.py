"""Autosave while someone types without pausing: the debounce alone would never fire."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from vzworkshop.store.records import ActionItem, Problem
from vzworkshop.ui.widgets.action_editor import ActionEditor
from vzworkshop.ui.widgets.autosave import DEBOUNCE_MS, MAX_WAIT_MS, bind_text
from vzworkshop.ui.widgets.problem_panel import ProblemPanel


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


def test_a_long_title_from_the_store_shows_its_beginning(qtbot: QtBot, store: Any) -> None:
    """Seen under X: step 3 showed a chosen problem's title as "andringer uden inddragelse" (its last words)."""
    store.add(Problem(title="Forandringer uden inddragelse af de berørte medarbejdere", has_solution=True))
    store.add(Problem(title="Kort"))
    panel = ProblemPanel(store, lambda: None)
    qtbot.addWidget(panel)
    panel.resize(500, 600)
    panel.show()
    panel.refresh()
    panel.table.selectRow(1)
    panel.table.selectRow(0)
    assert panel.title_edit.text().startswith("Forandringer")
    assert panel.title_edit.cursorPosition() == 0


def test_a_long_indicator_from_the_store_shows_its_beginning(qtbot: QtBot, store: Any) -> None:
    """Seen under X: the action form showed an indicator picked from the list as "sat ud fra udvalgte
    APV-resultater." (its last words)."""
    long = store.add(ActionItem(what="A", indicator="Evaluering af mål sat ud fra udvalgte APV-resultater, "
                                                    "gennemgået hvert halve år i MED-udvalget"))
    short = store.add(ActionItem(what="B", indicator="Kort"))
    editor = ActionEditor(store, lambda: None)
    qtbot.addWidget(editor)
    editor.resize(400, 500)
    editor.show()
    editor.load(short.id)
    editor.load(long.id)
    line = editor.indicator.lineEdit()
    assert line is not None and line.text().startswith("Evaluering")
    assert line.cursorPosition() == 0
