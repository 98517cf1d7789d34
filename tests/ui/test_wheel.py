"""The mouse wheel scrolls the page over fields it passes; it changes only the field the user has focused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTabBar,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.pages.commit import CommitPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, harmless


def wheel(widget: QWidget, steps: int = -1) -> None:
    """One notch of the wheel (negative: towards the user, i.e. scroll down) over the middle of `widget`."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


class ScrolledPage(QScrollArea):
    """A page taller than its window, with one of each guarded kind of field on it."""

    def __init__(self) -> None:
        super().__init__()
        inner = QWidget()
        column = QVBoxLayout(inner)
        self.combo = QComboBox()
        self.combo.addItems([f"Level {n}" for n in range(6)])
        self.combo.setCurrentIndex(2)
        self.editable = QComboBox()
        self.editable.setEditable(True)
        self.editable.addItems(["a", "b", "c"])
        self.spin = QSpinBox()
        self.spin.setValue(5)
        self.date = QDateEdit()
        self.tabs = QTabBar()
        for name in ("One", "Two", "Three"):
            self.tabs.addTab(name)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setValue(50)
        self.fields = [self.combo, self.editable, self.spin, self.date, self.tabs, self.slider]
        for field in self.fields:
            column.addWidget(field)
            column.addSpacing(400)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.resize(500, 400)


def values(page: ScrolledPage) -> list[object]:
    return [page.combo.currentIndex(), page.editable.currentIndex(), page.spin.value(), page.date.date(),
            page.tabs.currentIndex(), page.slider.value()]


def test_the_wheel_over_unfocused_fields_scrolls_the_page_and_changes_nothing(qtbot: QtBot) -> None:
    page = ScrolledPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    before = values(page)
    bar = page.verticalScrollBar()
    assert bar.maximum() > 0
    for field in page.fields:
        assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a click focuses; the wheel never does
        position = bar.value()
        wheel(field)
        assert bar.value() > position, type(field).__name__
    assert values(page) == before


def test_a_focused_field_takes_the_wheel(qtbot: QtBot) -> None:
    page = ScrolledPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.combo.setFocus(Qt.FocusReason.MouseFocusReason)  # (a click would open its list: not offscreen)
    qtbot.waitUntil(page.combo.hasFocus)
    position = page.verticalScrollBar().value()
    wheel(page.combo)
    assert page.combo.currentIndex() == 3
    assert page.verticalScrollBar().value() == position
    page.spin.setFocus()
    wheel(page.spin, +1)
    assert page.spin.value() == 6


def test_the_team_gender_count_in_step_1_is_not_changed_by_scrolling(window: WorkshopWindow,
                                                                       qtbot: QtBot) -> None:
    page = window.page(1)
    assert isinstance(page, CommitPage)
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    page.men.setValue(3)
    page.committed_by.setFocus()
    wheel(page.men)
    assert page.men.value() == 3
    assert bar.value() > 0
    qtbot.mouseClick(page.men, Qt.MouseButton.LeftButton)
    assert page.men.hasFocus()
    wheel(page.men, +1)
    assert page.men.value() == 4
