"""Layout rules every page follows: one heading pattern, the key column of a table gets the room."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QGroupBox, QHeaderView, QLabel, QTableWidget
from pytestqt.qtbot import QtBot

from vzworkshop.core.content import load_content
from vzworkshop.reports.demo import build_demo
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Workshop
from vzworkshop.ui.i18n import Translations
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.widgets.page_header import PageHeader
from vzworkshop.ui.widgets.section import Section


def demo_window(qtbot: QtBot, tmp_path: Path, language: str, size: tuple[int, int] = (1366, 768)) -> WorkshopWindow:
    store = WorkshopStore.create(tmp_path / f"demo-{language}.vzw", Workshop(organisation="Demo", language=language))
    build_demo(store, language)
    window = WorkshopWindow(store)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def danish_ui(_english_ui: Translations) -> Iterator[None]:
    danish = Translations()
    danish.apply("da")
    yield
    _english_ui.apply("en")


def headings(window: WorkshopWindow) -> list[tuple[str, int, int]]:
    """Each page's heading: its text, point size and x position within the page."""
    shown = []
    for step in range(1, 7):
        if step == 6:
            window.show_agenda()
            page = window.agenda_page
        else:
            window.show_step(step, focus=False)
            page = window.page(step)
        QApplication.processEvents()
        header = page.findChild(PageHeader)
        assert header is not None, f"{type(page).__name__} has no PageHeader"
        label = header.heading
        shown.append((label.text(), label.font().pointSize(), label.mapTo(page, label.rect().topLeft()).x()))
    return shown


@pytest.mark.parametrize("workshop_language", ["da", "en"])
def test_every_page_heading_follows_one_pattern_in_english(qtbot: QtBot, tmp_path: Path,
                                                          workshop_language: str) -> None:
    window = demo_window(qtbot, tmp_path, workshop_language)
    steps = load_content(workshop_language).steps
    found = headings(window)
    assert [text for text, _, _ in found] == [f"Step {s.number} · {s.short_title}" for s in steps] + ["Agenda"]
    assert len({size for _, size, _ in found}) == 1, "the same font size on every page"
    assert len({x for _, _, x in found}) == 1, "the same left margin on every page"
    window.close()


def test_every_page_heading_follows_one_pattern_in_danish(qtbot: QtBot, tmp_path: Path, danish_ui: None) -> None:
    window = demo_window(qtbot, tmp_path, "da")
    steps = load_content("da").steps
    assert [text for text, _, _ in headings(window)] == [f"Trin {s.number} · {s.short_title}" for s in steps] + [
        "Dagsorden"]
    window.close()


def key_column_gets_the_room(table: QTableWidget, key: int, at_least: int) -> None:
    header = table.horizontalHeader()
    assert header.sectionResizeMode(key) == QHeaderView.ResizeMode.Stretch
    widths = [header.sectionSize(c) for c in range(table.columnCount()) if not table.isColumnHidden(c)]
    assert header.sectionSize(key) >= at_least, widths
    assert header.sectionSize(key) == max(widths), widths
    for column in range(table.columnCount()):  # no header cut off: it fits its column (wrapped on words)
        item = table.horizontalHeaderItem(column)
        if item is None or table.isColumnHidden(column):
            continue
        for line in item.text().split("\n"):
            assert header.fontMetrics().horizontalAdvance(line) <= header.sectionSize(column), (column, line)


def test_step3_and_step4_tables_give_the_key_column_the_room_at_1366x768(qtbot: QtBot, tmp_path: Path) -> None:
    window = demo_window(qtbot, tmp_path, "da")
    window.show_step(3, focus=False)
    page3 = window.page(3)
    qtbot.wait(50)
    QApplication.processEvents()
    key_column_gets_the_room(page3.evidence.items, 0, 140)  # type: ignore[attr-defined]
    key_column_gets_the_room(page3.problems.table, 1, 140)  # type: ignore[attr-defined]
    window.show_step(4, focus=False)
    page4 = window.page(4)
    qtbot.wait(50)
    QApplication.processEvents()
    key_column_gets_the_room(page4.table, 1, 200)  # type: ignore[attr-defined]
    window.close()


def test_sections_have_one_style_on_steps_1_3_4_5_and_the_agenda(qtbot: QtBot, tmp_path: Path) -> None:
    """Bold section titles (style.section_title), no framed group boxes; the title names the section."""
    window = demo_window(qtbot, tmp_path, "en")
    for page in [*(window.page(step) for step in (1, 3, 4, 5)), window.agenda_page]:
        assert page.findChildren(QGroupBox) == [], type(page).__name__
    titles = {label.text() for page in (window.page(1), window.agenda_page)
              for label in page.findChildren(QLabel) if label.property("role") == "section"}
    assert {"Leadership commitment", "Working-environment team", "Notes", "Selected block",
            "Facilitator's notes per step"} <= titles
    sections = {s.accessibleName() for s in [*window.page(1).findChildren(Section),
                                             *window.agenda_page.findChildren(Section)]}
    assert "Working-environment team" in sections and "Selected block" in sections
    window.close()
