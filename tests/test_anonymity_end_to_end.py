"""End to end: an attacker who sees everything the app shows or exports for a workshop, at several moments,
cannot get the figures of fewer than the minimum group size of ballots.

Random workshops are built through the store (rounds, groups of random sizes including 0, 1 and exactly the
minimum, minimum 2-20, random answers), their ballots arriving in batches; after each batch every export is
read as an outsider would: `summary_json`, the tallies CSV, the shareable JSON, and (fewer examples) the
minutes and results PDFs' text and the step 2 / step 5 screens. From the ballot counts shown, every figure
shown is a sum of "cells" (a group's ballots that arrived in one batch); the test checks, independently of
`core.disclosure_history`, that no set of cells holding 1 to minimum-1 ballots is a linear combination of
the shown figures, and that nothing attributable to a withheld group is shown anywhere.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import tempfile
from collections.abc import Iterator
from fractions import Fraction
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from vzworkshop.core.tally import Ballot, Tally
from vzworkshop.reports.pdf_handouts import write_results
from vzworkshop.reports.pdf_minutes import write_minutes
from vzworkshop.reports.summary_text import summary_json
from vzworkshop.reports.tallies_csv import COMBINED, tallies_csv
from vzworkshop.reports.workshop_json import workshop_json
from vzworkshop.store import WorkshopStore
from vzworkshop.store.records import Workshop

NAMES = ("Alfa", "Bravo", "Charlie", "Delta")
answers = st.dictionaries(st.integers(1, 10), st.integers(0, 5), max_size=10)
Plan = dict[str, Any]  # min_size, rounds: [(round name, split, [group names], [batches: {group: [answers]}])]


@st.composite
def plans(draw: st.DrawFn, max_batches: int = 3) -> Plan:
    min_size = draw(st.integers(2, 20))
    sizes = st.one_of(st.sampled_from([0, 1, min_size, min_size - 1, min_size + 1]), st.integers(0, 8))
    rounds = []
    for r in range(draw(st.integers(1, 2))):
        split = draw(st.booleans())
        groups = list(NAMES[: draw(st.integers(1, 4))]) if split else [""]
        batches = []
        for _ in range(draw(st.integers(1, max_batches))):
            batches.append({g: draw(st.lists(answers, min_size=n, max_size=n)) for g in groups
                            for n in [draw(sizes)]})
        rounds.append((f"Runde {r + 1}", split, groups, batches))
    return {"min_size": min_size, "rounds": rounds}


def _store(folder: Path, plan: Plan) -> WorkshopStore:
    ws = Workshop(organisation="Testby", title="Trivsel", language="da", min_group_size=plan["min_size"])
    return WorkshopStore.create(folder / "w.vzw", ws)


def _add_rounds(store: WorkshopStore, plan: Plan) -> dict[str, int]:
    ids = {}
    for name, _, groups, _ in plan["rounds"]:
        rnd = store.add_round(name, groups=groups)
        assert rnd.id is not None
        ids[name] = rnd.id
    return ids


def _add_batch(store: WorkshopStore, round_id: int, batch: dict[str, list[dict[int, int]]]) -> None:
    by_name = {g.name: g.id for g in store.groups(round_id)}
    ballots = [Ballot(round_id, by_name[g] or 0, dict(a)) for g, lst in batch.items() for a in lst]
    if ballots:
        store.add_ballots(ballots)


# --- the independent check -------------------------------------------------------------------------------


def _in_span(vectors: list[list[Fraction]], target: list[Fraction]) -> bool:
    """Whether `target` is a linear combination of `vectors` (Gaussian elimination over the rationals)."""
    basis: list[list[Fraction]] = []
    pivots: list[int] = []

    def reduce(v: list[Fraction]) -> list[Fraction]:
        v = list(v)
        for p, b in zip(pivots, basis, strict=True):
            if v[p]:
                f = v[p] / b[p]
                v = [x - f * y for x, y in zip(v, b, strict=True)]
        return v

    for vec in vectors:
        v = reduce(vec)
        pivot = next((i for i, x in enumerate(v) if x), None)
        if pivot is not None:
            basis.append(v)
            pivots.append(pivot)
    return not any(reduce(target))


def assert_nothing_small_derivable(figures: list[frozenset[tuple[str, int]]], cells: dict[tuple[str, int], int],
                                   min_size: int) -> None:
    """No set of cells with 1..min_size-1 ballots is a linear combination of the shown figures (brute force)."""
    live = [c for c, n in cells.items() if n > 0]
    vectors = [[Fraction(int(c in f)) for c in live] for f in figures]
    for k in range(1, min(len(live), min_size - 1) + 1):
        for subset in combinations(live, k):
            if sum(cells[c] for c in subset) >= min_size:
                continue
            target = [Fraction(int(c in subset)) for c in live]
            assert not _in_span(vectors, target), f"ballots {subset} can be worked out from {figures}"


class Observer:
    """What an outsider collects from the exports of one round over time, as sums of cells."""

    def __init__(self, min_size: int) -> None:
        self.min_size = min_size
        self.cells: dict[tuple[str, int], int] = {}
        self.figures: list[frozenset[tuple[str, int]]] = []
        self.true_sizes: dict[str, int] = {}
        self.moment = 0

    def arrived(self, batch: dict[str, list[dict[int, int]]]) -> None:
        for g, lst in batch.items():
            self.cells[(g, self.moment)] = len(lst)
            self.true_sizes[g] = self.true_sizes.get(g, 0) + len(lst)
        self.moment += 1

    def cells_of(self, group: str | None) -> frozenset[tuple[str, int]]:
        return frozenset(c for c in self.cells if group is None or c[0] == group)

    def saw(self, total: int | None, groups: dict[str, int]) -> None:
        """The round total (None: not shown) and the shown groups' ballot counts at this moment."""
        if total is None:
            return
        assert total == sum(self.true_sizes.values())
        self.figures.append(self.cells_of(None))
        for g, n in groups.items():
            assert n == self.true_sizes[g] >= self.min_size, "a shown group has at least the minimum"
            self.figures.append(self.cells_of(g))
        # the derivable aggregates of one moment: each shown group, and the round total minus the shown ones
        rest = total - sum(groups.values())
        assert rest == 0 or rest >= self.min_size, (total, groups)

    def check(self) -> None:
        assert_nothing_small_derivable(self.figures, self.cells, self.min_size)


