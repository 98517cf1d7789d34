"""Text in the WORKSHOP's language, for what the room sees: participant entry and the projector.

The facilitator's windows speak the UI language (installed translators, `ui.i18n`); the participants must
read their buttons in the language of the statements they answer, i.e. the workshop's, whatever the
facilitator's UI is set to. A Danish facilitator may run an English workshop, and the other way round.

`translate` looks texts up in a private QTranslator per language (never installed, so the UI is untouched),
loaded from the same catalogues (translations/vzworkshop_{language}.qm); English is the source text, its
catalogue adds only the plural forms. Classes shown to the room override `tr` with it, under their own class
name as the context, which is where pyside6-lupdate files their `self.tr("...")` texts; module functions
pass `language=` to `ui.translate.tr` (the empty context).
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from vzworkshop.paths import translations_dir

_catalogues: dict[str, QTranslator | None] = {}


def _catalogue(language: str) -> QTranslator | None:
    """The loaded catalogue of `language`, or None (English without its plural catalogue: source text)."""
    if language not in _catalogues:
        translator = QTranslator()
        _catalogues[language] = translator if translator.load(f"vzworkshop_{language}",
                                                              str(translations_dir())) else None
    return _catalogues[language]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1,
              language: str = "en") -> str:
    """`text` (of `context`) in `language`; `n` picks the plural form of a text with %n, as Qt's translate."""
    catalogue = _catalogue(language)
    found = catalogue.translate(context, text, disambiguation, n) if catalogue is not None else None
    result = found or text
    if n >= 0:
        result = result.replace("%Ln", str(n)).replace("%n", str(n))
    return result
