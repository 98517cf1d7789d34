"""Shared helpers for UI tests: capture message boxes instead of showing them."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QMessageBox


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
