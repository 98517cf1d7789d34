"""Step 5's comparison of rounds: start a follow-up round, collect its answers, see the change per item."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from vzworkshop.core.content import load_content
from vzworkshop.core.followup import HiddenRound, answered, compare, displayed
from vzworkshop.core.formatting import number, signed
from vzworkshop.core.results import RoundResult
from vzworkshop.core.rounds import FOLLOW_UP, unused_round_name
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Round
from vzworkshop.ui.changes import Changes
from vzworkshop.ui.translate import tr
from vzworkshop.ui.widgets.flow import FlowLayout, pair
from vzworkshop.ui.widgets.plan_common import fill_table, hint, record_table, subheading
from vzworkshop.ui.widgets.round_delete import delete_unanswered_round

SIDE_BY_SIDE = 5  # rounds in the comparison table: the baseline and the latest follow-ups
ROWS_IN_VIEW = 4  # statements in view at the least (the page scrolls instead of squashing the table)
NAME_CHARS = 16  # the new round's name field shows this many characters at the least
HEADER_WORD_CHARS = 10  # where five rounds need it, a round's header cuts a longer word ("Opfølgnin…")


def why_hidden(hidden: HiddenRound, result: RoundResult) -> str:
    """Why a round's figures are not in the comparison, in plain words: too few responses, or (the disclosure
    history's rule) showing them now would reveal the latest answers by comparison with figures shown before."""
    if result.held_back:
        return (tr("“{name}” is not shown yet: showing it now would let someone work out the latest answers by "
                   "comparing it with figures already shown.") + " "
                + tr("It waits for %n more answer(s).", None, hidden.missing)).format(name=hidden.name)
    return (tr("“{name}” is not shown: %n answer(s),", None, hidden.respondents) + " "
            + tr("fewer than the minimum group size of %n;", None, result.min_group_size) + " "
            + tr("%n more needed.", None, hidden.missing)).format(name=hidden.name)


