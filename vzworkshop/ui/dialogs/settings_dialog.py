"""Edit > Settings: the app's preferences. Each change is saved and applied the moment it is made.

The UI language switches at once: `Translations.apply` installs the new catalogue, Qt sends every widget a
LanguageChange event, and windows rebuild their texts (this dialog too). The workshop's own language (method
content, PDFs) is part of the workshop, not a setting.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtGui import QGuiApplication, QScreen, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vzworkshop.ui import settings
from vzworkshop.ui.i18n import system_language
from vzworkshop.ui.widgets.focus_ring import ROOM

LANGUAGE_NAMES = {"da": "Dansk", "en": "English"}  # each in its own language, never translated


def effective_language(choice: str) -> str:
    """The UI language for a setting value ("" follows the system)."""
    return choice if choice in LANGUAGE_NAMES else system_language()


def screen_label(screen: QScreen) -> str:
    """"DELL U2720Q (2560 × 1440)": the screen's model, else its system name, else its place in the list."""
    size = screen.size()
    screens = QGuiApplication.screens()
    number = str(screens.index(screen) + 1) if screen in screens else "?"
    name = screen.model() or screen.name() or QCoreApplication.translate("SettingsDialog", "Screen %1").replace(
        "%1", number)
    return f"{name} ({size.width()} × {size.height()})"


def screen_key(screen: QScreen) -> str:
    """What the setting stores for a screen: its system name (HDMI-1, DISPLAY2), or its place in the list."""
    name = screen.name()
    if name:
        return name
    screens = QGuiApplication.screens()
    return f"#{screens.index(screen) + 1}" if screen in screens else ""


def projector_screen(facilitator_screen: QScreen | None = None) -> QScreen | None:
    """The screen for the projector window: the chosen one if it is connected, otherwise (automatic) a screen
    other than the facilitator's; None when there is only one screen (the window then opens beside the app)."""
    screens = QGuiApplication.screens()
    chosen = settings.get(settings.PROJECTOR_SCREEN)
    for screen in screens:
        if chosen and screen_key(screen) == chosen:
            return screen
    mine = facilitator_screen or QGuiApplication.primaryScreen()
    others = [s for s in screens if s is not mine]
    return others[0] if others else None


class FolderField(QWidget):
    """A folder shown as text with a Choose… button; empty means "no default" (the last folder used)."""

    def __init__(self, opt: settings.Opt[str], on_change: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opt = opt
        self._on_change = on_change
        self.edit = QLineEdit()
        self.edit.setReadOnly(True)
        self.choose = QPushButton()
        self.choose.clicked.connect(self.pick)
        self.clear = QPushButton()
        self.clear.clicked.connect(self.reset)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)  # the field takes the room; the buttons keep their whole text
        row.addWidget(self.choose)
        row.addWidget(self.clear)
        QWidget.setTabOrder(self.edit, self.choose)
        QWidget.setTabOrder(self.choose, self.clear)
        self.show_value()

    def retranslate(self, label: str) -> None:
        self.choose.setText(self.tr("Choose…"))
        self.clear.setText(self.tr("Use last folder"))
        self.edit.setPlaceholderText(self.tr("The last folder used"))
        self.edit.setAccessibleName(label)
        self.choose.setAccessibleName(self.tr("Choose: %1").replace("%1", label))
        self.clear.setAccessibleName(self.tr("Use last folder: %1").replace("%1", label))

    def show_value(self) -> None:
        self.edit.setText(settings.get(self.opt))
        self.edit.setToolTip(self.edit.text())  # a long path may be wider than the field
        self.edit.setCursorPosition(0)
        self.clear.setEnabled(bool(self.edit.text()))

    def pick(self) -> None:
        start = settings.get(self.opt) or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), start)
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str) -> None:
        settings.put(self.opt, folder)
        self.show_value()
        self._on_change()

    def reset(self) -> None:
        self.set_folder("")


def explanation() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


