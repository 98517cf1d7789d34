"""Translation for text written outside a QObject subclass (module functions, helpers, plain classes).

pyside6-lupdate files a bare `tr("...")` call under the EMPTY context, so that is where it must be looked up at
run time: a helper that translated in a named context ("ProblemPanel", ...) would never find its Danish text.
Write `tr("literal")` (a literal, never an f-string; use %1 placeholders and `.replace`) and lupdate finds it.
Inside a QObject subclass keep using `self.tr("...")`, which lupdate files under the class name.
What the room sees (participant entry, projector) passes `language=` the workshop's: see `workshop_language`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vzworkshop.ui.workshop_language import translate


def tr(text: str, disambiguation: str | None = None, n: int = -1, language: str | None = None) -> str:
    """`text` in the UI language, or in `language` (the workshop's) when given; `n` picks the plural form of a
    text with %n."""
    if language is not None:
        return translate("", text, disambiguation, n, language=language)
    return QCoreApplication.translate("", text, disambiguation, n)
