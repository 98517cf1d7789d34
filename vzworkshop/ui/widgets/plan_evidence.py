"""Step 3's evidence: the items lowest first, the hazards ticked in step 2, and the dimensions as prompts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vzworkshop.core.content import load_content
from vzworkshop.core.formatting import number
from vzworkshop.core.results import RoundResult
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import HazardSelection, ItemAssessment, Round
from vzworkshop.ui.style import TABLE_SHEET
from vzworkshop.ui.translate import tr
from vzworkshop.ui.widgets.plan_common import fill_table, record_table, show_rows, subheading

HIGH_SPREAD = 1.2  # a population standard deviation this large on a 1-5 scale: people see it differently



def latest_shown_round(store: WorkshopStore) -> tuple[Round, RoundResult] | None:
    """The latest round whose figures may be shown (enough ballots), with its result."""
    for rnd in reversed(store.rounds()):
        assert rnd.id is not None
        result = store.round_result(rnd.id)
        if not result.withheld and result.stats is not None:
            return rnd, result
    return None


class EvidencePanel(QWidget):
    def __init__(self, store: WorkshopStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.title = subheading(tr("Results of the assessment"))
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.items = record_table(
            [tr("Statement"), tr("Average"), tr("Agreed"), tr("Spread"), tr("Don't know")],
            tr("Statements, lowest average first"), stretch=0,
        )
        spread_header = self.items.horizontalHeaderItem(3)
        assert spread_header is not None
        spread_header.setToolTip(tr("Standard deviation of the answers 1-5: large values mean people see it "
                                    "differently"))
        self.hazards_title = subheading(tr("Hazards ticked in step 2"))
        self.hazards = QLabel()
        self.hazards.setWordWrap(True)
        self.hazards.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dims_toggle = QToolButton()
        self.dims_toggle.setText(tr("Healthy and unhealthy working conditions (prompts)"))
        self.dims_toggle.setCheckable(True)
        self.dims_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.dims_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.dims_toggle.setAccessibleName(tr("Show the healthy and unhealthy working conditions"))
        self.dims_toggle.toggled.connect(self._toggle_dimensions)
        self.dims = QTableWidget(0, 3)
        self.dims.setStyleSheet(TABLE_SHEET)
        self.dims.setAccessibleName(tr("Healthy and unhealthy working conditions"))
        self.dims.setHorizontalHeaderLabels([tr("Dimension"), tr("Healthy"), tr("Unhealthy")])
        self.dims.verticalHeader().setVisible(False)
        self.dims.setWordWrap(True)
        self.dims.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.dims.setTabKeyNavigation(False)
        for col in range(3):
            self.dims.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.dims.setVisible(False)
        show_rows(self.items, 4, lines=3)  # statement titles wrap in the narrow key column
        show_rows(self.dims, 1, lines=18)  # each dimension is a paragraph: one whole one at least

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.source)
        layout.addWidget(self.items, 3)
        layout.addWidget(self.hazards_title)
        layout.addWidget(self.hazards)
        layout.addWidget(self.dims_toggle)
        layout.addWidget(self.dims, 2)

    def _toggle_dimensions(self, shown: bool) -> None:
        self.dims_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.dims.setVisible(shown)
        if shown:
            self.dims.resizeRowsToContents()

    def refresh(self) -> None:
        ws = self.store.workshop()
        content = load_content(ws.language)
        lang = ws.language
        found = latest_shown_round(self.store)
        rows: list[tuple[int | None, list[str]]] = []
        tips: list[list[str]] = []
        if found is None:
            self.source.setText(tr("No round has enough answers to be shown yet (at least %n are needed).", None,
                                   ws.min_group_size))
        else:
            rnd, result = found
            assert result.stats is not None and rnd.id is not None
            self.source.setText(tr("Round “{round}”, %n answer(s). Lowest average first.", None, result.respondents)
                                .format(round=rnd.name))
            agreed = {a.item: a.agreed_level for a in self.store.list(ItemAssessment, round_id=rnd.id)}
            stats = sorted(result.stats.items, key=lambda s: (s.mean is None, s.mean or 0.0, s.item))
            for s in stats:
                level = agreed.get(s.item)
                level_text = "–" if level is None else (tr("Don't know") if level == 0 else
                                                       f"{level}\u00a0{content.level(level).name}")
                spread = number(s.spread, lang)
                if s.spread is not None and s.spread >= HIGH_SPREAD:
                    spread += " " + tr("(high)")
                share = str(s.dont_know)  # a count, as step 2 shows it
                title = f"{s.item}. {content.item(s.item).title}"
                rows.append((s.item, [title, number(s.mean, lang), level_text, spread, share]))
                tips.append([title, "", "", "", ""])
        fill_table(self.items, rows, tips)
        names = []
        for sel in self.store.list(HazardSelection):
            try:
                names.append(content.hazard(sel.hazard_key).name)
            except KeyError:
                continue
        # one flowing paragraph, not a line each: the statements and problems above need the height
        self.hazards.setText("  ·  ".join(names) if names else tr("No hazards were ticked."))
        self.dims.setRowCount(len(content.dimensions))
        for r, dim in enumerate(content.dimensions):
            for c, text in enumerate((dim.name, dim.healthy, dim.unhealthy)):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.dims.setItem(r, c, cell)
        self.dims.resizeRowsToContents()
