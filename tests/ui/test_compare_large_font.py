"""Step 5's comparison of rounds with five rounds that have figures (the baseline and the latest four follow-ups)
on a laptop (1366x720) at 11, 14 and 16 pt, in Danish and English: the page does not scroll sideways, no
figure or word is cut, every round's average and change is shown, a long round name is shortened in its header
where there is no room for it (the whole name in the header's tip), and the hold-back message of a round with
too few responses stays.

Before: a column per round and another per change (nine figure columns) needed 1105 px at 16 pt where the page
had 928 px, so the page scrolled sideways by 177 px."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.large_font import LAPTOP, SIZES, app_font, settle
from tests.ui.plan_helpers import add_round, uniform
from tests.ui.test_pages_large_font import problems_of
from vzworkshop.reports.demo import build_demo, build_large
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Round, Workshop
from vzworkshop.ui.main_window import WorkshopWindow
from vzworkshop.ui.pages.evaluate import EvaluatePage
from vzworkshop.ui.widgets.page_scroll import PageScroll

LONG_NAME = {"da": "Opfølgningsmålingen efter omorganiseringen",
             "en": "Follow-up measurement after the reorganisation"}
SMALL = {"da": "Lille runde", "en": "Small round"}
FIGURE = re.compile(r"^\d[.,]\d( \((\+|−)?\d[.,]\d\))?$")  # "3,2", or "3,2 (+0,4)" for a follow-up


def five_round_window(qtbot: QtBot, tmp_path: Path, language: str) -> WorkshopWindow:
    """The large demo workshop with five follow-ups (the last one named at length) and a small round after them
    whose figures are held back."""
    store = WorkshopStore.create(tmp_path / "rounds.vzw", Workshop(organisation="Demo", language=language))
    build_demo(store, language)
    build_large(store, rounds=5)
    last = store.rounds()[-1]
    store.save(Round(**{**last.__dict__, "name": LONG_NAME[language]}))
    add_round(store, SMALL[language], uniform({i: 4 for i in range(1, 11)}, 1), kind="follow_up")
    window = WorkshopWindow(store)
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("points", SIZES)
def test_five_rounds_fit_the_laptop_without_scrolling_sideways(qtbot: QtBot, tmp_path: Path, qapp: QApplication,
                                                               language: str, points: int) -> None:
    with app_font(qapp, points):
        window = five_round_window(qtbot, tmp_path, language)
        window.show_step(5, focus=False)
        page = window.page(5)
        assert isinstance(page, EvaluatePage)
        page.tabs.setCurrentIndex(0)
        settle()
        table = page.compare.table

        # the table's rows fit their wrapped text after a timer: wait for the page to take the table's height
        qtbot.waitUntil(lambda: table.height() >= table.minimumSizeHint().height())
        settle()
        assert problems_of(window, page, points) == []  # no sideways scrolling, nothing cut or overlapping
        assert table.columnCount() == 1 + 5
        names = [table.horizontalHeaderItem(c).toolTip() for c in range(1, 6)]  # type: ignore[union-attr]
        assert LONG_NAME[language] in names[-1]
        last_header = table.horizontalHeaderItem(5).text().replace("\n", " ")  # type: ignore[union-attr]
        shown = last_header.split()  # each word whole, or cut with "…" where the table has no room for it
        whole = LONG_NAME[language].split()
        assert len(shown) == len(whole)
        assert all(a == b or (a.endswith("…") and b.startswith(a[:-1])) for a, b in zip(shown, whole, strict=True))
        assert "…" in last_header or points == 11  # at 11 pt the English name fits whole
        cells = [[table.item(r, c).text().replace("\n", " ") for c in range(1, 6)]  # type: ignore[union-attr]
                 for r in range(table.rowCount())]
        assert len(cells) == 11
        assert all(FIGURE.match(text) for row in cells for text in row), cells
        assert all("(" not in row[0] and "(" in row[4] for row in cells)  # the baseline alone; changes after
        assert f"“{SMALL[language]}”" in page.compare.hidden.text()  # held back, and why
        assert SMALL[language] not in " ".join(table.horizontalHeaderItem(c).text()  # type: ignore[union-attr]
                                                for c in range(table.columnCount()))
        for scroll in window.findChildren(PageScroll):
            if scroll.isVisible():
                scroll.ensureWidgetVisible(table, 0, 0)
        settle()
        window.grab().save(str(tmp_path / f"compare_{language}_{points}.png"))
        window.close()
