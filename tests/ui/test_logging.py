"""The log file: where it goes, that it rotates, that answers never reach it, and the friendly error message."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from vzworkshop.core.tally import Ballot
from vzworkshop.ui import logsetup


@pytest.fixture
def log_file() -> Iterator[Path]:
    path = logsetup.setup_logging(logging.DEBUG)
    yield path
    logsetup.stop_logging()
    logging.getLogger().setLevel(logging.WARNING)


def _text(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_log_file_goes_to_the_settings_dir_when_set(log_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    assert log_file == Path(os.environ["VZWORKSHOP_SETTINGS_DIR"]) / "logs" / "vzworkshop.log"
    logging.getLogger("vzworkshop.test").info("hello from the test")
    text = _text(log_file)
    assert "started" in text and "hello from the test" in text
    assert logsetup.current_log_file() == log_file


def test_setting_up_twice_does_not_double_lines(log_file: Path) -> None:
    logsetup.setup_logging(logging.DEBUG)
    logging.getLogger("vzworkshop.test").info("once only")
    assert _text(log_file).count("once only") == 1


def test_log_rotates_and_keeps_three_old_files(log_file: Path) -> None:
    line = "x" * 1000
    test_log = logging.getLogger("vzworkshop.test")
    for _ in range(5 * logsetup.MAX_BYTES // 1000):
        test_log.info(line)
    files = sorted(p.name for p in log_file.parent.iterdir())
    assert files == ["vzworkshop.log", "vzworkshop.log.1", "vzworkshop.log.2", "vzworkshop.log.3"]
    assert all(p.stat().st_size <= logsetup.MAX_BYTES for p in log_file.parent.iterdir())


# An answer leak would show as a dict of item -> value, a Ballot/Tally repr or the field name.
LEAK = re.compile(r"Ballot\(|Tally\(|answers|\{\s*\d+\s*:\s*[0-5]")


def test_ballots_never_reach_the_log(log_file: Path, store: object) -> None:
    from vzworkshop.store import WorkshopStore

    assert isinstance(store, WorkshopStore)
    rnd = store.add_round("Første runde")
    assert rnd.id is not None
    group = store.groups(rnd.id)[0]
    assert group.id is not None
    for values in ([1, 2, 3, 4, 5, 0, 1, 2, 3, 4], [5, 5, 5, 5, 5, 5, 5, 5, 5, 5], [2, 0, 2, 0, 2, 0, 2, 0, 2, 0]):
        ballot = Ballot(rnd.id, group.id, dict(enumerate(values, start=1)))
        store.add_ballot(ballot)
        # Even if code did log a ballot or the tallies, the guard withholds the message.
        logging.getLogger("vzworkshop.careless").debug("submitted %s", ballot)
        logging.getLogger("vzworkshop.careless").debug("tallies %r", store.group_tallies(rnd.id))
        logging.getLogger("vzworkshop.careless").debug(ballot)
    text = _text(log_file)
    assert text.count(logsetup.WITHHELD) == 9
    assert not LEAK.search(text), LEAK.search(text)


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform cannot size a message box's frame
def test_unexpected_error_is_logged_and_explained(log_file: Path, qtbot: QtBot, qapp: QApplication) -> None:
    seen: list[str] = []

    def read_and_close() -> None:
        box = qapp.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text() + "\n" + box.informativeText() + "\n" + box.detailedText())
        box.grab().save(str(log_file.parent / "error-dialog.png"))
        qtbot.keyClick(box, "\r")  # Enter: the default OK button

    try:
        raise ZeroDivisionError("division by zero in a test")
    except ZeroDivisionError:
        QTimer.singleShot(0, read_and_close)
        exc_type, exc, tb = sys.exc_info()
        assert exc_type is not None and exc is not None
        logsetup.report_unexpected(exc_type, exc, tb)
    assert seen, "the error message was not shown"
    assert "has been saved" in seen[0]
    assert str(log_file) in seen[0]
    assert "ZeroDivisionError: division by zero in a test" in seen[0]
    text = _text(log_file)
    assert "CRITICAL" in text and "Traceback" in text and "division by zero in a test" in text
