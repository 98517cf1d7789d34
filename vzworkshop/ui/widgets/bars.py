"""A small bar chart of how many chose each answer of one item: 1-5 on the staircase colours, then "?"
(don't know) set apart in grey. Painted with QPainter on a light ground of its own (in a table's selected row
the dark bars and labels stay readable); the counts are also its accessible description."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from vzworkshop.ui.style import BASE, VIEW_BORDER
from vzworkshop.ui.widgets.staircase import LEVEL_COLOURS

DONT_KNOW_COLOUR = "#9a9a9a"


class AnswerBars(QWidget):
    def __init__(self, counts: Sequence[int] = (0, 0, 0, 0, 0, 0), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: tuple[int, ...] = (0,) * 6
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Answers"))
        self.set_counts(counts)

    def set_counts(self, counts: Sequence[int]) -> None:
        if len(counts) != 6:
            raise ValueError("six counts expected (0 = don't know, 1-5)")
        self._counts = tuple(int(c) for c in counts)
        parts = [self.tr("{value}: {count}").format(value=v, count=self._counts[v]) for v in range(1, 6)]
        parts.append(self.tr("Don't know: {count}").format(count=self._counts[0]))
        text = ", ".join(parts)
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def counts(self) -> tuple[int, ...]:
        return self._counts

    def sizeHint(self) -> QSize:
        return QSize(190, 56)

    def minimumSizeHint(self) -> QSize:
        return QSize(130, 48)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(VIEW_BORDER))
        painter.setBrush(QColor(BASE))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        label_h = metrics.height()
        area = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        plot_top = area.top() + label_h  # room for the count above the tallest bar
        plot_bottom = area.bottom() - label_h - 2
        plot_h = max(4.0, plot_bottom - plot_top)
        gap = area.width() * 0.04
        slot = (area.width() - gap) / 6
        peak = max(max(self._counts), 1)
        order = (1, 2, 3, 4, 5, 0)
        for position, value in enumerate(order):
            left = area.left() + position * slot + (gap if value == 0 else 0)
            count = self._counts[value]
            height = plot_h * count / peak
            bar = QRectF(left + slot * 0.12, plot_bottom - height, slot * 0.76, height)
            colour = QColor(DONT_KNOW_COLOUR if value == 0 else LEVEL_COLOURS[value - 1])
            if count:
                painter.fillRect(bar, colour)
            painter.setPen(QColor("#111111"))
            cell = QRectF(left, plot_bottom + 1, slot, label_h)
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, "?" if value == 0 else str(value))
            count_box = QRectF(left, plot_bottom - height - label_h, slot, label_h)
            painter.drawText(count_box, Qt.AlignmentFlag.AlignCenter, str(count))
        painter.setPen(QColor("#555555"))
        painter.drawLine(int(area.left()), int(plot_bottom), int(area.left() + 5 * slot), int(plot_bottom))
        painter.end()
