"""A small bar chart of how many chose each answer of one item: 1-5 on the staircase colours, then "ved ikke"
(don't know) set apart in grey, under it the method's word (a short form where the chart is narrow). Painted
with QPainter on a light ground of its own (in a table's selected row the dark bars and labels stay readable);
the counts are also its accessible description."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from vzworkshop.ui.style import BASE, VIEW_BORDER
from vzworkshop.ui.widgets.staircase import LEVEL_COLOURS

DONT_KNOW_COLOUR = "#9a9a9a"
DONT_KNOW_SHARE = 0.34  # at most this much of the width for the don't-know slot: the levels' counts need the rest
LABEL_PADDING = 6.0
LABEL_SCALE = 0.85  # the labels' size, of the widget's font


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

    def dont_know_label(self, metrics: QFontMetricsF, width: float) -> tuple[str, float]:
        """The word under the don't-know bar and its slot's width: "ved ikke" where a third of the chart has room
        for it, else its short form, else "?" (the whole word is in the tooltip and accessible description)."""
        room = width * DONT_KNOW_SHARE
        for word in (self.tr("don't know"), self.tr("DK", "short for \"don't know\" under a bar"), "?"):
            if metrics.horizontalAdvance(word) + LABEL_PADDING <= room:
                return word, max(width / 6, metrics.horizontalAdvance(word) + LABEL_PADDING)
        return "?", width / 6

    def shown_dont_know(self) -> str:
        """The word the don't-know bar shows now (for tests and screenshots)."""
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * LABEL_SCALE))
        return self.dont_know_label(QFontMetricsF(font), self.width() - 4)[0]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(VIEW_BORDER))
        painter.setBrush(QColor(BASE))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * LABEL_SCALE))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        label_h = metrics.height()
        area = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        plot_top = area.top() + label_h  # room for the count above the tallest bar
        plot_bottom = area.bottom() - label_h - 2
        plot_h = max(4.0, plot_bottom - plot_top)
        gap = area.width() * 0.04
        dont_know, dont_know_w = self.dont_know_label(metrics, area.width())
        level_w = (area.width() - gap - dont_know_w) / 5
        peak = max(max(self._counts), 1)
        for value in (1, 2, 3, 4, 5, 0):
            left = area.left() + (5 * level_w + gap if value == 0 else (value - 1) * level_w)
            slot = dont_know_w if value == 0 else level_w
            count = self._counts[value]
            height = plot_h * count / peak
            bar_w = min(slot, level_w) * 0.76  # every bar as wide: the don't-know slot is wider for its word
            bar = QRectF(left + (slot - bar_w) / 2, plot_bottom - height, bar_w, height)
            colour = QColor(DONT_KNOW_COLOUR if value == 0 else LEVEL_COLOURS[value - 1])
            if count:
                painter.fillRect(bar, colour)
            painter.setPen(QColor("#111111"))
            cell = QRectF(left, plot_bottom + 1, slot, label_h)
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, dont_know if value == 0 else str(value))
            count_box = QRectF(left, plot_bottom - height - label_h, slot, label_h)
            painter.drawText(count_box, Qt.AlignmentFlag.AlignCenter, str(count))
        painter.setPen(QColor("#555555"))
        painter.drawLine(int(area.left()), int(plot_bottom), int(area.left() + 5 * level_w), int(plot_bottom))
        painter.end()
