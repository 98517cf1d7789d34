"""The Alt+letter keys a window offers: the menu bar's titles and the mnemonics of the visible buttons, check
boxes, labels (with a buddy) and tabs; and where two of them share a letter."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QTabBar, QWidget


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand), lower case; None without one."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and not widget.visibleRegion().isEmpty() if window.isVisible() else False


def page_mnemonics(window: QMainWindow) -> list[tuple[str, str, QWidget]]:
    """(letter, text, widget) of every mnemonic shown in `window` outside its menu bar: what Alt+letter
    reaches on the page in view. A label's counts only with a buddy (without one it does nothing)."""
    found: list[tuple[str, str, QWidget]] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or window.menuBar().isAncestorOf(widget):
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton):
            texts = [widget.text()]
        elif isinstance(widget, QLabel):
            texts = [widget.text()] if widget.buddy() is not None or mnemonic(widget.text()) else []
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        for text in texts:
            letter = mnemonic(text)
            if letter is not None:
                found.append((letter, text, widget))
    return found


def menu_mnemonics(window: QMainWindow) -> dict[str, str]:
    return {letter: action.text() for action in window.menuBar().actions()
            if action.isVisible() and (letter := mnemonic(action.text())) is not None}


def clashes(window: QMainWindow) -> list[str]:
    """Every letter used twice: by two things on the page, or by one and a menu of the menu bar."""
    menus = menu_mnemonics(window)
    by_letter: dict[str, list[str]] = defaultdict(list)
    for letter, text, _ in page_mnemonics(window):
        by_letter[letter].append(text)
    problems = []
    for letter, texts in sorted(by_letter.items()):
        if letter in menus:
            problems.append(f"Alt+{letter.upper()}: {texts} and the menu {menus[letter]!r}")
        elif len(texts) > 1:
            problems.append(f"Alt+{letter.upper()}: {texts}")
    return problems
