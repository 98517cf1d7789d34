"""A drop-down that shows its whole current text where its row has room.

QComboBox sizes itself once to a minimum number of characters and cuts what is longer without a mark: step 2's
round showed "Nulpunktsmåling novem", the action's problem "…stress og krænkels". `FittedCombo` asks for the
width of its current text (up to a cap, so one long name cannot push the row's other controls off), and where
the layout gives it less, draws the text shortened with "…" and gives the whole text as its tooltip and
accessible description. Its list shows every choice whole already (Qt makes it as wide as the widest, within
the screen).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

CAP_CHARACTERS = 48  # the widest a combo asks to be, in average characters of its font


class FittedCombo(QComboBox):
    """A QComboBox as wide as its current text (up to `cap` average characters; never narrower than
    `minimumContentsLength`), drawn shortened with "…" where it gets less, the whole text then in its tooltip
    and accessible description.

    It follows its text however that changes: by the user, by `setCurrentIndex` with the signals blocked (as
    a page's refresh does), or by the items changing under it."""

    def __init__(self, parent: QWidget | None = None, cap: int = CAP_CHARACTERS,
                 elide: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle) -> None:
        super().__init__(parent)
        self.cap = cap
        self.elide = elide
        self._sized_for: str | None = None  # the text the size hint was last given for
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currentIndexChanged.connect(self._text_changed)
        self.currentTextChanged.connect(self._text_changed)
        model = self.model()  # its signals are not blocked with the combo's
        model.rowsInserted.connect(self._text_changed)
        model.rowsRemoved.connect(self._text_changed)
        model.dataChanged.connect(self._text_changed)
        model.modelReset.connect(self._text_changed)

    def setCurrentIndex(self, index: int) -> None:
        super().setCurrentIndex(index)
        self._text_changed()

    def _text_changed(self, *_args: object) -> None:
        if self.currentText() != self._sized_for:
            self._sized_for = self.currentText()
            self.updateGeometry()
        self._describe()

    def _field_width(self) -> int:
        """The width the current text is drawn in."""
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return field.width()

    def shortened(self) -> bool:
        """Whether the current text is drawn shortened."""
        return self.fontMetrics().horizontalAdvance(self.currentText()) > self._field_width()

    def shown_text(self) -> str:
        """The current text as drawn: whole, or shortened with "…"."""
        return self.fontMetrics().elidedText(self.currentText(), self.elide, self._field_width())

    def _describe(self) -> None:
        whole = self.currentText() if self.shortened() else ""
        if self.toolTip() != whole:
            self.setToolTip(whole)
        if self.accessibleDescription() != whole:
            self.setAccessibleDescription(whole)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()  # the minimum contents length, with the arrow and frame
        metrics = self.fontMetrics()
        text = min(metrics.horizontalAdvance(self.currentText()), metrics.averageCharWidth() * self.cap)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        wanted = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, opt,
                                               QSize(text + 2, hint.height()), self)
        return QSize(max(hint.width(), wanted.width()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._describe()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.currentText() != self._sized_for:  # changed where no signal told (items set while blocked)
            self._text_changed()
        if self.isEditable():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        opt.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)
