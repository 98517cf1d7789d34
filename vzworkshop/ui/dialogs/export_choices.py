"""Which of the export dialog's choices have nothing to save yet, and why; and a disabled choice's Alt+letter.

A choice with nothing in it is disabled with its reason beside it (the agenda: "Dagsordenen er tom ..."). Qt lets
a disabled radio button's mnemonic do nothing, so Alt+D on a disabled "Dagsorden" silently kept the previous
choice, and Enter then saved that instead: `explain_on_mnemonic` gives the letter a shortcut of its own that says
why the choice cannot be made, in the dialog's status line, and leaves the choice alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QRadioButton, QWidget

from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import AgendaBlock
from vzworkshop.ui.style import WARN_COLOUR, tint
from vzworkshop.ui.translate import tr


def unavailable(store: WorkshopStore) -> dict[str, str]:
    """Choice key -> why it has nothing to save (choices not named here can be saved)."""
    reasons: dict[str, str] = {}
    if not store.list(AgendaBlock):
        reasons["agenda"] = tr("The agenda is empty: add its blocks under View > Agenda and timer (Ctrl+0).")
    return reasons


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' of `text`, or None."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1]
            i += 1
        i += 1
    return None


def reason_label(reason: str) -> QLabel:
    """The reason beside a disabled choice: in words (not only a colour), indented under its button."""
    label = QLabel("⚠ " + reason)
    label.setWordWrap(True)
    label.setContentsMargins(26, 0, 0, 6)
    tint(label, WARN_COLOUR)
    return label


def explain_on_mnemonic(dialog: QWidget, button: QRadioButton, name: str, reason: str,
                        say: Callable[[str], None]) -> None:
    """Alt+letter of the disabled `button`: `say` is given why it cannot be chosen; the choice stays as it is."""
    letter = mnemonic(button.text())
    if letter is None:
        return
    shortcut = QShortcut(QKeySequence(f"Alt+{letter.upper()}"), dialog)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    message = tr("“%1” cannot be saved: %2").replace("%1", name).replace("%2", reason)
    shortcut.activated.connect(lambda: say(message))
