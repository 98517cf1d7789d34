"""ANSWERS.csv: what Danish Excel saves must work; every bad file is refused with a message naming the spot."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vzworkshop.reports.answers_csv import AnswersFileError, parse_answers, read_answers

HEADER = [str(i) for i in range(1, 11)]


def _csv(rows: list[list[str]], sep: str = ";", eol: str = "\r\n") -> str:
    return eol.join(sep.join(r) for r in rows) + eol


def _refused(data: bytes, *fragments: str) -> str:
    with pytest.raises(AnswersFileError) as caught:
        parse_answers(data)
    message = str(caught.value)
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message, message
    return message


def test_danish_excel_utf8_with_bom_semicolon_crlf() -> None:
    text = _csv([["Afdeling", *HEADER], ["Køkken", *"3451203450"], ["Køkken", "1", "", *"22222222"]])
    got = parse_answers("\ufeff".encode() + text.encode("utf-8"))
    assert got.respondents == 2
    assert got.rows[0] == ("Køkken", {1: 3, 2: 4, 3: 5, 4: 1, 5: 2, 6: 0, 7: 3, 8: 4, 9: 5, 10: 0})
    assert got.rows[1][1] == {1: 1, **{i: 2 for i in range(3, 11)}}  # item 2 empty: skipped
    assert got.ignored_columns == []


def test_old_danish_excel_cp1252() -> None:
    text = _csv([["Gruppe", *HEADER], ["Rengøring", *"5555555555"], ["Ældre", *"1111111111"]])
    got = parse_answers(text.encode("cp1252"))
    assert [g for g, _ in got.rows] == ["Rengøring", "Ældre"]


def test_comma_and_lf_and_header_spellings() -> None:
    header = ["Q1", "q2", "ITEM3", "item4", "5", "q6", "Item7", "q8", "9", "q10", "group", "Kommentar"]
    text = _csv([header, [*"1234512345", "A", "fin dag"]], sep=",", eol="\n")
    got = parse_answers(text.encode())
    assert got.rows == [("A", {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 1, 7: 2, 8: 3, 9: 4, 10: 5})]
    assert got.ignored_columns == ["Kommentar"]


def test_columns_in_any_order_and_no_group_column() -> None:
    header = list(reversed(HEADER))
    got = parse_answers(_csv([header, [*"0123450123"]]).encode())
    assert got.rows == [("", {10: 0, 9: 1, 8: 2, 7: 3, 6: 4, 5: 5, 4: 0, 3: 1, 2: 2, 1: 3})]


def test_group_option_overrides_the_group_column() -> None:
    text = _csv([["gruppe", *HEADER], ["A", *"1111111111"], ["B", *"1111111111"]])
    got = parse_answers(text.encode(), group=" Alle ")
    assert [g for g, _ in got.rows] == ["Alle", "Alle"]


def test_spaces_around_a_digit_are_ignored_and_empty_rows_skipped() -> None:
    text = _csv([HEADER, [" 3 ", "\u00a04", *"55555555"], [""] * 10, [], ["1"] * 10])
    got = parse_answers(text.encode())
    assert got.respondents == 2
    assert got.rows[0][1][1] == 3 and got.rows[0][1][2] == 4


def test_short_rows_count_missing_cells_as_skipped() -> None:
    got = parse_answers(_csv([HEADER, ["4", "4"]]).encode())
    assert got.rows == [("", {1: 4, 2: 4})]


def test_quoted_cells() -> None:
    text = _csv([["afdeling", *HEADER], ['"Salg; Nord"', *['"2"'] * 10]])
    got = parse_answers(text.encode())
    assert got.rows == [("Salg; Nord", {i: 2 for i in range(1, 11)})]


@pytest.mark.parametrize("cell", ["x", "6", "-1", "2.5", "2,5", "3.0", "03", "1 2", "nej", "½"])
def test_bad_cells_name_row_and_column(cell: str) -> None:
    rows = [["gruppe", *(f"q{i}" for i in range(1, 11))], ["A", *"1111111111"], ["A", *"1111111111"]]
    rows[2][4] = cell  # row 3 of the sheet, column q4
    _refused(_csv(rows, sep="\t" if "," in cell else ";").encode(), "row 3", "q4", cell)


def test_row_numbers_count_blank_rows_like_a_spreadsheet() -> None:
    text = _csv([HEADER, ["1"] * 10, [""] * 10, ["1"] * 9 + ["9"]])
    _refused(text.encode(), "row 4", "'10'", "'9'")


def test_missing_item_columns_are_named() -> None:
    _refused(_csv([[*HEADER[:7], "group"], ["1"] * 8]).encode(), "8, 9, 10")


def test_duplicate_item_columns() -> None:
    _refused(_csv([[*HEADER, "Q3"], ["1"] * 11]).encode(), "item 3 twice", "column 11")


def test_duplicate_group_columns() -> None:
    _refused(_csv([["group", *HEADER, "afdeling"], ["A", *["1"] * 10, "B"]]).encode(), "two group columns",
             "column 12")


def test_too_many_cells() -> None:
    _refused(_csv([HEADER, ["1"] * 10, ["1"] * 10 + ["", "7"]]).encode(), "row 3", "column 12", "more cells")


def test_trailing_empty_cells_are_fine() -> None:
    got = parse_answers(_csv([HEADER, ["1"] * 10 + ["", ""]]).encode())
    assert got.respondents == 1


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "empty"),
        (b"\xef\xbb\xbf", "empty"),
        (b"\r\n\r\n  \n", "empty"),
        (b";;;;\r\n;;;\r\n", "no header"),
        (";".join(HEADER).encode() + b"\r\n", "no answers"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", "not a text"),
        (bytes(range(128, 256)) * 4, "not text"),
        (b"PK\x03\x04garbage without any item columns", "lacks the item column"),
        (b"1;2;3;4;5;6;7;8;9;10\r\n\"1;2\r\n", "not valid CSV"),
    ],
)
def test_unusable_files(data: bytes, fragment: str) -> None:
    _refused(data, fragment)


def test_read_answers_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "svar.csv"
    path.write_bytes(_csv([HEADER, ["2"] * 10]).encode("utf-8-sig"))
    assert read_answers(path).respondents == 1
    with pytest.raises(AnswersFileError, match="cannot be read"):
        read_answers(tmp_path / "missing.csv")
    with pytest.raises(AnswersFileError, match="cannot be read"):
        read_answers(tmp_path)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400) | st.text(alphabet=";,\t\r\n\"'0123456789qQgruppe -\u00e6\u00f8\ufeff", max_size=300)
       .map(lambda t: t.encode("utf-8")))
def test_any_input_is_read_or_refused_cleanly(data: bytes) -> None:
    """Whatever the file holds, the outcome is answers or an AnswersFileError: never another exception."""
    try:
        got = parse_answers(data)
    except AnswersFileError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert got.respondents >= 1
        for _, answers in got.rows:
            assert all(1 <= item <= 10 and 0 <= value <= 5 for item, value in answers.items())


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["", "0", "1", "2", "3", "4", "5", " 5 "]), min_size=10, max_size=10),
                min_size=1, max_size=20), st.sampled_from([";", ","]), st.sampled_from(["\r\n", "\n"]),
       st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
def test_valid_files_read_back_exactly(rows: list[list[str]], sep: str, eol: str, encoding: str) -> None:
    data = _csv([["Afdeling", *HEADER], *(["Køkken", *r] for r in rows)], sep=sep, eol=eol).encode(encoding)
    got = parse_answers(data)
    assert got.respondents == len(rows)  # the group cell keeps even all-skipped rows
    for (group, answers), cells in zip(got.rows, rows, strict=True):
        assert group == "Køkken"
        assert answers == {i: int(c) for i, c in enumerate(cells, start=1) if c.strip()}
