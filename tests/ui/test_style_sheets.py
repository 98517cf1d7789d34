"""Style sheets sit on the few widgets that need them, never on the whole application: an application-wide sheet
sends every widget through Qt's style-sheet machinery and made building a page three times slower."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from vzworkshop.store import WorkshopStore
from vzworkshop.ui import style
from vzworkshop.ui.main_window import WorkshopWindow


def test_the_application_has_no_style_sheet_of_its_own(qapp: QApplication) -> None:
    saved = qapp.styleSheet()
    try:
        qapp.setStyleSheet("QWidget { color: red; }")
        style.apply_style(qapp)
        assert qapp.styleSheet() == "QWidget { color: red; }"  # apply_style neither sets nor clears one
    finally:
        qapp.setStyleSheet(saved)
    assert saved == ""


def test_a_step_page_is_built_with_few_styled_widgets(qtbot: QtBot, store: WorkshopStore) -> None:
    window = WorkshopWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    widgets = window.findChildren(QWidget)
    styled = [w for w in widgets if w.styleSheet()]
    assert window.sidebar.styleSheet() == style.SIDEBAR_SHEET
    assert styled and len(styled) * 5 < len(widgets), [type(w).__name__ for w in styled]


def test_headings_and_muted_texts_keep_their_colours(qtbot: QtBot) -> None:
    heading, muted = style.heading("Trin 1"), style.muted("Kun for dig")
    qtbot.addWidget(heading)
    qtbot.addWidget(muted)
    assert heading.palette().color(heading.foregroundRole()).name() == style.HEADING
    assert muted.palette().color(muted.foregroundRole()).name() == style.MUTED


def test_every_sheet_is_formatted() -> None:
    for sheet in style.ALL_SHEETS:
        assert "{" in sheet and "{{" not in sheet  # formatted, not a template left unformatted
