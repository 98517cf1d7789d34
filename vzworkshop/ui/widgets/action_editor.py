"""The form of one action of the plan (step 3): every field saved as it is changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from vzworkshop.core import priorities
from vzworkshop.core.content import load_content
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import HORIZONS, ActionItem, Problem
from vzworkshop.ui.translate import tr
from vzworkshop.ui.widgets.autosave import TextSaver, bind_text
from vzworkshop.ui.widgets.plan_common import ChoiceCombo, FittedChoiceCombo, OptionalDate, hint, horizon_names


class ActionEditor(QWidget):
    def __init__(self, store: WorkshopStore, on_saved: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._on_saved = on_saved
        self.action_id: int | None = None
        content = load_content(store.workshop().language)
        self._levels = {p.key: p for p in content.prevention_levels}

        self.what = QLineEdit()
        self.what.setAccessibleName(tr("What will be done"))
        self.what.setPlaceholderText(tr("The action, in a few words"))
        self.why = QPlainTextEdit()
        self.why.setAccessibleName(tr("Why: the problem or statement it answers"))
        self.why.setTabChangesFocus(True)
        self.why.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.problem = FittedChoiceCombo([], tr("Linked problem"))
        self.level = ChoiceCombo(
            [(p.name + (" " + tr("(prioritise these)") if p.key == "primary" else ""), p.key)
             for p in content.prevention_levels],
            tr("Prevention level"),
        )
        self.level_hint = hint("")
        self.horizon = ChoiceCombo([(horizon_names()[h], h) for h in HORIZONS], tr("Time horizon"))
        self.owner = QLineEdit()
        self.owner.setAccessibleName(tr("Owner: who is responsible"))
        self.due = OptionalDate(tr("Due date"))
        self.resources = QLineEdit()
        self.resources.setAccessibleName(tr("Resources"))
        self.budget = QLineEdit()
        self.budget.setAccessibleName(tr("Budget"))
        self.indicator = QComboBox()
        self.indicator.setEditable(True)
        self.indicator.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.indicator.setAccessibleName(tr("Proactive leading indicator"))
        self.indicator.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.indicator.setMinimumContentsLength(12)
        for rule in content.rules:
            for text in rule.indicators:
                self.indicator.addItem(text)
                self.indicator.setItemData(self.indicator.count() - 1,
                                           f"{rule.number}. {rule.title}: {text}", Qt.ItemDataRole.ToolTipRole)
        self.indicator.view().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.indicator.view().setMinimumWidth(560)
        self.method = QLineEdit()
        self.method.setAccessibleName(tr("How the action will be evaluated"))
        # the problem (the users' own titles, any length) grows with the form but never forces it wider than its
        # column: shortened with "…" there, the whole title in its tooltip; the method's own choices show whole:
        # the form is as wide as they are, or the plan is stacked
        self.problem.setMinimumContentsLength(12)
        self.problem.elide = Qt.TextElideMode.ElideRight  # a title's first words say most
        for combo in (self.level, self.horizon):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self._savers: dict[str, TextSaver] = {}
        text_fields: list[tuple[str, QLineEdit | QPlainTextEdit]] = [
            ("what", self.what), ("why", self.why), ("owner", self.owner), ("resources", self.resources),
            ("budget", self.budget), ("evaluation_method", self.method)]
        for name, text_field in text_fields:
            self._savers[name] = bind_text(text_field, self._saver_of(name))
        line = self.indicator.lineEdit()
        assert line is not None
        line.setAccessibleName(tr("Proactive leading indicator"))
        self._savers["indicator"] = bind_text(line, lambda t: self._save("indicator", t))
        self.indicator.activated.connect(lambda _: self._save("indicator", self.indicator.currentText()))
        self.problem.currentIndexChanged.connect(lambda _: self._save("problem_id", self.problem.value()))
        self.level.currentIndexChanged.connect(self._level_changed)
        self.horizon.currentIndexChanged.connect(lambda _: self._save("horizon", self.horizon.value()))
        self.due.dateChanged.connect(lambda _: self._save("due", self.due.iso()))

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: the choices get the whole
        # width of the form, which leaves the plan's table the room for what the actions are (step 3)
        rows: list[tuple[str, QWidget]] = [
            (tr("What"), self.what), (tr("Why"), self.why), (tr("Problem"), self.problem),
            (tr("Prevention level"), self.level), ("", self.level_hint), (tr("Time horizon"), self.horizon),
            (tr("Owner"), self.owner), (tr("Due"), self.due), (tr("Resources"), self.resources),
            (tr("Budget"), self.budget), (tr("Proactive leading indicator"), self.indicator),
            (tr("Evaluation method"), self.method)]
        for label, field in rows:
            if label:
                caption = QLabel(label)
                caption.setBuddy(field)
                form.addRow(caption, field)
            else:
                form.addRow(field)
        self.setEnabled(False)

    def fields(self) -> list[QWidget]:
        """The fields in the order Tab visits them."""
        return [self.what, self.why, self.problem, self.level, self.horizon, self.owner, self.due, self.resources,
                self.budget, self.indicator, self.method]

    def _saver_of(self, name: str) -> Callable[[str], None]:
        return lambda text: self._save(name, text)

    def _level_changed(self, _index: int) -> None:
        self._show_level_hint()
        self._save("prevention_level", self.level.value())

    def _show_level_hint(self) -> None:
        level = self._levels.get(str(self.level.value()))
        self.level_hint.setText(level.description if level else "")

    def load(self, action_id: int | None) -> None:
        """Show an action (None: nothing selected, the form is disabled)."""
        self.action_id = action_id
        action = self.store.find(ActionItem, action_id) if action_id is not None else None
        self.setEnabled(action is not None)
        shown = action or ActionItem()
        problems = [p for p, _ in priorities.rank(self.store.list(Problem))]  # as step 3 ranks them
        self.problem.set_choices([(tr("No linked problem"), None)] +
                                 [(p.title or tr("(untitled)"), p.id) for p in problems])
        self.problem.set_value(shown.problem_id)
        self.level.set_value(shown.prevention_level)
        self._show_level_hint()
        self.horizon.set_value(shown.horizon)
        self.due.set_iso(shown.due)
        for name, saver in self._savers.items():
            saver.set_silently(str(getattr(shown, name)))
            if isinstance(saver.field, QLineEdit):
                saver.field.setCursorPosition(0)
        self.indicator.blockSignals(True)
        self.indicator.setCurrentIndex(-1)
        self.indicator.setEditText(shown.indicator)
        line = self.indicator.lineEdit()
        if line is not None:
            line.setCursorPosition(0)  # the beginning of a long indicator, not its last words
        self.indicator.blockSignals(False)

    def _save(self, name: str, value: object) -> None:
        if self.action_id is None:
            return
        action = self.store.find(ActionItem, self.action_id)
        if action is None or getattr(action, name) == value:
            return
        setattr(action, name, value)
        self.store.save(action)
        self._on_saved()
