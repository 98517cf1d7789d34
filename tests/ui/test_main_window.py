"""The workshop window: steps in the sidebar, shortcuts, title, menus, details, save a copy, closing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from tests.ui.helpers import capture_messages
from vzworkshop.core.content import load_content
from vzworkshop.store import Probe, WorkshopStore, probe
from vzworkshop.store.records import Commitment, TeamMember
from vzworkshop.ui import pages
from vzworkshop.ui.changes import Changes
from vzworkshop.ui.dialogs import opening
from vzworkshop.ui.dialogs.workshop_dialogs import DetailsDialog
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.pages.base import StepPage
from vzworkshop.ui.pages.commit import CommitPage
from vzworkshop.ui.pages.placeholder import PlaceholderPage


def test_sidebar_lists_the_five_steps_in_the_workshop_language(window: WorkshopWindow) -> None:
    steps = load_content("da").steps
    assert window.sidebar.step_count() == 5
    for row, step in enumerate(steps):
        assert window.sidebar.item(row).text() == f"{row + 1}   {step.short_title}"
    assert isinstance(window.page(1), CommitPage)
    assert all(isinstance(window.page(s), StepPage) for s in range(1, 6))


def test_ctrl_1_to_5_switch_pages(window: WorkshopWindow, qtbot: QtBot) -> None:
    for step in (3, 5, 2, 4, 1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{step}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_step() == step
        assert window.stack.currentWidget().isAncestorOf(window.page(step))
        assert window.page(step).isVisible()
        focus = QApplication.focusWidget()
        assert focus is not None and window.page(step).isAncestorOf(focus)  # typing goes into the page
        assert window.sidebar.currentRow() == step - 1


def test_window_title_names_file_and_organisation(window: WorkshopWindow) -> None:
    assert window.windowTitle().startswith("workshop.vzw – Testby Kommune")


def test_a_missing_page_module_gets_a_placeholder(store: WorkshopStore, monkeypatch: pytest.MonkeyPatch) -> None:
    replaced = [*pages.STEP_PAGES[:4], ("vzworkshop.ui.pages.not_written_yet", "Nothing")]
    monkeypatch.setattr(pages, "STEP_PAGES", replaced)
    page = pages.build_page(store, 5)
    assert isinstance(page, PlaceholderPage)
    assert load_content("da").step(5).guidance in page.guidance.text.text()
    assert not page.has_content()


def test_a_broken_page_module_is_not_hidden(store: WorkshopStore, monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    (tmp_path / "broken_page_mod.py").write_text("import vzworkshop_no_such_dependency\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(pages, "STEP_PAGES", [*pages.STEP_PAGES[:4], ("broken_page_mod", "Nothing")])
    with pytest.raises(ModuleNotFoundError, match="vzworkshop_no_such_dependency"):
        pages.build_page(store, 5)


def test_sidebar_tick_follows_step_1_content(window: WorkshopWindow, qtbot: QtBot) -> None:
    assert not window.sidebar.is_done(1)
    page = window.page(1)
    assert isinstance(page, CommitPage)
    page.committed_by.setFocus()
    qtbot.keyClicks(page.committed_by, "Direktøren")
    qtbot.keyClick(page.committed_by, Qt.Key.Key_Tab)  # focus-out saves at once
    assert window.sidebar.is_done(1)
    assert "worked on" in window.sidebar.item(0).toolTip()


def test_broadcast_reaches_other_pages(window: WorkshopWindow) -> None:
    seen: list[tuple[Changes, object]] = []
    page2 = window.page(2)
    original = page2.on_changes
    page2.on_changes = lambda changes, source: (seen.append((changes, source)), original(changes, source))
    window.page(1).report(Changes(team=True))
    assert seen == [(Changes(team=True), window.page(1))]


def test_workshop_details_are_saved_and_broadcast(window: WorkshopWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: DetailsDialog) -> int:
        assert dialog.form.organisation.text() == "Testby Kommune"
        dialog.form.organisation.setText("Nyby Kommune")
        dialog.form.language.setCurrentIndex(dialog.form.language.findData("en"))
        dialog.form.min_group_size.setValue(5)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DetailsDialog, "exec", fill)
    window.act_details.trigger()
    w = window.store.workshop()
    assert (w.organisation, w.language, w.min_group_size) == ("Nyby Kommune", "en", 5)
    assert "Nyby Kommune" in window.windowTitle()
    assert window.sidebar.item(0).text() == f"1   {load_content('en').step(1).short_title}"
    page = window.page(1)
    assert isinstance(page, CommitPage)
    assert page.guidance.step.title == load_content("en").step(1).title


def test_save_a_copy(window: WorkshopWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    messages = capture_messages(monkeypatch)
    window.store.add(TeamMember(name="Ann"))
    copy = tmp_path / "copy.vzw"
    monkeypatch.setattr(opening, "ask_save_path", lambda *a: copy)
    window.act_save_copy.trigger()
    assert probe(copy) is Probe.OK
    with WorkshopStore.open(copy) as store:
        assert [m.name for m in store.list(TeamMember)] == ["Ann"]
    assert messages.shown == []

    before = window.store.path.read_bytes()
    monkeypatch.setattr(opening, "ask_save_path", lambda *a: window.store.path)
    window.act_save_copy.trigger()
    assert len(messages.shown) == 1 and "open workshop itself" in messages.texts()[0]
    assert window.store.path.read_bytes() == before


def test_closing_flushes_typing_and_closes_the_file(window: WorkshopWindow, qtbot: QtBot,
                                                   workshop_path: Path) -> None:
    page = window.page(1)
    assert isinstance(page, CommitPage)
    page.decision.setFocus()
    qtbot.keyClicks(page.decision, "Fire timer om måneden")
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    window.act_close.trigger()  # at once, before the debounce runs out
    assert closed == [True]
    with WorkshopStore.open(workshop_path) as store:  # the lock is released
        assert store.get(Commitment).decision == "Fire timer om måneden"


def test_edit_menu_undoes_typing(window: WorkshopWindow, qtbot: QtBot) -> None:
    page = window.page(1)
    assert isinstance(page, CommitPage)
    page.committed_by.setFocus()
    qtbot.keyClicks(page.committed_by, "abc")
    assert QApplication.focusWidget() is page.committed_by
    window.act_undo.trigger()
    assert page.committed_by.text() == ""
    window.act_redo.trigger()
    assert page.committed_by.text() == "abc"


def test_guidance_collapse_is_remembered(window: WorkshopWindow, qtbot: QtBot) -> None:
    from vzworkshop.ui import settings
    from vzworkshop.ui.widgets.guidance import GuidancePanel

    page = window.page(1)
    assert isinstance(page, CommitPage)
    panel = page.guidance
    assert panel.expanded and panel.body.isVisible()
    panel.toggle.setFocus()
    qtbot.keyClick(panel.toggle, Qt.Key.Key_Space)
    assert not panel.expanded and not panel.body.isVisible()
    assert settings.get(settings.GUIDANCE_COLLAPSED) is True
    again = GuidancePanel(load_content("da").step(3))
    qtbot.addWidget(again)
    assert not again.expanded


def test_guidance_by_step_number_follows_the_workshop_language(window: WorkshopWindow, qtbot: QtBot) -> None:
    from vzworkshop.store.records import Workshop
    from vzworkshop.ui.widgets.guidance import GuidancePanel

    window.store.save(Workshop(organisation="Testby Kommune", language="en"))
    panel = GuidancePanel(2, window.page(1))
    panel.show()
    assert panel.step == load_content("en").step(2)
    assert "Questions" in panel.questions_title.text()


def test_pages_fit_a_small_laptop_screen(window: WorkshopWindow) -> None:
    assert window.minimumSizeHint().width() <= 1366 and window.minimumSizeHint().height() <= 768


def test_the_open_window_spares_full_garbage_collections_its_own_objects(window: WorkshopWindow) -> None:
    import gc

    assert gc.get_freeze_count() > 0, "what the window is made of is not walked by every full collection"
    window.close()
    assert gc.get_freeze_count() == 0, "after closing, everything is collected as usual again"
