"""A ring round the focused button that a room can see on a projector (WCAG 2.4.7, 2.4.11).

Fusion marks a focused push button, tool button, check box or radio button with a thin 1 px outline: a
facilitator driving step 5 by keyboard on a projector could not tell which button Tab had reached. Text fields
and tables have 2 px frames of their own (`style.TABLE_SHEET`, `text_frame`); buttons get `FocusRing`, a 3 px
ring in the focus colour, 1 px clear of the button (so it stands apart from a filled primary button too).

How, and why so: one ring for the whole application (one widget has the focus at a time), a `QFocusFrame`
moved onto the focused button when `QApplication.focusChanged` fires. QFocusFrame follows its button in C++
(moves, resizes, scrolling, hiding) and sits above it in the nearest window or scroll area's viewport, so the
ring is not clipped by the button's own container. Python runs once per focus change and when the ring itself
is painted, never for the app's other painting; drawing the ring inside the style's `drawPrimitive` would run
Python for every primitive of every widget.

Like a browser's `:focus-visible`, the ring shows when the focus came by keyboard, not when a mouse click put
it on the button (Qt gives a clicked button the focus too; a ring following each click is noise for a mouse
user). The window's `Qt.WA_KeyboardFocusChange`, which Qt itself sets on Tab, Backtab and shortcuts and clears on
a mouse click, says which; a focus change without either (a new dialog, focus set by the program) keeps the
last way the user moved the focus, so a dialog opened from the keyboard shows the ring at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPen
from PySide6.QtWidgets import QAbstractButton, QFocusFrame, QProxyStyle, QStyle, QWidget
from shiboken6 import isValid

if TYPE_CHECKING:  # (importing these at run time would make PySide build their enums at start-up)
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QStyleHintReturn, QStyleOption

from vzworkshop.ui.style import FOCUS_COLOUR

RING_WIDTH = 3  # px: seen from the back of a room; 2 px frames the text fields and tables
RING_GAP = 1  # px of the background between the button and its ring
MARGIN = RING_WIDTH + RING_GAP
RADIUS = 5.0


class RingStyle(QProxyStyle):
    """The ring's own style (only the ring uses it): the ring stands MARGIN px out round its button, above it,
    and above it."""

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        if metric in (QStyle.PixelMetric.PM_FocusFrameHMargin, QStyle.PixelMetric.PM_FocusFrameVMargin):
            return MARGIN
        return super().pixelMetric(metric, option, widget)

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None, widget: QWidget | None = None,
                  returnData: QStyleHintReturn | None = None) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1
        if hint == QStyle.StyleHint.SH_FocusFrame_Mask:
            return 0  # the ring sets its own (FocusRing.event): Qt's mask is too thin, and its reply class is
            # handed to Python as a plain QStyleHintReturn, so an override can't fill it in
        return super().styleHint(hint, option, widget, returnData)


class FocusRing(QFocusFrame):
    """The ring: a QFocusFrame that paints a rounded band in the focus colour."""

    def __init__(self, style: QStyle, parent: QWidget) -> None:
        super().__init__(parent)
        self.setStyle(style)
        self.setObjectName("focusRing")

    def event(self, event: QEvent) -> bool:
        """Only the ring's band takes part in painting (its mask), so the button repaints without the ring."""
        handled = super().event(event)
        if event.type() == QEvent.Type.Resize:
            from PySide6.QtGui import QRegion  # (not at start-up: see the imports)

            inner = self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
            self.setMask(QRegion(self.rect()) - QRegion(inner))
        return handled

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        half = RING_WIDTH / 2
        painter.setPen(QPen(QColor(FOCUS_COLOUR), RING_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), RADIUS, RADIUS)
        painter.end()


def wants_ring(widget: QWidget | None) -> bool:
    """Push buttons, tool buttons, check boxes and radio buttons (text fields and views have frames of their own)."""
    return isinstance(widget, QAbstractButton)


class FocusRings(QObject):
    """Moves the one ring onto the focused button (`follow`, connected to `QApplication.focusChanged`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ring: FocusRing | None = None  # made when a button first gets the focus by keyboard (not at start-up)
        self.ring_style: RingStyle | None = None
        self.by_keyboard = False  # how the user last moved the focus

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            if QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
                self.by_keyboard = False
            elif new.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange):
                self.by_keyboard = True
        if new is not None and self.by_keyboard and wants_ring(new):
            self._ring(new.window()).setWidget(new)
        elif self.ring is not None and isValid(self.ring):
            self.ring.setWidget(None)  # type: ignore[arg-type]  # (Qt takes None) hides the ring; it stays put

    def _ring(self, window: QWidget) -> FocusRing:
        """The ring, made anew if its parent (a closed window, a rebuilt page) took it along when deleted."""
        if self.ring is None or not isValid(self.ring):
            if self.ring_style is None:
                self.ring_style = RingStyle("Fusion")
                self.ring_style.setParent(self)
            self.ring = FocusRing(self.ring_style, window)  # owned by Qt: setWidget moves it
        return self.ring
