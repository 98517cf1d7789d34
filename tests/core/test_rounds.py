from __future__ import annotations

from vzworkshop.core.rounds import BASELINE, FOLLOW_UP, ROUND, default_round_name, unused_round_name


def test_default_names_in_the_workshops_language() -> None:
    assert default_round_name("da", BASELINE) == "Første runde"
    assert default_round_name("en", BASELINE) == "Baseline"
    assert default_round_name("da", FOLLOW_UP, 1) == "Opfølgning 1"
    assert default_round_name("en", FOLLOW_UP, 2) == "Follow-up 2"
    assert default_round_name("da", ROUND, 3) == "Runde 3"
    assert default_round_name("da", BASELINE, 2) == "Første runde 2"
    assert default_round_name("de", BASELINE) == "Baseline"  # an unknown language: English


def test_unused_names_skip_the_taken_ones_case_insensitively() -> None:
    assert unused_round_name("da", FOLLOW_UP, ["Første runde"]) == "Opfølgning 1"
    assert unused_round_name("da", FOLLOW_UP, ["opfølgning 1", "Opfølgning 2 "]) == "Opfølgning 3"
    assert unused_round_name("en", BASELINE, ["baseline"]) == "Baseline 2"
    assert unused_round_name("en", FOLLOW_UP, [], 4) == "Follow-up 4"
