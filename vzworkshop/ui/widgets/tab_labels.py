"""Tab labels that fit: each tab's full label where all of them fit the tab widget's width, its short label
where they do not (a large font, a small screen), so the tab bar shows every tab whole instead of hiding some
behind scroll arrows. The full label is always the tab's tool tip.

    fit_tab_labels(tabs, [(self.tr("Agreed levels and discussion"), self.tr("Discussion")), ...])
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTabWidget


class _TabLabels(QObject):
    def __init__(self, tabs: QTabWidget, labels: Sequence[tuple[str, str]]) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.labels = list(labels)
        for index, (full, _short) in enumerate(self.labels):
            tabs.setTabToolTip(index, full)
        tabs.installEventFilter(self)
        self.fit()

    def needed(self, short: bool) -> int:
        """The tab bar's width with the full (or short) labels."""
        bar = self.tabs.tabBar()
        metrics = bar.fontMetrics()
        total = 0
        for index, (full, brief) in enumerate(self.labels):
            padding = bar.tabSizeHint(index).width() - metrics.horizontalAdvance(bar.tabText(index))
            total += padding + metrics.horizontalAdvance(brief if short else full)
        return total

    def fit(self) -> None:
        short = self.needed(short=False) > self.tabs.width()
        for index, (full, brief) in enumerate(self.labels):
            text = brief if short else full
            if self.tabs.tabText(index) != text:
                self.tabs.setTabText(index, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tabs and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self.fit()
        return False


def fit_tab_labels(tabs: QTabWidget, labels: Sequence[tuple[str, str]]) -> None:
    """Give the tabs of `tabs` (in order) their full or short labels, whichever fit; again on every resize."""
    _TabLabels(tabs, labels)
