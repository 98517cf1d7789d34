"""Accessibility checks shared by the UI tests: which widgets a person operates, and whether each has a name.

The rule: every visible control a person operates has a name a screen reader can speak.
- a button (push, tool, check, radio) with visible text is named by its text; one with only an icon needs
  setAccessibleName;
- text fields, combo boxes, spin/date boxes, lists, tables and sliders always need setAccessibleName (a label
  beside them is not enough: not every platform links it);
- parts Qt builds inside other controls (a spin box's line edit, a table's header, scroll bars, a tab bar's
  scroll arrows, a combo box's popup list) are covered by their owner.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
               QAbstractItemView, QAbstractSlider)


def _inner_part(w: QWidget) -> bool:
    """A widget Qt builds inside another control (named through its owner)."""
    if isinstance(w, QHeaderView | QScrollBar):
        return True
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QTabBar | QCalendarWidget | QScrollBar):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget, visible_only: bool = True) -> list[QWidget]:
    """The controls a person operates under `root` (visible ones, unless told otherwise)."""
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or _inner_part(w):
            continue
        if visible_only and not w.isVisible():
            continue
        out.append(w)
    return out


def spoken_name(w: QWidget) -> str:
    name = w.accessibleName().strip()
    if name:
        return name
    if isinstance(w, QAbstractButton):
        return w.text().replace("&", "").strip()
    return ""


def unnamed(root: QWidget) -> list[str]:
    return [describe(w) for w in controls(root) if not spoken_name(w)]


def describe(w: QWidget) -> str:
    owner = w.parentWidget()
    path = []
    while owner is not None and len(path) < 4:
        path.append(type(owner).__name__ + (f"#{owner.objectName()}" if owner.objectName() else ""))
        owner = owner.parentWidget()
    return f"{type(w).__name__}({w.objectName()!r}) in {' < '.join(path)}"


def tab_reachable(w: QWidget) -> bool:
    return bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus) and w.isEnabled() and w.isVisible()
