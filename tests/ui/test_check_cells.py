"""Empty tick boxes in table cells read on a projector: their border has at least 3:1 against the row (WCAG
1.4.11), in plain and alternate rows; in a selected row the white box stands out from the selection colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import TeamMember
from vzworkshop.ui.pages.commit import MANAGER, CommitPage
from vzworkshop.ui.style import light_palette

from .test_accessibility import contrast


def box_edge(table: QTableWidget, image: QImage, row: int) -> tuple[str, str, str]:
    """(the row's background, the box's border, the box's inside) along the middle of the cell's row of pixels:
    the border is the first colour met from the cell's left edge that differs from the background."""
    rect = table.visualRect(table.model().index(row, MANAGER))
    y = rect.center().y()
    ground = image.pixelColor(rect.left() + 2, y).name()
    for x in range(rect.left() + 2, rect.right()):
        colour = image.pixelColor(x, y).name()
        if colour != ground:
            return ground, colour, image.pixelColor(x + 3, y).name()
    raise AssertionError(f"no box in row {row}")


def test_empty_tick_boxes_have_a_border_a_room_can_see(qtbot: QtBot, store: WorkshopStore) -> None:
    for name in ("Ida", "Bo", "Lise", "Amira"):
        store.add(TeamMember(name=name))
    page = CommitPage(store)
    page.setPalette(light_palette())  # the app's colours (app.run gives them to the application)
    page.refresh()
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    table = page.table
    table.setFocus()
    for _ in range(2):  # the keyboard selects a row, an even one: one of each row colour stays to measure
        qtbot.keyClick(table, Qt.Key.Key_Down)
    selected = table.currentRow()
    assert table.item(selected, 0).isSelected()
    image = table.viewport().grab().toImage()
    grounds = set()
    for row in range(4):
        assert table.item(row, MANAGER).checkState() == Qt.CheckState.Unchecked
        ground, border, inside = box_edge(table, image, row)
        if row == selected:
            assert ground == table.palette().color(QPalette.ColorRole.Highlight).name()
            assert contrast(inside, ground) >= 3.0  # the white box on the selection colour
        else:
            grounds.add(ground)
            assert contrast(border, ground) >= 3.0, (row, border, ground)
    assert len(grounds) == 2  # the plain and the alternate row colour both measured
