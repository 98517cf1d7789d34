"""Column widths for tables whose text wraps: the key column (a statement, a title, what to do) gets the room,
the other columns their content's width, narrowed when the table is too small (their text wraps then, and so
do their headers, on whole words: a header is never cut off). No column, the key column included, is made
narrower than its widest word: `fit_columns` returns the width the table needs for that, which the table gives
as its minimum width (plan_common.RecordTable), so a layout that cannot give it lays out another way (a
widgets.reflow.ReflowSplitter stacks its halves) instead of cutting a word. The one exception, asked for with
`header_chars`: a header word longer than that many characters may be shortened ("Opfølgnin…") where the table
has no room for it, the whole label in the header's tip (step 5's rounds, named by the facilitator).

    needed = fit_columns(table, key=1)   # after filling the table and whenever its width changes
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableWidget

KEY_SHARE = 0.45  # the key column gets at least this share of the table's width
KEY_CHARS = 12  # ... and at least this many average characters (a few words a line), wherever it is
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


def wrap_words(text: str, width: int, metrics: QFontMetrics, shorten: bool = False) -> str:
    """`text` broken into lines (on spaces and after hyphens) no wider than `width` where words allow it;
    with `shorten`, a word wider than `width` ends in "…" instead."""
    words = words_of(text)
    if shorten:
        words = [metrics.elidedText(word, Qt.TextElideMode.ElideRight, width) for word in words]
    lines: list[str] = []
    for word in words:
        if lines and metrics.horizontalAdvance(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def words_of(text: str) -> list[str]:
    """The words a cell's text wraps between: a no-break space (“10\u00a0%”) holds its neighbours together."""
    return [word for word in re.split(r"[ \t\n]+", text) if word]


def _widest_word(text: str, metrics: QFontMetrics) -> int:
    return max((metrics.horizontalAdvance(word) for word in words_of(text)), default=0)


def _widest_cell_word(table: QTableWidget, column: int) -> int:
    """The widest word in the column's cells, with the cell's icon: narrower than that, a cell's text would be
    cut off (step 4's "⚠ Overdue, No owner" showed as "⚠ Over…": the icon's width was not counted); a widget
    in a cell counts with its minimum width."""
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
        widget = table.cellWidget(row, column)  # a chart in a cell (step 2's answer bars): its minimum width
        if widget is not None:
            widest = max(widest, widget.minimumSizeHint().width() - CELL_PADDING)
    return widest


def share_out(natural: dict[int, int], floor: dict[int, int], budget: int) -> dict[int, int]:
    """Widths for the columns within `budget` pixels: each its natural width where all fit, else the narrow
    ones keep theirs and the wide ones share what is left equally, never below their floor (a column held at
    its floor leaves the others less, so the total stays within `budget` wherever the floors allow)."""
    widths = dict(natural)
    if sum(natural.values()) <= budget:
        return widths
    left = budget
    pending = sorted(natural, key=lambda c: natural[c])
    while pending:
        fair = left // len(pending)
        held = [c for c in pending if floor[c] >= fair] or [c for c in pending if natural[c] <= fair]
        if not held:
            for column in pending:
                widths[column] = fair
            break
        for column in held:
            widths[column] = floor[column] if floor[column] >= fair else natural[column]
            left -= widths[column]
            pending.remove(column)
    return widths


def key_floor(table: QTableWidget, key: int, metrics: QFontMetrics, key_chars: int = KEY_CHARS) -> int:
    """The key column's narrowest width: its widest word (of a cell or of its header) whole, and room for
    `key_chars` characters a line."""
    words = max(_widest_word(header_label(table, key), metrics) + HEADER_PADDING,
                _widest_cell_word(table, key) + CELL_PADDING)
    return max(words, MIN_COLUMN, key_chars * QFontMetrics(table.font()).averageCharWidth())


def fit_columns(table: QTableWidget, key: int, key_share: float = KEY_SHARE, key_chars: int = KEY_CHARS,
                header_chars: int = 0) -> int:
    """Size the columns of `table` (see the module's doc). Call again after changing its contents. Returns the
    width the columns need at the least (each its widest word), 0 before the table has a width. With
    `header_chars`, a column (not the key column) may be as narrow as that many characters of its header's
    widest word, the rest of the word cut off with "…"."""
    header = table.horizontalHeader()
    columns = table.columnCount()
    if columns == 0:
        return 0
    metrics = QFontMetrics(header.font())
    available = table.viewport().width()
    if available <= 0:
        return 0
    for column in range(columns):  # remember each header's own text before wrapping it, and again when it is
        item = table.horizontalHeaderItem(column)  # set anew (setHorizontalHeaderLabels keeps the header items)
        if item is not None and item.text() not in (item.data(LABEL_ROLE), item.data(WRAPPED_ROLE)):
            if item.data(LABEL_ROLE) is not None and item.toolTip() == item.data(LABEL_ROLE):
                item.setToolTip("")  # the old label, given as the tip of its wrapped header
            item.setData(LABEL_ROLE, item.text())
    others = [c for c in range(columns) if c != key and not table.isColumnHidden(c)]
    cap = header_chars * metrics.averageCharWidth() if header_chars else None
    natural: dict[int, int] = {}
    floor: dict[int, int] = {}
    for column in others:
        label = header_label(table, column)
        content = table.sizeHintForColumn(column) + CELL_PADDING if table.rowCount() else 0
        natural[column] = max(content, metrics.horizontalAdvance(label) + HEADER_PADDING, MIN_COLUMN)
        header_word = _widest_word(label, metrics) if cap is None else min(_widest_word(label, metrics), cap)
        words = max(header_word + HEADER_PADDING, _widest_cell_word(table, column) + CELL_PADDING)
        floor[column] = min(natural[column], max(words, MIN_COLUMN))
    narrowest_key = key_floor(table, key, metrics, key_chars)
    key_min = max(min(int(available * key_share), available), narrowest_key)
    widths = share_out(natural, floor, max(0, available - key_min))
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setSectionResizeMode(key, QHeaderView.ResizeMode.Stretch)
    widths[key] = max(0, available - sum(widths[c] for c in others))  # what the stretching key column gets
    natural[key] = metrics.horizontalAdvance(header_label(table, key)) + HEADER_PADDING
    for column in [key, *others]:
        label = header_label(table, column)
        item = table.horizontalHeaderItem(column)
        wrapped = label if widths[column] >= natural[column] else wrap_words(
            label, widths[column] - HEADER_PADDING, metrics, shorten=cap is not None and column != key)
        if item is not None and item.text() != wrapped:
            item.setData(WRAPPED_ROLE, wrapped)
            item.setText(wrapped)
            if wrapped != label and not item.toolTip():
                item.setToolTip(label)
        if column != key and header.sectionSize(column) != widths[column]:
            header.resizeSection(column, widths[column])
    return narrowest_key + sum(floor.values())