# --- what the exports show -------------------------------------------------------------------------------


def _read_exports(store: WorkshopStore) -> dict[str, tuple[int | None, dict[str, int], dict[str, Any]]]:
    """Per round: (round total if figures are shown, shown groups' counts, the per-group figures seen)."""
    summary = summary_json(store, store.rounds())
    shareable = workshop_json(store, shareable=True)
    text = tallies_csv(store).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))[1:]
    combined = COMBINED["da"]
    out: dict[str, tuple[int | None, dict[str, int], dict[str, Any]]] = {}
    for rnd_sum, rnd_json in zip(summary["rounds"], shareable["rounds"], strict=True):
        name = rnd_sum["name"]
        assert rnd_json["name"] == name and rnd_json["respondents"] == rnd_sum["respondents"]
        shown_json = {g["name"]: g["ballots"] for g in rnd_json["groups"] if g["name"] != combined}
        shown_sum = {g["name"]: g["respondents"] for g in rnd_sum["groups"] if not g["withheld"]}
        for g in rnd_sum["groups"]:
            if g["withheld"]:  # nothing attributable to a withheld group: no count, no mean, no item figure
                assert g["respondents"] is None and g["overall_mean"] is None
                assert all(v is None for it in g["items"] for v in (it["mean"], it["answered"], it["dont_know"],
                                                                      it["skipped"], *it["counts"].values()))
                assert g["name"] not in shown_json
        csv_groups = {r[1] for r in rows if r[0] == name} - {"Alle", combined}
        if rnd_sum["withheld"]:
            assert rnd_sum["overall_mean"] is None and all(it["mean"] is None for it in rnd_sum["items"])
            assert not rnd_json["groups"] and not [r for r in rows if r[0] == name]
            out[name] = (None, {}, {})
            continue
        split = bool(rnd_sum["groups"])
        if split:
            assert shown_json == shown_sum or (not shown_sum and set(shown_json) <= {""}), (shown_json, shown_sum)
            assert csv_groups == set(shown_sum)
            for g in rnd_json["groups"]:
                if g["name"] == combined:
                    assert g["ballots"] == rnd_json["respondents"] - sum(shown_sum.values()) >= store.workshop(
                    ).min_group_size
        out[name] = (rnd_sum["respondents"], shown_sum, {r[1]: r for r in rows if r[0] == name})
    return out


