"""Drop-downs, date fields and tab bars wear the focus ring too (Fusion marks their focus with 1 px at most, a
tab bar's not at all), whole even where they reach the edge of a page's scroll area (step 4's action form)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QPushButton,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from vzworkshop.ui import style
from vzworkshop.ui.widgets import focus_ring

from .helpers import open_demo_window
from .test_focus_ring import MID, ringed, tab_to_button


def test_step_4s_drop_down_and_date_field_are_ringed_whole(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_demo_window(qtbot, tmp_path / "demo.vzw", "Demo", "da")
    window.show_step(4)
    qtbot.waitUntil(lambda: window.page(4).isVisible())
    status = tab_to_button(qtbot, QComboBox, steps=60)  # type: ignore[arg-type]
    assert ringed(status)
    due = tab_to_button(qtbot, QAbstractSpinBox, steps=20)  # type: ignore[arg-type]
    assert ringed(due)  # its right edge is the form's: the ring's right side used to be cut off there


def ring_round(bar: QTabBar) -> QRect:
    """The ring's rectangle in `bar`'s coordinates."""
    rings = QApplication.style().focus_rings  # type: ignore[attr-defined]
    ring = rings.ring
    assert ring is not None and ring.isVisible()
    return QRect(bar.mapFrom(ring.parentWidget(), ring.pos()), ring.size())


def test_step_5s_tab_bar_rings_its_current_tab_and_follows_the_arrow_keys(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_demo_window(qtbot, tmp_path / "demo.vzw", "Demo", "da")
    window.show_step(5)
    qtbot.waitUntil(lambda: window.page(5).isVisible())
    bar = tab_to_button(qtbot, QTabBar, steps=60)  # type: ignore[arg-type]
    assert isinstance(bar, QTabBar)
    first = bar.currentIndex()
    margin = focus_ring.MARGIN
    assert ring_round(bar) == bar.tabRect(first).adjusted(-margin, -margin, margin, margin)  # not the whole bar
    image = window.grab().toImage()
    top = bar.mapTo(window, bar.tabRect(first).center())
    assert image.pixelColor(top.x(), top.y() - bar.tabRect(first).height() // 2 - MID).name() == style.FOCUS_COLOUR
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert bar.currentIndex() == first + 1
    assert ring_round(bar) == bar.tabRect(first + 1).adjusted(-margin, -margin, margin, margin)



def test_a_ring_gone_with_its_dialog_leaves_every_control_it_was_on_usable(qtbot: QtBot) -> None:
    """Qt's QFocusFrame did the ring's job at first; through PySide it tied the wrappers of a control's Qt-made
    parts to the frame, and when the frame went with a closed dialog, step 3's indicator field raised
    "Internal C++ object already deleted" at the next action chosen."""
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    combo = QComboBox()
    combo.setEditable(True)
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "1")
    column.addWidget(combo)
    column.addWidget(tabs)
    window.show()
    line, bar = combo.lineEdit(), tabs.tabBar()
    assert line is not None
    rings = focus_ring.FocusRings()
    ring = rings._ring()
    ring.set_target(combo)
    ring.set_target(bar)
    dialog = QDialog()
    button = QPushButton("OK", dialog)
    dialog.show()
    ring.set_target(button)
    assert ring.parentWidget() is dialog
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(ring)  # it went with the dialog
    assert isValid(line) and isValid(bar) and isValid(combo)
    line.setText("Antal møder")  # usable, as the action editor uses it
    assert combo.currentText() == "Antal møder"
    rings.follow(None, None)  # a dead ring is left alone, and a new one made when needed
    assert rings._ring() is not ring
