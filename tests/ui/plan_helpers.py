"""Shared set-up for the tests of steps 3-5: a workshop with two rounds of tallies, built via the store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from vzworkshop.core.tally import Ballot
from vzworkshop.store import WorkshopStore


def add_round(store: WorkshopStore, name: str, answers: list[dict[int, int]], kind: str = "baseline",
              groups: tuple[str, ...] = ("",)) -> int:
    rnd = store.add_round(name, kind=kind, groups=groups)
    assert rnd.id is not None
    group = store.groups(rnd.id)[0]
    assert group.id is not None
    store.add_ballots([Ballot(rnd.id, group.id, dict(a)) for a in answers])
    return rnd.id


def uniform(values: dict[int, int], n: int) -> list[dict[int, int]]:
    """n ballots giving the same answer per item."""
    return [dict(values) for _ in range(n)]


def two_round_workshop(path: Path) -> WorkshopStore:
    store = WorkshopStore.open(path)
    add_round(store, "Baseline", uniform({i: 2 + i % 3 for i in range(1, 11)}, 4))
    return store


def answer_next_box(qtbot: QtBot, yes: bool) -> None:
    """Press Yes or No in the next confirmation box, as a user would (a click on the button)."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        button = box.button(QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No)
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)
