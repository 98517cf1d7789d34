"""The room reads participant entry and the projector in the WORKSHOP's language, whatever the facilitator's UI
language: a Danish facilitator may run an English workshop, and the other way round."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from vzworkshop.store import WorkshopStore
from vzworkshop.ui.i18n import Translations
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.pages.assess import AssessPage
from vzworkshop.ui.participant import ParticipantWindow, Screen
from vzworkshop.ui.projector import ProjectorWindow
from vzworkshop.ui.workshop_language import translate

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, harmless


def _keys(qtbot: QtBot, entry: ParticipantWindow, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(entry, key)


def _room(window: WorkshopWindow, qtbot: QtBot) -> tuple[AssessPage, ProjectorWindow, ParticipantWindow]:
    """Step 2, the projector (F6) and participant entry (F5), as the facilitator opens them."""
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.page(2)
    assert isinstance(page, AssessPage)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert page.projector is not None and page.participants is not None
    return page, page.projector, page.participants


def _handover(entry: ParticipantWindow) -> str:
    return " ".join(w.text() for w in entry.handover.findChildren(QLabel))


def _finish(qtbot: QtBot, window: WorkshopWindow, entry: ParticipantWindow, projector: ProjectorWindow) -> None:
    _keys(qtbot, entry, Qt.Key.Key_Escape, Qt.Key.Key_Return)
    qtbot.waitUntil(window.isVisible)
    projector.close()


def test_english_ui_danish_workshop_the_room_reads_danish(window: WorkshopWindow, qtbot: QtBot) -> None:
    assert window.store.workshop().language == "da"
    _, projector, entry = _room(window, qtbot)
    assert "Giv computeren videre" in _handover(entry) and "Pass the laptop" not in _handover(entry)
    assert entry.windowTitle() != "Participant entry"
    assert projector.status.text() == "0 svar indtil nu. Venter på 3 svar mere."

    _keys(qtbot, entry, Qt.Key.Key_Return)
    assert entry.current_screen is Screen.ITEM
    screen = entry.item_screen
    assert (screen.back_button.text(), screen.next_button.text()) == ("Tilbage", "Næste")
    assert screen.progress.text() == "Udsagn 1 af 10"
    _keys(qtbot, entry, *[Qt.Key.Key_3] * 9, Qt.Key.Key_Right)
    assert entry.current_screen is Screen.REVIEW
    assert entry.review.submit_button.text() == "Aflevér mine svar"
    review = " ".join(w.text() for w in entry.review.findChildren(QLabel))
    assert "Tjek dine svar" in review and "Ikke besvaret" in review and "Check your answers" not in review
    _keys(qtbot, entry, Qt.Key.Key_Return)
    assert "Tak! Dine svar er gemt." in _handover(entry)
    assert projector.status.text() == "1 svar indtil nu. Venter på 2 svar mere."
    assert projector.chart.accessibleName() == "Modenhedstrappe"
    assert window.menu_view.title() == "&View"  # the facilitator's own windows stay in the UI language
    _finish(qtbot, window, entry, projector)


@pytest.fixture
def danish_ui() -> Iterator[Translations]:
    translations = Translations()
    translations.apply("da")
    yield translations
    translations.apply("en")


@pytest.fixture
def english_workshop(workshop_path: Path, qtbot: QtBot, danish_ui: Translations) -> Iterator[WorkshopWindow]:
    store = WorkshopStore.open(workshop_path)
    workshop = store.workshop()
    workshop.language = "en"
    store.save(workshop)
    win = WorkshopWindow(store)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()


def test_danish_ui_english_workshop_the_room_reads_english(english_workshop: WorkshopWindow, qtbot: QtBot) -> None:
    window = english_workshop
    assert window.menu_view.title() == "&Vis"  # the UI is Danish
    page, projector, entry = _room(window, qtbot)
    assert page.participant_button.text() != "Start participant entry (F5)"
    assert "Pass the laptop to the next participant." in _handover(entry)
    assert projector.status.text() == "0 answers so far. Waiting for 3 more answers."
    _keys(qtbot, entry, Qt.Key.Key_Return)
    screen = entry.item_screen
    assert (screen.back_button.text(), screen.next_button.text()) == ("Back", "Next")
    assert screen.progress.text() == "Statement 1 of 10"
    _keys(qtbot, entry, *[Qt.Key.Key_4] * 10)
    assert entry.review.submit_button.text() == "Submit my answers"
    _keys(qtbot, entry, Qt.Key.Key_Return)
    assert "Thank you! Your answers have been saved." in _handover(entry)
    assert projector.status.text() == "1 answer so far. Waiting for 2 more answers."
    assert window.menu_view.title() == "&Vis"
    _finish(qtbot, window, entry, projector)


def test_translate_finds_the_catalogue_of_the_language_asked_for() -> None:
    assert translate("ItemScreen", "Next", language="da") == "Næste"
    assert translate("ItemScreen", "Next", language="en") == "Next"
    assert translate("", "%n answer(s)", None, 1, language="en") == "1 answer"
    assert translate("", "%n answer(s)", None, 4, language="da") == "4 svar"
    assert translate("ItemScreen", "No such text", language="xx") == "No such text"
