"""A ring round the focused control that a room can see on a projector (WCAG 2.4.7, 2.4.11).

Fusion marks a focused push button, tool button, check box or radio button with a thin 1 px outline, a
drop-down or a spin box with 1 px, a tab bar not at all: a facilitator driving step 5 by keyboard on a
projector could not tell which control Tab had reached. Text fields and tables have 2 px frames of their own
(`style.TABLE_SHEET`, `text_frame`); these controls get `FocusRing`, a 3 px ring in the focus colour, 1 px clear
of the control (so it stands apart from a filled primary button too); on a tab bar, round its current tab.

How, and why so: one ring for the whole application (one widget has the focus at a time), moved onto the
focused control when `QApplication.focusChanged` fires. It sits above the control in the nearest window or
scroll area's viewport, so the control's own container does not clip it (pages keep `ROOM` px free inside
their scroll areas for it), and follows the control through an event filter on the control and its
containers up to there (moves, resizes, scrolling, hiding). Python runs on focus changes, for those widgets'
events while the ring is on, and when the ring itself is painted, never for the app's other painting; drawing
the ring inside the style's `drawPrimitive` would run Python for every primitive of every widget.

Not Qt's QFocusFrame, which does the same: PySide's `QFocusFrame.setWidget` ties the Python wrappers of the
control's Qt-made parts (a drop-down's or spin box's line edit, a tab widget's tab bar) to the frame, and when
the frame went with a closed dialog or a rebuilt page those wrappers died with it while the widgets lived on
("Internal C++ object already deleted" at the next use).

Like a browser's `:focus-visible`, the ring shows when the focus came by keyboard, not when a mouse click put
it on the control (Qt gives a clicked button the focus too; a ring following each click is noise for a mouse
user). The window's `Qt.WA_KeyboardFocusChange`, which Qt itself sets on Tab, Backtab and shortcuts and clears on
a mouse click, says which; a focus change without either (a new dialog, focus set by the program) keeps the
last way the user moved the focus, so a dialog opened from the keyboard shows the ring at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPen
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QAbstractSpinBox, QComboBox, QTabBar, QWidget
from shiboken6 import isValid

if TYPE_CHECKING:  # (importing these at run time would make PySide build their enums at start-up)
    from PySide6.QtGui import QPaintEvent, QResizeEvent

from vzworkshop.ui.style import FOCUS_COLOUR

RING_WIDTH = 3  # px: seen from the back of a room; 2 px frames the text fields and tables
RING_GAP = 1  # px of the background between the control and its ring
MARGIN = RING_WIDTH + RING_GAP
ROOM = MARGIN  # px a scroll area's content keeps free at its edges, so a ring there is whole
RADIUS = 5.0
RINGED = (QAbstractButton, QComboBox, QTabBar, QAbstractSpinBox)
FOLLOWED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.ZOrderChange)


def wants_ring(widget: QWidget | None) -> bool:
    """Buttons, check boxes, radio buttons, drop-downs, tab bars, spin boxes and date fields (text fields and
    views have frames of their own)."""
    return isinstance(widget, RINGED)


def placement(widget: QWidget) -> tuple[QWidget, list[QWidget]]:
    """Where the ring of `widget` goes (the nearest window, or the viewport of the nearest scroll area), and the
    widgets from `widget` up to there whose moves move it."""
    chain = [widget]
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return parent, chain
        chain.append(parent)
        parent = grand
    return (parent if parent is not None else widget), chain


def ringed_rect(widget: QWidget) -> QRect:
    """What the ring goes round, in `widget`'s coordinates: the widget, or a tab bar's current tab (the bar may
    be much wider than its tabs, and the arrow keys move between the tabs)."""
    if isinstance(widget, QTabBar) and widget.currentIndex() >= 0:
        return widget.tabRect(widget.currentIndex())
    return widget.rect()


class FocusRing(QWidget):
    """The ring: a band in the focus colour round `target`, above it; clicks pass through it."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []
        self._tab_bar: QTabBar | None = None  # a tab bar ringed: the ring follows its current tab

    def set_target(self, widget: QWidget | None) -> None:
        """Put the ring round `widget`, or hide it (None)."""
        for watched in self._watched:
            if isValid(watched):
                watched.removeEventFilter(self)
        self._watched = []
        if self._tab_bar is not None:
            if isValid(self._tab_bar):
                self._tab_bar.currentChanged.disconnect(self._current_tab_changed)
            self._tab_bar = None
        self.target = widget
        if widget is None:
            self.hide()
            return
        parent, chain = placement(widget)
        if self.parentWidget() is not parent:
            self.setParent(parent)
        for watched in chain:
            watched.installEventFilter(self)
        self._watched = chain
        if isinstance(widget, QTabBar):
            widget.currentChanged.connect(self._current_tab_changed)
            self._tab_bar = widget
        self.place()

    def _current_tab_changed(self, _index: int) -> None:
        self.place()

    def place(self) -> None:
        target = self.target
        parent = self.parentWidget()
        if target is None or parent is None or not isValid(target) or not target.isVisible():
            self.hide()
            return
        rect = ringed_rect(target).translated(target.mapTo(parent, QPoint(0, 0)))
        self.setGeometry(rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ParentChange:
            self.set_target(self.target)  # (re)placed where the control now is
        elif kind in FOLLOWED:
            self.place()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Only the band takes part in painting (its mask), so the control repaints without the ring."""
        from PySide6.QtGui import QRegion  # (not at start-up: see the imports)

        inner = self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        self.setMask(QRegion(self.rect()) - QRegion(inner))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        half = RING_WIDTH / 2
        painter.setPen(QPen(QColor(FOCUS_COLOUR), RING_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), RADIUS, RADIUS)
        painter.end()


class FocusRings(QObject):
    """Moves the one ring onto the focused control (`follow`, connected to `QApplication.focusChanged`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ring: FocusRing | None = None  # made when a control first gets the focus by keyboard (not at start-up)
        self.by_keyboard = False  # how the user last moved the focus

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            if QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
                self.by_keyboard = False
            elif new.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange):
                self.by_keyboard = True
        if new is not None and self.by_keyboard and wants_ring(new):
            self._ring().set_target(new)
        elif self.ring is not None and isValid(self.ring):
            self.ring.set_target(None)

    def _ring(self) -> FocusRing:
        """The ring, made anew if its parent (a closed window, a rebuilt page) took it along when deleted."""
        if self.ring is None or not isValid(self.ring):
            self.ring = FocusRing()
        return self.ring
