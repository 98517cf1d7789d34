"""Results of a round on the facilitator's screen: the average on the staircase and, per statement, the
average, the answers as bars, don't-know count and spread; sortable; per group where groups are large
enough; with an earlier round's averages beside them. Every figure comes from a `RoundResult`, so the
threshold rule has been applied before anything reaches this view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vzworkshop.core.content import MethodContent
from vzworkshop.core.results import COMPARISON, PROTECTS, GroupResult, RoundResult
from vzworkshop.core.scoring import ItemStats, TallyStats
from vzworkshop.ui.widgets.bars import AnswerBars
from vzworkshop.ui.widgets.flow import FlowLayout, pair
from vzworkshop.ui.widgets.plan_common import RecordTable
from vzworkshop.ui.widgets.staircase import StaircaseChart, answers_count, describe_mean, format_number

ALL = ""  # the view-combo key of the whole round
ROWS_IN_VIEW = 4  # statements in view at the least (the page scrolls instead of squashing the table)
COLUMNS = 6
SORT_ITEM, SORT_MEAN, SORT_SPREAD = 0, 1, 2


class ResultsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: RoundResult | None = None
        self.previous: RoundResult | None = None
        self.content: MethodContent | None = None
        self.language = "da"

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.summary.setFont(font)
        self.chart = StaircaseChart()
        self.chart.setMinimumHeight(120)
        self.chart.setMaximumHeight(180)

        self.view = QComboBox()
        self.view.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # its groups come later
        self.view.setAccessibleName(self.tr("Show results for"))
        self.view.currentIndexChanged.connect(self._render)
        self.sort = QComboBox()
        self.sort.setAccessibleName(self.tr("Sort statements by"))
        self.sort.addItem(self.tr("Statement order"), SORT_ITEM)
        self.sort.addItem(self.tr("Average, lowest first"), SORT_MEAN)
        self.sort.addItem(self.tr("Disagreement, largest first"), SORT_SPREAD)
        self.sort.currentIndexChanged.connect(self._render)
        view_label = QLabel(self.tr("Show resu&lts for:"))
        view_label.setBuddy(self.view)
        sort_label = QLabel(self.tr("&Sort by:"))
        sort_label.setBuddy(self.sort)
        controls = FlowLayout()  # the sort on a line of its own where both do not fit (a large font)
        controls.addWidget(pair(view_label, self.view))
        controls.addWidget(pair(sort_label, self.sort))

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #7a4b00; font-weight: bold;")
        self.table = RecordTable(COLUMNS, key=0)  # no column narrower than its widest word (or the bars)
        self.table.rows_in_view = ROWS_IN_VIEW
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside it
        self.table.setAccessibleName(self.tr("Results per statement"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Statement"), self.tr("Average"), self.tr("Earlier"), self.tr("Distribution (1-5, don't know)"),
            self.tr("Don't know"), self.tr("Spread"),
        ])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setToolTip(self.tr("Spread is the standard deviation of the 1-5 answers: the larger it is, the "
                                  "more people disagree."))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart)
        layout.addLayout(controls)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)

    # --- input ------------------------------------------------------------------------------------------

    def show_result(self, result: RoundResult | None, previous: RoundResult | None, content: MethodContent,
                    language: str) -> None:
        self.result = result
        self.previous = previous
        self.content = content
        self.language = language
        self.chart.set_levels(content.levels, language)
        chosen = self.view.currentData()
        self.view.blockSignals(True)
        self.view.clear()
        self.view.addItem(self.tr("All participants"), ALL)
        if result is not None:
            for group in result.groups:
                if group.withheld:
                    text = f"{group.name}: {self.why_withheld(group, result.min_group_size, short=True)}"
                else:
                    text = self.tr("{name} (%n answer(s))", None, group.respondents or 0).format(name=group.name)
                self.view.addItem(text, group.name)
        index = self.view.findData(chosen) if chosen is not None else 0
        self.view.setCurrentIndex(max(0, index))
        self.view.setEnabled(self.view.count() > 1)
        self.view.blockSignals(False)
        self._render()

    # --- output -----------------------------------------------------------------------------------------

    def _stats_for(self, result: RoundResult | None, group: str) -> TallyStats | None:
        if result is None:
            return None
        if group == ALL:
            return result.stats
        found = next((g for g in result.groups if g.name == group), None)
        return found.stats if found else None

    def selected_stats(self) -> TallyStats | None:
        return self._stats_for(self.result, self.view.currentData() or ALL)

    def _render(self) -> None:
        content = self.content
        if content is None:
            return
        result = self.result
        group = self.view.currentData() or ALL
        stats = self._stats_for(result, group)
        earlier = self._stats_for(self.previous, group)
        chosen = next((g for g in result.groups if g.name == group), None) if result is not None else None
        if result is None:
            self.summary.setText(self.tr("No round yet. Start one with \"New round\"."))
        elif chosen is not None:  # one group: the line describes what the chart and the table show
            self.summary.setText(self._group_summary(chosen, stats, content, result.min_group_size))
        elif result.held_back:
            waits = self.tr("{answers}. The results wait for %n more answer(s), so that no one's answers can be "
                            "worked out by comparing them with the results shown before.", None, result.missing)
            self.summary.setText(waits.format(answers=answers_count(result.respondents)))
        elif result.withheld:
            shown_from = self.tr("{answers}. Results are shown from %n answers on.", None, result.min_group_size)
            self.summary.setText(shown_from.format(answers=answers_count(result.respondents)))
        else:
            mean = result.overall_mean
            text = answers_count(result.respondents) + "."
            if mean is not None:
                text += " " + describe_mean(mean, content.levels, self.language) + "."
            prev_mean = self.previous.overall_mean if self.previous else None
            if self.previous is not None and prev_mean is not None:
                text += " " + describe_mean(prev_mean, content.levels, self.language, self.previous.name) + "."
            self.summary.setText(text)
        overall = stats.overall_mean if stats else None
        previous_overall = earlier.overall_mean if earlier else None
        self.chart.set_mean(overall, previous_overall, self.previous.name if self.previous else "")
        if result is not None and group != ALL and stats is None:
            if chosen is not None and chosen.withheld:
                self.notice.setText(self.tr("The results of this group are {why}.").format(
                    why=self.why_withheld(chosen, result.min_group_size)))
            else:
                self.notice.setText(self.tr("The results of this group are withheld: fewer than %n answers, or "
                                            "they could be worked out from the other groups.", None,
                                            result.min_group_size))
            self.notice.show()
        else:
            self.notice.hide()
        self._fill_table(stats, earlier)

    def why_withheld(self, group: GroupResult, min_size: int, short: bool = False) -> str:
        """Why the group's figures are withheld, in the group's own words (not always 'too few answers');
        `short`: for the list of groups (the summary under it gives the whole reason)."""
        if short and group.reason == PROTECTS:
            return self.tr("withheld (protects a smaller group)")
        if short and group.reason == COMPARISON:
            return self.tr("withheld (comparison with earlier results)")
        if group.reason == PROTECTS:
            return self.tr("withheld so that a smaller group's answers cannot be worked out")
        if group.reason == COMPARISON:
            return self.tr("withheld so that no one's answers can be worked out by comparing with the results "
                           "shown before")
        return self.tr("withheld (fewer than %n answers)", None, min_size)

    def _group_summary(self, group: GroupResult, stats: TallyStats | None, content: MethodContent,
                       min_size: int) -> str:
        name = group.name
        if stats is None:
            if group.withheld:
                return f"{name}: {self.why_withheld(group, min_size)}."
            return self.tr("{name}: withheld to protect anonymity.").format(name=name)
        text = f"{name}: {answers_count(stats.respondents)}."
        if stats.overall_mean is not None:
            text += " " + describe_mean(stats.overall_mean, content.levels, self.language) + "."
        return text

    def _fill_table(self, stats: TallyStats | None, earlier: TallyStats | None) -> None:
        assert self.content is not None
        items = list(self.content.items)
        mode = self.sort.currentData()
        if stats is not None and mode == SORT_MEAN:
            items.sort(key=lambda it: (stats.item(it.number).mean is None, stats.item(it.number).mean or 0.0))
        elif stats is not None and mode == SORT_SPREAD:
            items.sort(key=lambda it: (stats.item(it.number).spread is None, -(stats.item(it.number).spread or 0)))
        rows_changed = self.table.rowCount() != len(items)
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            current = stats.item(item.number) if stats else None
            before = earlier.item(item.number) if earlier else None
            title = QTableWidgetItem(f"{item.number}. {item.title}")
            title.setData(Qt.ItemDataRole.UserRole, item.number)
            rows_changed |= self._put(row, 0, title)
            self._put(row, 1, self._number(current.mean if current else None, bold=True))
            self._put(row, 2, self._number(before.mean if before else None))
            if current is None:  # withheld (or no answers): no bars, a dash as in the other columns
                self.table.removeCellWidget(row, 3)
                self.table.setItem(row, 3, self._number(None))
            else:
                bars = self.table.cellWidget(row, 3)
                if not isinstance(bars, AnswerBars):
                    self.table.takeItem(row, 3)
                    bars = AnswerBars()
                    self.table.setCellWidget(row, 3, bars)
                bars.set_counts(current.counts)
            self._put(row, 4, self._count(current))
            self._put(row, 5, self._number(current.spread if current else None))
        if rows_changed:  # the titles' wrapping sets the heights; unchanged titles keep them (a ballot)
            self.table.refit()

    def _put(self, row: int, column: int, cell: QTableWidgetItem) -> bool:
        """Put `cell` at (row, column) unless an equal one is there (each change costs a relayout of the
        table's sized-to-contents columns). True when it changed."""
        old = self.table.item(row, column)
        role = Qt.ItemDataRole.UserRole
        if (old is not None and old.text() == cell.text() and old.data(role) == cell.data(role)
                and old.font() == cell.font()):
            return False
        self.table.setItem(row, column, cell)
        return True

    def _number(self, value: float | None, bold: bool = False) -> QTableWidgetItem:
        cell = QTableWidgetItem("–" if value is None else format_number(self.language, value))
        cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if bold:
            font = cell.font()
            font.setBold(True)
            cell.setFont(font)
        return cell

    def _count(self, current: ItemStats | None) -> QTableWidgetItem:
        cell = QTableWidgetItem("–" if current is None else str(current.dont_know))
        cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        return cell

    # --- for tests and the report ----------------------------------------------------------------------

    def item_row(self, number: int) -> int:
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 0)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == number:
                return row
        raise KeyError(number)

    def cell_text(self, number: int, column: int) -> str:
        cell = self.table.item(self.item_row(number), column)
        return cell.text() if cell else ""
