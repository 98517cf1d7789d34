"""The app's log file, and the friendly message shown when something unexpected goes wrong.

The log is a rotating file (about 1 MB, three old files kept) in the platform's folder for application data
(`QStandardPaths.AppLocalDataLocation`/logs), or in ``$VZWORKSHOP_SETTINGS_DIR/logs`` when that is set.
It records what the app did and what went wrong, never what anyone answered: a filter withholds any log
message that carries a ballot or a tally, so a careless `log.debug("%s", ballot)` cannot leak answers.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QStandardPaths,
    QSysInfo,
    QtMsgType,
    QUrl,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from vzworkshop import APP_NAME, __version__

LOG_NAME = f"{APP_NAME}.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"
WITHHELD = "[message withheld: it held a ballot or tally]"

log = logging.getLogger(__name__)


def log_dir() -> Path:
    """Where the log files go (created on demand by `setup_logging`)."""
    override = os.environ.get("VZWORKSHOP_SETTINGS_DIR")
    if override:
        return Path(override) / "logs"
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    if not base:  # no QCoreApplication yet, or a platform without the location
        base = str(Path.home() / f".{APP_NAME}")
    return Path(base) / "logs"


def _carries_answers(value: object) -> bool:
    from vzworkshop.core.tally import Ballot, ItemTally, Tally

    if isinstance(value, Ballot | Tally | ItemTally):
        return True
    if isinstance(value, dict):
        return any(_carries_answers(v) for v in value.values())
    if isinstance(value, list | tuple | set | frozenset):
        return any(_carries_answers(v) for v in value)
    return False


class AnswerGuard(logging.Filter):
    """Withholds log records whose message arguments include answers (a Ballot, Tally or ItemTally)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _carries_answers(record.msg) or _carries_answers(record.args):
            record.msg = WITHHELD
            record.args = None
        return True


class _Handler(logging.FileHandler):
    """A log file that moves aside to .1 (.2, ... up to `backups`) before it would pass `max_bytes`; the mark of
    the handler we installed, so a second setup replaces it instead of doubling every line.

    Our own few lines instead of `logging.handlers.RotatingFileHandler`: that module pulls in sockets, pickle
    and queues, a tenth of the app's start-up."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() + len(self.format(record)) + 1 > self.max_bytes:
                self._rotate()
        except (OSError, ValueError):
            self.handleError(record)
        super().emit(record)

    def _rotate(self) -> None:
        self.close()  # the stream reopens on the next emit
        base = Path(self.baseFilename)
        for n in range(self.backups - 1, 0, -1):
            older = base.with_name(f"{base.name}.{n}")
            if older.exists():
                older.replace(base.with_name(f"{base.name}.{n + 1}"))
        if base.exists():
            base.replace(base.with_name(f"{base.name}.1"))


def setup_logging(level: int = logging.INFO, directory: Path | None = None) -> Path:
    """Send log records of every module to the rotating log file; returns the file's path.

    Safe to call again (for instance with another level): the previous handler is replaced.
    """
    folder = directory if directory is not None else log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    stop_logging()
    root = logging.getLogger()
    handler = _Handler(path, MAX_BYTES, BACKUPS)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(AnswerGuard())
    root.addHandler(handler)
    root.setLevel(level)
    # Libraries' chatter at DEBUG (fonts, images) says nothing about the workshop.
    for noisy in ("PIL", "reportlab", "fontTools"):
        logging.getLogger(noisy).setLevel(max(level, logging.INFO))
    log.info("vzworkshop %s started (Python %s, %s %s)", __version__, sys.version.split()[0],
             QSysInfo.prettyProductName(), QSysInfo.currentCpuArchitecture())
    return path


def stop_logging() -> None:
    """Close the log file (at exit, and between tests)."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _Handler)]:
        root.removeHandler(old)
        old.close()


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)
    if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        sys.stderr.write(f"{message}\n")


def log_qt_messages() -> None:
    """Send Qt's own warnings to the log as well as stderr (the app calls this; tests keep pytest-qt's)."""
    qInstallMessageHandler(_qt_message)


def current_log_file() -> Path | None:
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _Handler):
            return Path(handler.baseFilename)
    return None


def error_message_box(summary: str, details: str, parent: QWidget | None = None) -> QMessageBox:
    """The friendly message for an unexpected error: what happened, that work is saved, where the log is."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("ErrorDialog", "Something went wrong"))
    box.setText(translate("ErrorDialog", "Something unexpected went wrong. What you entered before this has been "
                          "saved: you can carry on, or close and reopen the workshop if something looks wrong."))
    log_file = current_log_file()
    where_label = translate("ErrorDialog", "The details are in the log file:")
    where = f"{where_label}\n{log_file}" if log_file else ""
    advice = translate("ErrorDialog", "If it happens again, please send the log file to whoever supports the app.")
    box.setInformativeText("\n\n".join(t for t in (summary, where, advice) if t))
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if log_file is not None:
        folder_button = box.addButton(translate("ErrorDialog", "Open log folder"), QMessageBox.ButtonRole.ActionRole)
        folder_button.setAccessibleName(translate("ErrorDialog", "Open the folder with the log file"))
        folder_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent))))
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    return box


def report_unexpected(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, parent: QWidget | None = None
) -> None:
    """Log an uncaught exception and tell the user in plain words (for sys.excepthook)."""
    log.critical("Unexpected error", exc_info=(exc_type, exc, tb))
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    if QCoreApplication.instance() is None:
        sys.stderr.write(details)
        return
    summary = f"{exc_type.__name__}: {exc}" if str(exc) else exc_type.__name__
    error_message_box(summary, details, parent).exec()
