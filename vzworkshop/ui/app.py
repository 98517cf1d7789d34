"""Starting the facilitator's app: the QApplication, the start page, and one workshop window at a time."""

from __future__ import annotations

import gc
import logging
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from vzworkshop import APP_DISPLAY_NAME, APP_NAME, ORG_NAME
from vzworkshop.core.rounds import BASELINE, default_round_name
from vzworkshop.store import WorkshopStore, errors
from vzworkshop.store.records import Workshop
from vzworkshop.ui import settings
from vzworkshop.ui.appicon import app_icon
from vzworkshop.ui.dialogs.opening import ask_open_path, ask_save_path, error_text, open_store, show_file_error
from vzworkshop.ui.i18n import Translations, system_language
from vzworkshop.ui.logsetup import log_qt_messages, report_unexpected, setup_logging, stop_logging
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.read_only import handle_write_problem
from vzworkshop.ui.style import apply_style
from vzworkshop.ui.translate import tr

if TYPE_CHECKING:  # imported where used: start-up with a workshop file needs none of these
    from vzworkshop.ui.dialogs.workshop_dialogs import NewWorkshopDialog
    from vzworkshop.ui.help import GuideWindow
    from vzworkshop.ui.start_page import StartPage

log = logging.getLogger(__name__)



def ui_language() -> str:
    """The app's own language: the setting, else the system's (Danish on a Danish system, otherwise English)."""
    chosen = settings.get(settings.UI_LANGUAGE)
    if chosen in ("da", "en"):
        return chosen
    return system_language()


class Controller(QObject):
    """Shows the start page or the open workshop's window, and moves between them."""

    def __init__(self, translations: Translations | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.translations = translations or Translations()
        self._start: StartPage | None = None  # built when first shown (not when the app opens a workshop)
        self.window: WorkshopWindow | None = None
        self.dialog: NewWorkshopDialog | None = None
        self.guide: GuideWindow | None = None
        self._demo_dirs: list[tempfile.TemporaryDirectory[str]] = []

    @property
    def start(self) -> StartPage:
        if self._start is None:
            self._start = self._new_start_page()
        return self._start

    def _new_start_page(self) -> StartPage:
        from vzworkshop.ui.start_page import StartPage

        start = StartPage()
        start.new_requested.connect(self.new_workshop)
        start.open_requested.connect(self.open)
        start.demo_requested.connect(self.try_demo)
        start.settings_requested.connect(self.open_settings)
        start.guide_requested.connect(self.open_guide)
        return start

    # --- settings, language and help --------------------------------------------------------------------

    def open_settings(self) -> None:
        from vzworkshop.ui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self.apply_language, self._parent()).exec()

    def apply_language(self, language: str) -> None:
        """Switch the UI language now: new translators, then the windows rebuild their texts."""
        self.translations.apply(language)
        old = self._start
        self._start = None
        if old is not None:
            if old.isVisible():
                self.start.setGeometry(old.geometry())
                self.start.show()
            old.hide()
            self._retire(old)
        if self.window is not None:
            self.window.retranslate()

    def _retire(self, old: QWidget) -> None:
        """Delete the old start page, once the dialogs open over it (Settings, where the language was just
        chosen) have closed: deleted at once, it took them with it. They stay open, in the new language (Qt's
        LanguageChange), over the new start page, which gets the focus when they close."""
        open_dialogs = [d for d in old.findChildren(QDialog) if d.isVisible()]
        if not open_dialogs:
            old.deleteLater()
            return
        left = set(open_dialogs)

        def closed(dialog: QDialog) -> None:
            left.discard(dialog)
            if not left:
                old.deleteLater()
                if self._start is not None and self._start.isVisible():
                    self._start.activateWindow()

        for dialog in open_dialogs:
            dialog.raise_()  # above the new start page, shown just now
            dialog.activateWindow()
            dialog.finished.connect(lambda _=0, dialog=dialog: closed(dialog))

    def open_guide(self) -> None:
        from vzworkshop.ui.help import show_guide

        self.guide = show_guide(None)

    def _parent(self) -> QWidget:
        return self.window if self.window is not None else self.start

    # --- showing --------------------------------------------------------------------------------------

    def show_start(self) -> None:
        self.start.show()
        self.start.raise_()
        self.start.activateWindow()

    def show_workshop(self, store: WorkshopStore, remember: bool = True) -> WorkshopWindow:
        old, self.window = self.window, None
        if old is not None:  # one workshop at a time; the start page does not flash up in between
            old.close()
            old.deleteLater()
        window = WorkshopWindow(store)
        window.new_requested.connect(self.new_workshop)
        window.open_requested.connect(self.open)
        window.settings_requested.connect(self.open_settings)
        window.closed.connect(lambda: self._on_window_closed(window))
        self.window = window
        if remember:
            settings.add_recent(store.path)
        window.show()
        window.activateWindow()
        if self._start is not None:
            self._start.hide()
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
        # no start page is built just to parent a message: opening a file at start-up goes straight to its window
        store = open_store(path, self.window if self.window is not None else self._start)
        if store is None:
            return None
        return self.show_workshop(store)

    def new_workshop(self) -> None:
        """Ask for the details (non-blocking dialog), then for where to save."""
        from vzworkshop.ui.dialogs.workshop_dialogs import NewWorkshopDialog

        dialog = NewWorkshopDialog(self._parent())
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._create(dialog.workshop()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _create(self, workshop: Workshop) -> WorkshopWindow | None:
        self.dialog = None
        suggested = f"{workshop.organisation} {workshop.date}".strip().replace("/", "-") + ".vzw"
        while True:
            path = ask_save_path(self._parent(), tr("Save the new workshop as"), suggested)
            if path is None:
                return None
            if path.exists():
                QMessageBox.warning(self._parent(), tr("File exists"),
                                    error_text(errors.WorkshopExists(path)))
                suggested = path.name
                continue
            try:
                store = WorkshopStore.create(path, workshop)
            except errors.WorkshopFileError as exc:
                show_file_error(self._parent(), exc)
                return None
            except OSError as exc:
                QMessageBox.warning(self._parent(), tr("Cannot create workshop"),
                                    tr("“%1” cannot be created: %2.").replace("%1", path.name)
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
            organisation=organisation, title=tr("Demo workshop"), date=QDate.currentDate().toString("yyyy-MM-dd"),
            facilitator="Mette Facilitator", language=language))
        try:
            from vzworkshop.reports.demo import build_demo
        except ModuleNotFoundError as exc:
            if exc.name not in ("vzworkshop.reports.demo",):
                raise
            store.add_round(default_round_name(language, BASELINE))
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
    """Unexpected errors in the app: logged, and a friendly message pointing to the log instead of dying."""
    traceback.print_exception(kind, exc, tb, file=sys.stderr)
    if isinstance(exc, KeyboardInterrupt):
        QApplication.quit()
        return
    if isinstance(exc, errors.WorkshopFileError):  # read-only, disk full, I/O error: said plainly, not a crash
        log.warning("Workshop file problem: %s", exc, exc_info=(kind, exc, tb))
        if not handle_write_problem(exc):
            QMessageBox(QMessageBox.Icon.Warning, APP_DISPLAY_NAME, error_text(exc)).exec()
        return
    report_unexpected(kind, exc, tb, QApplication.activeWindow())