class ComparePanel(QWidget):
    """`on_write(changes)` is called after this panel wrote; `collect(round_id)` opens participant entry."""

    def __init__(self, store: WorkshopStore, on_write: Callable[[Changes], None],
                 collect: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._on_write = on_write
        self._started: int | None = None  # the round just started here, while its "collect" message stands
        self._suggested = ""  # the name last put in the name field for the facilitator
        self._collect = collect
        self.round_name = QLineEdit()
        self.round_name.setAccessibleName(tr("Name of the follow-up round"))
        self.round_name.returnPressed.connect(self.start_follow_up)
        self.start_button = QPushButton(tr("&Start follow-up round"))
        self.start_button.setAccessibleName(tr("Start follow-up round"))
        self.start_button.clicked.connect(self.start_follow_up)
        self.collect_button = QPushButton(tr("&Collect answers (participant entry)"))
        self.collect_button.setAccessibleName(tr("Collect answers for the latest round"))
        self.collect_button.clicked.connect(self.collect_latest)
        self.delete_button = QPushButton(tr("&Delete round…"))
        self.delete_button.setAccessibleName(tr("Delete the latest round (only one without answers)"))
        self.delete_button.clicked.connect(self.delete_latest)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Message about the follow-up round"))
        self.rounds_info = QLabel()
        self.rounds_info.setWordWrap(True)
        self.table = record_table([tr("Statement")], tr("Comparison of the rounds"), stretch=0)
        self.table.rows_in_view = ROWS_IN_VIEW
        self.table.header_chars = HEADER_WORD_CHARS  # the round's whole name is in the header's tip
        self.legend = hint("")
        self.hidden = hint("")

        start_row = FlowLayout()  # the buttons go onto a second line with a large font
        caption = QLabel(tr("&New follow-up round"))
        caption.setBuddy(self.round_name)
        self.round_name.setMinimumWidth(self.round_name.fontMetrics().averageCharWidth() * NAME_CHARS)
        start_row.addWidget(pair(caption, self.round_name))
        start_row.addWidget(self.start_button)
        start_row.addWidget(self.delete_button)
        start_row.add_right(self.collect_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(subheading(tr("Rounds")))
        layout.addWidget(self.rounds_info)
        layout.addLayout(start_row)
        layout.addWidget(self.message)
        layout.addWidget(subheading(tr("Baseline and follow-up side by side")))
        layout.addWidget(self.legend)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hidden)

    # --- reading --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        ws = self.store.workshop()
        lang = ws.language
        content = load_content(lang)
        results = self.store.round_results()  # every round at once, not a query per round
        rounds = [rnd for rnd, _ in results]
        if self._started is not None and any(rnd.id == self._started and res.respondents for rnd, res in results):
            self._started = None  # "started ... press Enter or F5": done, the round has its answers
            self.message.setText("")
        listed = results if len(results) <= SIDE_BY_SIDE + 1 else [results[0], *results[1 - SIDE_BY_SIDE:]]
        described = [tr("{name} ({kind}, %n answer(s))", None, res.respondents).format(
            name=rnd.name, kind=tr("baseline") if rnd.kind == "baseline" else tr("follow-up"))
            for rnd, res in listed]
        if len(listed) < len(results):  # a line each for a hundred rounds would push the table off screen
            described.insert(1, tr("… %n more round(s) …", None, len(results) - len(listed)))
        self.rounds_info.setText("; ".join(described) if results else
                                 tr("No rounds yet: the baseline is collected in step 2."))
        if self.round_name.text().strip() in ("", self._suggested):  # not a name the facilitator typed
            self._suggested = self._default_name(rounds)  # follows deleted rounds: "Opfølgning 2" again
            self.round_name.setText(self._suggested)
        self.start_button.setEnabled(bool(rounds))
        self._name_round_buttons(results)

        with_answers = answered(results)  # a round nobody answered is not compared, nor said to be withheld
        every = compare([res for _, res in with_answers])
        comp = every.latest(SIDE_BY_SIDE)
        # A column per round: its average and, for a follow-up, the change since the baseline in brackets (a
        # column of its own per change made nine columns, too wide for a laptop with a large font).
        baseline = comp.rounds[0].name if comp.rounds else ""
        self.table.setColumnCount(1 + len(comp.rounds))
        self.table.setHorizontalHeaderLabels([tr("Statement")] + [col.name for col in comp.rounds])
        for i, col in enumerate(comp.rounds):
            header = self.table.horizontalHeaderItem(i + 1)
            if header is not None:
                header.setToolTip(tr("{name} (baseline): the average").format(name=col.name) if i == 0 else
                                  tr("{name}: the average; in brackets, the change since {baseline}")
                                  .format(name=col.name, baseline=baseline))
        self.legend.setText(tr("Each follow-up round shows its average and, in brackets, the change since "
                               "“{name}”, worked out from the averages before rounding.").format(name=baseline)
                            if comp.comparable else "")
        self.legend.setVisible(comp.comparable)

        def mean(value: float | None) -> str:
            return number(None if value is None else displayed(value), lang)

        def figures(value: float | None, change: float | None) -> str:
            """The baseline's (change None): its average alone."""
            if value is None or change is None:
                return mean(value)
            return f"{mean(value)} ({signed(change, lang)})"  # wraps between the two in a narrow column

        rows: list[tuple[int | None, list[str]]] = []
        overall = [tr("All statements (overall average)")]
        overall += [figures(col.overall, comp.overall_change(i) if i else None)
                    for i, col in enumerate(comp.rounds)]
        rows.append((0, overall))
        for item in range(1, 11):
            cells = [f"{item}. {content.item(item).title}"]
            cells += [figures(col.items[item - 1], comp.item_change(i, item) if i else None)
                      for i, col in enumerate(comp.rounds)]
            rows.append((item, cells))
        fill_table(self.table, rows)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for c in range(self.table.columnCount()):
            cell = self.table.item(0, c)
            if cell is not None:
                cell.setFont(bold)
            for r in range(self.table.rowCount()):
                other = self.table.item(r, c)
                if other is not None and c > 0:
                    other.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        withheld = [res for _, res in with_answers if res.withheld or res.stats is None]  # as `compare` does
        notes = [why_hidden(h, res) for h, res in zip(comp.hidden, withheld, strict=True)]
        if not comp.comparable:
            notes.append(tr("The comparison needs a follow-up round with enough answers."))
        if len(comp.rounds) < len(every.rounds):
            notes.append(tr("The table shows the baseline and the latest %n follow-up round(s).", None,
                            len(comp.rounds) - 1))
        self.hidden.setText("\n".join(notes))  # a line each: one reason per round

    def _name_round_buttons(self, results: list[tuple[Round, RoundResult]]) -> None:
        """Collecting and deleting act on the latest round: the buttons name it; deleting only when nobody has
        answered in it."""
        latest = results[-1] if results else None
        self.collect_button.setEnabled(latest is not None)
        self.delete_button.setEnabled(latest is not None and latest[1].respondents == 0)
        if latest is None:
            return
        name = latest[0].name
        self.collect_button.setText(tr("&Collect answers for “{name}” (F5)").format(name=name))
        self.collect_button.setAccessibleName(tr("Collect answers for the round “{name}” (F5)").format(name=name))
        self.delete_button.setText(tr("&Delete “{name}”…").format(name=name))
        self.delete_button.setAccessibleName(tr("Delete the round “{name}”, which nobody has answered").format(
            name=name))

    def _default_name(self, rounds: list[Round]) -> str:
        """In the workshop's language, not the app's: the name prints in the PDFs."""
        n = sum(1 for r in rounds if r.kind == FOLLOW_UP) + 1
        return unused_round_name(self.store.workshop().language, FOLLOW_UP, [r.name for r in rounds], n)

    # --- writing --------------------------------------------------------------------------------------

    def start_follow_up(self) -> None:
        name = self.round_name.text().strip()
        rounds = self.store.rounds()
        if not rounds:
            self.message.setText("⚠ " + tr("Collect the baseline in step 2 first."))
            return
        if not name:
            self.message.setText("⚠ " + tr("Give the follow-up round a name."))
            return
        if self.store.find_round(name) is not None:
            self.message.setText("⚠ " + tr("A round named “{name}” already exists; choose another name.")
                                 .format(name=name))
            return
        previous = rounds[-1]
        assert previous.id is not None
        groups = [g.name for g in self.store.groups(previous.id)] or [""]
        rnd = self.store.add_round(name, kind="follow_up", groups=groups)
        self._on_write(Changes(rounds=True, round_id=rnd.id))
        self._started = rnd.id  # the message goes once the round has answers (refresh)
        self.message.setText(tr("Round “{name}” started with the same ten statements and groups as “{previous}”.")
                             .format(name=name, previous=previous.name) + " "
                             + tr("Press Enter or F5 to collect its answers."))
        self.round_name.clear()
        self.refresh()
        self.collect_button.setFocus()  # on, to collecting: an Enter too many starts no second round

    def collect_latest(self) -> None:
        """Participant entry for the latest round (the button and F5 on step 5)."""
        latest = self.store.latest_round()
        if latest is not None and latest.id is not None:
            self._collect(latest.id)

    def delete_latest(self) -> None:
        """Delete the latest round if nobody has answered in it (asked first)."""
        latest = self.store.latest_round()
        if latest is None or latest.id is None or not delete_unanswered_round(self, self.store, latest.id):
            return
        self._on_write(Changes(rounds=True))
        self.message.setText(tr("Round “{name}” deleted.").format(name=latest.name))
        self.refresh()
        if not self.delete_button.isEnabled():  # the next empty round, if any, is deleted with the same key
            self.start_button.setFocus()
