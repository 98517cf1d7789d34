"""File > Export by keyboard: every handout and data file from the demo workshop, saved only where the file
dialog says; failures named and leaving no file; the blank questionnaire from the start page."""

from __future__ import annotations

import datetime
import json
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from vzworkshop.reports import export as exports
from vzworkshop.reports.demo import build_demo
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Workshop
from vzworkshop.ui import settings
from vzworkshop.ui.dialogs.export_dialog import HANDOUTS, ExportDialog
from vzworkshop.ui.dialogs.export_paths import file_name, start_folder
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.start_page import StartPage

from .helpers import capture_messages

ORGANISATION = "Solbakken Kommune, Ældreområdet"


@dataclass
class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: answers `answer` and records what it was asked."""

    answer: Path | None
    asked: list[tuple[str, str, str]] = field(default_factory=list)  # (caption, start path, filter)

    def __call__(self, parent: QWidget | None, caption: str, start: str, file_filter: str,
                 *args: Any, **kwargs: Any) -> tuple[str, str]:
        self.asked.append((caption, start, file_filter))
        return (str(self.answer) if self.answer is not None else "", file_filter)


@pytest.fixture(scope="session")
def _demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.vzw"
    with WorkshopStore.create(path, Workshop(organisation="X", language="da")) as store:
        build_demo(store, "da")
    return path


@pytest.fixture
def demo_window(qtbot: QtBot, _demo: Path, tmp_path: Path) -> Iterator[WorkshopWindow]:
    target = tmp_path / "workshop" / "demo.vzw"
    target.parent.mkdir()
    shutil.copy(_demo, target)
    win = WorkshopWindow(WorkshopStore.open(target))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch) -> SaveDialog:
    fake = SaveDialog(None)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return fake


def open_export(qtbot: QtBot, window: WorkshopWindow) -> ExportDialog:
    if not window.isActiveWindow():  # the offscreen platform does not hand activation back after a message
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def choose(qtbot: QtBot, dialog: ExportDialog, key: str) -> None:
    """Arrow keys from the checked choice to `key`, as a user moves through radio buttons."""
    want = [h.key for h in HANDOUTS].index(key)
    for _ in range(abs(want - dialog.group.checkedId())):
        focused = QApplication.focusWidget()
        assert focused is dialog.group.checkedButton(), "the checked choice has the keyboard focus"
        qtbot.keyClick(focused, Qt.Key.Key_Down if want > dialog.group.checkedId() else Qt.Key.Key_Up)
    assert dialog.chosen().key == key


def check_file(path: Path, key: str) -> None:
    data = path.read_bytes()
    if path.suffix == ".pdf":
        assert data.startswith(b"%PDF")
        text = " ".join((page.extract_text() or "") for page in PdfReader(path).pages)
        assert ORGANISATION in " ".join(text.split()), key
    elif key == "csv":
        assert data.startswith(b"\xef\xbb\xbf"), "a BOM, so Excel reads æøå"
        header = data[3:].decode("utf-8").splitlines()[0]
        assert header.startswith("Runde;Gruppe;Udsagn;"), header
    else:
        document = json.loads(data)
        assert document["shareable"] is (key == "shareable")
        assert document["workshop"]["organisation"] == ORGANISATION


def test_every_kind_by_keyboard(qtbot: QtBot, demo_window: WorkshopWindow, save_as: SaveDialog,
                                tmp_path: Path) -> None:
    out = tmp_path / "handouts"
    out.mkdir()
    for handout in HANDOUTS:
        dialog = open_export(qtbot, demo_window)
        choose(qtbot, dialog, handout.key)
        save_as.answer = out / f"{handout.key}"  # no suffix typed: the dialog adds it
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        written = out / f"{handout.key}{handout.suffix}"
        assert dialog.written == written and not dialog.isVisible()
        check_file(written, handout.key)
        message = dialog.saved_message
        assert message is not None
        qtbot.waitUntil(message.isVisible)
        assert written.name in message.informativeText() and str(out) in message.informativeText()
        qtbot.keyClick(message, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda message=message: not message.isVisible())
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{h.key}{h.suffix}" for h in HANDOUTS)
    assert not any((demo_window.store.path.parent).glob("*.pdf")), "nothing written beside the workshop"


def test_suggested_name_and_folder(qtbot: QtBot, demo_window: WorkshopWindow, save_as: SaveDialog,
                                   tmp_path: Path) -> None:
    chosen = tmp_path / "exports"
    chosen.mkdir()
    settings.put(settings.EXPORT_FOLDER, str(chosen))
    dialog = open_export(qtbot, demo_window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # cancelled in the file dialog
    assert dialog.isVisible() and dialog.written is None
    caption, start, file_filter = save_as.asked[-1]
    today = datetime.date.today().isoformat()
    title = demo_window.store.workshop().title
    assert title.startswith("Trivselsworkshop:")
    title = title.replace(":", "")  # Windows refuses colons in file names
    assert start == str(chosen / f"{title} – Minutes – {today}.pdf")
    assert caption == "Save Minutes as" and "*.pdf" in file_filter

    settings.put(settings.EXPORT_FOLDER, "")  # then the last folder exported to
    other = tmp_path / "elsewhere"
    other.mkdir()
    save_as.answer = other / "referat.pdf"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert (other / "referat.pdf").exists()
    assert dialog.saved_message is not None
    dialog.saved_message.close()
    again = open_export(qtbot, demo_window)
    choose(qtbot, again, "csv")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    again = open_export(qtbot, demo_window)
    assert again.chosen().key == "csv", "the dialog remembers the last choice"
    save_as.answer = None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert save_as.asked[-1][1] == str(other / f"{title} – Tallies – {today}.csv")


def test_file_names_lose_characters_file_systems_refuse() -> None:
    assert file_name('A/B: "C"?', "Minutes", "2026-11-23", suffix=".pdf") == "A B C – Minutes – 2026-11-23.pdf"
    assert file_name("", " ", suffix=".csv") == "export.csv"


@pytest.mark.parametrize("failure", [exports.ExportError("the drive /media/usb is read-only"),
                                     PermissionError(13, "Permission denied")])
def test_failed_export_names_the_problem_and_keeps_the_dialog(
        qtbot: QtBot, demo_window: WorkshopWindow, save_as: SaveDialog, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, failure: Exception) -> None:
    """A read-only place (tests run as root, so the failure is simulated where the export writes)."""
    messages = capture_messages(monkeypatch)

    def refuse(*args: Any, **kwargs: Any) -> Path:
        raise failure

    monkeypatch.setattr(exports, "export", refuse)
    locked = tmp_path / "locked"
    locked.mkdir()
    save_as.answer = locked / "minutes.pdf"
    dialog = open_export(qtbot, demo_window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert len(messages.shown) == 1
    kind, title, text = messages.shown[0]
    assert kind == "warning" and title == "Export failed"
    assert text.startswith("“minutes.pdf” was not saved: ")
    if isinstance(failure, PermissionError):
        assert f"the folder “{locked}” cannot be written to" in text
    else:
        assert text.endswith("the drive /media/usb is read-only.")
    assert dialog.isVisible() and dialog.written is None and dialog.saved_message is None
    assert QApplication.overrideCursor() is None, "the busy cursor is gone"
    assert list(locked.iterdir()) == []


def test_a_missing_folder_is_named(qtbot: QtBot, demo_window: WorkshopWindow, save_as: SaveDialog, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    messages = capture_messages(monkeypatch)
    save_as.answer = tmp_path / "unplugged" / "minutes.pdf"
    dialog = open_export(qtbot, demo_window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert messages.texts() == [f"“minutes.pdf” was not saved: the folder “{tmp_path / 'unplugged'}” does not "
                                "exist (any more); choose another folder."]
    assert dialog.isVisible() and not (tmp_path / "unplugged").exists()


def test_a_failure_while_writing_leaves_no_partial_file(
        qtbot: QtBot, demo_window: WorkshopWindow, save_as: SaveDialog, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from vzworkshop.reports import pdf_minutes

    messages = capture_messages(monkeypatch)

    def half(store: WorkshopStore, fh: Any) -> None:
        fh.write(b"%PDF-1.4 half a document")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf_minutes, "write_minutes", half)
    folder = tmp_path / "usb"
    folder.mkdir()
    (folder / "minutes.pdf").write_bytes(b"the old minutes")
    save_as.answer = folder / "minutes.pdf"
    open_export(qtbot, demo_window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert messages.texts() == [f"“minutes.pdf” was not saved in “{folder}”: No space left on device."]
    assert sorted(p.name for p in folder.iterdir()) == ["minutes.pdf"], "no temporary file left behind"
    assert (folder / "minutes.pdf").read_bytes() == b"the old minutes"


def test_open_and_show_in_folder(qtbot: QtBot, demo_window: WorkshopWindow, save_as: SaveDialog, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    save_as.answer = tmp_path / "m.pdf"
    for button in ("open_button", "folder_button"):
        dialog = open_export(qtbot, demo_window)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        message = dialog.saved_message
        assert message is not None
        qtbot.waitUntil(message.isVisible)
        assert message.defaultButton() is message.open_button
        if button == "open_button":
            qtbot.keyClick(message, Qt.Key.Key_Return)
        else:
            qtbot.mouseClick(message.folder_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda message=message: not message.isVisible())
    assert [u.toLocalFile() for u in opened] == [str(tmp_path / "m.pdf"), str(tmp_path)]


def test_every_control_by_tab_with_a_name(qtbot: QtBot, demo_window: WorkshopWindow) -> None:
    assert demo_window.act_export in demo_window.menu_file.actions()
    assert demo_window.act_export.shortcut().toString() == "Ctrl+E"
    dialog = open_export(qtbot, demo_window)
    seen: list[QWidget] = []
    for _ in range(6):
        widget = QApplication.focusWidget()
        assert widget is not None and dialog.isAncestorOf(widget)
        if widget in seen:
            break
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert seen[0] is dialog.choices["minutes"] and len(seen) == 3
    assert set(seen[1:]) == {dialog.save_button, cancel}  # their places are the platform's; Tab goes left to right
    assert [b.mapTo(dialog, b.rect().topLeft()).x() for b in seen[1:]] == sorted(
        b.mapTo(dialog, b.rect().topLeft()).x() for b in seen[1:])
    assert all(w.accessibleName() for w in [*seen, *dialog.choices.values()])
    assert all(b.accessibleDescription() for b in dialog.choices.values())


def test_blank_questionnaire_from_the_start_page(qtbot: QtBot, save_as: SaveDialog, tmp_path: Path) -> None:
    page = StartPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = page.questionnaire_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.language and dialog.language.accessibleName()
    dialog.language.setCurrentIndex(dialog.language.findData("da"))
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    assert dialog.language.currentData() == "en"
    save_as.answer = tmp_path / "questionnaire.pdf"
    qtbot.keyClick(dialog.language, Qt.Key.Key_Return)
    assert save_as.asked[-1][1].endswith("Questionnaire.pdf")
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(save_as.answer).pages)
    assert save_as.answer.read_bytes().startswith(b"%PDF")
    assert "Questionnaire" in text and "Creating" in text
    assert dialog.saved_message is not None and not dialog.isVisible()
    dialog.saved_message.close()


@pytest.mark.parametrize("replace", [False, True])
def test_a_name_typed_without_suffix_asks_before_replacing(
        qtbot: QtBot, demo_window: WorkshopWindow, save_as: SaveDialog, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, replace: bool) -> None:
    """The file dialog confirmed 'referat'; 'referat.pdf' is another file, so the app asks itself."""
    from PySide6.QtWidgets import QMessageBox

    messages = capture_messages(monkeypatch, QMessageBox.StandardButton.Yes if replace
                                else QMessageBox.StandardButton.No)
    (tmp_path / "referat.pdf").write_bytes(b"last week's minutes")
    save_as.answer = tmp_path / "referat"
    dialog = open_export(qtbot, demo_window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert messages.texts() == ["“referat.pdf” already exists. Replace it?"]
    data = (tmp_path / "referat.pdf").read_bytes()
    if replace:
        assert data.startswith(b"%PDF") and dialog.written == tmp_path / "referat.pdf"
    else:
        assert data == b"last week's minutes" and dialog.isVisible() and dialog.written is None


def test_first_export_proposes_the_workshops_folder_then_the_folder_chosen_for_it(
        qtbot: QtBot, demo_window: WorkshopWindow, save_as: SaveDialog, tmp_path: Path) -> None:
    """Handouts go beside the workshop file unless the facilitator chose another folder for this workshop; the
    folder last used for another workshop (an earlier session's) is not proposed."""
    beside = demo_window.store.path.parent
    earlier = tmp_path / "last week"
    earlier.mkdir()
    settings.put(settings.LAST_EXPORT_FOLDER, str(earlier))
    settings.put(settings.LAST_EXPORT_WORKSHOP, str(tmp_path / "another workshop.vzw"))
    dialog = open_export(qtbot, demo_window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Save as…, then cancelled
    assert Path(save_as.asked[-1][1]).parent == beside

    chosen = tmp_path / "handouts"
    chosen.mkdir()
    save_as.answer = chosen / "referat.pdf"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert (chosen / "referat.pdf").exists() and dialog.saved_message is not None
    dialog.saved_message.close()
    save_as.answer = None
    open_export(qtbot, demo_window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert Path(save_as.asked[-1][1]).parent == chosen, "the folder chosen for this workshop, the next time"


def test_a_temporary_workshop_folder_is_not_proposed(tmp_path: Path) -> None:
    """The demo lives in a folder made in the system's temporary folder and removed when the app ends."""
    kept = tmp_path / "exports"
    kept.mkdir()
    settings.put(settings.LAST_EXPORT_FOLDER, str(kept))
    with tempfile.TemporaryDirectory(prefix="vzworkshop-demo-") as folder:
        demo = Path(folder) / "demo.vzw"
        demo.write_bytes(b"")
        assert start_folder(demo) == kept
    workshop = tmp_path / "workshops" / "trivsel.vzw"
    workshop.parent.mkdir()
    assert start_folder(workshop) == workshop.parent  # under a folder of its own in the temporary folder: kept
    assert start_folder(tmp_path / "gone" / "trivsel.vzw") == kept  # a folder that is gone is passed over


EMPTY_AGENDA = {"da": "⚠ Dagsordenen er tom: tilføj dens punkter under Vis > Dagsorden og tidtagning (Ctrl+0).",
                "en": "⚠ The agenda is empty: add its blocks under View > Agenda and timer (Ctrl+0)."}


def test_a_choice_with_nothing_to_save_says_why_and_its_letter_saves_nothing_else(
        qtbot: QtBot, workshop_path: Path, save_as: SaveDialog, language: str) -> None:
    """Seen in Danish: 'Dagsorden' was disabled while the agenda was empty, Alt+D silently kept the previous
    choice (the results sheet) and Enter saved that. The reason now stands beside the choice, Alt+D says it in
    the dialog and changes nothing, and the file name offered follows the choice that will be saved."""
    from vzworkshop.store.records import AgendaBlock
    from vzworkshop.ui.dialogs.export_choices import mnemonic

    window = WorkshopWindow(WorkshopStore.open(workshop_path))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(window.isActiveWindow)
    dialog = open_export(qtbot, window)
    agenda = dialog.choices["agenda"]
    assert not agenda.isEnabled()
    reasons = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert EMPTY_AGENDA[language] in reasons
    results_key = mnemonic(dialog.choices["results"].text())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key(ord(results_key.upper())), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.chosen().key == "results")  # (a radio button's letter clicks it in 100 ms)
    agenda_key = mnemonic(agenda.text())
    assert agenda_key is not None and agenda_key.lower() in ("d", "g")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key(ord(agenda_key.upper())), Qt.KeyboardModifier.AltModifier)
    qtbot.wait(150)
    assert dialog.chosen().key == "results"  # nothing else chosen in its place ...
    assert agenda.text().replace("&", "") in dialog.busy.text()  # ... and the dialog says why
    assert EMPTY_AGENDA[language][2:] in dialog.busy.text()
    dialog.grab().save(f"/tmp/uifix/export_{language}.png")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert save_as.asked and dialog.chosen().file_word() in save_as.asked[-1][1]  # the results' name offered
    assert "agenda" not in save_as.asked[-1][1].lower() and "dagsorden" not in save_as.asked[-1][1].lower()
    dialog.reject()

    window.store.add(AgendaBlock(title="Velkomst", planned_minutes=10))
    dialog = open_export(qtbot, window)
    assert dialog.choices["agenda"].isEnabled() and EMPTY_AGENDA[language] not in [
        label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key(ord(agenda_key.upper())), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.chosen().key == "agenda")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.chosen().file_word() in save_as.asked[-1][1]
    dialog.reject()
    window.close()
