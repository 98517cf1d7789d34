from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from vzworkshop.ui.i18n import Translations, locale_for


def test_qt_strings_follow_the_language(qapp: QApplication) -> None:
    translations = Translations()
    try:
        translations.apply("da")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"
        assert QLocale().toString(3.5, "f", 1) == "3,5"
        translations.apply("en")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
        assert QLocale().toString(3.5, "f", 1) == "3.5"
    finally:
        translations.apply("en")


def test_locale_for_languages() -> None:
    assert locale_for("da").language() == QLocale.Language.Danish
    assert locale_for("en").language() == QLocale.Language.English
