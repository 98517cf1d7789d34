"""Which cycle an action belongs to, in steps 3 and 4: a filter that keeps the current cycle's actions in hand,
and a marker on actions carried forward from one cycle into the next (and on the originals they came from).

Step 5 carries the unfinished actions of a cycle into the next one as copies (`WorkshopStore.carry_forward`: the
copy's `carried_from` is the original's id). Without a marker the copy and its original look the same.

    marks = cycle_marks(actions, numbers)   # {action id: CycleMark}, for the carried and the carried-on only
    self.cycle_filter = CycleFilter()       # a caption and a combo, hidden while there is only one cycle
    self.cycle_filter.update_cycles(actions)
    shown = [a for a in actions if self.cycle_filter.admits(a)]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableWidget, QWidget

from vzworkshop.core.followup import FROM_MARK, TO_MARK, cycle_links, cycles
from vzworkshop.store.records import ActionItem
from vzworkshop.ui.translate import tr
from vzworkshop.ui.widgets.plan_common import ID_ROLE, ChoiceCombo

ALL_CYCLES = 0  # the filter's value for "all cycles" (cycles count from 1)


@dataclass(frozen=True)
class CycleMark:
    short: str  # shown in the table, under what the action is
    spoken: str  # the tooltip and what a screen reader says


def cycle_marks(actions: Sequence[ActionItem], numbers: Mapping[int | None, int]) -> dict[int, CycleMark]:
    """Markers for the actions carried forward (copies) and for the originals they were carried from, by id
    (`core.followup.cycle_links`). `numbers`: each action's number as the tables show it (No.)."""
    marks: dict[int, CycleMark] = {}
    for action_id, link in cycle_links(actions, numbers).items():
        n = "?" if link.other_number is None else link.other_number
        if link.carried_from:
            marks[action_id] = CycleMark(
                f"{FROM_MARK} " + tr("from cycle {c} (no. {n})").format(c=link.other_cycle, n=n),
                tr("Carried forward from cycle {c}, where it was action no. {n}").format(c=link.other_cycle, n=n))
        else:
            marks[action_id] = CycleMark(
                f"{TO_MARK} " + tr("carried to cycle {c} (no. {n})").format(c=link.other_cycle, n=n),
                tr("Not finished in cycle {c}: carried forward to cycle {next} as action no. {n}").format(
                    c=link.cycle, next=link.other_cycle, n=n))
    return marks


def carried_on(actions: Sequence[ActionItem]) -> set[int]:
    """Ids of the originals that were carried forward: their work goes on in the copy."""
    return {a.carried_from for a in actions if a.carried_from is not None}


def mark_cells(table: QTableWidget, column: int, marks: Mapping[int, CycleMark]) -> None:
    """Put each row's marker on a line of its own under the text in `column` (the row's action id is on column
    0, as `plan_common.fill_table` puts it), with the marker's words in the tooltip and the accessible text:
    never the symbol alone."""
    for row in range(table.rowCount()):
        key, cell = table.item(row, 0), table.item(row, column)
        action_id = key.data(ID_ROLE) if key is not None else None
        mark = marks.get(action_id) if action_id is not None else None
        if cell is None or mark is None:
            continue
        text = cell.text()
        cell.setText(f"{text}\n{mark.short}")
        cell.setToolTip("\n".join(t for t in (cell.toolTip(), mark.spoken) if t))
        cell.setData(Qt.ItemDataRole.AccessibleTextRole, f"{text}. {mark.spoken}")
    table.resizeRowsToContents()


class CycleFilter(QWidget):
    """'Cycle: [Cycle 2 (current)]': the actions of one cycle or of all; the current (latest) cycle first and
    chosen by default, and again when a new cycle begins. Hidden while all actions belong to one cycle."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = ChoiceCombo([], tr("Show the actions of which cycle"))
        self.combo.currentIndexChanged.connect(lambda _: self.changed.emit())
        caption = QLabel(tr("C&ycle"))
        caption.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.combo)
        self._latest = 0
        self.setVisible(False)

    def update_cycles(self, actions: Sequence[ActionItem]) -> None:
        """Offer the cycles that have actions; choose the current one when it is new (or nothing was chosen)."""
        known = cycles(actions)
        latest = known[-1]
        choices: list[tuple[str, object]] = [
            (tr("Cycle {n} (current)").format(n=c) if c == latest else tr("Cycle {n}").format(n=c), c)
            for c in reversed(known)]
        choices.append((tr("All cycles"), ALL_CYCLES))
        self.combo.set_choices(choices)
        if latest != self._latest:
            self.combo.set_value(latest)
            self._latest = latest
        self.setVisible(len(known) > 1)

    def current_cycle(self) -> int:
        return max(self._latest, 1)

    def chosen(self) -> int:
        """The cycle shown, or `ALL_CYCLES`."""
        value = self.combo.value()
        return value if isinstance(value, int) else self.current_cycle()

    def admits(self, action: ActionItem) -> bool:
        chosen = self.chosen()
        return chosen == ALL_CYCLES or action.cycle == chosen

    def cycle_for_new(self) -> int:
        """The cycle a new action belongs to: the one shown, or the current one when all are shown."""
        chosen = self.chosen()
        return chosen if chosen != ALL_CYCLES else self.current_cycle()
