"""Step 5 per action: did it happen, what effect was seen, the indicator's values; carry the rest forward."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vzworkshop.core.followup import cycles, to_carry
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import ActionItem
from vzworkshop.ui.changes import Changes
from vzworkshop.ui.translate import tr
from vzworkshop.ui.widgets.action_cycles import cycle_marks, mark_cells
from vzworkshop.ui.widgets.autosave import bind_text
from vzworkshop.ui.widgets.plan_common import (
    ChoiceCombo,
    fill_table,
    hint,
    keep_wrapped_heights,
    record_table,
    select_id,
    selected_id,
    status_names,
    subheading,
)
from vzworkshop.ui.widgets.reflow import ReflowSplitter

ROWS_IN_VIEW = 4  # actions in view at the least (the page scrolls instead of squashing the table)
FIELD_MARGIN = 8  # a line edit's frame and text margin, each side


def happened_choices() -> list[tuple[str, object]]:
    return [(tr("Not evaluated yet"), None), (tr("Yes, it happened"), True), (tr("No, it did not happen"), False)]


def happened_text(value: bool | None) -> str:
    return {None: "–", True: tr("Yes"), False: tr("No")}[value]


class ActionEvaluation(QWidget):
    def __init__(self, store: WorkshopStore, on_write: Callable[[Changes], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._on_write = on_write
        self._current: int | None = None
        self.cycle = ChoiceCombo([], tr("Cycle being evaluated"))
        self.cycle.currentIndexChanged.connect(lambda _: self._cycle_changed())
        self.table = record_table([tr("No."), tr("What"), tr("Status"), tr("Happened?"), tr("Effect")],
                                  tr("Actions of the cycle"))
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.rows_in_view = ROWS_IN_VIEW
        self.what = subheading("")
        self.indicator = QLabel()
        self.indicator.setWordWrap(True)
        self.happened = ChoiceCombo(happened_choices(), tr("Did the action happen?"))
        self.happened.currentIndexChanged.connect(lambda _: self._save("happened", self.happened.value()))
        self.effect = QPlainTextEdit()
        self.effect.setAccessibleName(tr("What effect was seen"))
        self.effect.setTabChangesFocus(True)
        self.effect.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.values = QLineEdit()
        self.values.setAccessibleName(tr("Measured values of the proactive leading indicator"))
        self.values.setPlaceholderText(tr("e.g. 9 of 10 meetings had wellbeing on the agenda"))
        self.values.setMinimumWidth(self.values.fontMetrics().horizontalAdvance(self.values.placeholderText())
                                    + 2 * FIELD_MARGIN)  # the example reads whole (the halves stack if need be)
        self._effect_saver = bind_text(self.effect, lambda t: self._save("effect", t))
        self._values_saver = bind_text(self.values, lambda t: self._save("indicator_values", t))
        self.carry_button = QPushButton()
        self.carry_button.clicked.connect(self.carry_forward)
        self.carry_info = hint("")

        self.editor = QWidget()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields where narrow
        form.addRow(tr("Proactive leading indicator"), self.indicator)
        form.addRow(tr("Did it happen?"), self.happened)
        form.addRow(tr("Effect seen"), self.effect)
        form.addRow(tr("Measured values"), self.values)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.what)
        editor_layout.addLayout(form)
        editor_layout.addStretch(1)

        top = QHBoxLayout()
        caption = QLabel(tr("Cycle"))
        caption.setBuddy(self.cycle)
        top.addWidget(caption)
        top.addWidget(self.cycle)
        top.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        carry_row = QHBoxLayout()
        carry_row.addWidget(self.carry_button)
        carry_row.addWidget(self.carry_info, 1)
        left_layout.addLayout(carry_row)
        split = ReflowSplitter([3, 2])  # side by side where both fit; stacked with a large font
        split.addWidget(left)
        split.addWidget(self.editor)
        keep_wrapped_heights(self.editor)  # the action's title and indicator, in a narrow column
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    # --- reading --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        actions = self.store.list(ActionItem)
        chosen = self.cycle.value()
        self.cycle.set_choices([(tr("Cycle {n}").format(n=c), c) for c in cycles(actions)])
        if chosen is None:
            self.cycle.set_value(cycles(actions)[-1])
        self._fill()

    def _cycle_changed(self) -> None:
        self._current = None
        self._fill()

    def _cycle_value(self) -> int:
        value = self.cycle.value()
        return value if isinstance(value, int) else 1

    def _fill(self) -> None:
        cycle = self._cycle_value()
        actions = self.store.list(ActionItem)
        rows = self._rows_only()
        self._fill_rows(rows)
        if self._current is None and rows:
            self._current = rows[0][0]
        if not select_id(self.table, self._current, notify=False):
            self._current = None
        waiting = to_carry(actions, cycle)
        self.carry_button.setText(tr("Carry unfinished actions forward to cycle {n}").format(n=cycle + 1))
        self.carry_button.setAccessibleName(self.carry_button.text())
        self.carry_button.setEnabled(bool(waiting))
        self.carry_info.setText(
            tr("%n planned or in progress, not yet carried: they become planned actions of the next cycle.",
               None, len(waiting)) if waiting else tr("Nothing left to carry forward from this cycle."))
        self._load_editor()

    def _selected(self) -> None:
        self._current = selected_id(self.table)
        self._load_editor()

    def _load_editor(self) -> None:
        action = self.store.find(ActionItem, self._current) if self._current is not None else None
        self.editor.setEnabled(action is not None)
        shown = action or ActionItem()
        self.what.setText(shown.what or (tr("(not described yet)") if action else tr("No action chosen")))
        self.indicator.setText(shown.indicator or tr("(no proactive leading indicator chosen in the plan)"))
        self.happened.set_value(shown.happened)
        self._effect_saver.set_silently(shown.effect)
        self._values_saver.set_silently(shown.indicator_values)

    # --- writing --------------------------------------------------------------------------------------

    def _save(self, name: str, value: object) -> None:
        action = self.store.find(ActionItem, self._current) if self._current is not None else None
        if action is None or getattr(action, name) == value:
            return
        setattr(action, name, value)
        self.store.save(action)
        self._on_write(Changes(actions=True))
        keep = self._current
        self._fill_rows(self._rows_only())
        select_id(self.table, keep, notify=False)

    def _fill_rows(self, rows: list[tuple[int | None, list[str]]]) -> None:
        actions = self.store.list(ActionItem)
        fill_table(self.table, rows)
        mark_cells(self.table, 1, cycle_marks(actions, {a.id: n for n, a in enumerate(actions, start=1)}))

    def _rows_only(self) -> list[tuple[int | None, list[str]]]:
        cycle = self._cycle_value()
        actions = self.store.list(ActionItem)
        statuses = status_names()
        numbers = {a.id: n for n, a in enumerate(actions, start=1)}
        return [(a.id, [str(numbers[a.id]), a.what or tr("(not described yet)"), statuses.get(a.status, a.status),
                        happened_text(a.happened), a.effect.replace("\n", " ")])
                for a in actions if a.cycle == cycle]

    def carry_forward(self) -> None:
        added = self.store.carry_forward(self._cycle_value())
        if added:
            self._on_write(Changes(actions=True))
        self.refresh()  # the next cycle is offered at once (the window does not refresh the page that wrote)
        carried = tr("%n action(s) carried forward to cycle {c}: see them in steps 3 and 4.", None, len(added))
        self.carry_info.setText(carried.format(c=self._cycle_value() + 1))
