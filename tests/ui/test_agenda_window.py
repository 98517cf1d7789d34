"""The agenda in the workshop window: View > Agenda (Ctrl+0), the timer keys from any page, the projector's
corner timer, and the facilitator's notes kept off every screen the room sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from vzworkshop.store.records import AgendaBlock, StepNote
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.pages.agenda import AgendaPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, harmless

SECRET = "HEMMELIGT-NOTAT"


class FakeClock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def press(qtbot: QtBot, window: WorkshopWindow, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def all_texts(root: QWidget) -> list[str]:
    """Every text a widget tree can show or read out: labels, fields, buttons, titles, tooltips, names."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.windowTitle(), widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(),
                  widget.statusTip(), widget.whatsThis()]
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
    return texts


def test_ctrl_0_shows_the_agenda_and_ctrl_1_to_5_still_switch_steps(window: WorkshopWindow, qtbot: QtBot) -> None:
    press(qtbot, window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget().isAncestorOf(window.agenda_page)
    assert window.agenda_page.isVisible()
    assert window.sidebar.currentRow() == window.sidebar.agenda_row()  # its own row below the steps
    assert window.agenda_page.list.topLevelItemCount() == 8  # the template, in the workshop's language (da)
    assert window.agenda_page.isAncestorOf(QApplication.focusWidget())
    for step in (3, 1, 5):
        press(qtbot, window, getattr(Qt.Key, f"Key_{step}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_step() == step
        assert window.sidebar.currentRow() == step - 1
    assert window.act_agenda.shortcut().toString() == "Ctrl+0"
    assert window.sidebar.step_count() == 5


def test_timer_keys_work_from_a_step_page(window: WorkshopWindow, qtbot: QtBot) -> None:
    clock = FakeClock()
    agenda: AgendaPage = window.agenda_page
    agenda.timer.clock._now = clock
    window.show_step(2)
    press(qtbot, window, Qt.Key.Key_F7)
    assert agenda.timer.running
    clock.t += 95
    press(qtbot, window, Qt.Key.Key_F9)  # next block, still on step 2
    assert window.current_step() == 2
    assert [b.actual_seconds for b in window.store.list(AgendaBlock)][:2] == [95, None]
    assert agenda.panel.block_title.text() == "Trin 1: Lederengagement og teamet"
    titles = [a.text() for a in window.menu_timer.actions()]
    assert "&Next agenda block" in titles and "Show timer on &projector" in titles


def test_the_timer_keys_work_before_the_agenda_page_is_built(window: WorkshopWindow, qtbot: QtBot) -> None:
    """The agenda page is built when first needed (start-up); F7 from step 1 builds it and starts the timer,
    and Ctrl+0 then shows the same page, its timer running."""
    assert window.stack.agenda is None
    window.show_step(1)
    press(qtbot, window, Qt.Key.Key_F7)
    agenda = window.stack.agenda
    assert agenda is not None and agenda.timer.running
    assert window.current_step() == 1
    press(qtbot, window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.agenda_page is agenda and agenda.isVisible() and agenda.timer.running
    press(qtbot, window, Qt.Key.Key_F7)  # the same key pauses it, now from the agenda page itself
    assert not agenda.timer.running


def test_projector_shows_the_timer_only_when_asked_and_never_the_facilitators_notes(
    window: WorkshopWindow, qtbot: QtBot
) -> None:
    for step in range(1, 6):
        note = window.store.get(StepNote, step)
        note.facilitator_notes = f"{SECRET} trin {step}"
        window.store.save(note)
    window.show_agenda()
    block = window.store.list(AgendaBlock)[0]
    block.notes = f"{SECRET} blok"
    window.store.save(block)
    window.refresh_all()
    agenda = window.agenda_page
    assert agenda.notes.edits[3].toPlainText() == f"{SECRET} trin 3"  # edited here, on the facilitator's page

    press(qtbot, window, Qt.Key.Key_F6)  # the projector window
    projector = window.page(2).projector  # type: ignore[attr-defined]
    assert projector is not None and projector.isVisible()
    assert not projector.timer_label.isVisible()  # off by default

    window.act_projector_timer.trigger()  # View > Timer > Show timer on projector
    assert projector.timer_label.isVisible()
    assert projector.timer_label.text() == "10:00"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    clock = FakeClock()
    agenda.timer.clock._now = clock
    press(qtbot, window, Qt.Key.Key_F7)
    clock.t += 12 * 60 + 5
    agenda.timer.on_tick()
    assert projector.timer_label.text() == "+2:05"

    for step in range(1, 6):  # every step's page shown, the projector following along
        window.show_step(step)
        assert not any(SECRET in text for text in all_texts(projector))
    window.show_agenda()
    assert not any(SECRET in text for text in all_texts(projector))

    window.act_projector_timer.trigger()
    assert not projector.timer_label.isVisible()


def test_participant_entry_never_shows_the_facilitators_notes(window: WorkshopWindow, qtbot: QtBot) -> None:
    for step in range(1, 6):
        note = window.store.get(StepNote, step)
        note.facilitator_notes = f"{SECRET} trin {step}"
        window.store.save(note)
    window.refresh_all()
    window.show_step(2)
    page = window.page(2)
    page.start_participants()  # type: ignore[attr-defined]
    participants = page.participants  # type: ignore[attr-defined]
    assert participants is not None and participants.isVisible()
    texts = all_texts(participants)
    assert any(text.strip() for text in texts)
    assert not any(SECRET in text for text in texts)
    participants.close()
