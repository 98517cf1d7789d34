"""Starting the facilitator's app: the QApplication, the start page, and one workshop window at a time."""

from __future__ import annotations

import sys
import tempfile
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from vzworkshop import APP_DISPLAY_NAME, APP_NAME, ORG_NAME
from vzworkshop.paths import translations_dir
from vzworkshop.store import WorkshopStore, errors
from vzworkshop.store.records import Workshop
from vzworkshop.ui import settings
from vzworkshop.ui.dialogs.opening import ask_open_path, ask_save_path, error_text, open_store, show_file_error
from vzworkshop.ui.dialogs.workshop_dialogs import NewWorkshopDialog
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.start_page import StartPage
from vzworkshop.ui.style import apply_style


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def ui_language() -> str:
    """The app's own language: the setting, else the system's if we have it, else Danish."""
    chosen = settings.get(settings.UI_LANGUAGE)
    if chosen in ("da", "en"):
        return chosen
    system = QLocale.system().name()[:2]
    return system if system in ("da", "en") else "da"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    loaded = []
    for name, folder in ((f"{APP_NAME}_{language}", str(translations_dir())),
                         (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
    return loaded


class Controller(QObject):
    """Shows the start page or the open workshop's window, and moves between them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.start = StartPage()
        self.window: WorkshopWindow | None = None
        self.dialog: NewWorkshopDialog | None = None
        self.start.new_requested.connect(self.new_workshop)
        self.start.open_requested.connect(self.open)
        self.start.demo_requested.connect(self.try_demo)
        self._demo_dirs: list[tempfile.TemporaryDirectory[str]] = []

    def _parent(self) -> QWidget:
        return self.window if self.window is not None else self.start

    # --- showing --------------------------------------------------------------------------------------

    def show_start(self) -> None:
        self.start.show()
        self.start.raise_()
        self.start.activateWindow()

    def show_workshop(self, store: WorkshopStore, remember: bool = True) -> WorkshopWindow:
        if self.window is not None:
            self.window.close()
        window = WorkshopWindow(store)
        window.new_requested.connect(self.new_workshop)
        window.open_requested.connect(self.open)
        window.closed.connect(lambda: self._on_window_closed(window))
        self.window = window
        if remember:
            settings.add_recent(store.path)
        window.show()
        window.activateWindow()
        self.start.hide()
        return window

    def _on_window_closed(self, window: WorkshopWindow) -> None:
        if self.window is window:
            self.window = None
            window.deleteLater()
            if not window.quitting:
                self.show_start()

    # --- opening --------------------------------------------------------------------------------------

    def open(self, path: Path | None = None) -> WorkshopWindow | None:
        if path is None:
            path = ask_open_path(self._parent())
            if path is None:
                return None
        if self.window is not None and self.window.path.resolve() == path.resolve():
            self.window.raise_()
            return self.window
        store = open_store(path, self._parent())
        if store is None:
            return None
        return self.show_workshop(store)

    def new_workshop(self) -> None:
        """Ask for the details (non-blocking dialog), then for where to save."""
        dialog = NewWorkshopDialog(self._parent())
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._create(dialog.workshop()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _create(self, workshop: Workshop) -> WorkshopWindow | None:
        self.dialog = None
        suggested = f"{workshop.organisation} {workshop.date}".strip().replace("/", "-") + ".vzw"
        while True:
            path = ask_save_path(self._parent(), _tr("Save the new workshop as"), suggested)
            if path is None:
                return None
            if path.exists():
                QMessageBox.warning(self._parent(), _tr("File exists"),
                                    error_text(errors.WorkshopExists(path)))
                suggested = path.name
                continue
            try:
                store = WorkshopStore.create(path, workshop)
            except errors.WorkshopFileError as exc:
                show_file_error(self._parent(), exc)
                return None
            except OSError as exc:
                QMessageBox.warning(self._parent(), _tr("Cannot create workshop"),
                                    _tr("“%1” cannot be created: %2.").replace("%1", path.name)
                                    .replace("%2", exc.strerror or str(exc)))
                continue
            return self.show_workshop(store)

    def try_demo(self) -> WorkshopWindow:
        """A sample workshop in a temporary folder (removed when the app ends)."""
        language = ui_language()
        folder = tempfile.TemporaryDirectory(prefix="vzworkshop-demo-")
        self._demo_dirs.append(folder)
        path = Path(folder.name) / ("demo.vzw" if language == "en" else "demo-workshop.vzw")
        organisation = "Demo Municipality, Home care" if language == "en" else "Demo Kommune, Hjemmeplejen"
        store = WorkshopStore.create(path, Workshop(
            organisation=organisation, title=_tr("Demo workshop"), date=QDate.currentDate().toString("yyyy-MM-dd"),
            facilitator="Mette Facilitator", language=language))
        try:
            from vzworkshop.reports.demo import build_demo
        except ModuleNotFoundError as exc:
            if exc.name not in ("vzworkshop.reports.demo",):
                raise
            store.add_round("Baseline" if language == "en" else "Første runde")
        else:
            build_demo(store, language)
        return self.show_workshop(store, remember=False)

    def shutdown(self) -> None:
        if self.window is not None:
            self.window.quitting = True
            self.window.close()
        for folder in self._demo_dirs:
            folder.cleanup()


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Unexpected errors in the app: a friendly message instead of dying silently (details on stderr)."""
    traceback.print_exception(kind, exc, tb, file=sys.stderr)
    if isinstance(exc, KeyboardInterrupt):
        QApplication.quit()
        return
    if isinstance(exc, errors.WorkshopFileError):
        text = error_text(exc)
    else:
        text = _tr("Something went wrong: %1\n\nEverything saved before this is safe in the workshop file. If it "
                   "happens again, please close and reopen the workshop.").replace("%1", f"{kind.__name__}: {exc}")
    box = QMessageBox(QMessageBox.Icon.Warning, APP_DISPLAY_NAME, text)
    box.setDetailedText("".join(traceback.format_exception(kind, exc, tb)))
    box.exec()


def run(path: Path | None, qt_args: list[str]) -> int:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME, *qt_args])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    apply_style(app)
    install_translators(app, ui_language())
    sys.excepthook = _excepthook
    controller = Controller()
    if path is None or controller.open(path) is None:
        controller.show_start()
    try:
        return app.exec()
    finally:
        controller.shutdown()
