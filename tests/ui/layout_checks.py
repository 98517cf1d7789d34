"""What a reader sees cut or overlapping in a window: shared by the layout tests.

    problems = layout_problems(window)   # [] when every visible control shows its whole text, inside its window
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

CONTROLS = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView)
LINE_EDIT_MARGIN = 2  # QLineEdit's own horizontal margin inside the frame, each side


def controls(root: QWidget) -> list[QWidget]:
    """The visible controls under `root`, not the parts of one (a spin box's line edit, a table's header)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        parent = widget.parentWidget()
        inside_control = False
        while parent is not None and parent is not root:
            if isinstance(parent, CONTROLS):
                inside_control = True
                break
            parent = parent.parentWidget()
        if not inside_control:
            found.append(widget)
    return found


def name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)) else ""
    return f"{type(widget).__name__} {widget.accessibleName() or text!r}"


def rect_in(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def shown_rect(widget: QWidget, scrolled: bool = False) -> QRect:
    """The part of the widget its ancestors leave visible (in its own coordinates). A scroll area's viewport
    clips only sideways unless `scrolled`: what it hides above or below is a scroll away."""
    shown = widget.rect()
    child = widget
    parent = widget.parentWidget()
    scrolls = False
    while parent is not None and not child.isWindow():
        offset = widget.mapTo(parent, QPoint(0, 0))
        bounds = parent.rect().translated(-offset)
        grand = parent.parentWidget()
        scrolls = scrolls or (not scrolled and isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent)
        if scrolls:
            bounds.setTop(shown.top())
            bounds.setBottom(shown.bottom())
        shown = shown.intersected(bounds)
        child, parent = parent, grand
    return shown


def cut_text(widget: QWidget) -> str | None:
    """Why the widget's text does not fit, or None."""
    metrics = widget.fontMetrics()
    if isinstance(widget, QLabel):
        if widget.wordWrap() and widget.heightForWidth(widget.width()) > widget.height():
            return f"wraps to {widget.heightForWidth(widget.width())} px in {widget.height()} px"
        if not widget.wordWrap() and widget.minimumSizeHint().width() > widget.width():
            return f"needs {widget.minimumSizeHint().width()} px, has {widget.width()} px"
    elif isinstance(widget, QAbstractButton):
        if widget.text() and widget.sizeHint().width() > widget.width():
            return f"needs {widget.sizeHint().width()} px, has {widget.width()} px"
    elif isinstance(widget, QLineEdit):
        frame = widget.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, widget)
        margins = widget.textMargins()
        room = widget.width() - 2 * frame - 2 * LINE_EDIT_MARGIN - margins.left() - margins.right()
        if not widget.text() and metrics.horizontalAdvance(widget.placeholderText()) > room:
            return f"placeholder needs {metrics.horizontalAdvance(widget.placeholderText())} px, has {room} px"
    elif isinstance(widget, QComboBox) and not widget.isEditable():
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                              QStyle.SubControl.SC_ComboBoxEditField, widget)
        shortened = getattr(widget, "shown_text", None)  # a FittedCombo: "…" and the whole text as tooltip
        if shortened is not None and "…" in shortened() and widget.toolTip() == widget.currentText() \
                and widget.accessibleDescription() == widget.currentText():
            return None
        if metrics.horizontalAdvance(widget.currentText()) > field.width():
            return f"{widget.currentText()!r} needs {metrics.horizontalAdvance(widget.currentText())} px, " \
                   f"has {field.width()} px"
    return None


def layout_problems(root: QWidget) -> list[str]:
    """Every control whose text is cut, that is cut by its parents, or that overlaps another."""
    problems = []
    shown = controls(root)
    for widget in shown:
        why = cut_text(widget)
        if why:
            problems.append(f"{name(widget)}: {why}")
        visible = shown_rect(widget)
        if not visible.isEmpty() and visible != widget.rect():
            problems.append(f"{name(widget)}: only {visible.width()}x{visible.height()} of "
                            f"{widget.width()}x{widget.height()} px shown")
    seen = {widget: shown_rect(widget, scrolled=True).translated(widget.mapTo(root, QPoint(0, 0))) for widget in shown}
    for first, second in itertools.combinations(shown, 2):
        if seen[first].intersects(seen[second]):
            problems.append(f"{name(first)} overlaps {name(second)}")
    return problems
