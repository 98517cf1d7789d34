"""Guards the PySide6 pin (<6.12): signals carrying True/None many times must not crash the interpreter.

PySide6 6.12 on Python 3.11 aborts in bool_dealloc after many emissions of Python bools/None (PYSIDE-3474).
If this passes on a newer PySide6, the pin in pyproject.toml can be lifted.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

N = 10_000


class Emitter(QObject):
    carried = Signal(object)
    flag = Signal(bool)


def test_ten_thousand_bool_and_none_signals(qtbot: QtBot) -> None:
    emitter = Emitter()
    seen_objects: list[object] = []
    seen_flags: list[bool] = []
    emitter.carried.connect(lambda value: seen_objects.append(value))
    emitter.flag.connect(lambda value: seen_flags.append(value))
    for i in range(N):
        emitter.carried.emit(True if i % 2 else None)
        emitter.flag.emit(bool(i % 3))
        if i % 1000 == 0:
            QApplication.processEvents()
    QApplication.processEvents()
    assert len(seen_objects) == N and len(seen_flags) == N
    assert seen_objects[:2] == [None, True] and seen_objects.count(True) == N // 2
    assert seen_flags.count(False) == len(range(0, N, 3))
