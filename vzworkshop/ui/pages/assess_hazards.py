"""The ISO 45003 psychosocial hazards (tables 1-3) as a checklist: tick the ones that are relevant here and
note why. The ticked hazards are offered in step 3 when problems are described."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from vzworkshop.core.content import Hazard, MethodContent
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import HazardSelection
from vzworkshop.ui.changes import Changes
from vzworkshop.ui.style import GROUP_BOX_SHEET
from vzworkshop.ui.widgets.autosave import TextSaver, bind_text
from vzworkshop.ui.widgets.focus_ring import MARGIN


class HazardRow(QWidget):
    def __init__(self, hazard: Hazard, toggled: Callable[[str, bool], None],
                 noted: Callable[[str, str], None]) -> None:
        super().__init__()
        self.key = hazard.key
        self.check = QCheckBox(hazard.name)
        self.check.setAccessibleName(hazard.name)
        font = self.check.font()
        font.setBold(True)
        self.check.setFont(font)
        self.examples = QLabel("; ".join(hazard.examples))
        self.examples.setWordWrap(True)
        self.examples.setStyleSheet("color: #444444;")
        self.examples.setIndent(24)
        self.examples.setVisible(bool(hazard.examples))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Why {hazard} is relevant").format(hazard=hazard.name))
        self.note.setPlaceholderText(self.tr("Why is this relevant here?"))
        self.saver: TextSaver = bind_text(self.note, lambda text: noted(self.key, text))
        self.check.toggled.connect(lambda on: toggled(self.key, on))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(self.check)
        layout.addSpacing(MARGIN + 1)  # the focus ring round the check box clears the examples and the field below
        layout.addWidget(self.examples)
        layout.addWidget(self.note)
        self.note.setVisible(False)

    def show_selection(self, selection: HazardSelection | None) -> None:
        self.check.blockSignals(True)
        self.check.setChecked(selection is not None)
        self.check.blockSignals(False)
        self.note.setVisible(selection is not None)
        if selection is not None:
            self.saver.set_silently(selection.notes)


class HazardChecklist(QScrollArea):
    def __init__(self, store: WorkshopStore, report: Callable[[Changes], None]) -> None:
        super().__init__()
        self.store = store
        self._report = report
        self._language = ""
        self.rows: dict[str, HazardRow] = {}  # built when the checklist is first seen
        self._content: MethodContent | None = None
        self._stale = False
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop that shows nothing; its fields take the focus

    def refresh(self, content: MethodContent) -> None:
        """Show the hazards ticked now; on a tab not seen, when it is seen (its 21 rows take a while to make)."""
        self._content = content
        self._stale = not self.isVisible()
        if not self._stale:
            self._show(content)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self._content is not None:
            self._stale = False
            self._show(self._content)

    def _show(self, content: MethodContent) -> None:
        if content.language != self._language:
            self._build(content)
        selected = {s.hazard_key: s for s in self.store.list(HazardSelection)}
        for key, row in self.rows.items():
            row.show_selection(selected.get(key))

    def _build(self, content: MethodContent) -> None:
        self._language = content.language
        self.rows.clear()
        inner = QWidget()
        layout = QVBoxLayout(inner)
        intro = QLabel(self.tr("Psychosocial hazards from ISO 45003. Tick those that are relevant in your "
                               "workplace and note why; they can be linked to problems in step 3."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for category in content.hazard_categories:
            box = QGroupBox(category.title)
            box.setStyleSheet(GROUP_BOX_SHEET)
            box_layout = QVBoxLayout(box)
            for hazard in category.hazards:
                row = HazardRow(hazard, self._toggled, self._noted)
                self.rows[hazard.key] = row
                box_layout.addWidget(row)
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(inner)

    def _toggled(self, key: str, on: bool) -> None:
        row = self.rows[key]
        if on:
            self.store.upsert(HazardSelection(hazard_key=key, notes=row.note.text()))
        else:
            self.store.delete(HazardSelection, key)
        row.note.setVisible(on)
        self._report(Changes(assessment=True))

    def _noted(self, key: str, text: str) -> None:
        if not self.rows[key].check.isChecked():
            return
        self.store.upsert(HazardSelection(hazard_key=key, notes=text))
        self._report(Changes(assessment=True))
