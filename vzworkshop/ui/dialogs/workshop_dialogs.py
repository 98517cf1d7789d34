"""New workshop and Workshop details: the workshop form with OK/Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from vzworkshop.store.records import Workshop
from vzworkshop.ui.dialogs.workshop_form import WorkshopForm
from vzworkshop.ui.style import SUBHEADING_SCALE, heading, muted
from vzworkshop.ui.translate import tr


class _FormDialog(QDialog):
    def __init__(self, title: str, intro: str, ok_text: str, workshop: Workshop | None,
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = WorkshopForm(workshop, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading(title, SUBHEADING_SCALE))
        if intro:
            layout.addWidget(muted(intro))
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)
        self.form.organisation.setFocus()

    def accept(self) -> None:
        if self.form.validate():
            super().accept()
            return
        # the message adds lines: grow to fit them, or the wrapped hints above it are squeezed and cut
        layout = self.layout()
        if layout is not None:
            layout.activate()
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def workshop(self) -> Workshop:
        return self.form.workshop()



class NewWorkshopDialog(_FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("New workshop"),
                         tr("Fill in what you know now; everything can be changed later under "
                                "Workshop > Details. Next you choose where to save the workshop file."),
                         tr("Continue..."), None, parent)


class DetailsDialog(_FormDialog):
    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(tr("Workshop details"), "", tr("Save"), workshop, parent)
