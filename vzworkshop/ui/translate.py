"""Translation for text written outside a QObject subclass (module functions, helpers, plain classes).

pyside6-lupdate files a bare `tr("...")` call under the EMPTY context, so that is where it must be looked up at
run time: a helper that translated in a named context ("ProblemPanel", ...) would never find its Danish text.
Write `tr("literal")` (a literal, never an f-string; use %1 placeholders and `.replace`) and lupdate finds it.
Inside a QObject subclass keep using `self.tr("...")`, which lupdate files under the class name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the UI language; `n` picks the plural form of a text with %n."""
    return QCoreApplication.translate("", text, disambiguation, n)