def _true_tallies(store: WorkshopStore, round_id: int) -> dict[str, Tally]:
    return {g.name: t for g, t in store.group_tallies(round_id)}


def _check_csv_figures(rows: dict[str, Any], tallies: dict[str, Tally]) -> None:
    """The CSV's last row per shown group (item 10) holds exactly that group's counts."""
    for group, row in rows.items():
        if group in tallies:
            assert [int(x) for x in row[4:10]] == list(tallies[group].item(10).counts)


@pytest.fixture
def folder() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp())
    yield path
    shutil.rmtree(path, ignore_errors=True)


def _run(plan: Plan, folder: Path, observe_pdfs: bool = False) -> None:
    for old in folder.iterdir():
        old.unlink()
    store = _store(folder, plan)
    try:
        ids = _add_rounds(store, plan)
        observers = {name: Observer(plan["min_size"]) for name in ids}
        longest = max(len(r[3]) for r in plan["rounds"])
        for step in range(longest):
            for name, _, _, batches in plan["rounds"]:
                if step < len(batches):
                    _add_batch(store, ids[name], batches[step])
                    observers[name].arrived(batches[step])
            for name, (total, groups, rows) in _read_exports(store).items():
                observers[name].saw(total, groups)
                _check_csv_figures(rows, _true_tallies(store, ids[name]))
        if observe_pdfs:
            _check_pdfs(store, folder)
        for obs in observers.values():
            obs.check()
    finally:
        store.close()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=plans())
def test_exports_over_time_never_isolate_fewer_than_the_minimum(plan: Plan, folder: Path) -> None:
    _run(plan, folder)


# --- the PDFs --------------------------------------------------------------------------------------------


def _pdf_lines(path: Path) -> list[str]:
    return [line for page in PdfReader(str(path)).pages for line in (page.extract_text() or "").splitlines()]


ROUND_HEADINGS = ("Runde", "Udgangspunkt", "Seneste opfølgning")  # reports.labels: round, baseline, latest


def _round_sections(lines: list[str], names: list[str]) -> list[tuple[str, list[str]]]:
    """The PDF's text cut at its round headings ("Udgangspunkt: Runde 1 · Besvarelser: 4"): each round's name
    with the lines under it, up to the next heading (the minutes print the baseline, the latest follow-up with
    figures and any round with agreed levels or notes)."""
    sections: list[tuple[str, list[str]]] = []
    for line in lines:
        label, _, rest = line.partition(": ")
        name = rest.split(" · ", 1)[0]
        if label in ROUND_HEADINGS and name in names and " · Besvarelser: " in line:
            sections.append((name, []))
        elif sections:
            sections[-1][1].append(line)
    return sections


def _check_pdfs(store: WorkshopStore, folder: Path) -> None:
    """In the minutes and results PDFs, under each round's heading, every cell naming a group withheld in that
    round is followed by "–", never a count or an average; a shown group's row gives its count."""
    results = {rnd.name: result for rnd, result in store.round_results()}
    for write in (write_minutes, write_results):
        path = folder / f"{write.__name__}.pdf"
        write(store, str(path))
        sections = _round_sections([line.strip() for line in _pdf_lines(path)], list(results))
        assert sections or not any(r.respondents for r in results.values()), "no round's heading found"
        for name, cells in sections:
            result = results[name]
            for g in result.groups:
                after = [cells[i + 1] for i, cell in enumerate(cells[:-1]) if g.name and cell == g.name]
                if result.withheld or g.withheld:
                    assert all(nxt == "–" for nxt in after), (name, g.name, after)
                    assert not result.withheld or not after
                elif g.stats is not None and g.stats.overall_mean is not None:
                    assert str(g.respondents) in after, (name, g.name, after)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=plans(max_batches=2))