class _FirstPaint(QObject):
    """Calls `then` on a zero timer after the watched window's first paint: shown, painted and idle."""

    def __init__(self, then: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._then = then
        self.fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.fired:
            self.fired = True
            watched.removeEventFilter(self)  # seen once: the window's later events need not pass through here
            QTimer.singleShot(0, self._then)
        return False


def _when_shown(app: QApplication, controller: Controller) -> None:
    """Once the first window is on screen, painted and the event loop idle: the garbage collector, paused by
    `cli.main` for start-up, runs again. With VZWORKSHOP_EXIT_AFTER_SHOWN=1 (the frozen-build test, the
    start-up benchmark) the app quits there."""
    done = False
    quit_after = os.environ.get("VZWORKSHOP_EXIT_AFTER_SHOWN") == "1"

    def shown_window() -> QWidget:
        return controller.window if controller.window is not None else controller.start

    def now_shown() -> None:
        nonlocal done
        if done:
            return
        done = True
        gc.enable()
        if quit_after:
            if controller.window is not None:
                controller.window.quitting = True  # quitting: no start page after the window closes
            log.info("Shown: %s", shown_window().windowTitle())
            print(f"shown: {shown_window().windowTitle()}", flush=True)
            app.quit()

    shown_window().installEventFilter(_FirstPaint(now_shown, app))

    def fallback() -> None:  # a platform that never paints (none known): still quit once visible
        if shown_window().isVisible():
            now_shown()
        else:
            QTimer.singleShot(50, fallback)

    if quit_after:
        QTimer.singleShot(10_000, fallback)
    else:  # the collector runs again after two seconds whatever happens
        QTimer.singleShot(2_000, now_shown)


def run(path: Path | None, qt_args: list[str]) -> int:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME, *qt_args])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setWindowIcon(app_icon())
    setup_logging(logging.DEBUG if os.environ.get("VZWORKSHOP_DEBUG") else logging.INFO)
    log_qt_messages()
    apply_style(app)  # Fusion; the wheel scrolls pages, Enter presses the focused button (ui.widgets.polish)
    translations = Translations()
    translations.apply(ui_language())
    sys.excepthook = _excepthook
    controller = Controller(translations)
    if path is None or controller.open(path) is None:
        controller.show_start()
    _when_shown(app, controller)
    try:
        return app.exec()
    finally:
        controller.shutdown()
        log.info("vzworkshop stopped")
        stop_logging()
