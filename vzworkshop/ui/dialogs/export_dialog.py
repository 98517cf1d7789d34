"""File > Export: the workshop's handouts (PDF) and data files (CSV, JSON), and the blank questionnaire from the
start page.

Every export goes through the file dialog (`ask_export_path`), so nothing is written anywhere the facilitator did
not choose; `vzworkshop.reports.export` writes through a temporary file, so a failure leaves no partial file.
After writing, a message says where the file is, with Open and Show in folder. The dialogs are opened with
`open()` (window-modal, not blocking), and keep the message they showed in `saved_message`.
"""

from __future__ import annotations

import datetime
import html
import itertools
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLocale, QProcess, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vzworkshop.core.content import LANGUAGES
from vzworkshop.reports import export as exports
from vzworkshop.reports.labels import labels
from vzworkshop.store import WorkshopStore, errors
from vzworkshop.ui.dialogs.export_choices import explain_on_mnemonic, reason_label, unavailable
from vzworkshop.ui.dialogs.export_paths import ask_export_path, file_name
from vzworkshop.ui.dialogs.opening import error_text
from vzworkshop.ui.labels import language_name
from vzworkshop.ui.style import SUBHEADING_SCALE, heading, muted
from vzworkshop.ui.translate import tr
from vzworkshop.ui.widgets import autosave


@dataclass(frozen=True)
class Handout:
    key: str  # what the dialog calls it
    kind: str  # one of exports.KINDS
    shareable: bool = False

    @property
    def suffix(self) -> str:
        return exports.SUFFIX[self.kind]

    def title(self) -> str:
        return {
            "minutes": tr("&Minutes"), "actions": tr("&Action plan"), "questionnaire": tr("Blank &questionnaire"),
            "results": tr("&Results handout"), "agenda": tr("A&genda"), "csv": tr("&Tallies (CSV)"),
            "json": tr("Workshop &backup (JSON)"), "shareable": tr("&Shareable workshop (JSON)"),
        }[self.key]

    def name(self) -> str:
        """The title without its keyboard mnemonic, for messages."""
        return self.title().replace("&", "")

    def file_word(self) -> str:
        """What the file name calls it (the suffix tells the format)."""
        return {
            "minutes": tr("Minutes"), "actions": tr("Action plan"), "questionnaire": tr("Questionnaire"),
            "results": tr("Results"), "agenda": tr("Agenda"), "csv": tr("Tallies"), "json": tr("Backup"),
            "shareable": tr("Shareable"),
        }[self.key]

    def explanation(self) -> str:
        return {
            "minutes": tr("Everything the workshop agreed, step by step, with the results of each round."),
            "actions": tr("The actions: what, who, by when and their status, on landscape pages."),
            "questionnaire": tr("The ten statements to answer on paper, with the workshop's name."),
            "results": tr("One page for the notice board: the group's average and the top priorities."),
            "agenda": tr("The programme of the workshop day."),
            "csv": tr("How many gave each answer, per round, group and statement, for a spreadsheet."),
            "json": tr("The whole workshop, also groups too small to show: a private backup to keep safe."),
            "shareable": tr("The workshop without small groups' figures or facilitator notes, "
                             "safe to pass on."),
        }[self.key]


HANDOUTS: tuple[Handout, ...] = (
    Handout("minutes", "minutes"), Handout("actions", "actions"), Handout("questionnaire", "questionnaire"),
    Handout("results", "results"), Handout("agenda", "agenda"), Handout("csv", "csv"), Handout("json", "json"),
    Handout("shareable", "json", shareable=True),
)


# --- choosing where, writing, telling where ---------------------------------------------------------------


def problem_text(exc: Exception, path: Path) -> str:
    """What stopped the export, naming the file or folder."""
    if isinstance(exc, exports.ExportError):
        if not path.parent.is_dir():  # the reasons `exports.check_target` gives, in the UI language
            reason = tr("the folder “%1” does not exist (any more); choose another folder").replace(
                "%1", str(path.parent))
        elif path.is_dir():
            reason = tr("a folder has that name; give a file name")
        else:
            reason = str(exc).rstrip(".")
        return tr("“%1” was not saved: %2.").replace("%1", path.name).replace("%2", reason)
    if isinstance(exc, PermissionError):
        return tr("“%1” was not saved: the folder “%2” cannot be written to (no permission, or it is "
                   "read-only). Choose another folder.").replace("%1", path.name).replace("%2", str(path.parent))
    if isinstance(exc, errors.WorkshopFileError):
        return error_text(exc)
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        return tr("“%1” was not saved in “%2”: %3.").replace("%1", path.name).replace(
            "%2", str(path.parent)).replace("%3", reason)
    raise exc


