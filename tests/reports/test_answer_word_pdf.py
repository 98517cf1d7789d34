"""The handouts call the participants' answers "svar" wherever figures are held back, as the screens and the
method guide do (the round's "færre end 3 besvarelser" stood beside a group's "færre end 3 svar")."""

from __future__ import annotations

from vzworkshop.reports.labels import labels


def test_every_held_back_text_says_svar() -> None:
    danish = labels("da")
    held_back = {key: text for key, text in danish.items() if key.startswith(("withheld", "held_back"))}
    assert len(held_back) >= 4
    assert [key for key, text in held_back.items() if "besvarelse" in text.lower()] == []
    assert "færre end {n} svar" in danish["withheld_round"]
