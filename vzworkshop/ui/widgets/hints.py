"""A checklist of friendly hints: each line has a shape icon (tick or warning) AND text, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from vzworkshop.core import team
from vzworkshop.ui.style import status_pixmap
from vzworkshop.ui.translate import tr


class HintList(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 4, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(1, 1)
        self._hints: list[tuple[bool, str]] = []

    def hints(self) -> list[tuple[bool, str]]:
        return list(self._hints)

    def set_hints(self, hints: list[tuple[bool, str]]) -> None:
        if hints == self._hints:
            return
        self._hints = list(hints)
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, (ok, text) in enumerate(hints):
            icon = QLabel(self)
            icon.setPixmap(status_pixmap(ok, 18))
            icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            what = self.tr("Fine") if ok else self.tr("To consider")
            icon.setToolTip(what)
            icon.setAccessibleName(what)
            label = QLabel(text, self)
            label.setWordWrap(True)
            label.setAccessibleName(f"{what}: {text}")
            self._grid.addWidget(icon, row, 0)
            self._grid.addWidget(label, row, 1)


def team_hint_text(hint: team.Hint) -> str:
    """The checklist line for one of `core.team.team_hints`."""
    v = [str(n) for n in hint.values]
    if hint.id == team.NON_MANAGERS:
        if hint.values[1] == 0:
            return tr("Add the team's members. At least half should be employees from outside management.")
        text = (tr("At least half of the team are employees from outside management (%1 of %2).")
                if hint.ok else
                tr("Fewer than half of the team are employees from outside management (%1 of %2); "
                    "the method asks for at least half."))
        return text.replace("%1", v[0]).replace("%2", v[1])
    if hint.id == team.WORKER_REP:
        return (tr("A worker representative is on the team.") if hint.ok else
                tr("No worker representative on the team yet; workers' representatives should be "
                    "consulted and involved."))
    if hint.id == team.DEPARTMENTS:
        return (tr("Several departments are represented (%1).").replace("%1", v[0]) if hint.ok else
                tr("Members from different departments and levels make a stronger team "
                    "(departments so far: %1).").replace("%1", v[0]))
    if hint.id == team.GENDER:
        text = (tr("Gender balance: women %1, men %2, other %3.") if hint.ok else
                tr("The team's gender balance is uneven (women %1, men %2, other %3); the method asks "
                    "for attention to gender balance."))
        return text.replace("%1", v[0]).replace("%2", v[1]).replace("%3", v[2])
    return hint.id
