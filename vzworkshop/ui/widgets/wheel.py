"""The mouse wheel scrolls the page; it changes a value only in the field the user is working in.

Qt lets the wheel change any combo box, spin box (dates too), tab bar or slider under the mouse pointer, so
scrolling down a page silently changes scores, agreed levels, "Show results for" and tabs on the way. One
filter on the QApplication (`install(app)`) stops that: over one of those widgets without keyboard focus the
wheel scrolls the nearest enclosing scroll area that can scroll instead. The widgets get
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
    """Installed on the QApplication: see the module's docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            if isinstance(watched, GUARDED) and not watched.hasFocus():
                self._scroll_instead(watched, event)
                return True  # the value (or tab) stays as it is
        elif (kind == QEvent.Type.Polish and isinstance(watched, GUARDED)
              and watched.focusPolicy() in _WHEEL_FOCUS):
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False

    @staticmethod
    def _scroll_instead(widget: QWidget, event: QEvent) -> None:
        delta = event.angleDelta()  # type: ignore[attr-defined]
        bar = scroll_bar_for(widget, horizontal=abs(delta.x()) > abs(delta.y()))
        if bar is not None:
            QApplication.sendEvent(bar, event)


def guard_polished(widgets: list[QWidget]) -> None:
    """What the guard does when a widget is polished, for `widgets` polished before it was installed."""
    for widget in widgets:
        if isinstance(widget, GUARDED) and widget.focusPolicy() in _WHEEL_FOCUS:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def install(app: QApplication) -> WheelGuard:
    """Guard every widget of `app`, those that exist already too (the filter lives as long as the app).

    The app installs it once its first window is painted: a filter on the QApplication sees every event of
    every object, and through Python that made building and showing the first window a third slower."""
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    guard_polished(app.allWidgets())
    return guard
