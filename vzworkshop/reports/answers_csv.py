"""Reading ANSWERS.csv: one row per respondent from a paper or online survey.

Item columns are named 1..10, q1..q10 or item1..item10 (any case); an optional group column is named group,
gruppe or afdeling. Comma, semicolon or tab separated; UTF-8 with or without BOM (Windows-1252 from older
Danish Excel is accepted too); CRLF or LF. Any invalid cell rejects the whole file, with a message naming
the row (as a spreadsheet numbers it, header = row 1) and the column.

Cells: exactly one digit 0-5; spaces around it are ignored (" 3 " is 3, as spreadsheets often pad); an empty
cell means skipped. Anything else ("6", "-1", "2.5", "3,0", "x", "03") is refused rather than guessed at.
Rows shorter than the header count their missing cells as empty; completely empty rows are ignored.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from vzworkshop.core.tally import ITEM_COUNT

GROUP_HEADERS = ("group", "gruppe", "afdeling")
_ITEM_HEADER = re.compile(r"^(?:q|item|spm|spørgsmål)?\s*(\d{1,2})$")
MAX_BYTES = 20 * 1024 * 1024


class AnswersFileError(ValueError):
    """The file cannot be imported; the message names the row and column where it can."""


@dataclass
class ImportedAnswers:
    """The respondents' answers, each a dict item -> value, with the group name of each row."""

    rows: list[tuple[str, dict[int, int]]] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def respondents(self) -> int:
        return len(self.rows)


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise AnswersFileError("the file is not text in UTF-8 or Windows-1252 encoding") from exc


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse_answers(data: bytes, group: str | None = None) -> ImportedAnswers:
    if len(data) > MAX_BYTES:
        raise AnswersFileError(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB")
    if b"\x00" in data:
        raise AnswersFileError("the file is not a text (CSV) file")
    text = _decode(data)
    if not text.strip():
        raise AnswersFileError("the file is empty")
    first_line = text.lstrip("\r\n").splitlines()[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line), strict=True)
    # (row number as a spreadsheet shows it, cells); blank rows are dropped but keep their numbers counted
    rows: list[tuple[int, list[str]]] = []
    try:
        for number, record in enumerate(reader, start=1):
            if any(cell.strip() for cell in record):
                rows.append((number, record))
    except csv.Error as exc:
        raise AnswersFileError(f"row {reader.line_num} is not valid CSV ({exc})") from exc
    if not rows:
        raise AnswersFileError("the file has no header row (only empty cells)")
    header = [cell.strip().lstrip("\ufeff") for cell in rows[0][1]]
    item_col: dict[int, int] = {}
    group_col: int | None = None
    result = ImportedAnswers()
    for col, name in enumerate(header):
        key = name.strip().casefold()
        match = _ITEM_HEADER.match(key)
        if match and 1 <= int(match.group(1)) <= ITEM_COUNT:
            item = int(match.group(1))
            if item in item_col:
                raise AnswersFileError(f"the header names item {item} twice (column {col + 1}, '{name}')")
            item_col[item] = col
        elif key in GROUP_HEADERS:
            if group_col is not None:
                raise AnswersFileError(f"the header has two group columns (column {col + 1}, '{name}')")
            group_col = col
        elif name:
            result.ignored_columns.append(name)
    missing = [str(i) for i in range(1, ITEM_COUNT + 1) if i not in item_col]
    if missing:
        raise AnswersFileError(
            "the header row lacks the item column(s) " + ", ".join(missing)
            + " (name them 1..10, q1..q10 or item1..item10)"
        )
    if len(rows) < 2:
        raise AnswersFileError("the file has a header row but no answers")
    for line_no, row in rows[1:]:
        extra = next((col for col in range(len(header), len(row)) if row[col].strip()), None)
        if extra is not None:
            raise AnswersFileError(
                f"row {line_no}, column {extra + 1}: the row has more cells than the header ({len(header)} columns)"
            )
        answers: dict[int, int] = {}
        for item, col in item_col.items():
            cell = row[col].strip() if col < len(row) else ""
            if cell == "":
                continue  # skipped: neither answered nor don't know
            if not re.fullmatch(r"[0-5]", cell):
                shown = cell if len(cell) <= 20 else cell[:20] + "…"
                raise AnswersFileError(
                    f"row {line_no}, column '{header[col]}': '{shown}' is not an answer (use 0-5, or leave empty)"
                )
            answers[item] = int(cell)
        if group is not None:
            group_name = group.strip()
        elif group_col is not None and group_col < len(row):
            group_name = row[group_col].strip()
        else:
            group_name = ""
        if len(group_name) > 100:
            raise AnswersFileError(f"row {line_no}: the group name is longer than 100 characters")
        result.rows.append((group_name, answers))
    return result


def read_answers(path: Path, group: str | None = None) -> ImportedAnswers:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise AnswersFileError(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise AnswersFileError(f"the file cannot be read ({exc.strerror})") from exc
    return parse_answers(data, group)
