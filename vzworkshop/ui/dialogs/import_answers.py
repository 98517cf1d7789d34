"""Step 2: import answers from a paper or online survey (a CSV file, one row per respondent).

The file is read and checked completely before anything is written (`reports.answers_csv.read_answers`);
the preview shows only counts (respondents, groups, per item how many answered, said "don't know" or skipped),
never a respondent's row. The import itself is one transaction (`store.import_answers`): all rows or none.
"""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vzworkshop.core.content import load_content
from vzworkshop.core.rounds import BASELINE, ROUND, unused_round_name
from vzworkshop.reports.answers_csv import AnswersFileError, ImportedAnswers, read_answers
from vzworkshop.store import WorkshopStore, errors
from vzworkshop.store.records import Round
from vzworkshop.ui.dialogs.opening import error_text
from vzworkshop.ui.style import TABLE_SHEET, tint
from vzworkshop.ui.translate import tr

NEW_ROUND = -1  # the round box's "new round" entry
ERROR_COLOUR = "#a00000"


def buttons_in_view_order(box: QDialogButtonBox) -> list[QAbstractButton]:
    """The box's buttons as they stand in its layout, left to right (the platform decides the order)."""
    layout = box.layout()
    assert layout is not None
    items = (layout.itemAt(i) for i in range(layout.count()))
    found = (item.widget() for item in items if item is not None)
    return [w for w in found if isinstance(w, QAbstractButton) and not w.isHidden()]


def help_text() -> str:
    return tr("Answers from paper questionnaires or an online survey can be added to a round. Type the paper "
              "answers into a spreadsheet: one row per questionnaire, a header row with the columns q1 to q10 "
              "(and optionally a column “group” for the department), each cell 0 to 5 as ticked (0 = don't "
              "know), an empty cell when the question was skipped. Save it as CSV (semicolon or comma "
              "separated); Excel's “CSV UTF-8” works. The file is checked completely before anything is "
              "added.")


