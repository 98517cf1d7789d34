"""The maturity staircase, painted from `core.staircase` geometry so it is crisp at any size.

Five treads (Passive .. Creating) rise left to right; level names sit on the treads, the optional
descriptions in five columns under them. A marker with its value shows the average; an optional hollow
marker shows an earlier round's average for comparison.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from vzworkshop.core import formatting, staircase
from vzworkshop.core.content import Level
from vzworkshop.ui.translate import tr
from vzworkshop.ui.workshop_language import translate

# From pale to deep: one colour per level, dark enough for white text on levels 3-5, black on 1-2.
LEVEL_COLOURS = ("#d9e6f2", "#a9c7e3", "#3a6ea4", "#24507f", "#143559")
TEXT_ON_LEVEL = ("#10243a", "#10243a", "#ffffff", "#ffffff", "#ffffff")
MARKER_COLOUR = "#c0392b"
INK = "#111111"


def format_number(language: str, value: float | None, decimals: int = 1) -> str:
    """A figure in the workshop's language: 3,4 in Danish, 3.4 in English (as in the PDFs)."""
    return formatting.number(value, language, decimals)


def answers_count(n: int, language: str | None = None) -> str:
    """'1 answer' / '12 answers' (plural forms from the catalogues, English included); in the UI language, or
    in `language` (the workshop's, for the room) when given."""
    return tr("%n answer(s)", None, n, language=language)


def waiting_for(n: int, language: str | None = None) -> str:
    return tr("Waiting for %n more answer(s).", None, n, language=language)


def describe_mean(mean: float, levels: Sequence[Level], language: str, label: str = "",
                  words: str | None = None) -> str:
    """The average in words: 'Average 3.4, between Active and Proactive'. The figure and level names follow
    `language` (the workshop's); the words the UI language, or `words` when given (the room's language)."""
    label = label or tr("Average", language=words)
    mean = round(mean, 1)  # describe the value as it is written: 2.98 reads "3.0, at Active"
    place = staircase.placement(mean)
    value = format_number(language, mean)
    names = {lv.number: lv.name for lv in levels}
    here = names.get(place.level, str(place.level))
    if place.fraction == 0 or place.next_level is None:
        return tr("{label} {value}, at {level}", language=words).format(label=label, value=value, level=here)
    nxt = names.get(place.next_level, str(place.next_level))
    return tr("{label} {value}, between {low} and {high}", language=words).format(
        label=label, value=value, low=here, high=nxt
    )