def write_with_progress(parent: QWidget, busy_label: QLabel | None, what: str, target: Path,
                        write: Callable[[Path], Path]) -> Path | None:
    """Run `write(target)` with a busy cursor and a status line; a failure is shown as a message naming the
    problem, and gives None."""
    autosave.flush_all()  # the text just typed belongs in the handout
    status = tr("Saving %1…").replace("%1", what)
    if busy_label is not None:
        busy_label.setText(status)
    window = parent.window()
    status_bar = getattr(window, "statusBar", None)
    if callable(status_bar):
        status_bar().showMessage(status)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)  # paint the status first
    try:
        written: Path | None = write(target)
        failure: Exception | None = None
    except (exports.ExportError, OSError, errors.WorkshopFileError) as exc:
        written, failure = None, exc
    finally:
        QApplication.restoreOverrideCursor()
        if busy_label is not None:
            busy_label.clear()
        if callable(status_bar):
            status_bar().clearMessage()
    if failure is not None:
        QMessageBox.warning(parent, tr("Export failed"), problem_text(failure, target))
    return written


class SavedMessage(QMessageBox):
    """'Saved as …' with Open, Show in folder and Close."""

    def __init__(self, path: Path, what: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.path = path
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(tr("Exported"))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText("<b>" + html.escape(tr("%1 saved").replace("%1", what)) + "</b>")
        where = tr("“%1”\nin the folder %2").replace("%1", path.name).replace("%2", str(path.parent))
        self.setInformativeText(html.escape(where).replace("\n", "<br>"))
        self.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 440px; }")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = self.addButton(tr("&Open"), QMessageBox.ButtonRole.AcceptRole)
        self.folder_button = self.addButton(tr("Show in &folder"), QMessageBox.ButtonRole.ActionRole)
        self.close_button = self.addButton(tr("&Close"), QMessageBox.ButtonRole.RejectRole)
        self.open_button.setAccessibleName(tr("Open the exported file"))
        self.folder_button.setAccessibleName(tr("Show the exported file in its folder"))
        self.setDefaultButton(self.open_button)
        self.setEscapeButton(self.close_button)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
        elif button is self.folder_button:
            show_in_folder(self.path)


def show_in_folder(path: Path) -> None:
    """The file's folder in the system's file manager, with the file selected where the system can."""
    if sys.platform == "win32" and QProcess.startDetached("explorer", ["/select,", str(path)])[0]:
        return
    if sys.platform == "darwin" and QProcess.startDetached("open", ["-R", str(path)])[0]:
        return
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


# --- the dialogs ---------------------------------------------------------------------------------------------


def fit_wrapped(dialog: QDialog, width: int) -> None:
    """Size a dialog with wrapped labels so every line shows (a window does not ask its layout for the height
    its wrapped labels need at its width)."""
    layout = dialog.layout()
    assert layout is not None
    dialog.setMinimumWidth(width)
    height = layout.totalHeightForWidth(width)
    dialog.setMinimumHeight(height)
    dialog.resize(width, height)


def _today() -> str:
    return datetime.date.today().isoformat()


def tab_left_to_right(box: QDialogButtonBox) -> None:
    """Tab through `box`'s buttons from left to right. The box places them in the platform's order, Tab would
    follow the order they were made in (seen under X: from the choices Tab went to Cancel, on the right, before
    Save as). Call it when the dialog is shown: the box places its buttons when it is laid out."""
    buttons = sorted((b for b in box.buttons() if isinstance(b, QPushButton) and b.isVisible()),
                     key=lambda b: b.mapTo(box, b.rect().topLeft()).x())
    for first, second in itertools.pairwise(buttons):
        QWidget.setTabOrder(first, second)


def _buttons(dialog: QDialog, accept_text: str, accept_name: str) -> tuple[QDialogButtonBox, QPushButton]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    go = box.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
    assert go is not None
    go.setAccessibleName(accept_name)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setAccessibleName(tr("Cancel"))
    box.rejected.connect(dialog.reject)
    return box, go


