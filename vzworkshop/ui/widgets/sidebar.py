"""The five steps, always visible at the left of the workshop window; a tick marks steps worked on.

Below the steps, after a divider, one more row opens the agenda and timer (not a step: no number, no tick,
a clock icon). Rows: 0..n-1 are the steps, then the divider (not selectable), then `agenda_row()`.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QListWidget, QListWidgetItem, QWidget

from vzworkshop.ui.style import ACCENT, BASE_POINT_SIZE, SIDEBAR_SHEET, blank_pixmap, icon_canvas, status_pixmap

ICON = 18


def clock_pixmap(size: int = ICON, colour: str = ACCENT) -> QPixmap:
    """A clock face with hands at ten past ten."""
    pm, p = icon_canvas(size)
    s = float(size)
    p.setPen(QPen(QColor(colour), s * 0.1))
    p.setBrush(QColor("white"))
    p.drawEllipse(QRectF(s * 0.08, s * 0.08, s * 0.84, s * 0.84))
    p.setPen(QPen(QColor(colour), s * 0.1, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    centre = QPointF(s / 2, s / 2)
    p.drawLine(centre, QPointF(s * 0.5, s * 0.24))
    p.drawLine(centre, QPointF(s * 0.68, s * 0.58))
    p.end()
    return pm


class StepSidebar(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setStyleSheet(SIDEBAR_SHEET)
        self._done: list[bool] = []
        self.retranslate()
        self.setIconSize(QSize(ICON, ICON))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSize(font.pointSize() + 1)
        self.setFont(font)
        self.setFixedWidth(240)

    def retranslate(self) -> None:
        """Texts in the current UI language (the step titles come from the workshop's content)."""
        self.setAccessibleName(self.tr("Steps of the workshop"))
        self.setAccessibleDescription(self.tr("Choose a step with the arrow keys, or press Ctrl+1 to Ctrl+5"))
        for row in range(len(self._done)):
            self._decorate(row)
        agenda = self.item(self.agenda_row())
        if agenda is not None:
            agenda.setText(self.tr("Agenda and timer"))
            agenda.setToolTip(self.tr("The day's agenda and the room's timer (Ctrl+0)"))
            agenda.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Agenda and timer"))

    def step_count(self) -> int:
        return len(self._done)

    def agenda_row(self) -> int:
        """The agenda's row (after the steps and the divider); -1 before `set_steps`."""
        return len(self._done) + 1 if self._done else -1

    def step_at(self, row: int) -> int | None:
        """The step (1-based) shown in `row`, or None for the divider, the agenda or no row."""
        return row + 1 if 0 <= row < len(self._done) else None

    def set_steps(self, titles: list[str]) -> None:
        """One row per step, "1  Leadership commitment", then the agenda; keeps the current row and ticks."""
        current = self.currentRow()
        if len(titles) != len(self._done):
            self._build(len(titles))
        for row, title in enumerate(titles):
            item = self.item(row)
            item.setText(f"{row + 1}   {title}")
            item.setData(Qt.ItemDataRole.UserRole, title)
        self.retranslate()
        if current >= 0:
            self.setCurrentRow(current)
        widest = max((self.fontMetrics().horizontalAdvance(self.item(r).text()) for r in range(self.count())),
                     default=0)
        # the bounds grow with a user's larger font, so a long step title is not cut (wider than 340 px at 12 pt)
        scale = max(1.0, self.font().pointSizeF() / (BASE_POINT_SIZE + 1))
        self.setFixedWidth(max(int(200 * scale), min(int(340 * scale), widest + ICON + 64)))

    def _build(self, steps: int) -> None:
        self.blockSignals(True)
        self.clear()
        self._done = [False] * steps
        for _ in range(steps):
            item = QListWidgetItem(self)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        divider = QListWidgetItem(self)
        divider.setFlags(Qt.ItemFlag.NoItemFlags)  # neither selectable nor reached by the arrow keys
        divider.setSizeHint(QSize(10, 18))
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #c3ccd5; margin: 0 16px;")
        self.setItemWidget(divider, line)
        agenda = QListWidgetItem(self)
        agenda.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        agenda.setIcon(QIcon(clock_pixmap()))
        self.blockSignals(False)

    def set_done(self, step: int, done: bool) -> None:
        row = step - 1
        if self._done[row] != done:
            self._done[row] = done
            self._decorate(row)

    def is_done(self, step: int) -> bool:
        return self._done[step - 1]

    def _decorate(self, row: int) -> None:
        item = self.item(row)
        done = self._done[row]
        item.setIcon(QIcon(status_pixmap(True, ICON) if done else blank_pixmap(ICON)))
        title = str(item.data(Qt.ItemDataRole.UserRole))
        state = self.tr("worked on") if done else self.tr("not started")
        item.setToolTip(self.tr("Step %1 (Ctrl+%1), %2").replace("%1", str(row + 1)).replace("%2", state))
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     self.tr("Step %1: %2, %3").replace("%1", str(row + 1)).replace("%2", title).replace("%3", state))
