"""The first screen: new workshop, open a workshop, recent workshops, and a demo to try the app."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vzworkshop import APP_DISPLAY_NAME
from vzworkshop.ui import settings
from vzworkshop.ui.style import MUTED, START_PAGE_SHEET, SUBHEADING_SCALE, TABLE_SHEET, TITLE_SCALE, heading, muted

if TYPE_CHECKING:  # imported when first opened (start-up needs none of the export code)
    from vzworkshop.ui.dialogs.export_dialog import QuestionnaireDialog


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal(object)  # a Path, or None to ask for one
    demo_requested = Signal()
    settings_requested = Signal()
    guide_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setStyleSheet(START_PAGE_SHEET)

        self.new_button = self._big_button(self.tr("New workshop"),
                                           self.tr("Set up a workshop and choose where to save it"))
        self.new_button.setProperty("role", "primary")
        self.open_button = self._big_button(self.tr("Open a workshop..."), self.tr("Continue with a saved file"))
        self.demo_button = self._big_button(self.tr("Try the demo"),
                                            self.tr("A sample workshop to look around in; nothing is kept"))
        self.new_button.clicked.connect(self.new_requested.emit)
        self.open_button.clicked.connect(lambda: self.open_requested.emit(None))
        self.demo_button.clicked.connect(self.demo_requested.emit)

        self.recent = QListWidget()
        self.recent.setObjectName("recent")
        self.recent.setAccessibleName(self.tr("Recent workshops"))
        self.recent.setStyleSheet(TABLE_SHEET)  # its focus frame (the page's sheet adds the items' look)
        self.recent.setIconSize(QSize(0, 0))
        self.recent.setSpacing(2)
        self.recent.itemActivated.connect(self._on_activated)
        self.recent.currentRowChanged.connect(lambda _: self._update_buttons())
        self.remove_button = QPushButton(self.tr("Remove from list"))
        self.remove_button.setToolTip(self.tr("Forget the selected workshop here; the file is not deleted (Del)"))
        self.remove_button.clicked.connect(self.remove_selected)
        remove_action = QAction(self.tr("Remove from list"), self.recent)
        remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_action.triggered.connect(self.remove_selected)
        self.recent.addAction(remove_action)
        self.recent_empty = muted(self.tr("Workshops you open or create appear here."))

        for key, slot in (("Ctrl+N", self.new_requested.emit), ("Ctrl+O", lambda: self.open_requested.emit(None)),
                          ("F1", self.guide_requested.emit), ("Ctrl+,", self.settings_requested.emit),
                          ("Ctrl+P", self.print_questionnaire)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            self.addAction(action)

        buttons = QVBoxLayout()
        buttons.setSpacing(12)
        for b in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.questionnaire_button = QPushButton(self.tr("Print blank questionnaire..."))
        self.questionnaire_button.setToolTip(self.tr("A PDF of the ten statements to answer on paper; "
                                                     "no workshop needed (Ctrl+P)"))
        self.questionnaire_button.clicked.connect(self.print_questionnaire)
        self.questionnaire_dialog: QuestionnaireDialog | None = None
        paper = QHBoxLayout()
        paper.addWidget(self.questionnaire_button)
        paper.addStretch(1)
        buttons.addLayout(paper)
        self.guide_button = QPushButton(self.tr("User guide"))
        self.guide_button.setToolTip(self.tr("How to run a workshop with this app (F1)"))
        self.guide_button.clicked.connect(self.guide_requested.emit)
        self.settings_button = QPushButton(self.tr("Settings..."))
        self.settings_button.setToolTip(self.tr("Language, folders, projector screen"))
        self.settings_button.clicked.connect(self.settings_requested.emit)
        small = QHBoxLayout()
        small.addWidget(self.guide_button)
        small.addWidget(self.settings_button)
        small.addStretch(1)
        buttons.addLayout(small)

        recent_col = QVBoxLayout()
        recent_col.setSpacing(8)
        self.recent_title = heading(self.tr("Recent workshops"), SUBHEADING_SCALE)
        self.recent_title.setBuddy(self.recent)
        recent_col.addWidget(self.recent_title)
        recent_col.addWidget(self.recent, 1)
        recent_col.addWidget(self.recent_empty)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        recent_col.addLayout(remove_row)
        recent_col.addStretch(0)  # takes the room when there is no list: the heading stays with its text
        self._recent_col = recent_col

        columns = QHBoxLayout()
        columns.setSpacing(36)
        columns.addLayout(buttons, 2)
        columns.addLayout(recent_col, 3)

        subtitle = muted(self.tr("Run a Vision Zero workshop on psychosocial wellbeing, step by step. Everything "
                                 "stays in one workshop file on this computer."))
        font = subtitle.font()
        font.setPointSize(font.pointSize() + 1)
        subtitle.setFont(font)
        inner = QWidget()
        inner.setMaximumWidth(1000)
        column = QVBoxLayout(inner)
        column.setContentsMargins(48, 40, 48, 36)
        column.setSpacing(14)
        column.addWidget(heading(APP_DISPLAY_NAME, TITLE_SCALE))
        column.addWidget(subtitle)
        column.addSpacing(18)
        column.addLayout(columns, 1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addStretch(1)
        outer.addWidget(inner, 100)
        outer.addStretch(1)
        self.refresh_recent()
        self.resize(1000, 640)

    def _big_button(self, title: str, detail: str) -> QPushButton:
        button = QPushButton()
        button.setProperty("role", "big")
        button.setAccessibleName(title)
        button.setAccessibleDescription(detail)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        title_label = QLabel(title)
        font = title_label.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        title_label.setFont(font)
        detail_label = QLabel(detail)
        detail_label.setWordWrap(True)
        inside = QVBoxLayout(button)
        inside.setContentsMargins(20, 12, 20, 12)
        inside.setSpacing(2)
        for label in (title_label, detail_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            inside.addWidget(label)
        inside.addStretch(1)
        button.setMinimumHeight(max(84, inside.sizeHint().height() + 8))
        return button

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_recent()
        self.new_button.setFocus()

    def print_questionnaire(self) -> QuestionnaireDialog:
        """The blank questionnaire as a PDF, in the language chosen in the dialog."""
        from vzworkshop.ui.dialogs.export_dialog import QuestionnaireDialog

        self.questionnaire_dialog = QuestionnaireDialog(self)
        self.questionnaire_dialog.open()
        return self.questionnaire_dialog

    def refresh_recent(self) -> None:
        self.recent.clear()
        for path in settings.recent_files():
            exists = path.exists()
            label = path.name if exists else self.tr("%1 (missing)").replace("%1", path.name)
            item = QListWidgetItem(f"{label}\n{path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path) if exists else self.tr("This file no longer exists at %1").replace(
                "%1", str(path)))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, label)
            if not exists:
                item.setForeground(QBrush(QColor(MUTED)))
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.recent.addItem(item)
        has_any = self.recent.count() > 0
        self.recent.setVisible(has_any)
        self.recent_empty.setVisible(not has_any)
        self._recent_col.setStretch(self._recent_col.count() - 1, 0 if has_any else 1)
        if has_any:
            self.recent.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setVisible(self.recent.count() > 0)
        self.remove_button.setEnabled(self.recent.currentRow() >= 0)

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(Path(str(item.data(Qt.ItemDataRole.UserRole))))

    def remove_selected(self) -> None:
        item = self.recent.currentItem()
        if item is None:
            return
        row = self.recent.currentRow()
        settings.remove_recent(Path(str(item.data(Qt.ItemDataRole.UserRole))))
        self.refresh_recent()
        if self.recent.count():
            self.recent.setCurrentRow(min(row, self.recent.count() - 1))
            self.recent.setFocus()


