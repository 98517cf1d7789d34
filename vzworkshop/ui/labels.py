"""Translated labels shared by several screens (language names, yes/no, step labels, dates)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale

from vzworkshop.core import formatting
from vzworkshop.ui.translate import tr


def language_name(code: str) -> str:
    names = {"da": tr("Danish (dansk)"), "en": tr("English")}
    return names.get(code, code)


def step_label(number: int, short_title: str) -> str:
    return tr("Step %1: %2").replace("%1", str(number)).replace("%2", short_title)


def yes_no(value: bool) -> str:
    return tr("Yes") if value else tr("No")


def iso_to_qdate(text: str) -> QDate:
    date = QDate.fromString(text, "yyyy-MM-dd")
    return date if date.isValid() else QDate()


def qdate_to_iso(date: QDate) -> str:
    return date.toString("yyyy-MM-dd") if date.isValid() else ""


def format_date(text: str, language: str) -> str:
    """An ISO date as `language` writes it: 23.11.2026 (da), 23 Nov 2026 (en), as in the PDFs."""
    return formatting.date(text, language)


def date_edit_format() -> str:
    """The display format of date fields in the UI language (QLocale's default, set with the translations):
    23.11.2026 in Danish, 23 Nov 2026 in English."""
    return "dd.MM.yyyy" if QLocale().language() == QLocale.Language.Danish else "d MMM yyyy"
