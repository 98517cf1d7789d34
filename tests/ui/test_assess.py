"""The assess page as a facilitator uses it: rounds, results with the threshold, discussion, hazards."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vzworkshop.core.tally import Ballot
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import HazardSelection, ItemAssessment, StepNote
from vzworkshop.ui.changes import Changes
from vzworkshop.ui.pages.assess import AssessPage
from vzworkshop.ui.pages.assess_rounds import NewRoundDialog, parse_groups
from vzworkshop.ui.widgets.autosave import flush_all
from vzworkshop.ui.widgets.bars import AnswerBars


def vote(store: WorkshopStore, round_id: int, group: str, answers: dict[int, int]) -> None:
    gid = store.group_named(round_id, group).id
    assert gid is not None
    store.add_ballot(Ballot(round_id, gid, answers))


def make_page(qtbot: QtBot, store: Any) -> AssessPage:
    page = AssessPage(store)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_results_per_group_with_threshold_and_comparison(qtbot: QtBot, store: Any) -> None:
    base = store.add_round("Baseline")
    for value in (1, 2, 3):
        vote(store, base.id, "", {1: value, 2: 2})
    follow = store.add_round("Follow-up", "follow_up", ["Kitchen", "Office", "Lab"])
    for value in (4, 4, 5, 2):
        vote(store, follow.id, "Kitchen", {1: value, 2: 3, 3: 0})
    for value in (1, 3, 5):
        vote(store, follow.id, "Office", {1: value, 2: 1})
    vote(store, follow.id, "Lab", {1: 5})
    page = make_page(qtbot, store)
    assert page.round_box.currentText() == "Follow-up"
    results = page.results
    # the whole round: 8 ballots, item 1 mean 29/8
    assert results.cell_text(1, 1) == "3,6"
    assert results.cell_text(1, 2) == "2,0", "the earlier round's mean beside the current one"
    assert results.cell_text(3, 4) == "4"
    bars = results.table.cellWidget(results.item_row(1), 3)
    assert isinstance(bars, AnswerBars) and bars.counts() == (0, 1, 1, 1, 2, 3)
    views = [results.view.itemText(i) for i in range(results.view.count())]
    # Lab (1) is withheld, and Office (3) with it, else Lab could be worked out by subtraction
    assert views == ["All participants", "Kitchen (4 answers)", "Office: withheld (protects a smaller group)",
                     "Lab: withheld (fewer than 3 answers)"]
    results.view.setCurrentIndex(1)
    assert results.cell_text(1, 1) == "3,8"
    assert results.notice.isHidden()
    results.view.setCurrentIndex(3)
    assert results.cell_text(1, 1) == "–"
    assert not results.notice.isHidden() and "withheld" in results.notice.text()
    assert results.chart.mean() is None
    # sorting by disagreement puts the most spread item first
    results.view.setCurrentIndex(0)
    results.sort.setCurrentIndex(2)
    first = results.table.item(0, 0)
    assert first is not None and first.text().startswith("1.")
    results.sort.setCurrentIndex(1)
    first = results.table.item(0, 0)
    assert first is not None and first.text().startswith("2."), "lowest average first"
    # choosing the baseline shows it, without comparison
    page.round_box.setCurrentIndex(0)
    assert results.cell_text(1, 1) == "2,0" and results.cell_text(1, 2) == "–"


def test_below_threshold_shows_no_figures(qtbot: QtBot, store: Any) -> None:
    rnd = store.add_round("Baseline")
    vote(store, rnd.id, "", {1: 5})
    vote(store, rnd.id, "", {1: 1})
    page = make_page(qtbot, store)
    assert all(page.results.cell_text(n, 1) == "–" for n in range(1, 11))
    assert page.results.chart.mean() is None
    assert "Results are shown from 3 answers on" in page.results.summary.text()
    assert page.has_content()


def test_agreed_level_and_notes_autosave(qtbot: QtBot, store: Any) -> None:
    rnd = store.add_round("Baseline")
    page = make_page(qtbot, store)
    reported: list[Changes] = []
    page.changed.connect(reported.append)
    page.tabs.setCurrentWidget(page.discussion)
    box = page.discussion.items[2]
    box.level.setFocus()
    box.level.setCurrentIndex(box.level.findData(4))
    assert store.list(ItemAssessment, round_id=rnd.id) == [ItemAssessment(rnd.id, 3, 4, "")]
    box.notes.setFocus()
    qtbot.keyClicks(box.notes, "Ledelsen går forrest")
    qtbot.waitUntil(lambda: store.list(ItemAssessment, round_id=rnd.id)[0].notes == "Ledelsen går forrest")
    assert store.list(ItemAssessment, round_id=rnd.id)[0].agreed_level == 4
    assert any(c.assessment for c in reported)
    # a fresh page shows what was saved
    again = make_page(qtbot, store)
    assert again.discussion.items[2].level.currentData() == 4
    assert again.discussion.items[2].notes.toPlainText() == "Ledelsen går forrest"


def test_data_sources_and_notes_autosave(qtbot: QtBot, store: Any) -> None:
    page = make_page(qtbot, store)
    page.tabs.setCurrentWidget(page.step_notes)
    page.step_notes.sources.setFocus()
    qtbot.keyClicks(page.step_notes.sources, "APV 2025")
    page.step_notes.notes.setFocus()  # focus-out saves at once
    qtbot.keyClicks(page.step_notes.notes, "God stemning")
    flush_all()
    note = store.get(StepNote, 2)
    assert (note.data_sources, note.notes) == ("APV 2025", "God stemning")


def test_hazard_checklist_ticks_and_notes(qtbot: QtBot, store: Any) -> None:
    page = make_page(qtbot, store)
    page.tabs.setCurrentWidget(page.hazards)
    row = page.hazards.rows["work_org.roles_expectations"]
    assert row.examples.text().startswith("Rolleklarhed")
    assert row.note.isHidden()
    row.check.setFocus()
    qtbot.keyClick(row.check, Qt.Key.Key_Space)
    assert [s.hazard_key for s in store.list(HazardSelection)] == ["work_org.roles_expectations"]
    assert not row.note.isHidden()
    row.note.setFocus()
    qtbot.keyClicks(row.note, "Uklare roller")
    flush_all()
    assert store.list(HazardSelection) == [HazardSelection("work_org.roles_expectations", "Uklare roller")]
    row.check.setFocus()
    qtbot.keyClick(row.check, Qt.Key.Key_Space)
    assert store.list(HazardSelection) == []
    assert len(page.hazards.rows) == 21


def test_new_round_dialog_by_keyboard(qtbot: QtBot, store: Any) -> None:
    page = make_page(qtbot, store)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewRoundDialog)
        assert dialog.name.text() == "Første runde"  # the workshop's language (Danish), not the app's
        dialog.groups.setPlainText("Kitchen\n\nOffice\n")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)
    round_id = page.new_round()
    assert round_id is not None
    assert [g.name for g in store.groups(round_id)] == ["Kitchen", "Office"]
    assert page.round_box.currentText() == "Første runde"


def test_new_round_dialog_refuses_bad_input(qtbot: QtBot) -> None:
    dialog = NewRoundDialog(["Baseline"])
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "follow_up" and dialog.name.text() == "Follow-up 1"
    dialog.name.setText("baseline")
    dialog.accept()
    assert dialog.result() == 0 and "already a round" in dialog.error.text()
    dialog.name.setText("  ")
    dialog.accept()
    assert "needs a name" in dialog.error.text()
    dialog.name.setText("Follow-up")
    dialog.groups.setPlainText("Kitchen\nkitchen")
    dialog.accept()
    assert "listed twice" in dialog.error.text()
    assert parse_groups(" A \n\nB") == ["A", "B"]


def test_new_round_names_follow_the_workshops_language(qtbot: QtBot) -> None:
    """The suggested names print in the PDFs: a Danish workshop gets Danish names in an English UI."""
    dialog = NewRoundDialog(["Første runde", "Opfølgning 1"], "da")
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Opfølgning 2"
    dialog.kind.setCurrentIndex(0)
    assert dialog.name.text() == "Første runde 2"
    english = NewRoundDialog([], "en")
    qtbot.addWidget(english)
    assert english.name.text() == "Baseline"


def test_a_withheld_group_shows_no_bars_and_the_summary_names_the_group(qtbot: QtBot, store: Any) -> None:
    rnd = store.add_round("Follow-up", "follow_up", ["Kitchen", "Office", "Lab"])
    for value in (4, 4, 5, 2):
        vote(store, rnd.id, "Kitchen", {1: value, 2: 3})
    for value in (1, 3, 5):
        vote(store, rnd.id, "Office", {1: value})
    vote(store, rnd.id, "Lab", {1: 5})
    results = make_page(qtbot, store).results
    assert "8 answers" in results.summary.text()
    results.view.setFocus()
    qtbot.keyClick(results.view, Qt.Key.Key_Down)  # Kitchen: 4 answers, shown
    assert results.summary.text().startswith("Kitchen: 4 answers.")
    assert "8 answers" not in results.summary.text()
    assert isinstance(results.table.cellWidget(results.item_row(1), 3), AnswerBars)
    qtbot.keyClick(results.view, Qt.Key.Key_End)  # Lab: withheld
    assert results.view.currentData() == "Lab"
    summary = results.summary.text()
    assert summary.startswith("Lab:") and "withheld" in summary and "answers." not in summary
    for row in range(results.table.rowCount()):
        assert results.table.cellWidget(row, 3) is None, "no answer bars (they would read as zero answers)"
        for column in (1, 3, 4, 5):
            cell = results.table.item(row, column)
            assert cell is not None and cell.text() in ("–", ""), (row, column)
    assert results.cell_text(1, 3) == "–"
    qtbot.keyClick(results.view, Qt.Key.Key_Home)  # back to the whole round: the bars come back
    assert isinstance(results.table.cellWidget(results.item_row(1), 3), AnswerBars)
    assert "8 answers" in results.summary.text()


def test_the_hazard_checklist_is_made_when_first_seen_and_shows_what_is_ticked_then(qtbot: QtBot,
                                                                                   store: Any) -> None:
    page = make_page(qtbot, store)
    assert page.hazards.rows == {}, "a tab not seen is not built"
    store.upsert(HazardSelection(hazard_key="work_org.roles_expectations", notes="Uklare roller"))
    page.refresh()
    page.tabs.setCurrentWidget(page.hazards)
    row = page.hazards.rows["work_org.roles_expectations"]
    assert row.check.isChecked() and row.note.text() == "Uklare roller"
    assert not row.note.isHidden() and len(page.hazards.rows) == 21


def test_answer_bars_stay_readable_in_the_selected_row(qtbot: QtBot, store: Any) -> None:
    """Seen under X: in the results table's selected row the bars' counts and labels (near black) and the dark
    bars stood on the selection's dark blue. The chart keeps its light ground in every row."""
    base = store.add_round("Baseline")
    for value in (2, 3, 3, 4):
        vote(store, base.id, "", {1: value})
    page = make_page(qtbot, store)
    table = page.results.table
    row = page.results.item_row(1)
    table.setFocus()
    table.selectRow(row)
    bars = table.cellWidget(row, 3)
    assert isinstance(bars, AnswerBars)
    image = table.viewport().grab(bars.geometry()).toImage()
    ground = image.pixelColor(3, image.height() // 2)  # left of the first bar, between the count and label
    assert ground.lightness() > 200, ground.name()