class ExportDialog(QDialog):
    """Choose a handout or data file, then where to save it (File > Export, Ctrl+E)."""

    def __init__(self, store: WorkshopStore, parent: QWidget | None = None, chosen: str = "minutes") -> None:
        super().__init__(parent)
        self.store = store
        self.saved_message: SavedMessage | None = None
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export"))
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addWidget(heading(self.tr("What do you want to save?"), SUBHEADING_SCALE))
        layout.addSpacing(12)
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        self.unavailable = unavailable(store)  # choices with nothing to save yet, and why
        self.busy = muted("")
        self.busy.setAccessibleName(self.tr("Progress"))
        for index, handout in enumerate(HANDOUTS):
            if index in (0, len(exports.PDF_KINDS)):
                if index:
                    layout.addSpacing(10)
                section = QLabel(self.tr("Handouts to print (PDF)") if index == 0 else self.tr("Data files"))
                section.setStyleSheet("font-weight: bold;")
                layout.addWidget(section)
                layout.addSpacing(2)
            button = QRadioButton(handout.title())
            button.setAccessibleName(handout.name())
            button.setAccessibleDescription(handout.explanation())
            explanation = muted(handout.explanation())
            explanation.setWordWrap(True)
            explanation.setContentsMargins(26, 0, 0, 6)
            self.group.addButton(button, index)
            self.choices[handout.key] = button
            layout.addWidget(button)
            layout.addWidget(explanation)
            reason = self.unavailable.get(handout.key)
            if reason is not None:
                explanation.setContentsMargins(26, 0, 0, 0)
                button.setEnabled(False)
                button.setAccessibleDescription(reason)
                layout.addWidget(reason_label(reason))
                explain_on_mnemonic(self, button, handout.name(), reason, self._say)
        self.group.buttonToggled.connect(lambda *_: self.busy.setText(""))  # a said reason goes with a choice
        keep = self.choices.get(chosen)
        (keep if keep is not None and keep.isEnabled() else self.choices["minutes"]).setChecked(True)
        layout.addSpacing(8)
        layout.addWidget(self.busy)
        self.buttons, self.save_button = _buttons(self, self.tr("Sa&ve as…"), self.tr("Choose where to save"))
        self.save_button.clicked.connect(self.export)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)  # Enter saves, wherever the focus is (once the box is in the dialog)
        fit_wrapped(self, 640)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        tab_left_to_right(self.buttons)
        checked = self.group.checkedButton()
        if checked is not None:
            checked.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> Handout:
        return HANDOUTS[self.group.checkedId()]

    def _say(self, text: str) -> None:
        """A message in the status line, the dialog as tall as it then needs (nothing squeezed)."""
        self.busy.setText(text)
        fit_wrapped(self, self.width())

    def suggested_name(self, handout: Handout) -> str:
        ws = self.store.workshop()
        return file_name(ws.title or ws.organisation, handout.file_word(), _today(), suffix=handout.suffix)

    def export(self) -> Path | None:
        """Ask where, write, then say where it went; the dialog stays open if nothing was written."""
        handout = self.chosen()
        path = ask_export_path(self, self.tr("Save %1 as").replace("%1", handout.name()),
                               self.suggested_name(handout), handout.suffix, self.store.path)
        if path is None:
            return None
        self.save_button.setEnabled(False)
        try:
            written = write_with_progress(
                self, self.busy, handout.name(), path,
                lambda target: exports.export(self.store, handout.kind, target, shareable=handout.shareable))
        finally:
            self.save_button.setEnabled(True)
        if written is None:
            return None
        self.written = written
        self.accept()
        self.saved_message = SavedMessage(written, handout.name(), self.parentWidget())
        self.saved_message.open()
        return written


class QuestionnaireDialog(QDialog):
    """The blank questionnaire as a PDF, without a workshop (start page)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved_message: SavedMessage | None = None
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Print blank questionnaire"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the questionnaire"))
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        current = "da" if QLocale().language() == QLocale.Language.Danish else "en"
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        explanation = muted(self.tr("The ten statements with the answer scale, to fill in on paper and enter "
                                    "afterwards. No workshop is needed; save the PDF and print it."))
        explanation.setWordWrap(True)
        self.busy = muted("")
        self.busy.setAccessibleName(self.tr("Progress"))
        self.buttons, self.save_button = _buttons(self, self.tr("&Save PDF…"), self.tr("Choose where to save"))
        self.save_button.clicked.connect(self.export)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Blank questionnaire"), SUBHEADING_SCALE))
        layout.addWidget(explanation)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)  # Enter saves, wherever the focus is (once the box is in the dialog)
        fit_wrapped(self, 520)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        tab_left_to_right(self.buttons)

    def export(self) -> Path | None:
        language = str(self.language.currentData())
        what = self.tr("Blank questionnaire")
        path = ask_export_path(self, self.tr("Save the questionnaire as"),
                               file_name(labels(language)["questionnaire"], suffix=".pdf"), ".pdf")
        if path is None:
            return None
        written = write_with_progress(self, self.busy, what, path,
                                      lambda target: exports.export_blank_questionnaire(language, target))
        if written is None:
            return None
        self.written = written
        self.accept()
        self.saved_message = SavedMessage(written, what, self.parentWidget())
        self.saved_message.open()
        return written