class StaircaseChart(QWidget):
    """The staircase with an optional average marker. Call `set_levels`, then `set_mean`."""

    def __init__(self, parent: QWidget | None = None, room: bool = False) -> None:
        """`room`: the chart is shown to the room (projector): its words follow the workshop's language (the
        one given to `set_levels`), not the UI's."""
        super().__init__(parent)
        self._room = room
        self._levels: tuple[Level, ...] = ()
        self._mean: float | None = None
        self._previous: float | None = None
        self._previous_label = ""
        self._language = "en"  # the workshop's: figures and level names (and words, on the projector)
        self._descriptions = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Maturity staircase"))
        self._update_description()

    def tr(self, text: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        if self._room:
            return translate("StaircaseChart", text, disambiguation, n, language=self._language)
        return QCoreApplication.translate("StaircaseChart", text, disambiguation, n)

    # --- state ------------------------------------------------------------------------------------------

    def set_levels(self, levels: Sequence[Level], language: str) -> None:
        self._levels = tuple(levels)
        self._language = language
        if self._room:
            self.setAccessibleName(self.tr("Maturity staircase"))
        self._update_description()
        self.update()

    def set_mean(self, mean: float | None, previous: float | None = None, previous_label: str = "") -> None:
        self._mean = mean
        self._previous = previous
        self._previous_label = previous_label
        self._update_description()
        self.update()

    def mean(self) -> float | None:
        return self._mean

    def set_show_descriptions(self, show: bool) -> None:
        self._descriptions = show
        self.updateGeometry()
        self.update()

    def _update_description(self) -> None:
        if self._mean is None:
            text = self.tr("No average shown yet")
        else:
            words = self._language if self._room else None
            text = describe_mean(self._mean, self._levels, self._language, words=words)
            if self._previous is not None:
                earlier = self._previous_label or self.tr("Earlier round")
                text += ". " + describe_mean(self._previous, self._levels, self._language, earlier, words)
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def sizeHint(self) -> QSize:
        return QSize(640, 420 if self._descriptions else 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 180)

    # --- painting ---------------------------------------------------------------------------------------

    def _font(self, factor: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        if font.pixelSize() > 0:
            font.setPixelSize(max(8, round(font.pixelSize() * factor)))
        else:
            font.setPointSizeF(max(6.0, font.pointSizeF() * factor))
        font.setBold(bold)
        return font

    def _description_height(self, width: float) -> float:
        if not self._descriptions or not self._levels:
            return 0.0
        metrics = QFontMetricsF(self._font(0.95))
        column = width / staircase.LEVELS - 12
        tallest = 0.0
        for level in self._levels:
            box = metrics.boundingRect(QRectF(0, 0, column, 10_000), Qt.TextFlag.TextWordWrap, level.description)
            tallest = max(tallest, box.height())
        return tallest + 12

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        value_font = self._font(1.6, bold=True)
        value_metrics = QFontMetricsF(value_font)
        bubble_h = value_metrics.height() + 10
        tri_h = bubble_h * 0.45
        headroom = bubble_h + tri_h + 6
        desc_h = self._description_height(area.width())
        chart = QRectF(area.left(), area.top() + headroom, area.width(), area.height() - headroom - desc_h)
        if chart.height() < 20:
            painter.end()
            return
        self._paint_treads(painter, chart)
        if desc_h:
            self._paint_descriptions(painter, QRectF(area.left(), chart.bottom() + 8, area.width(), desc_h - 8))
        if self._previous is not None:
            self._paint_marker(painter, chart, self._previous, value_font, bubble_h, tri_h, hollow=True)
        if self._mean is not None:
            self._paint_marker(painter, chart, self._mean, value_font, bubble_h, tri_h, hollow=False)
        painter.end()

    def _to_px(self, chart: QRectF, x: float, y: float) -> QPointF:
        return QPointF(chart.left() + x * chart.width(), chart.bottom() - y * chart.height())

    def _paint_treads(self, painter: QPainter, chart: QRectF) -> None:
        name_font = self._font(1.15, bold=True)
        painter.setFont(name_font)
        names = {lv.number: lv.name for lv in self._levels}
        for tread in staircase.treads():
            top_left = self._to_px(chart, tread.x0, tread.y)
            bottom_right = self._to_px(chart, tread.x1, 0)
            block = QRectF(top_left, bottom_right).adjusted(0, 0, -2, 0)
            painter.fillRect(block, QColor(LEVEL_COLOURS[tread.level - 1]))
            painter.setPen(QColor(TEXT_ON_LEVEL[tread.level - 1]))
            label = f"{tread.level}  {names.get(tread.level, '')}".strip()
            text_box = block.adjusted(6, 4, -6, -4)
            line = QFontMetricsF(name_font).height()
            if text_box.height() < line:  # a low tread in a small chart: write the name just above it
                text_box = QRectF(block.left() + 6, block.top() - line - 2, block.width() - 12, line)
                painter.setPen(QColor(INK))
            painter.drawText(text_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, label)
        painter.setPen(QPen(QColor(INK), 2))
        painter.drawLine(chart.bottomLeft(), chart.bottomRight())

    def _paint_descriptions(self, painter: QPainter, box: QRectF) -> None:
        painter.setFont(self._font(0.95))
        painter.setPen(QColor(INK))
        column = box.width() / staircase.LEVELS
        for i, level in enumerate(self._levels[: staircase.LEVELS]):
            cell = QRectF(box.left() + i * column + 6, box.top(), column - 12, box.height())
            painter.drawText(cell, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, level.description)

    def _paint_marker(self, painter: QPainter, chart: QRectF, mean: float, font: QFont, bubble_h: float,
                      tri_h: float, hollow: bool) -> None:
        tip = self._to_px(chart, staircase.marker_x(mean), staircase.marker_y(mean))
        text = format_number(self._language, mean)
        if hollow:
            font = self._font(1.6 * 0.75, bold=True)
            bubble_h *= 0.75
            tri_h *= 0.75
        metrics = QFontMetricsF(font)
        width = metrics.horizontalAdvance(text) + 20
        left = min(max(tip.x() - width / 2, chart.left()), chart.right() - width)
        bubble = QRectF(left, tip.y() - tri_h - bubble_h, width, bubble_h)
        triangle = QPolygonF([QPointF(tip.x() - tri_h * 0.7, tip.y() - tri_h - 1),
                              QPointF(tip.x() + tri_h * 0.7, tip.y() - tri_h - 1), tip])
        path = QPainterPath()
        path.addRoundedRect(bubble, 6, 6)
        path.addPolygon(triangle)
        path = path.simplified()
        colour = QColor(MARKER_COLOUR)
        if hollow:
            painter.setPen(QPen(QColor(INK), 2, Qt.PenStyle.DashLine))
            painter.setBrush(QColor("#ffffff"))
            painter.drawPath(path)
            painter.setPen(QColor(INK))
        else:
            painter.setPen(QPen(colour.darker(130), 2))
            painter.setBrush(colour)
            painter.drawPath(path)
            painter.setPen(QColor("#ffffff"))
        painter.setFont(font)
        painter.drawText(bubble, Qt.AlignmentFlag.AlignCenter, text)
