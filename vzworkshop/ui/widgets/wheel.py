"""The mouse wheel scrolls the page; it changes a value only in the field the user is working in.

Qt lets the wheel change any combo box, spin box (dates too), tab bar or slider under the mouse pointer, so
scrolling down a page silently changes scores, agreed levels, "Show results for" and tabs on the way. A
filter on each of those widgets (`guard`, put there by the app's style when Qt polishes the widget, see
`ui.widgets.polish`) stops that: over one of them without keyboard focus the wheel scrolls the nearest
enclosing scroll area that can scroll instead. The widgets get
Qt.FocusPolicy.StrongFocus (a click focuses them, the wheel never does); once focused, the wheel works as
users expect.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QSlider,
    QTabBar,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QTabBar, QSlider)
_WHEEL_FOCUS = (Qt.FocusPolicy.WheelFocus, Qt.FocusPolicy.TabFocus)


def scroll_bar_for(widget: QWidget, horizontal: bool = False) -> QScrollBar | None:
    """The scroll bar of the nearest scroll area around `widget` that can scroll that way, or None."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            bar = parent.horizontalScrollBar() if horizontal else parent.verticalScrollBar()
            if bar is not None and bar.maximum() > bar.minimum():
                return bar
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """Installed on each guarded widget by `guard` (the app's style does that when Qt polishes a widget)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Wheel and isinstance(watched, GUARDED) and not watched.hasFocus()):
            self._scroll_instead(watched, event)
            return True  # the value (or tab) stays as it is
        return False

    @staticmethod
    def _scroll_instead(widget: QWidget, event: QEvent) -> None:
        delta = event.angleDelta()  # type: ignore[attr-defined]
        bar = scroll_bar_for(widget, horizontal=abs(delta.x()) > abs(delta.y()))
        if bar is not None:
            QApplication.sendEvent(bar, event)


def guard(widget: QWidget, wheel_guard: WheelGuard) -> None:
    """Guard `widget` if it is a combo box, spin box (dates too), tab bar or slider: a click focuses it, the
    wheel never does, and the wheel over it unfocused scrolls the page instead (`ui.widgets.polish` calls this
    for every widget Qt polishes)."""
    if isinstance(widget, GUARDED):
        if widget.focusPolicy() in _WHEEL_FOCUS:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(wheel_guard)  # once: Qt keeps one entry per filter object
