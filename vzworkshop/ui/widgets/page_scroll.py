"""The scroll area each page of the workshop window sits in (moved out of main_window.py to keep it small)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget


class PageScroll(QScrollArea):
    """A page in a scroll area, so no page's minimum size can push the window past a 1366x768 screen.

    Wherever the keyboard focus goes on the page (Ctrl+N's new table row, a field opened by a shortcut), the
    area (and any scroll area of the page's own) scrolls it into view: Qt does that only for Tab, and typing
    into an off-screen field is typing blind.
    """

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop that shows nothing; its fields take the focus
        self.setWidget(page)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        page = self.widget()
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return  # a click: the user is looking at the spot already; do not make the page jump
        if new is not None and page is not None and self.isVisible() and page.isAncestorOf(new):
            QTimer.singleShot(0, self._show_focus)  # once laid out: a table's cell editor is placed later

    def _show_focus(self) -> None:
        focused, page = QApplication.focusWidget(), self.widget()
        if focused is None or page is None or not self.isVisible() or not page.isAncestorOf(focused):
            return
        widget: QWidget | None = focused.parentWidget()
        while widget is not None:  # innermost first: a page may have a scroll area of its own (step 1)
            if isinstance(widget, QScrollArea):
                widget.ensureWidgetVisible(focused, 24, 24)
            if widget is self:
                break
            widget = widget.parentWidget()
