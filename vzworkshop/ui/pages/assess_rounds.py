"""The "New round" dialog: a name, baseline or follow-up, and optional groups (departments), one per line."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vzworkshop.core.rounds import BASELINE, FOLLOW_UP, unused_round_name

KINDS = ("baseline", "follow_up")


def parse_groups(text: str) -> list[str]:
    """One group per line; blank lines ignored. Raises ValueError naming a group given twice."""
    names = [line.strip() for line in text.splitlines() if line.strip()]
    seen: set[str] = set()
    for name in names:
        if name.casefold() in seen:
            raise ValueError(name)
        seen.add(name.casefold())
    return names


class NewRoundDialog(QDialog):
    def __init__(self, existing: list[str], language: str = "en", parent: QWidget | None = None) -> None:
        """`existing`: the rounds' names; `language`: the workshop's (the suggested name prints in the PDFs)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("New round"))
        self._existing = {n.casefold() for n in existing}
        self._language = language
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of round"))
        self.kind.addItem(self.tr("Baseline"), BASELINE)
        self.kind.addItem(self.tr("Follow-up"), FOLLOW_UP)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Round name"))
        self.groups = QPlainTextEdit()
        self.groups.setAccessibleName(self.tr("Groups, one per line"))
        self.groups.setTabChangesFocus(True)
        self.groups.setPlaceholderText(self.tr("Leave empty for one group.\nOr one department per line, e.g.\n"
                                               "Home care\nKitchen"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #a00000; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()
        if existing:
            self.kind.setCurrentIndex(1)
        self.name.setText(self._suggest())
        self.kind.currentIndexChanged.connect(lambda _i: self.name.setText(self._suggest()))
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Groups:"), self.groups)
        hint = QLabel(self.tr("Groups let you compare departments. A group's results are shown only when it "
                              "has enough answers."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name.selectAll()
        self.name.setFocus()

    def _suggest(self) -> str:
        return unused_round_name(self._language, str(self.kind.currentData()), self._existing)

    def values(self) -> tuple[str, str, list[str]]:
        """(name, kind, groups); raises ValueError with a message for the user."""
        name = self.name.text().strip()
        if not name:
            raise ValueError(self.tr("The round needs a name."))
        if name.casefold() in self._existing:
            raise ValueError(self.tr("There is already a round called \"{name}\".").format(name=name))
        try:
            groups = parse_groups(self.groups.toPlainText())
        except ValueError as exc:
            raise ValueError(self.tr("The group \"{name}\" is listed twice.").format(name=exc.args[0])) from exc
        return name, str(self.kind.currentData()), groups

    def accept(self) -> None:
        try:
            self.values()
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
