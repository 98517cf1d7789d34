"""Check boxes in table cells that stay dark and clear in a selected row.

The tables' sheet (style.TABLE_SHEET) gives the focused cell of a selected row white text on the selection
colour; Qt draws a cell's check box with that text colour, so a ticked box there was a pale grey tick on white
(seen in step 1's 'Leder' column). `CheckCellDelegate` draws the cell as before without its box, then the box
with the app's own dark text on white, whatever the row's state, and a border of its own: Fusion's pale grey
one (about 2:1 on white) left an empty box in an unselected row faint on a projector. `CHECK_BORDER` has at
least 3:1 (WCAG 1.4.11) against both row colours; in a selected row the white box itself stands out. Check
lists (step 3's hazards) use it too: an item with text is drawn as Qt draws it, then its box over Fusion's.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from vzworkshop.ui.style import BASE, MUTED, TEXT

CHECK_BORDER = MUTED  # 5:1 on white rows, 4.8:1 on the alternate rows' colour

HAS_CHECK = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator


class CheckCellDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if not opt.features & HAS_CHECK:
            super().paint(painter, option, index)
            return
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        box = QStyleOptionViewItem(opt)
        box.rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, widget)
        if opt.text:  # a check list's item: drawn whole, its text beside the box; the box is drawn over below
            super().paint(painter, option, index)
        else:
            opt.features = opt.features & ~HAS_CHECK  # the cell: its ground, selection and focus frame
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        state = box.state & ~(QStyle.StateFlag.State_On | QStyle.StateFlag.State_Off | QStyle.StateFlag.State_NoChange
                              | QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected)
        checked = {Qt.CheckState.Checked: QStyle.StateFlag.State_On,
                   Qt.CheckState.PartiallyChecked: QStyle.StateFlag.State_NoChange}
        box.state = state | checked.get(box.checkState, QStyle.StateFlag.State_Off)
        palette = QPalette(box.palette)
        for role, colour in ((QPalette.ColorRole.Text, TEXT), (QPalette.ColorRole.WindowText, TEXT),
                             (QPalette.ColorRole.Base, BASE), (QPalette.ColorRole.Window, BASE)):
            palette.setColor(role, QColor(colour))
        box.palette = palette
        # drawn by the app's style itself, not through the table's sheet (which would colour it white again)
        QApplication.style().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, box, painter,
                                           widget)
        painter.save()  # over Fusion's pale border, on the same pixels (Fusion draws it half a pixel in)
        painter.setPen(QPen(QColor(CHECK_BORDER), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.translate(0.5, 0.5)
        painter.drawRect(box.rect.adjusted(0, 0, -1, -1))
        painter.restore()
