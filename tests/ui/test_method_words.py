"""The method's own words on screen and in the PDFs (ISSA guide §4 and §5): results of the assessment, the
distribution of the answers 1-5 and "ved ikke" (0 in the guide, no "?"), proactive leading indicators
("proaktive mål"), and "ved ikke" as a count in step 3 as in step 2."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from vzworkshop.reports.demo import build_demo
from vzworkshop.reports.export import export_pdf
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Workshop
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.pages.assess import AssessPage
from vzworkshop.ui.pages.prioritise import PrioritisePage

WORDS = {
    "da": ("Vurderingens resultater", "Fordeling (1-5, ved ikke)", "Proaktivt mål"),
    "en": ("Results of the assessment", "Distribution (1-5, don't know)", "Proactive leading indicator"),
}


def test_steps_2_and_3_use_the_methods_words(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    store = WorkshopStore.create(tmp_path / "w.vzw", Workshop(organisation="Demo", language=language))
    build_demo(store, language)
    window = WorkshopWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 720)
    window.show()
    results, distribution, indicator = WORDS[language]
    window.show_step(2, focus=False)
    step2 = window.page(2)
    assert isinstance(step2, AssessPage)
    table = step2.results.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
    assert distribution in headers and not any("?" in h for h in headers)
    dont_know = headers.index("Ved ikke" if language == "da" else "Don't know")
    counts2 = {table.item(r, 0).text().split(".")[0]: table.item(r, dont_know).text()  # type: ignore[union-attr]
               for r in range(table.rowCount())}

    window.show_step(3, focus=False)
    QApplication.processEvents()
    step3 = window.page(3)
    assert isinstance(step3, PrioritisePage)
    assert step3.evidence.title.text() == results
    items = step3.evidence.items
    counts3 = {items.item(r, 0).text().split(".")[0]: items.item(r, 4).text()  # type: ignore[union-attr]
               for r in range(items.rowCount())}
    assert counts3 == {k: v for k, v in counts2.items() if k in counts3} and counts3  # counts, as in step 2
    assert not any("%" in v for v in counts3.values())
    labels = {w.text().replace("&", "") for w in step3.editor.findChildren(QLabel)}
    assert indicator in labels
    window.close()
    store.close()


def test_the_action_plan_pdf_names_the_proactive_leading_indicator(tmp_path: Path, language: str) -> None:
    store = WorkshopStore.create(tmp_path / "w.vzw", Workshop(organisation="Demo", language=language))
    build_demo(store, language)
    export_pdf(store, "actions", tmp_path / "plan.pdf")
    store.close()
    text = " ".join((PdfReader(tmp_path / "plan.pdf").pages[0].extract_text() or "").split())
    assert ("Proaktivt mål" if language == "da" else "Leading indicator") in text
    assert "Indikator" not in text
