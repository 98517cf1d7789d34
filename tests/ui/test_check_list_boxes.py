"""Empty tick boxes in check lists read on a projector as those in tables do (step 3's hazards list had
Fusion's pale border, 1.8:1 on white, seen under X); the item's text stays beside its box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from .helpers import open_demo_window
from .test_accessibility import contrast


def box_border(hazards: QListWidget, image: QImage, row: int) -> tuple[str, str, int]:
    """(the row's background, the box's border, where the box's border is) along the middle of the item."""
    rect = hazards.visualRect(hazards.model().index(row, 0))
    y = rect.center().y()
    ground = image.pixelColor(rect.left() + 1, y).name()
    for x in range(rect.left() + 1, rect.right()):
        colour = image.pixelColor(x, y).name()
        if colour != ground:
            return ground, colour, x
    raise AssertionError(f"no box in row {row}")


def test_step_3s_hazard_boxes_have_a_border_a_room_can_see(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_demo_window(qtbot, tmp_path / "demo.vzw", "Demo", "da")
    window.show_step(3)
    hazards = window.page(3).problems.hazards  # type: ignore[attr-defined]
    qtbot.waitUntil(hazards.isVisible)
    for _ in range(40):  # Tab to the hazards, as a user does
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is hazards:
            break
    assert QApplication.focusWidget() is hazards
    image = hazards.viewport().grab().toImage()
    unticked = [row for row in range(hazards.count())
                if hazards.item(row).checkState() == Qt.CheckState.Unchecked and not hazards.item(row).isSelected()]
    assert len(unticked) >= 2
    for row in unticked:
        ground, border, x = box_border(hazards, image, row)
        assert contrast(border, ground) >= 3.0, (row, border, ground)
        text_left = hazards.visualRect(hazards.model().index(row, 0)).left() + 1
        assert x - text_left < 8  # the box first in the row: the text did not move onto it
