"""Step 3's problems and opportunities: the ranked list and the editor of the selected one.

Every edit is written at once; `on_saved()` is called after each write so the page can report it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vzworkshop.core import priorities
from vzworkshop.core.content import load_content
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import HazardSelection, Problem
from vzworkshop.ui.style import TABLE_SHEET
from vzworkshop.ui.translate import tr
from vzworkshop.ui.widgets.autosave import bind_text
from vzworkshop.ui.widgets.check_cells import CheckCellDelegate
from vzworkshop.ui.widgets.plan_common import (
    ChoiceCombo,
    confirm,
    fill_table,
    hint,
    record_table,
    score_choices,
    select_id,
    selected_id,
    shortcut,
    show_rows,
    solution_choices,
    solution_text,
    subheading,
)

KEY_ROLE = Qt.ItemDataRole.UserRole
TITLE_MARGINS = 16  # a line edit's frame and inner margins, both sides, with a little air



def parse_items(text: str) -> list[int]:
    """"3, 5 8" -> [3, 5, 8]; raises ValueError naming what is wrong."""
    numbers: list[int] = []
    for part in re.split(r"[\s,;]+", text.strip()):
        if not part:
            continue
        if not part.isdigit() or not 1 <= int(part) <= 10:
            raise ValueError(tr("“{part}” is not a statement number (1-10).").format(part=part))
        if int(part) not in numbers:
            numbers.append(int(part))
    return sorted(numbers)


class ProblemPanel(QWidget):
    selected = Signal(object)  # problem id or None

    def __init__(self, store: WorkshopStore, on_saved: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._on_saved = on_saved
        self._current: int | None = None

        self.table = record_table([tr("Rank"), tr("Problem or opportunity"), tr("Solution?"), tr("Points"),
                                   tr("Votes")],
                                  tr("Problems and opportunities, in priority order"))
        points_header = self.table.horizontalHeaderItem(3)
        assert points_header is not None
        points_header.setToolTip(tr("Ease + cost of ignoring (each 1-5), as the ranking adds them"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.rule = hint(tr("Ranked by: a possible solution first (yes, unknown, no), then ease + cost of ignoring "
                            "(highest first), then dot votes. Alt+Up / Alt+Down places a problem by hand."))
        self.add_button = QPushButton(tr("New problem (Ctrl+N)"))
        self.up_button = QPushButton("↑ " + tr("Move up"))
        self.down_button = QPushButton("↓ " + tr("Move down"))
        self.reset_button = QPushButton(tr("Rank by scores again"))
        self.delete_button = QPushButton(tr("Delete…"))
        for button in (self.add_button, self.up_button, self.down_button, self.reset_button, self.delete_button):
            button.setAccessibleName(button.text().replace("…", "").lstrip("↑↓ "))
        self.add_button.clicked.connect(self.add_problem)
        self.up_button.clicked.connect(lambda: self.move_problem(-1))
        self.down_button.clicked.connect(lambda: self.move_problem(+1))
        self.reset_button.clicked.connect(self.reset_order)
        self.delete_button.clicked.connect(self.delete_problem)

        # the editor of the selected problem
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(tr("Problem title"))
        self.title_edit.setPlaceholderText(tr("A short name for the problem or opportunity"))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(tr("Problem description"))
        self.description.setTabChangesFocus(True)
        self.items_edit = QLineEdit()
        self.items_edit.setAccessibleName(tr("Linked statement numbers"))
        self.items_edit.setPlaceholderText(tr("e.g. 5, 8"))
        self.items_error = QLabel()
        self.items_error.setWordWrap(True)
        self.items_error.setAccessibleName(tr("Problem with the statement numbers"))
        self.hazards = QListWidget()
        self.hazards.setAccessibleName(tr("Linked hazards"))
        self.hazards.setStyleSheet(TABLE_SHEET)  # its focus frame
        self.hazards.setItemDelegate(CheckCellDelegate(self.hazards))  # empty boxes a room can see
        self.hazards.itemChanged.connect(self._hazard_toggled)
        self.solution = ChoiceCombo(solution_choices(), tr("Is there a possible solution?"))
        self.ease = ChoiceCombo(score_choices("ease"), tr("How easy is the solution to implement?"))
        self.cost = ChoiceCombo(score_choices("cost"), tr("Cost of ignoring the problem"))
        self.votes = QSpinBox()
        self.votes.setRange(0, 999)
        self.votes.setAccessibleName(tr("Dot votes"))
        self.solution.currentIndexChanged.connect(lambda _: self._save_field("has_solution", self.solution.value()))
        self.ease.currentIndexChanged.connect(lambda _: self._save_field("ease", self.ease.value()))
        self.cost.currentIndexChanged.connect(lambda _: self._save_field("cost_of_ignoring", self.cost.value()))
        self.votes.valueChanged.connect(lambda v: self._save_field("dot_votes", int(v)))
        self._title_saver = bind_text(self.title_edit, lambda t: self._save_field("title", t))
        self._description_saver = bind_text(self.description, lambda t: self._save_field("description", t))
        self._items_saver = bind_text(self.items_edit, self._save_items)

        self.editor = QWidget()
        line = self.fontMetrics().lineSpacing()
        self.description.setFixedHeight(line * 4 + 14)
        self.hazards.setWordWrap(True)  # a long hazard name wraps in a narrow column instead of scrolling sideways
        self.hazards.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hazards.setResizeMode(QListView.ResizeMode.Adjust)
        self.hazards.setMinimumHeight(line * 4 + 14)
        self.hazards.setMaximumHeight(line * 7 + 14)
        show_rows(self.table, 4, lines=2)  # four rows whose titles wrap onto two lines
        # the title's hint reads whole (it was cut at half a laptop's width in Danish); side by side with the
        # evidence the panel is at least this wide, or the page stacks the two (ReflowSplitter)
        self.title_edit.setMinimumWidth(self.title_edit.fontMetrics().horizontalAdvance(
            self.title_edit.placeholderText()) + TITLE_MARGINS)
        self.form = QFormLayout()
        self.form.addRow(tr("Title"), self.title_edit)
        self.form.addRow(tr("Description"), self.description)
        self.form.addRow(tr("Statements"), self.items_edit)
        self.form.addRow("", self.items_error)
        self.form.addRow(tr("Hazards"), self.hazards)
        self.form.setRowVisible(self.items_error, False)
        # the scores under the fields, two by two, each question above its field (they read whole however
        # narrow the panel; Tab reads them row by row)
        questions = load_content(store.workshop().language).step(3).questions
        labels = [*[*questions, "", "", ""][:3], tr("Dot votes")]
        scores = QGridLayout()
        scores.setContentsMargins(0, 6, 0, 0)
        scores.setVerticalSpacing(2)
        for index, (label_text, field) in enumerate(zip(labels, self.score_fields(), strict=True)):
            row, column = divmod(index, 2)
            label = QLabel(label_text)
            label.setWordWrap(True)
            label.setBuddy(field)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)  # on its field
            scores.addWidget(label, 3 * row, column)
            scores.addWidget(field, 3 * row + 1, column)
        scores.setRowMinimumHeight(2, 8)
        scores.setColumnStretch(0, 1)
        scores.setColumnStretch(1, 1)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(self.form)
        editor_layout.addLayout(scores)
        editor_layout.addStretch(1)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        rule_row = QHBoxLayout()
        rule_row.addWidget(self.rule, 1)
        rule_row.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(subheading(tr("Problems and opportunities")))
        layout.addLayout(rule_row)
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.editor, 2)
        for w in self.tab_order():
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for a, b in itertools.pairwise(self.tab_order()):
            QWidget.setTabOrder(a, b)

        # Ctrl+N (new problem) belongs to the page, so that it works wherever the focus is on the first tab
        shortcut(self.table, "Alt+Up", lambda: self.move_problem(-1), Qt.ShortcutContext.WidgetShortcut)
        shortcut(self.table, "Alt+Down", lambda: self.move_problem(+1), Qt.ShortcutContext.WidgetShortcut)
        shortcut(self.table, "Delete", self.delete_problem, Qt.ShortcutContext.WidgetShortcut)

    def score_fields(self) -> list[QWidget]:
        return [self.solution, self.ease, self.cost, self.votes]

    def tab_order(self) -> list[QWidget]:
        """The panel's controls in reading order: the button beside the ranking rule, the list, its buttons,
        then the editor of the selected problem, its fields and then its scores row by row."""
        return [self.reset_button, self.table, self.add_button, self.up_button, self.down_button,
                self.delete_button, self.title_edit, self.description, self.items_edit, self.hazards,
                *self.score_fields()]

    # --- reading --------------------------------------------------------------------------------------

    def _rows(self) -> list[tuple[int | None, list[str]]]:
        rows: list[tuple[int | None, list[str]]] = []
        for problem, ranked in priorities.rank(self.store.list(Problem)):
            rank_text = f"{ranked.rank}" + (" " + tr("(by hand)") if ranked.manual else "")
            unscored = problem.ease is None and problem.cost_of_ignoring is None
            rows.append((problem.id, [
                rank_text, problem.title or tr("(untitled)"), solution_text(problem.has_solution),
                "–" if unscored else str(priorities.score(problem)), str(problem.dot_votes),
            ]))
        return rows

    def _tips(self, rows: list[tuple[int | None, list[str]]]) -> list[list[str]]:
        """Tooltips: the whole title, the statements it is linked to, and how the points add up."""
        tips: list[list[str]] = []
        for rec_id, cells in rows:
            problem = self.store.find(Problem, rec_id) if rec_id is not None else None
            if problem is None:
                tips.append([""] * len(cells))
                continue
            statements = ", ".join(str(i) for i in problem.items) or "–"
            title = cells[1] + "\n" + tr("Statements: %1").replace("%1", statements)
            ease = "–" if problem.ease is None else str(problem.ease)
            cost = "–" if problem.cost_of_ignoring is None else str(problem.cost_of_ignoring)
            points = tr("Ease %1 + cost of ignoring %2").replace("%1", ease).replace("%2", cost)
            tips.append(["", title, "", points, ""])
        return tips

    def refresh(self) -> None:
        rows = self._rows()
        fill_table(self.table, rows, self._tips(rows))
        if self._current is not None and not select_id(self.table, self._current, notify=False):
            self._current = None
        if self._current is None and rows:
            select_id(self.table, rows[0][0], notify=False)
            self._current = rows[0][0]
        self._load_editor()

    def _load_editor(self) -> None:
        problem = self.store.find(Problem, self._current) if self._current is not None else None
        self.editor.setEnabled(problem is not None)
        for button in (self.up_button, self.down_button, self.delete_button):
            button.setEnabled(problem is not None)
        shown = problem or Problem()
        self._title_saver.set_silently(shown.title)
        self._description_saver.set_silently(shown.description)
        self._items_saver.set_silently(", ".join(str(i) for i in shown.items))
        self._show_items_error("")
        self.solution.set_value(shown.has_solution)
        self.ease.set_value(shown.ease)
        self.cost.set_value(shown.cost_of_ignoring)
        self.votes.blockSignals(True)
        self.votes.setValue(shown.dot_votes)
        self.votes.blockSignals(False)
        content = load_content(self.store.workshop().language)
        keys = [s.hazard_key for s in self.store.list(HazardSelection)]
        keys += [k for k in shown.hazards if k not in keys]
        self.hazards.blockSignals(True)
        self.hazards.clear()
        for key in keys:
            try:
                name = content.hazard(key).name
            except KeyError:
                name = key
            item = QListWidgetItem(name)
            item.setData(KEY_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in shown.hazards else Qt.CheckState.Unchecked)
            self.hazards.addItem(item)
        if not keys:
            placeholder = QListWidgetItem(tr("No hazards were ticked in step 2."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.hazards.addItem(placeholder)
        self.hazards.blockSignals(False)

    def _selection_changed(self) -> None:
        self._current = selected_id(self.table)
        self._load_editor()
        self.selected.emit(self._current)

    @property
    def current(self) -> int | None:
        return self._current

    # --- writing --------------------------------------------------------------------------------------

    def _save_field(self, name: str, value: object) -> None:
        if self._current is None:
            return
        problem = self.store.find(Problem, self._current)
        if problem is None or getattr(problem, name) == value:
            return
        setattr(problem, name, value)
        self.store.save(problem)
        self._after_write(keep_editor=True)

    def _save_items(self, text: str) -> None:
        try:
            numbers = parse_items(text)
        except ValueError as exc:
            self._show_items_error("⚠ " + str(exc))
            return
        self._show_items_error("")
        self._save_field("items", numbers)

    def _show_items_error(self, text: str) -> None:
        """The message under the statement numbers, its row shown only while there is one."""
        self.items_error.setText(text)
        self.form.setRowVisible(self.items_error, bool(text))

    def _hazard_toggled(self, _item: QListWidgetItem) -> None:
        keys = [self.hazards.item(i).data(KEY_ROLE) for i in range(self.hazards.count())
                if self.hazards.item(i).checkState() == Qt.CheckState.Checked]
        self._save_field("hazards", [k for k in keys if k])

    def _after_write(self, keep_editor: bool = False) -> None:
        if keep_editor:
            self._refresh_table_only()
        else:
            self.refresh()
        self._on_saved()

    def _refresh_table_only(self) -> None:
        current = self._current
        rows = self._rows()
        fill_table(self.table, rows, self._tips(rows))
        select_id(self.table, current, notify=False)

    def add_problem(self) -> None:
        problem = self.store.add(Problem())
        self._current = problem.id
        self._after_write()
        self.title_edit.setFocus()

    def move_problem(self, step: int) -> None:
        if self._current is None:
            return
        changes = priorities.moved(self.store.list(Problem), self._current, step)
        for problem_id, new_rank in changes.items():
            problem = self.store.get(Problem, problem_id)
            problem.rank_override = new_rank
            self.store.save(problem)
        if changes:
            self._after_write(keep_editor=True)
        self.table.setFocus()

    def reset_order(self) -> None:
        for problem_id in priorities.cleared(self.store.list(Problem)):
            problem = self.store.get(Problem, problem_id)
            problem.rank_override = None
            self.store.save(problem)
        self._after_write(keep_editor=True)

    def delete_problem(self) -> None:
        problem = self.store.find(Problem, self._current) if self._current is not None else None
        if problem is None:
            return
        if not confirm(self, tr("Delete problem"),
                       tr("Delete “{title}”? Its actions stay in the plan, without a linked problem.")
                       .format(title=problem.title or tr("(untitled)"))):
            return
        self.store.delete(Problem, problem.id)
        self._current = None
        self._after_write()
        self.table.setFocus()
