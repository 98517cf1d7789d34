"""Shared helpers for UI tests: capture message boxes instead of showing them; a demo workshop's window."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from vzworkshop.reports.demo import build_demo
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Workshop
from vzworkshop.ui.main_window import WorkshopWindow


@dataclass
class Messages:
    shown: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, title, text)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes

    def texts(self) -> list[str]:
        return [text for _, _, text in self.shown]


def capture_messages(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
                     = QMessageBox.StandardButton.Yes) -> Messages:
    messages = Messages(answer=answer)

    def fake(kind: str):  # type: ignore[no-untyped-def]
        def show(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            messages.shown.append((kind, title, text))
            return messages.answer if kind == "question" else QMessageBox.StandardButton.Ok
        return show

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(fake(kind)))
    return messages


def open_demo_window(qtbot: QtBot, path: Path, organisation: str, language: str) -> WorkshopWindow:
    """The demo workshop (`build_demo`) made at `path`, in its window at 1366x768, shown and active."""
    store = WorkshopStore.create(path, Workshop(organisation=organisation, language=language))
    build_demo(store, language)
    window = WorkshopWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window