class SettingsDialog(QDialog):
    """Preferences, saved as they change; Close (or Esc) leaves. `apply_language` switches the UI language.

    Each setting is a block from top to bottom: its label, its field, what it means (word-wrapped). The dialog
    takes the width its contents ask for (at least `READING_WIDTH` characters, for the explanations), never more
    than the screen's available width; what does not fit in the screen's height scrolls (vertically only).
    """

    READING_WIDTH = 64  # average characters per line of the explanations
    SCREEN_MARGIN = 40  # pixels left around the dialog on the screen (the window frame, a taskbar)

    def __init__(self, apply_language: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._apply_language = apply_language
        self._fitted = False

        self.language = QComboBox()
        self.language.addItem("", "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.min_group_size = QSpinBox()
        self.min_group_size.setRange(2, 20)
        self.workshop_folder = FolderField(settings.WORKSHOP_FOLDER, self._saved)
        self.export_folder = FolderField(settings.EXPORT_FOLDER, self._saved)
        self.projector = QComboBox()
        self.explain_size = explanation()
        self.explain_workshop_folder = explanation()
        self.explain_export_folder = explanation()
        self.explain_projector = explanation()

        self.body = QWidget()
        blocks = QVBoxLayout(self.body)
        blocks.setContentsMargins(ROOM, ROOM, ROOM, ROOM)  # a focus ring at the scroll area's edge stays whole
        blocks.setSpacing(self.fontMetrics().height())
        self.labels: dict[QWidget, QLabel] = {}
        size_row = QHBoxLayout()
        size_row.addWidget(self.min_group_size)
        size_row.addStretch(1)
        for field, shown, explained in (
                (self.language, self.language, None),
                (self.min_group_size, size_row, self.explain_size),
                (self.workshop_folder, self.workshop_folder, self.explain_workshop_folder),
                (self.export_folder, self.export_folder, self.explain_export_folder),
                (self.projector, self.projector, self.explain_projector)):
            label = QLabel()
            label.setWordWrap(True)
            label.setBuddy(field.edit if isinstance(field, FolderField) else field)
            self.labels[field] = label
            block = QVBoxLayout()
            block.setSpacing(4)
            block.addWidget(label)
            if isinstance(shown, QHBoxLayout):
                block.addLayout(shown)
            else:
                block.addWidget(shown)
            if explained is not None:
                block.addWidget(explained)
            blocks.addLayout(block)
        blocks.addStretch(1)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop that shows nothing
        self.area.setWidget(self.body)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        self.main_layout = QVBoxLayout(self)
        margins = self.main_layout.contentsMargins()  # the body's ROOM taken from the dialog's own margins:
        self.main_layout.setContentsMargins(max(0, margins.left() - ROOM), max(0, margins.top() - ROOM),
                                            max(0, margins.right() - ROOM), margins.bottom())
        bottom.setContentsMargins(ROOM, 0, ROOM, 0)  # the fields and the Close button line up as before
        self.main_layout.addWidget(self.area, 1)
        self.main_layout.addLayout(bottom)

        chain = [self.language, self.min_group_size, *self._folder_widgets(self.workshop_folder),
                 *self._folder_widgets(self.export_folder), self.projector]
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            chain.append(close)
            close.setDefault(True)  # Enter closes (changes are saved at once), not the first Choose… button
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self._load()
        self.retranslate()
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.min_group_size.valueChanged.connect(self._size_chosen)
        self.projector.currentIndexChanged.connect(self._projector_chosen)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._fill_screens)
            app.screenRemoved.connect(self._fill_screens)

    @staticmethod
    def _folder_widgets(field: FolderField) -> list[QWidget]:
        return [field.edit, field.choose, field.clear]

    # --- size -------------------------------------------------------------------------------------------

    def available(self) -> QRect:
        """The available geometry (without taskbars) of the screen the dialog opens on."""
        host = self.parentWidget() or self
        screen = host.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def fit_to(self, available: QRect) -> None:
        """Take the width the contents ask for, never more than `available`; then the height they need at that
        width, or `available`'s height (the blocks scroll)."""
        margins = self.main_layout.contentsMargins()
        bar = self.area.verticalScrollBar().sizeHint().width()
        chrome = margins.left() + margins.right() + bar
        body_min = self.body.minimumSizeHint().width()
        self.area.setMinimumWidth(body_min + bar)  # narrower, the fields would be cut: there is no sideways scroll
        reading = self.fontMetrics().averageCharWidth() * self.READING_WIDTH + 2 * ROOM  # (the ring's room)
        wanted = max(self.body.sizeHint().width(), reading, self.buttons.sizeHint().width() * 3) + chrome
        width = max(min(wanted, available.width() - self.SCREEN_MARGIN), body_min + chrome)
        body_width = width - chrome
        body_height = (self.body.heightForWidth(body_width) if self.body.hasHeightForWidth()
                       else self.body.sizeHint().height())
        bottom = max(self.buttons.sizeHint().height(), self.status.heightForWidth(body_width // 2))
        height = body_height + bottom + margins.top() + margins.bottom() + self.main_layout.spacing()
        self.resize(width, min(height, available.height() - 2 * self.SCREEN_MARGIN))

    def showEvent(self, event: QShowEvent) -> None:
        if not self._fitted:
            self._fitted = True
            self.fit_to(self.available())
        super().showEvent(event)

    # --- reading and showing ------------------------------------------------------------------------------

    def _load(self) -> None:
        index = self.language.findData(settings.get(settings.UI_LANGUAGE))
        self.language.setCurrentIndex(max(index, 0))
        self.min_group_size.setValue(settings.get(settings.DEFAULT_MIN_GROUP_SIZE))
        self._fill_screens()

    def _fill_screens(self) -> None:
        chosen = settings.get(settings.PROJECTOR_SCREEN)
        self.projector.blockSignals(True)
        self.projector.clear()
        self.projector.addItem(self.tr("Automatic: a screen other than this window's"), "")
        for screen in QGuiApplication.screens():
            self.projector.addItem(screen_label(screen), screen_key(screen))
        index = self.projector.findData(chosen)
        if index < 0 and chosen:  # chosen earlier, not connected now: keep the choice visible
            self.projector.addItem(self.tr("%1 (not connected)").replace("%1", chosen), chosen)
            index = self.projector.count() - 1
        self.projector.setCurrentIndex(max(index, 0))
        self.projector.blockSignals(False)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        system_name = LANGUAGE_NAMES[system_language()]
        self.language.setItemText(0, self.tr("Follow the system (%1)").replace("%1", system_name))
        labels = [
            (self.language, self.tr("&Language of the app:")),
            (self.min_group_size, self.tr("&Minimum group size for new workshops:")),
            (self.workshop_folder, self.tr("Folder for &workshops:")),
            (self.export_folder, self.tr("Folder for &exports (PDF, CSV):")),
            (self.projector, self.tr("&Projector screen:")),
        ]
        for field, text in labels:
            self.labels[field].setText(text)
            plain = text.replace("&", "").rstrip(":")
            if isinstance(field, FolderField):
                field.retranslate(plain)
                if field is self.export_folder:  # exports have their own rule without a folder (export_dialog)
                    field.edit.setPlaceholderText(self.tr("Beside the workshop file"))
            else:
                field.setAccessibleName(plain)
        self.min_group_size.setSuffix(self.tr(" answers"))
        self.explain_size.setText(self.tr(
            "A group's figures are shown only when at least this many have answered. Each workshop keeps its "
            "own value; this is what new workshops start with."))
        self.explain_workshop_folder.setText(self.tr(
            "Opening and saving workshops starts in this folder. Without one, in the folder last used."))
        self.explain_export_folder.setText(self.tr(
            "Exports are proposed in this folder. Without one, beside the workshop file, or in the folder last "
            "chosen for that workshop's exports."))
        self.explain_projector.setText(self.tr(
            "The projector window opens on this screen. Automatic picks a screen other than the one this "
            "window is on."))
        self.projector.setItemText(0, self.tr("Automatic: a screen other than this window's"))
        self.status.setText(self.tr("Changes are saved at once."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange) and self.isVisible():
            self.fit_to(self.available())  # other words, other widths

    # --- saving ---------------------------------------------------------------------------------------------

    def _saved(self) -> None:
        self.status.setText(self.tr("Saved."))

    def _language_chosen(self) -> None:
        choice = str(self.language.currentData() or "")
        settings.put(settings.UI_LANGUAGE, choice)
        self._apply_language(effective_language(choice))  # Qt's LanguageChange then retranslates us
        self._saved()

    def _size_chosen(self, value: int) -> None:
        settings.put(settings.DEFAULT_MIN_GROUP_SIZE, value)
        self._saved()

    def _projector_chosen(self) -> None:
        settings.put(settings.PROJECTOR_SCREEN, str(self.projector.currentData() or ""))
        self._saved()
