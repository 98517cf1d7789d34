"""Two panes side by side where they fit, one above the other where they do not (a large font, a small screen).

    split = ReflowSplitter([3, 2])   # the first pane gets 3/5 of the width when side by side
    split.addWidget(table_side)
    split.addWidget(editor_side)

Side by side, each pane needs its minimum width (a table's widest words, a form's labels and fields); when the
splitter is narrower than the panes' minimum widths together it stacks them, and the page around it (a
page_scroll.PageScroll) scrolls down instead of sideways. Its own minimum width is its widest pane's, so it
never pushes the page wider than the window.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QSplitter, QStyle, QWidget


def needed_width(widget: QWidget) -> int:
    """The narrowest `widget` can be without cutting anything: for a scroll area, its contents' minimum width
    (it would only scroll sideways otherwise) and its scroll bar."""
    if isinstance(widget, QScrollArea) and widget.widget() is not None:
        inner = widget.widget()
        assert inner is not None
        bar = widget.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, widget)
        return max(inner.minimumWidth(), inner.minimumSizeHint().width()) + bar + 2 * widget.frameWidth()
    return max(widget.minimumWidth(), widget.minimumSizeHint().width())


def needed_height(widget: QScrollArea, width: int) -> int:
    """The height a scroll area's contents need at `width` (stacked, the page scrolls instead of it)."""
    inner = widget.widget()
    if inner is None:
        return 0
    height = max(inner.minimumHeight(), inner.minimumSizeHint().height())
    if inner.hasHeightForWidth():
        height = max(height, inner.heightForWidth(max(1, width - 2 * widget.frameWidth())))
    return height + 2 * widget.frameWidth()


class ReflowSplitter(QSplitter):
    def __init__(self, shares: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)
        self.shares = list(shares)
        self._own_heights: dict[int, int] = {}  # each pane's own minimum height, before stacking raised it

    def panes(self) -> list[QWidget]:
        return [w for w in (self.widget(i) for i in range(self.count())) if w is not None and not w.isHidden()]

    def side_by_side_width(self) -> int:
        """The width the panes need side by side."""
        panes = self.panes()
        return sum(needed_width(w) for w in panes) + self.handleWidth() * max(0, len(panes) - 1)

    def addWidget(self, widget: QWidget) -> None:
        super().addWidget(widget)
        if isinstance(widget, QScrollArea) and widget.widget() is not None:
            inner = widget.widget()
            assert inner is not None
            inner.installEventFilter(self)  # stacked, its new contents' height is the pane's
        index = self.indexOf(widget)
        if index < len(self.shares):
            self.setStretchFactor(index, self.shares[index])
        self._share_out()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        widest = max((needed_width(w) for w in self.panes()), default=0)
        return QSize(widest, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.reflow()
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self.orientation() == Qt.Orientation.Vertical:
            self._fit_heights()
        return False

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a pane's minimum width changed (new contents)
            self.reflow()
        return handled

    def reflow(self) -> None:
        """Side by side or stacked, whichever the splitter's width allows."""
        wanted = (Qt.Orientation.Horizontal if self.width() >= self.side_by_side_width()
                  else Qt.Orientation.Vertical)
        for pane in self.panes():  # a scroll area would take less than its contents need, and scroll sideways
            if isinstance(pane, QScrollArea):
                pane.setMinimumWidth(needed_width(pane) if wanted == Qt.Orientation.Horizontal else 0)
        if wanted != self.orientation():
            self.setOrientation(wanted)
            self._share_out()
            self.updateGeometry()
        self._fit_heights()

    def _fit_heights(self) -> None:
        """Stacked, each pane is as tall as its contents need at the splitter's width (a splitter asks no
        height for a width, and squashed a pane's wrapped texts and fields); a scroll area shows its contents
        whole, so the page scrolls, not a box inside it. Side by side, the panes take the splitter's height and
        a scroll area scrolls its own contents."""
        stacked = self.orientation() == Qt.Orientation.Vertical
        for pane in self.panes():
            own = self._own_heights.setdefault(id(pane), pane.minimumHeight())
            height = own
            if isinstance(pane, QScrollArea):  # stacked, its own scroll bar would only take width from it
                pane.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if stacked
                                                else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            if stacked and isinstance(pane, QScrollArea):
                height = max(own, needed_height(pane, self.width()))
            elif stacked and pane.hasHeightForWidth():
                height = max(own, pane.heightForWidth(self.width()), pane.minimumSizeHint().height())
            if pane.minimumHeight() != height:
                pane.setMinimumHeight(height)

    def _share_out(self) -> None:
        """Sizes in proportion to the shares (stacked: each pane its own height, in proportion)."""
        panes = [self.widget(i) for i in range(self.count())]
        shares = [self.shares[i] if i < len(self.shares) else 1 for i in range(len(panes))]
        if self.orientation() == Qt.Orientation.Horizontal:
            self.setSizes([1000 * share for share in shares])
        else:
            self.setSizes([max(1, w.sizeHint().height()) if w is not None else 1 for w in panes])