@example(plan={"min_size": 2, "rounds": [("Runde 1", True, ["Alfa"], [{"Alfa": [{}, {}]}]),
                                         ("Runde 2", True, ["Alfa"], [{"Alfa": []}])]})  # Alfa in 2 rounds
def test_pdfs_show_nothing_of_withheld_groups(plan: Plan, folder: Path) -> None:
    _run(plan, folder, observe_pdfs=True)


# --- the screens -----------------------------------------------------------------------------------------


def _screen_plan() -> Plan:
    """Min 3. Round 1: Alfa 4, Bravo 1, Charlie 5 (Bravo small, Alfa withheld with it); round 2 below the
    minimum; then round 1 gets one more Charlie answer after being shown."""
    five, one = {i: 4 for i in range(1, 11)}, {i: 1 for i in range(1, 11)}
    return {"min_size": 3, "rounds": [
        ("Runde 1", True, ["Alfa", "Bravo", "Charlie"],
         [{"Alfa": [five] * 4, "Bravo": [one], "Charlie": [five] * 5}, {"Charlie": [one]}]),
        ("Runde 2", False, [""], [{"": [five, one]}]),
    ]}


def _table_cells(table: Any) -> list[list[str]]:
    return [[(table.item(r, c).text() if table.item(r, c) else "") for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_screens_show_nothing_of_withheld_groups_and_rounds(qtbot: QtBot, folder: Path) -> None:
    from vzworkshop.ui.pages.assess import AssessPage
    from vzworkshop.ui.widgets.evaluate_compare import ComparePanel

    plan = _screen_plan()
    store = _store(folder, plan)
    try:
        ids = _add_rounds(store, plan)
        for name, _, _, batches in plan["rounds"]:
            _add_batch(store, ids[name], batches[0])
        page = AssessPage(store)
        qtbot.addWidget(page)
        page.show()
        page.round_box.setCurrentIndex(page.round_box.findData(ids["Runde 1"]))
        view = page.results
        entries = {view.view.itemData(i): view.view.itemText(i) for i in range(view.view.count())}
        assert "4" not in entries["Alfa"] and "1" not in entries["Bravo"].replace("færre end 3", "")
        assert "withheld" in entries["Alfa"] or "tilbageholdt" in entries["Alfa"]
        assert "(5 " in entries["Charlie"]
        for group in ("Alfa", "Bravo"):
            view.view.setCurrentIndex(view.view.findData(group))
            cells = _table_cells(view.table)
            assert all(row[1] == "–" and row[4] == "–" and row[5] == "–" for row in cells), cells
            assert view.notice.isVisibleTo(view)
        view.view.setCurrentIndex(view.view.findData("Charlie"))
        assert all(row[1] == "4,0" for row in _table_cells(view.table))
        # one more Charlie answer after the screen showed Charlie with 5: showing 6 would give that answer
        _add_batch(store, ids["Runde 1"], plan["rounds"][0][3][1])
        page.refresh()
        assert all(row[1] == "–" for row in _table_cells(view.table))
        view.view.setCurrentIndex(0)
        assert all(row[1] == "–" for row in _table_cells(view.table))
        assert view.summary.text().startswith("11 ") and "wait for 2 more" in view.summary.text()
        # step 5: a round below the minimum is no column; the held-back round is no column either
        panel = ComparePanel(store, lambda _c: None, lambda _r: None)
        qtbot.addWidget(panel)
        panel.refresh()
        headers = [panel.table.horizontalHeaderItem(c).text() for c in range(panel.table.columnCount())]
        assert "Runde 2" not in headers and "Runde 1" not in headers
        cells = [c for row in _table_cells(panel.table) for c in row[1:]]
        assert cells == [], cells
        # the exports of this moment agree: nothing of round 1 until three more answers
        assert json.dumps(summary_json(store, store.rounds())["rounds"][0]["overall_mean"]) == "null"
    finally:
        store.close()
