"""The user interface's language: our own translations plus Qt's (dialog buttons), switchable at run time.

The UI language is the user's choice (settings) or follows the system: Danish when the system is Danish,
otherwise English (`system_language`). The workshop's language is separate: it decides the method content and the PDFs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from vzworkshop.paths import translations_dir

UI_LANGUAGES = ("da", "en")
# Qt's own texts that Qt's catalogue for a language lacks (translations/qtbase_supplement_da.ts: the file
# dialog's "&Look in:" and "Files of &type:", the file types), loaded after Qt's so they are looked up first.
QT_SUPPLEMENTS = {"da": "qtbase_supplement_da"}


def system_language() -> str:
    """The UI language that "follow the system" means: Danish on a Danish system, otherwise English (the
    product's rule: "Danish or English, otherwise English"). The one definition, used at start-up and by
    Settings' "Follow the system (...)"."""
    return "da" if QLocale.system().language() == QLocale.Language.Danish else "en"


def locale_for(language: str) -> QLocale:
    if language == "da":
        return QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class Translations:
    """Installs and swaps the translators of one QCoreApplication."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> bool:
        """Install `language` (da/en); returns False if our catalogue for it could not be loaded."""
        if language not in UI_LANGUAGES:
            language = "en"
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        ok = True
        ours = QTranslator()
        if ours.load(f"vzworkshop_{language}", str(translations_dir())):
            QCoreApplication.installTranslator(ours)
            self._installed.append(ours)
        else:
            ok = language == "en"  # English is the source language: no catalogue needed
        qt = QTranslator()
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            QCoreApplication.installTranslator(qt)
            self._installed.append(qt)
        supplement = QTranslator()
        if language in QT_SUPPLEMENTS and supplement.load(QT_SUPPLEMENTS[language], str(translations_dir())):
            QCoreApplication.installTranslator(supplement)
            self._installed.append(supplement)
        QLocale.setDefault(locale_for(language))
        self.language = language
        return ok
