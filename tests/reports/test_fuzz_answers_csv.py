"""Fuzzing the ANSWERS.csv importer: whatever the bytes, the result is a clear AnswersFileError or a correct
import, never another exception, and never part of a file in the workshop."""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vzworkshop.core.tally import Tally
from vzworkshop.reports.answers_csv import MAX_BYTES, AnswersFileError, ImportedAnswers, parse_answers
from vzworkshop.store import WorkshopStore

HEADER = ["gruppe"] + [f"q{i}" for i in range(1, 11)]
FORMULAS = ["=cmd|' /C calc'!A0", "+SUM(1;2)", "-2+3", "@SUM(A1)", '=HYPERLINK("http://x";"y")', "\t=1+1"]


@pytest.fixture(scope="module")
def blank(tmp_path_factory: pytest.TempPathFactory, _blank_workshop: Path) -> Path:
    return _blank_workshop


@pytest.fixture
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        yield Path(tmp)


def _parse(data: bytes) -> ImportedAnswers | AnswersFileError:
    try:
        return parse_answers(data)
    except AnswersFileError as exc:
        assert str(exc)  # a message, and a short one a facilitator can read
        assert len(str(exc)) < 300
        return exc


def _is_correct(parsed: ImportedAnswers) -> None:
    assert parsed.respondents >= 1
    for group, answers in parsed.rows:
        assert group == group.strip() and len(group) <= 100
        assert all(1 <= item <= 10 and 0 <= value <= 5 for item, value in answers.items())


def _import_all_or_nothing(blank: Path, folder: Path, parsed: ImportedAnswers) -> None:
    """The store gets every row (tallies equal to counting the rows by hand) or, on error, nothing at all."""
    path = folder / "w.vzw"
    shutil.copy(blank, path)
    with WorkshopStore.open(path) as store:
        try:
            rnd = store.import_answers("Import", parsed.rows, "Import")
        except (ValueError, KeyError):
            assert store.rounds() == []
            return
        assert rnd.id is not None
        got = {g.name: t for g, t in store.group_tallies(rnd.id)}
        expected: dict[str, list[dict[int, int]]] = {}
        for group, answers in parsed.rows:
            expected.setdefault(group, []).append(answers)
        assert set(got) == set(expected)
        for group, rows in expected.items():
            assert got[group] == Tally.from_ballots(rows)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    result = _parse(data)
    if isinstance(result, ImportedAnswers):
        _is_correct(result)


cell = st.one_of(
    st.sampled_from(["", "0", "1", "2", "3", "4", "5", " 3 ", "6", "-1", "3.0", "3,5", "x", '"', "\u00a0"]),
    st.text(max_size=8),
)
group_cell = st.one_of(st.sampled_from([*FORMULAS, "", "Vej", "Park ", "Åbent kontor", "🙂", "a" * 101]),
                       st.text(max_size=30))


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    sep = draw(st.sampled_from([";", ",", "\t"]))
    eol = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    header = draw(st.permutations(HEADER))
    rows = draw(st.lists(st.lists(st.one_of(cell, group_cell), min_size=0, max_size=12), min_size=0, max_size=8))
    lines = [sep.join(header)] + [sep.join(row) for row in rows]
    text = eol.join(lines) + draw(st.sampled_from(["", eol]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-le", "latin-1"]))
    return text.encode(encoding, errors="replace")


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(csv_files())
def test_csv_like_files_import_fully_or_are_refused(blank: Path, scratch: Path, data: bytes) -> None:
    result = _parse(data)
    if isinstance(result, ImportedAnswers):
        _is_correct(result)
        _import_all_or_nothing(blank, scratch, result)


@pytest.mark.parametrize("formula", FORMULAS)
def test_formula_cells_in_the_group_column_are_kept_as_plain_text(blank: Path, scratch: Path, formula: str) -> None:
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows([HEADER, [formula] + ["3"] * 10])
    parsed = parse_answers(out.getvalue().encode("utf-8"))
    assert parsed.rows == [(formula.strip(), {i: 3 for i in range(1, 11)})]
    _import_all_or_nothing(blank, scratch, parsed)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_files_get_a_clear_message(encoding: str) -> None:
    data = (";".join(HEADER) + "\r\n" + ";".join(["Vej"] + ["3"] * 10) + "\r\n").encode(encoding)
    result = _parse(data)
    if isinstance(result, ImportedAnswers):  # read correctly, or refused as not being readable text
        assert result.rows == [("Vej", {i: 3 for i in range(1, 11)})]
    else:
        assert "text" in str(result) or "encoding" in str(result)


def test_a_file_just_over_the_size_limit_is_refused_before_reading_it() -> None:
    row = (";".join(["Vej"] + ["3"] * 10) + "\r\n").encode()
    data = (";".join(HEADER) + "\r\n").encode() + row * (MAX_BYTES // len(row) + 1)
    assert MAX_BYTES < len(data) < MAX_BYTES + 2 * len(row)
    started = time.monotonic()
    with pytest.raises(AnswersFileError, match="larger than"):
        parse_answers(data)
    assert time.monotonic() - started < 1  # refused by its size, not after reading it all
