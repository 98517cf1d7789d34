"""The agenda logic: template in both languages, clock times, totals, and the countdown with a fake clock."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vzworkshop.core.agenda import (
    Timer,
    countdown_text,
    format_clock,
    format_duration,
    load_template,
    parse_clock,
    schedule,
    split_minutes,
    total_actual_seconds,
    total_minutes,
)
from vzworkshop.core.content import load_content


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


# --- template -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["da", "en"])
def test_template_is_a_three_hour_first_workshop_over_the_steps(language: str) -> None:
    template = load_template(language)
    assert template.language == language
    assert template.total_minutes == 180
    steps = [b.step for b in template.blocks]
    # welcome, step 1, step 2 twice (answers, dialogue), break, step 3 twice (prioritise, plan), close
    assert steps == [None, 1, 2, 2, None, 3, 3, None]
    minutes = [b.minutes for b in template.blocks]
    assert minutes[2:4] == [30, 60]  # the dialogue tools' 30 + 60 minutes for answering and talking
    assert all(b.title.strip() for b in template.blocks)
    assert len({b.title for b in template.blocks}) == len(template.blocks)
    assert parse_clock(template.start) is not None


def test_templates_are_the_same_agenda_in_two_languages() -> None:
    da, en = load_template("da"), load_template("en")
    assert [(b.step, b.minutes, bool(b.notes)) for b in da.blocks] == [
        (b.step, b.minutes, bool(b.notes)) for b in en.blocks
    ]
    assert da.blocks[0].title == "Velkomst og formål"
    assert en.blocks[0].title == "Welcome and purpose"
    assert "Pause" in [b.title for b in da.blocks]
    assert "Break" in [b.title for b in en.blocks]


@pytest.mark.parametrize("language", ["da", "en"])
def test_template_uses_the_level_names_of_its_language(language: str) -> None:
    levels = load_content(language).levels
    answers = load_template(language).blocks[2].notes
    assert levels[0].name in answers and levels[-1].name in answers


def test_unknown_template_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown template language"):
        load_template("sv")


# --- clock times and totals -----------------------------------------------------------------------------


def test_schedule_gives_each_block_its_clock_time() -> None:
    slots = schedule("08:30", [10, 15, 30, 60])
    assert [s.label() for s in slots] == ["08:30–08:40", "08:40–08:55", "08:55–09:25", "09:25–10:25"]
    assert total_minutes([10, 15, 30, 60]) == 115


def test_schedule_defaults_to_nine_and_wraps_past_midnight() -> None:
    assert schedule("", [30])[0].label() == "09:00–09:30"
    assert schedule("23:50", [20])[0].label() == "23:50–00:10"
    with pytest.raises(ValueError):
        schedule("25:00", [10])


@pytest.mark.parametrize(("text", "minutes"), [("09:00", 540), ("9:05", 545), ("00:00", 0), ("23:59", 1439),
                                               (" 12:30 ", 750)])
def test_parse_clock(text: str, minutes: int) -> None:
    assert parse_clock(text) == minutes


@pytest.mark.parametrize("text", ["", "24:00", "9", "09:60", "9.30", "ni"])
def test_parse_clock_refuses_what_is_not_a_time(text: str) -> None:
    assert parse_clock(text) is None


@settings(database=None)
@given(st.integers(min_value=0, max_value=24 * 60 - 1))
def test_clock_round_trip(minutes: int) -> None:
    assert parse_clock(format_clock(minutes)) == minutes


def test_totals() -> None:
    assert total_actual_seconds([600, None, 125]) == 725
    assert split_minutes(180) == (3, 0)
    assert split_minutes(95) == (1, 35)


@pytest.mark.parametrize(("seconds", "text"), [(0, "0:00"), (59, "0:59"), (750, "12:30"), (3725, "1:02:05"),
                                               (-5, "0:00")])
def test_format_duration(seconds: int, text: str) -> None:
    assert format_duration(seconds) == text


@pytest.mark.parametrize(("remaining", "text"), [(750, "12:30"), (0.4, "0:01"), (0, "0:00"), (-0.5, "0:00"),
                                                 (-130, "+2:10"), (-130.9, "+2:10")])
def test_countdown_text(remaining: float, text: str) -> None:
    assert countdown_text(remaining) == text


# --- the timer ------------------------------------------------------------------------------------------


def test_timer_counts_only_while_running() -> None:
    clock = FakeClock()
    timer = Timer(now=clock)
    timer.begin(15 * 60)
    assert not timer.running
    clock.advance(100)
    assert timer.elapsed() == 0
    assert timer.text() == "15:00"
    timer.start()
    clock.advance(150)
    assert timer.running
    assert timer.text() == "12:30"
    assert timer.pause() == 150
    clock.advance(500)
    assert timer.elapsed_seconds() == 150
    assert timer.toggle() is True
    clock.advance(10)
    assert timer.toggle() is False
    assert timer.elapsed_seconds() == 160


def test_timer_start_twice_does_not_restart_the_run() -> None:
    clock = FakeClock()
    timer = Timer(now=clock)
    timer.begin(60)
    timer.start()
    clock.advance(20)
    timer.start()
    clock.advance(20)
    assert timer.elapsed_seconds() == 40


def test_timer_runs_over_and_extends() -> None:
    clock = FakeClock()
    timer = Timer(now=clock)
    timer.begin(10 * 60)
    timer.start()
    clock.advance(10 * 60 + 130)
    assert timer.over()
    assert timer.text() == "+2:10"
    assert timer.fraction() == 1.0
    timer.extend(5 * 60)
    assert not timer.over()
    assert timer.text() == "2:50"
    assert timer.allowance == 15 * 60


def test_timer_resumes_a_block_with_time_already_spent() -> None:
    clock = FakeClock()
    timer = Timer(now=clock)
    timer.extend(300)
    timer.begin(20 * 60, already_seconds=5 * 60)
    assert timer.allowance == 20 * 60  # time added to an earlier block is not carried over
    assert timer.text() == "15:00"
    assert timer.fraction() == pytest.approx(0.25)
    timer.start()
    clock.advance(60)
    assert timer.pause() == 6 * 60


def test_timer_with_a_block_of_no_time_is_over_at_once() -> None:
    clock = FakeClock()
    timer = Timer(now=clock)
    timer.begin(0)
    timer.start()
    clock.advance(61)
    assert timer.over()
    assert timer.text() == "+1:01"
    assert timer.fraction() == 1.0


def test_timer_ignores_a_clock_going_backwards() -> None:
    clock = FakeClock()
    timer = Timer(now=clock)
    timer.begin(60)
    timer.start()
    clock.advance(-30)
    assert timer.elapsed() == 0
    assert timer.pause() == 0


def test_timer_replan_keeps_elapsed_and_added_time() -> None:
    clock = FakeClock()
    timer = Timer(now=clock)
    timer.begin(10 * 60)
    timer.start()
    clock.advance(60)
    timer.extend(5 * 60)
    timer.replan(20 * 60)
    assert timer.allowance == 25 * 60
    assert timer.text() == "24:00"
    assert timer.running
