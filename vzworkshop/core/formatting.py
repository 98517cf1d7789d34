"""Numbers and dates as people read them: 3,5 and 23.11.2026 in Danish; 3.5 and 23 Nov 2026 in English.

Shared by the screen, the PDFs and the text summary, so every output agrees. No Qt here.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported on first use: opening the app shows no number yet (start-up)
    from decimal import Decimal

_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MINUS = "\u2212"  # a real minus sign reads better than a hyphen in print and on a projector


def _rounded(value: float, digits: int) -> Decimal:
    """Half up, as people round (2,25 -> 2,3; Python's own formatting gives 2,2), and as step 5 compares."""
    from decimal import ROUND_HALF_UP, Decimal

    return Decimal(repr(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def number(value: float | None, language: str, digits: int = 1, missing: str = "–") -> str:
    """`3.456` -> "3,5" (da) / "3.5" (en); None -> `missing`."""
    if value is None:
        return missing
    text = f"{_rounded(value, digits):.{digits}f}"
    if text.startswith("-"):
        text = MINUS + text[1:]
    return text.replace(".", ",") if language == "da" else text


def signed(value: float | None, language: str, digits: int = 1, missing: str = "–") -> str:
    """A change with its sign: "+0,4", "−0,2", "0,0"."""
    if value is None:
        return missing
    rounded = _rounded(value, digits)
    text = number(float(abs(rounded)), language, digits)
    if rounded > 0:
        return "+" + text
    if rounded < 0:
        return MINUS + text
    return text


def date(value: str | datetime.date | None, language: str, missing: str = "") -> str:
    """An ISO date (yyyy-mm-dd) as "23.11.2026" (da) or "23 Nov 2026" (en); unparseable text is kept as is."""
    if value is None or value == "":
        return missing
    if isinstance(value, str):
        try:
            day = datetime.date.fromisoformat(value.strip())
        except ValueError:
            return value
    else:
        day = value
    if language == "da":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


def minutes(total_seconds: int, language: str) -> str:
    """A duration as "1:05:30" or "12:30" (h:mm:ss / m:ss), the same in both languages."""
    sign = MINUS if total_seconds < 0 else ""
    s = abs(int(total_seconds))
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{sign}{h}:{m:02d}:{sec:02d}" if h else f"{sign}{m}:{sec:02d}"