class ImportAnswersDialog(QDialog):
    """Choose a CSV file, see what it holds (counts only), choose the round and group, import in one go."""

    imported = Signal(int)  # the round's id, after a successful import

    def __init__(self, store: WorkshopStore, round_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.path: Path | None = None
        self.answers: ImportedAnswers | None = None
        self.setWindowTitle(tr("Import answers from a file"))
        self.content = load_content(store.workshop().language)

        self.help = QLabel(help_text())
        self.help.setWordWrap(True)
        self.file_field = QLineEdit()
        self.file_field.setReadOnly(True)
        self.file_field.setPlaceholderText(tr("No file chosen yet"))
        self.file_field.setAccessibleName(tr("Chosen file"))
        self.choose_button = QPushButton(tr("&Choose file…"))
        self.choose_button.setAccessibleName(tr("Choose the CSV file with the answers"))
        self.choose_button.setAutoDefault(False)  # Enter imports, it does not ask for the file again
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_field, 1)
        file_row.addWidget(self.choose_button)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.error.setAccessibleName(tr("Problem with the file"))
        self.error.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("What the file holds"))
        self.table = QTableWidget(0, 4)
        self.table.setStyleSheet(TABLE_SHEET)
        self.table.setAccessibleName(tr("Answers per item in the file"))
        self.table.setHorizontalHeaderLabels([tr("Item"), tr("Answered (1–5)"), tr("Don't know (0)"), tr("Skipped")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # its header and four rows: the dialog fits a laptop at 14 pt with a message showing
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)

        self.round_box = QComboBox()
        self.round_box.setAccessibleName(tr("Round to add the answers to"))
        rounds = store.rounds()
        for rnd in rounds:
            self.round_box.addItem(rnd.name, rnd.id)
        self.round_box.addItem(tr("New round"), NEW_ROUND)
        chosen = self.round_box.findData(round_id) if round_id is not None else -1
        self.round_box.setCurrentIndex(chosen if chosen >= 0 else self.round_box.count() - 1)
        self.new_name = QLineEdit(self._suggested_name(rounds))
        self.new_name.setAccessibleName(tr("Name of the new round"))
        self.round_box.currentIndexChanged.connect(self._round_changed)
        self.one_group = QCheckBox(tr("Put all answers in one &group:"))
        self.group_name = QLineEdit()
        self.group_name.setAccessibleName(tr("Group for all answers"))
        self.group_name.setPlaceholderText(tr("e.g. Home care"))
        self.one_group.toggled.connect(self._group_changed)
        self.group_name.editingFinished.connect(self._group_changed)
        self.new_name.textEdited.connect(lambda _: self._show_name_problem(""))
        self.name_label = QLabel(tr("New round's &name:"))
        self.name_label.setBuddy(self.new_name)
        self.name_problem = QLabel()  # under the name: what is wrong with it, while it is
        self.name_problem.setWordWrap(True)
        tint(self.name_problem, ERROR_COLOUR)  # as the file's problem above, through the palette
        bold = self.name_problem.font()
        bold.setBold(True)
        self.name_problem.setFont(bold)
        self.name_problem.setAccessibleName(tr("Problem with the new round's name"))
        self.form = QFormLayout()
        self.form.addRow(tr("&Round:"), self.round_box)
        self.form.addRow(self.name_label, self.new_name)
        self.form.addRow("", self.name_problem)
        self.form.addRow(self.one_group, self.group_name)
        self.form.setRowVisible(self.name_problem, False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(tr("Import the answers"))
        self.buttons.accepted.connect(self.import_answers)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addLayout(file_row)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.import_button.setDefault(True)  # once in the dialog: Enter imports (Cancel is Esc)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setAutoDefault(False)
        # Tab reads the dialog as it stands: the file, what it holds, the choices, then the buttons left to right
        # (the box places them as the platform does; Cancel came first, to the right of Import)
        chain = [self.file_field, self.choose_button, self.table, self.round_box, self.new_name, self.one_group,
                 self.group_name, *buttons_in_view_order(self.buttons)]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.resize(720, 640)
        self._round_changed()
        self._show_answers()

    def _suggested_name(self, rounds: list[Round]) -> str:
        """In the workshop's language, not the app's: the name prints in the PDFs."""
        language, taken = self.store.workshop().language, [r.name for r in rounds]
        if not rounds:
            return unused_round_name(language, BASELINE, taken)
        return unused_round_name(language, ROUND, taken, len(rounds) + 1)

    # --- the file ---------------------------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Choose the answers file"), str(Path.home()),
                                              tr("CSV files (*.csv *.txt);;All files (*)"))
        if name:
            self.load(Path(name))
            if self.answers is not None:
                self.round_box.setFocus()  # the next choice; Enter imports

    def load(self, path: Path) -> None:
        """Read and check the whole file (nothing is written); show what it holds or what is wrong."""
        self.path = path
        self.file_field.setText(str(path))
        group = self.group_name.text() if self.one_group.isChecked() else None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.answers = read_answers(path, group)
            self.error.hide()
        except AnswersFileError as exc:
            self.answers = None
            self.error.setText(tr("“%1” cannot be imported: %2.").replace("%1", path.name).replace("%2", str(exc)))
            self.error.show()
        finally:
            QApplication.restoreOverrideCursor()
        self._show_answers()
        self.fit_height()

    def _group_changed(self, *_: object) -> None:
        self.group_name.setEnabled(self.one_group.isChecked())
        if self.path is not None:
            self.load(self.path)

    def _round_changed(self, *_: object) -> None:
        """The new round's name, its label and any message about it only while "New round" is chosen."""
        new = self.round_box.currentData() == NEW_ROUND
        self.new_name.setEnabled(new)
        self.name_label.setEnabled(new)
        self._show_name_problem("")
        self.group_name.setEnabled(self.one_group.isChecked())

    def _show_name_problem(self, text: str) -> None:
        self.name_problem.setText(text)
        self.form.setRowVisible(self.name_problem, bool(text))
        self.fit_height()

    def fit_height(self) -> None:
        """Grow to what the layout needs at this width (a message, the file's summary, a larger font), as far
        as the screen allows: at a fixed height the table was squeezed over the round's choice and a message
        cut (seen at 14 pt)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = max(layout.totalHeightForWidth(self.width()), layout.totalMinimumSize().height())
        title_bar = self.frameGeometry().height() - self.height()
        room = self.screen().availableGeometry().height() - title_bar  # the table gives up rows beyond it
        if self.height() < needed:
            self.resize(self.width(), min(needed, room))

    def _show_answers(self) -> None:
        answers = self.answers
        self.import_button.setEnabled(answers is not None and not self.store.read_only)
        self.table.setRowCount(0)
        if answers is None:
            self.summary.setText("")
            return
        groups = Counter(group for group, _ in answers.rows)
        lines = [tr("Respondents in the file: %1").replace("%1", str(answers.respondents))]
        named = sorted(g for g in groups if g)
        if named:
            listed = ", ".join(f"{g} ({groups[g]})" for g in named)
            if groups.get(""):
                listed += ", " + tr("no group (%1)").replace("%1", str(groups[""]))
            lines.append(tr("Groups: %1").replace("%1", listed))
        else:
            lines.append(tr("No groups: all answers go into the round as one group."))
        small = self.store.workshop().min_group_size
        if any(n < small for n in groups.values()):
            lines.append(tr("A group with fewer than %1 answers is not shown on its own (anonymity).")
                         .replace("%1", str(small)))
        if answers.ignored_columns:
            lines.append(tr("Ignored columns: %1").replace("%1", ", ".join(answers.ignored_columns)))
        self.summary.setText("\n".join(lines))
        self.table.setRowCount(len(self.content.items))
        for row, item in enumerate(self.content.items):
            values = [a.get(item.number) for _, a in answers.rows]
            counts = (sum(1 for v in values if v is not None and v > 0), values.count(0), values.count(None))
            title = QTableWidgetItem(f"{item.number}. {item.title}")
            title.setToolTip(item.title)
            self.table.setItem(row, 0, title)
            for col, n in enumerate(counts, start=1):
                cell = QTableWidgetItem(str(n))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, cell)

    # --- importing --------------------------------------------------------------------------------------

    def round_name(self) -> str | None:
        """The chosen round's name, or None (after a message) when the new round's name is empty or taken."""
        if self.round_box.currentData() != NEW_ROUND:
            return self.round_box.currentText()
        name = self.new_name.text().strip()
        problem = ""
        if not name:
            problem = tr("Give the new round a name.")
        elif self.store.find_round(name) is not None:
            problem = tr("A round named “%1” exists already: choose it above, or give the new round another "
                         "name.").replace("%1", name)
        if problem:
            self._show_name_problem(problem)
            self.new_name.setFocus()
            return None
        return name

    def import_answers(self) -> None:
        if self.answers is None:
            return
        name = self.round_name()
        if name is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            rnd = self.store.import_answers(name, self.answers.rows, default_round=name)
        except errors.WorkshopFileError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            self.fit_height()
            return
        except (KeyError, ValueError) as exc:
            self.error.setText(tr("The answers were not imported: %1").replace("%1", str(exc)))
            self.error.show()
            self.fit_height()
            return
        finally:
            QApplication.restoreOverrideCursor()
        assert rnd.id is not None
        self.imported.emit(rnd.id)
        self.accept()
