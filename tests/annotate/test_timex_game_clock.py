"""A game clock's figure counts minutes and seconds left or used in play, not the hour of the day
(issue 17, wave 13): "with 4:08 to play" must not date a touchdown at 04:08 in the morning."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate.timex.find import find_timexes

SUNDAY = dt.date(2024, 1, 21)


def found(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, SUNDAY)}


@pytest.mark.parametrize(("text", "figure", "value"), [
    ("With 4:08 to play in the fourth quarter, Jo Quarrel threw a touchdown pass.", "4:08", "PT4M8S"),
    ("Bo Mend kicked a field goal with 10:03 left in the third quarter.", "10:03", "PT10M3S"),
    ("The Hawks scored again with 0:45 remaining.", "0:45", "PT45S"),
    ("The drive ate up 6:05 of the clock.", "6:05", "PT6M5S"),
    ("They led by two with 1:12 to go.", "1:12", "PT1M12S"),
    ("The winner came with 2:30 on the game clock.", "2:30", "PT2M30S"),
])
def test_game_clock_is_a_span_not_an_hour(text: str, figure: str, value: str) -> None:
    assert found(text)[figure] == ("DURATION", value)


@pytest.mark.parametrize(("text", "figure", "value"), [
    ("The meeting began at 4:08 on Sunday.", "4:08 on Sunday", "2024-01-21T04:08"),
    ("The ferry left at 4:08 p.m. Sunday.", "4:08 p.m. Sunday", "2024-01-21T16:08"),
    ("The last bus left at 10:03 left of the square.", "10:03", "2024-01-21T10:03"),
])
def test_clock_times_stay_hours(text: str, figure: str, value: str) -> None:
    assert found(text)[figure] == ("TIME", value)
