"""Column widths for tables whose text wraps: the key column (a statement, a title, what to do) gets the room,
the other columns their content's width, narrowed when the table is too small (their text wraps then, and so
do their headers, on whole words: a header is never cut off).

    fit_columns(table, key=1)        # after filling the table and whenever its width changes
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableWidget

KEY_SHARE = 0.45  # the key column gets at least this share of the table's width
KEY_MIN = 160  # ... and at least this many pixels, where there is room
HEADER_PADDING = 14  # the header section's padding (style sheet: 6 px each side) and a little air
CELL_PADDING = 12
MIN_COLUMN = 44
ICON_SPACING = 8  # between a cell's icon and its text, and a little air
LABEL_ROLE = Qt.ItemDataRole.UserRole + 7  # the header's own text, before it was wrapped
WRAPPED_ROLE = Qt.ItemDataRole.UserRole + 8  # the text fit_columns gave the header (its label, wrapped)


def header_label(table: QTableWidget, column: int) -> str:
    item = table.horizontalHeaderItem(column)
    if item is None:
        return ""
    label = item.data(LABEL_ROLE)
    return str(label) if label is not None else item.text()


def wrap_words(text: str, width: int, metrics: QFontMetrics) -> str:
    """`text` broken into lines (on spaces and after hyphens) no wider than `width` where words allow it."""
    words = text.split()
    lines: list[str] = []
    for word in words:
        if lines and metrics.horizontalAdvance(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def _widest_word(text: str, metrics: QFontMetrics) -> int:
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0)


def _widest_cell_word(table: QTableWidget, column: int) -> int:
    """The widest word in the column's cells, with the cell's icon: narrower than that, a cell's text would be
    cut off (step 4's "⚠ Overdue, No owner" showed as "⚠ Over…": the icon's width was not counted)."""
    widest = 0
    icon = table.iconSize().width()
    if icon <= 0:
        icon = table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    metrics: dict[str, QFontMetrics] = {}  # one per font (most cells share one): making them takes a while
    for row in range(table.rowCount()):
        item = table.item(row, column)
        if item is not None and item.text():
            with_icon = 0 if item.icon().isNull() else icon + ICON_SPACING
            font = item.font()
            key = font.key()
            if key not in metrics:
                metrics[key] = QFontMetrics(font)
            widest = max(widest, _widest_word(item.text(), metrics[key]) + with_icon)
    return widest


def share_out(natural: dict[int, int], floor: dict[int, int], budget: int) -> dict[int, int]:
    """Widths for the columns within `budget` pixels: each its natural width where all fit, else the narrow
    ones keep theirs and the wide ones share what is left equally (never below their floor)."""
    widths = dict(natural)
    if sum(natural.values()) <= budget:
        return widths
    left = budget
    pending = sorted(natural, key=lambda c: natural[c])
    while pending:
        fair = left // len(pending)
        column = pending[0]
        if natural[column] <= fair:
            widths[column] = natural[column]
        else:
            for rest in pending:
                widths[rest] = max(floor[rest], fair)
            break
        left -= widths[column]
        pending.pop(0)
    return widths


def fit_columns(table: QTableWidget, key: int, key_share: float = KEY_SHARE) -> None:
    """Size the columns of `table` (see the module's doc). Call again after changing its contents."""
    header = table.horizontalHeader()
    columns = table.columnCount()
    if columns == 0:
        return
    metrics = QFontMetrics(header.font())
    available = table.viewport().width()
    if available <= 0:
        return
    for column in range(columns):  # remember each header's own text before wrapping it, and again when it is
        item = table.horizontalHeaderItem(column)  # set anew (setHorizontalHeaderLabels keeps the header items)
        if item is not None and item.text() not in (item.data(LABEL_ROLE), item.data(WRAPPED_ROLE)):
            if item.data(LABEL_ROLE) is not None and item.toolTip() == item.data(LABEL_ROLE):
                item.setToolTip("")  # the old label, given as the tip of its wrapped header
            item.setData(LABEL_ROLE, item.text())
    others = [c for c in range(columns) if c != key and not table.isColumnHidden(c)]
    natural: dict[int, int] = {}
    floor: dict[int, int] = {}
    for column in others:
        label = header_label(table, column)
        content = table.sizeHintForColumn(column) + CELL_PADDING if table.rowCount() else 0
        natural[column] = max(content, metrics.horizontalAdvance(label) + HEADER_PADDING, MIN_COLUMN)
        words = max(_widest_word(label, metrics) + HEADER_PADDING, _widest_cell_word(table, column) + CELL_PADDING)
        floor[column] = min(natural[column], max(words, MIN_COLUMN))
    key_min = min(max(int(available * key_share), KEY_MIN), available)
    widths = share_out(natural, floor, max(0, available - key_min))
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setSectionResizeMode(key, QHeaderView.ResizeMode.Stretch)
    for column in others:
        label = header_label(table, column)
        item = table.horizontalHeaderItem(column)
        wrapped = label if widths[column] >= natural[column] else wrap_words(label, widths[column] - HEADER_PADDING,
                                                                             metrics)
        if item is not None and item.text() != wrapped:
            item.setData(WRAPPED_ROLE, wrapped)
            item.setText(wrapped)
            if wrapped != label and not item.toolTip():
                item.setToolTip(label)
        if header.sectionSize(column) != widths[column]:
            header.resizeSection(column, widths[column])
