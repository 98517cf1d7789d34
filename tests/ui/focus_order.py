"""Where Tab goes, and whether that follows the reading order of what is on screen: shared by the UI tests.

    chain = tab_chain(qtbot, first, page)        # the widgets Tab visits under `page`, starting at `first`
    assert backward_steps(chain, page) == []     # no step goes back up a column, left along a row, or up-left
    assert skipped_stops(chain, page) == []      # every visible control that takes Tab focus is visited

"Reading order" is top to bottom, left to right. Where controls stand in columns (a table beside a form) either
column may be read first, so only what is backwards in every reading counts as wrong, for any two controls of
the chain (not only neighbours): a later one above an earlier one in the same column, left of it in the same
row, or both above and left of it.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.a11y import controls


def where(widget: QWidget, root: QWidget) -> QRect:
    """The widget's place in `root`'s coordinates, as if every scroll area inside `root` were scrolled to its
    top (Tab scrolls them as it goes; their contents keep their order whatever they show)."""
    place = QPoint(0, 0)
    child = widget
    while child is not root:
        parent = child.parentWidget()
        assert parent is not None, "not under root"
        area = parent.parentWidget()
        scrolled = isinstance(area, QAbstractScrollArea) and area.viewport() is parent and area is not root
        place += QPoint(0, 0) if scrolled else child.pos()
        child = parent
    return QRect(place, widget.size())


def describe(widget: QWidget, root: QWidget) -> str:
    rect = where(widget, root)
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__} {widget.accessibleName() or text!r} at ({rect.x()}, {rect.y()})"


def _owner(widget: QWidget, root: QWidget) -> QWidget:
    """The control a focused part belongs to (a combo box's or spin box's own line edit: the box)."""
    for candidate in controls(root):
        if candidate is widget or candidate.isAncestorOf(widget):
            return candidate
    return widget


def tab_chain(qtbot: QtBot, first: QWidget, root: QWidget, limit: int = 120) -> list[QWidget]:
    """Puts the focus on `first`, then presses Tab (as the user does) until the focus leaves `root` or comes
    back to `first`: the widgets visited, in order, `first` included."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first or first.isAncestorOf(QApplication.focusWidget()))
    chain = [first]
    for _ in range(limit):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or not root.isAncestorOf(now):
            return chain
        now = _owner(now, root)
        if now is first:
            return chain
        chain.append(now)
    raise AssertionError(f"Tab did not leave the page or come back in {limit} presses")


def backward_steps(chain: list[QWidget], root: QWidget) -> list[str]:
    """Every pair of the chain whose later control stands before the earlier one in any reading order."""
    wrong = []
    for a, b in itertools.combinations(chain, 2):
        ra, rb = where(a, root), where(b, root)
        above = rb.bottom() < ra.top()
        left = rb.right() < ra.left()
        same_column = rb.left() <= ra.right() and ra.left() <= rb.right()
        same_row = rb.top() <= ra.bottom() and ra.top() <= rb.bottom()
        if above and left:
            how = "up and left of"
        elif above and same_column:
            how = "above"
        elif left and same_row:
            how = "left of"
        else:
            continue
        wrong.append(f"{describe(b, root)} comes after, but is {how}, {describe(a, root)}")
    return wrong


def skipped_stops(chain: list[QWidget], root: QWidget) -> list[str]:
    """Visible enabled controls under `root` that take Tab focus but that Tab never reached."""
    visited = set(chain)
    return [describe(w, root) for w in controls(root)
            if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w not in visited
            and not any(w.isAncestorOf(v) or v.isAncestorOf(w) for v in visited)]
