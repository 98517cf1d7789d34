"""Small building blocks shared by the pages of steps 3-5: tables of records, choice combos, optional dates."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QMessageBox,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from vzworkshop.core.formatting import date as format_date
from vzworkshop.ui.labels import date_edit_format
from vzworkshop.ui.style import TABLE_SHEET, section_title
from vzworkshop.ui.translate import tr
from vzworkshop.ui.widgets.columns import KEY_CHARS, KEY_SHARE, fit_columns
from vzworkshop.ui.widgets.dates import DateEdit
from vzworkshop.ui.widgets.fitted_combo import FittedCombo

ID_ROLE = Qt.ItemDataRole.UserRole
NO_DATE = QDate(2000, 1, 1)


def subheading(text: str) -> QLabel:
    """A section title (the app's one style for sections: `style.section_title`)."""
    return section_title(text)


def hint(text: str) -> QLabel:
    """A one-line explanation in a quieter style (still readable: not tiny, not low contrast)."""
    label = QLabel(text)
    label.setWordWrap(True)
    font = QFont(label.font())
    font.setItalic(True)
    label.setFont(font)
    return label


class RecordTable(QTableWidget):
    """The key column (`key`) gets the room, the others their content's width (`columns.fit_columns`); rows
    grow to show wrapped text whenever the columns change width (splitters, window size, new contents). Its
    minimum width keeps every column's widest word whole (a large font: the layout around it must give way)."""

    def __init__(self, columns: int, key: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(0, columns, parent)
        self.setStyleSheet(TABLE_SHEET)
        self.key = key
        self.key_chars = KEY_CHARS  # the key column is never narrower than this many characters
        self.key_share = KEY_SHARE  # ... nor than this share of the table's width
        self.header_chars = 0  # > 0: a longer header word may be cut ("…") where there is no room for it
        self._fit = QTimer(self)
        self._fit.setSingleShot(True)
        self._fit.setInterval(0)
        self._fit.timeout.connect(self.fit)
        self._fitting = False  # while fitting, its own column changes ask for no second fit
        self._columns_width = 0  # what the columns need at the least (fit_columns)
        self.rows_in_view = 0  # never squashed below this many whole rows (the page scrolls instead); 0: no rule
        self._rows_height = 0  # the height that shows them, header and frame included
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        self.horizontalHeader().setHighlightSections(False)  # a selected row made every header bold: wider

    def fit(self) -> None:
        """Size the columns to the table's width and contents, then the rows to their wrapped text."""
        self._fitting = True
        try:
            needed = fit_columns(self, self.key, key_share=self.key_share, key_chars=self.key_chars,
                                 header_chars=self.header_chars)
        finally:
            self._fitting = False
        if needed and needed != self._columns_width:
            self._columns_width = needed
            self.updateGeometry()
        self.resizeRowsToContents()
        self._keep_rows_in_view()

    def _keep_rows_in_view(self) -> None:
        rows = min(self.rows_in_view, self.rowCount())
        height = 0
        if rows > 0:
            header = self.horizontalHeader()
            header_height = 0 if header.isHidden() else max(header.height(), header.sizeHint().height())
            height = header_height + sum(self.rowHeight(row) for row in range(rows)) + 2 * self.frameWidth()
        if height != self._rows_height:
            self._rows_height = height
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        height = max(hint.height(), self._rows_height)
        if not self._columns_width:
            return QSize(hint.width(), height)
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return QSize(max(hint.width(), self._columns_width + scroll_bar + 2 * self.frameWidth()), height)

    def _section_resized(self, index: int, old: int, new: int) -> None:
        if not self._fitting:  # the user dragged a column, or the key column followed a new width
            self._fit.start()

    def refit(self) -> None:
        """Fit again once the event loop runs (after new contents)."""
        self._fit.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit.start()


ROW_PADDING = 10  # a table row's padding around its text (style.TABLE_SHEET) and a little air
HEADER_LINES = 2  # fit_columns wraps a narrow column's header onto two lines


def show_rows(view: QAbstractItemView, rows: int, lines: int = 1) -> None:
    """Never squash `view` below `rows` rows of `lines` lines (and its header): on a small screen the page
    scrolls instead (widgets/page_scroll.py), and a table keeps enough rows in view to compare them."""
    line = view.fontMetrics().lineSpacing()
    height = rows * (lines * line + ROW_PADDING) + 2 * view.frameWidth() + 4
    if isinstance(view, QTableWidget) and not view.horizontalHeader().isHidden():
        height += HEADER_LINES * line + 14
    view.setMinimumHeight(height)


class _WrappedHeight(QObject):
    """Keeps a word-wrapped label at least as tall as its text at its width (layouts inside splitters and
    scroll areas ask a label's height without its width, and squash a wrapped text onto its neighbours)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel) and watched.wordWrap():
            kept = watched.minimumHeight()
            watched.setMinimumHeight(0)  # a label's heightForWidth is never below its minimum: widened, the
            needed = watched.heightForWidth(watched.width())  # text kept the lines it had when narrow
            watched.setMinimumHeight(kept)
            if needed > 0 and needed != watched.minimumHeight():
                watched.setMinimumHeight(needed)
        return False


def keep_wrapped_heights(root: QWidget) -> None:
    """Every word-wrapped label under `root` keeps the height its text needs (see `_WrappedHeight`)."""
    guard = _WrappedHeight(root)
    for label in root.findChildren(QLabel):
        if label.wordWrap():
            label.installEventFilter(guard)


def record_table(headers: Sequence[str], name: str, stretch: int = 1) -> RecordTable:
    """A read-only table of records: one row per record, the record's id on column 0 (ID_ROLE). Column
    `stretch` is the key column: it gets the room (at least `columns.KEY_SHARE` of the width)."""
    table = RecordTable(len(headers), stretch)
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the next field
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    fit_columns(table, stretch)
    return table


def cell_date(value: str, language: str) -> str:
    """A date for a table cell: "23 Dec 2026" on one line however narrow the column (no-break spaces)."""
    return format_date(value, language, "–").replace(" ", "\u00a0")


def fill_table(table: QTableWidget, rows: Sequence[tuple[int | None, Sequence[str]]],
               tips: Sequence[Sequence[str]] | None = None) -> None:
    """Replace the rows, keeping the selected record selected (by id) where it still exists."""
    keep = selected_id(table)
    table.blockSignals(True)
    try:
        table.setRowCount(len(rows))
        for r, (rec_id, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(ID_ROLE, rec_id)
                if tips is not None and tips[r][c]:
                    item.setToolTip(tips[r][c])
                table.setItem(r, c, item)
        if isinstance(table, RecordTable):
            table.refit()
        table.resizeRowsToContents()
    finally:
        table.blockSignals(False)
    if keep is not None:
        select_id(table, keep, notify=False)


def selected_id(table: QTableWidget) -> int | None:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    value = item.data(ID_ROLE) if item is not None else None
    return int(value) if value is not None else None


def select_id(table: QTableWidget, rec_id: int | None, notify: bool = True) -> bool:
    for r in range(table.rowCount()):
        item = table.item(r, 0)
        if item is not None and item.data(ID_ROLE) == rec_id:
            if not notify:
                table.blockSignals(True)
                table.selectionModel().blockSignals(True)
            try:
                table.selectRow(r)
                table.setCurrentCell(r, 0)
            finally:
                if not notify:
                    table.blockSignals(False)
                    table.selectionModel().blockSignals(False)
            return True
    return False


def shortcut(parent: QWidget, keys: str | QKeySequence.StandardKey, slot: Callable[[], None],
             context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QShortcut:
    sc = QShortcut(QKeySequence(keys), parent)
    sc.setContext(context)
    sc.activated.connect(slot)
    return sc


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before deleting; No is the default so an Enter too many deletes nothing."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


class ChoiceCombo(QComboBox):
    """A combo of (label, value) choices; `value()` and `set_value()` (which does not emit)."""

    def __init__(self, choices: Sequence[tuple[str, object]], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.set_choices(choices)

    def set_choices(self, choices: Sequence[tuple[str, object]]) -> None:
        current = self.value() if self.count() else None
        self.blockSignals(True)
        self.clear()
        for label, value in choices:
            self.addItem(label, value)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> object:
        return self.currentData()

    def set_value(self, value: object) -> None:
        self.blockSignals(True)
        index = next((i for i in range(self.count()) if self.itemData(i) == value), 0)
        self.setCurrentIndex(index)
        self.blockSignals(False)


class FittedChoiceCombo(ChoiceCombo, FittedCombo):
    """A ChoiceCombo of the users' own texts (any length): as wide as its current choice where its row has room,
    otherwise shortened with "…" and the whole text in its tooltip and accessible description (FittedCombo)."""


class OptionalDate(DateEdit):
    """A date that may be empty ("no date"): the earliest date stands for none."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(tr("No date"))
        self.setDisplayFormat(date_edit_format())
        self.setDate(NO_DATE)

    def iso(self) -> str:
        day = self.date()
        return "" if day == NO_DATE else day.toString("yyyy-MM-dd")

    def set_iso(self, text: str) -> None:
        self.blockSignals(True)
        try:
            day = datetime.date.fromisoformat(text) if text else None
        except ValueError:
            day = None
        self.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        self.blockSignals(False)


def score_choices(kind: str) -> list[tuple[str, object]]:
    """Choices for the 1-5 scores of a problem, with their meaning at both ends."""
    if kind == "ease":
        ends = {1: tr("1 – very hard"), 5: tr("5 – very easy")}
    else:
        ends = {1: tr("1 – small"), 5: tr("5 – very large")}
    return [(tr("Not scored"), None)] + [(ends.get(n, str(n)), n) for n in range(1, 6)]


def solution_choices() -> list[tuple[str, object]]:
    return [(tr("Unknown"), None), (tr("Yes"), True), (tr("No"), False)]


def solution_text(value: bool | None) -> str:
    return {True: tr("Yes"), False: tr("No"), None: tr("Unknown")}[value]


def status_names() -> dict[str, str]:
    return {"planned": tr("Planned"), "in_progress": tr("In progress"), "done": tr("Done"),
            "dropped": tr("Dropped")}


def horizon_names() -> dict[str, str]:
    return {"short": tr("Short term"), "medium": tr("Medium term"), "long": tr("Long term")}

