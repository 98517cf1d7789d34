"""A tab widget as tall (and wide) as its current tab, not as its largest one.

    size_to_current_tab(tabs)   # once, after adding the tabs

Qt sizes a QTabWidget for the largest of its tabs: a tab stacked for a large font (widgets.reflow) made the
other tabs of the page as tall, their tables stretched over empty screens. The tabs not shown get an ignored
size policy, which the tab widget's stack leaves out of its size hints.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QTabWidget, QWidget


def size_to_current_tab(tabs: QTabWidget) -> None:
    own: dict[int, QSizePolicy] = {}

    def follow(current: int) -> None:
        for index in range(tabs.count()):
            page: QWidget | None = tabs.widget(index)
            if page is None:
                continue
            key = id(page)
            if key not in own:
                own[key] = page.sizePolicy()
            if index == current:
                page.setSizePolicy(own[key])
            else:
                page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            page.updateGeometry()
        tabs.updateGeometry()

    tabs.currentChanged.connect(follow)
    follow(tabs.currentIndex())
