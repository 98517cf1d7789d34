"""Check boxes and radio buttons have edges a room can see (WCAG 1.4.11: 3:1 for parts of a control): Fusion
drew them in #c1c2c4 on the white box, 1.8:1 (step 2's "Skjul resultaterne ...", the export dialog's choices)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QRadioButton, QStyle, QStyleOptionButton
from pytestqt.qtbot import QtBot

from vzworkshop.ui import style
from vzworkshop.ui.style import apply_style

from .helpers import open_demo_window
from .test_accessibility import contrast


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[None]:
    """The palettes app.run gives (apply_style), the test's own palettes back after."""
    saved = qapp.palette()
    saved_boxes = {kind: QApplication.palette(kind) for kind in ("QCheckBox", "QRadioButton")}  # type: ignore[call-overload]
    apply_style(qapp)
    yield
    qapp.setPalette(saved)
    for kind, palette in saved_boxes.items():
        QApplication.setPalette(palette, kind)  # type: ignore[arg-type]


def edge_contrast(button: QAbstractButton) -> float:
    """The contrast of the darkest pixel of the box's edge (the indicator's outer ring) with the white inside."""
    option = QStyleOptionButton()
    option.initFrom(button)
    element = (QStyle.SubElement.SE_CheckBoxIndicator if isinstance(button, QCheckBox)
               else QStyle.SubElement.SE_RadioButtonIndicator)
    box = button.style().subElementRect(element, option, button)
    image = button.window().grab().toImage()
    origin = button.mapTo(button.window(), QPoint(0, 0))
    edge = [image.pixelColor(origin.x() + box.left() + dx, origin.y() + box.center().y()).name() for dx in range(3)]
    return max(contrast(colour, style.BASE) for colour in edge)


def test_step_2s_check_box_and_the_export_dialogs_radio_buttons_have_visible_edges(
        qtbot: QtBot, tmp_path: Path, app_palette: None) -> None:
    window = open_demo_window(qtbot, tmp_path / "demo.vzw", "Demo", "da")
    window.show_step(2)
    qtbot.waitUntil(lambda: window.page(2).isVisible())
    boxes = [b for b in window.page(2).findChildren(QCheckBox) if b.isVisible()]
    assert boxes, "step 2 shows a check box"
    assert edge_contrast(boxes[0]) >= 3.0
    dialog = window.export()
    qtbot.waitUntil(dialog.isVisible)
    radios = [r for r in dialog.findChildren(QRadioButton) if r.isVisible() and not r.isChecked()]
    assert radios and edge_contrast(radios[0]) >= 3.0
    dialog.reject()
    disabled = QPalette.ColorGroup.Disabled, QPalette.ColorRole.Window  # stays faint, as disabled controls do
    boxes_palette = QApplication.palette("QCheckBox")  # type: ignore[call-overload]
    assert boxes_palette.color(*disabled) == QApplication.palette().color(*disabled)
