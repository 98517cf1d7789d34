"""The agenda as a table of blocks: clock time, title, step, planned and actual minutes; reorder by dragging.

The list never reorders itself: a drop asks for a move (`move_requested(block_id, new_index)`), the page
writes it to the store and redraws. So what is shown is always what is saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from vzworkshop.ui.style import TABLE_SHEET

CURRENT_MARK = "▶"
CURRENT_BG = QColor("#e3eef6")
ID_ROLE = Qt.ItemDataRole.UserRole
ROWS_IN_VIEW = 5  # blocks in view at the least
ITEM_PADDING = (5, 4)  # a cell's padding (px, above and below, left and right) in the list's style sheet
TITLE_CHARS = 24  # the title column is this many characters wide at the least; longer titles wrap


@dataclass(frozen=True)
class BlockRow:
    """What one row shows (already formatted and translated)."""

    block_id: int
    time: str
    title: str
    step: str
    step_name: str  # tooltip of the step column
    planned: str
    actual: str
    current: bool
    accessible: str


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped titles. A tree view asks its delegate for a row's height without the
    column's width, so the style measures the text on one line and the row stays one line high: a long title
    was drawn cut off with "…". Here the size hint is measured at the column's width inside the cell's padding
    (for the title column only: the others are as wide as their contents, measured against their own width
    they could never grow)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        measured = QStyleOptionViewItem(option)  # the text wraps inside the cell's padding
        width = self._view.header().sectionSize(index.column()) - 2 * ITEM_PADDING[1]
        measured.rect = QRect(0, 0, max(1, width), max(1, option.rect.height()))
        return super().sizeHint(measured, index)


class AgendaList(QTreeWidget):
    COLUMNS = 5
    TIME, TITLE, STEP, PLANNED, ACTUAL = range(5)

    move_requested = Signal(int, int)  # block id, new index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(self.COLUMNS)
        self.setRootIsDecorated(False)
        # A long title wraps onto more lines, never elided ("…"): the facilitator must read the whole of it.
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegateForColumn(self.TITLE, WrappingDelegate(self))
        self.setAlternatingRowColors(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setStyleSheet(f"QTreeView::item {{ padding: {ITEM_PADDING[0]}px {ITEM_PADDING[1]}px; }}" + TABLE_SHEET)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._on_header_section_resized)
        self.invisibleRootItem().setFlags(Qt.ItemFlag.ItemIsDropEnabled | Qt.ItemFlag.ItemIsEnabled)

    def minimumSizeHint(self) -> QSize:
        """The times, steps and minutes whole and room for a title of TITLE_CHARS characters: narrower, the
        list would scroll sideways (the page around it lays out another way: widgets.reflow); ROWS_IN_VIEW
        blocks in view (on a small screen the page scrolls instead)."""
        hint = super().minimumSizeHint()
        header = self.header()
        others = sum(max(self.sizeHintForColumn(c), header.sectionSizeHint(c))
                     for c in range(self.COLUMNS) if c != self.TITLE)
        title = TITLE_CHARS * self.fontMetrics().averageCharWidth()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        first = self.topLevelItem(0)  # a one-line cell: the first row's title may wrap to several lines
        row = (self.sizeHintForIndex(self.indexFromItem(first, self.TIME)).height() if first is not None
               else self.fontMetrics().lineSpacing() + 10)
        rows = header.sizeHint().height() + ROWS_IN_VIEW * row + 2 * self.frameWidth()
        return QSize(max(hint.width(), others + title + bar + 2 * self.frameWidth()), max(hint.height(), rows))

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        """The title column's width decides how many lines a title wraps to: lay the rows out again."""
        if column == self.TITLE:
            self.scheduleDelayedItemsLayout()

    def set_headers(self, labels: list[str]) -> None:
        self.setHeaderLabels(labels)
        for column in (self.PLANNED, self.ACTUAL):
            self.headerItem().setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def set_rows(self, rows: list[BlockRow], select_id: int | None) -> None:
        """Redraw all rows, keeping (or setting) the selection on `select_id`."""
        self.blockSignals(True)
        try:
            self.clear()
            chosen: QTreeWidgetItem | None = None
            for row in rows:
                item = QTreeWidgetItem(self)
                self._fill(item, row)
                if row.block_id == select_id:
                    chosen = item
        finally:
            self.blockSignals(False)
        self.updateGeometry()  # the times and minutes' widths set the minimum width
        if chosen is None and self.topLevelItemCount():
            chosen = self.topLevelItem(0)
        if chosen is not None:
            self.setCurrentItem(chosen)
        else:
            self.currentItemChanged.emit(None, None)

    def update_row(self, row: BlockRow) -> None:
        item = self.item_for(row.block_id)
        if item is not None:
            self._fill(item, row)

    def _fill(self, item: QTreeWidgetItem, row: BlockRow) -> None:
        item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDragEnabled)
        item.setData(0, ID_ROLE, row.block_id)
        marker = f"{CURRENT_MARK} " if row.current else "   "
        texts = (marker + row.time, row.title, row.step, row.planned, row.actual)
        font = QFont(self.font())
        font.setBold(row.current)
        for column, text in enumerate(texts):
            item.setText(column, text)
            item.setFont(column, font)
            item.setBackground(column, QBrush(CURRENT_BG) if row.current else QBrush())
            item.setData(column, Qt.ItemDataRole.AccessibleTextRole, row.accessible)
        item.setToolTip(self.STEP, row.step_name)
        item.setToolTip(self.TITLE, row.title)
        item.setTextAlignment(self.STEP, Qt.AlignmentFlag.AlignCenter)
        for column in (self.PLANNED, self.ACTUAL):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def item_for(self, block_id: int) -> QTreeWidgetItem | None:
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            if item is not None and item.data(0, ID_ROLE) == block_id:
                return item
        return None

    def selected_id(self) -> int | None:
        item = self.currentItem()
        return None if item is None else int(item.data(0, ID_ROLE))

    def block_ids(self) -> list[int]:
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [int(item.data(0, ID_ROLE)) for item in items if item is not None]

    # --- drag and drop ----------------------------------------------------------------------------------

    def drop_index(self, event: QDropEvent) -> int:
        """Where a drop at the event's position would put a row: an index between rows, 0..count."""
        index: QModelIndex = self.indexAt(event.position().toPoint())
        if not index.isValid():
            return self.topLevelItemCount()
        rect = self.visualRect(index)
        below = event.position().y() > rect.center().y()
        return index.row() + (1 if below else 0)

    def dropEvent(self, event: QDropEvent) -> None:
        if event.source() is not self:
            event.ignore()
            return
        moving = self.selected_id()
        if moving is None:
            event.ignore()
            return
        source_row = self.block_ids().index(moving)
        target = self.drop_index(event)
        new_index = target - 1 if source_row < target else target
        # CopyAction: the view must not remove the dragged row itself; the page redraws from the store.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        if new_index != source_row:
            self.move_requested.emit(moving, new_index)
