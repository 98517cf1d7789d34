"""The app's style: Fusion, plus what the app does to each widget once, when Qt polishes it (before it is first
shown, dialogs and widgets made later included): the wheel guard on combo boxes, spin boxes, tab bars and
sliders (`wheel`), Enter on push and tool buttons (`enter_key`), the window's Ctrl+E in text fields
(`window_keys`), the focus frame of multi-line text fields (`text_frame`); `install` adds the ring round the focused
button (`focus_ring`).

Why here and not in one filter on the QApplication: such a filter sees every event of every object, and
through Python each one cost a few microseconds; building and showing a page took up to twice as long. The
polish hook runs once per widget, and only the guarded widgets' own events pass through Python.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QProxyStyle, QWidget

from vzworkshop.ui.widgets import enter_key, focus_ring, text_frame, wheel, window_keys


class AppStyle(QProxyStyle):
    """Fusion (or `base`), drawing exactly as it does; it guards each widget it polishes."""

    def __init__(self, base: str = "Fusion") -> None:
        super().__init__(base)
        self.wheel_guard = wheel.WheelGuard(self)
        self.enter_clicks = enter_key.EnterClicks(self)
        self.window_keys = window_keys.WindowKeys(self)
        self.focus_rings: focus_ring.FocusRings | None = None  # set by `install`, which knows the application

    def polish(self, target: Any) -> Any:  # Qt's three polish overloads: a widget, the application, a palette
        result = super().polish(target)
        if isinstance(target, QWidget):
            wheel.guard(target, self.wheel_guard)
            enter_key.guard(target, self.enter_clicks)
            window_keys.guard(target, self.window_keys)
            text_frame.guard(target)
        return result


def install(app: QApplication) -> AppStyle:
    """Give `app` the style; widgets that exist already are polished again, and so guarded too."""
    style = AppStyle()
    app.setStyle(style)
    style.focus_rings = focus_ring.FocusRings(style)  # goes with the style when another replaces it (and so
    app.focusChanged.connect(style.focus_rings.follow)  # does its connection)
    return style
