import datetime

import pytest

from vzworkshop.core import formatting


@pytest.mark.parametrize(
    ("value", "lang", "digits", "expected"),
    [(3.5, "da", 1, "3,5"), (3.5, "en", 1, "3.5"), (3.456, "da", 2, "3,46"), (None, "da", 1, "–"),
     (-0.25, "en", 2, "\u22120.25"), (4.0, "da", 0, "4"),
     # half up, as people round and as step 5's comparison rounds (Python's formatting gave 2,2 and 0,3)
     (2.25, "da", 1, "2,3"), (0.35, "en", 1, "0.4"), (-2.25, "da", 1, "\u22122,3")],
)
def test_number(value: float | None, lang: str, digits: int, expected: str) -> None:
    assert formatting.number(value, lang, digits) == expected


def test_signed_shows_direction_with_real_minus() -> None:
    assert formatting.signed(0.4, "da") == "+0,4"
    assert formatting.signed(-0.2, "da") == "\u22120,2"
    assert formatting.signed(0.04, "en") == "0.0"
    assert formatting.signed(None, "en") == "–"
    assert formatting.signed(-0.25, "da") == "\u22120,3"  # half up, like the means it is the change of


def test_dates_in_each_language() -> None:
    assert formatting.date("2026-11-23", "da") == "23.11.2026"
    assert formatting.date("2026-11-23", "en") == "23 Nov 2026"
    assert formatting.date(datetime.date(2027, 1, 5), "en") == "5 Jan 2027"
    assert formatting.date("next spring", "da") == "next spring"
    assert formatting.date("", "da") == ""


def test_minutes() -> None:
    assert formatting.minutes(750, "da") == "12:30"
    assert formatting.minutes(3930, "en") == "1:05:30"
    assert formatting.minutes(-130, "da") == "\u22122:10"
