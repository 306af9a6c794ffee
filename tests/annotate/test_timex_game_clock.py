"""A game clock's figure counts minutes and seconds left or used in play, not the hour of the day
(issue 17, wave 13): "with 3:17 to play" must not date a touchdown at 03:17 in the morning."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate.timex.find import find_timexes

SUNDAY = dt.date(2024, 1, 21)


def found(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, SUNDAY)}


@pytest.mark.parametrize(("text", "figure", "value"), [
    ("With 3:17 to play in the final period, Jo Quarrel threw a touchdown pass.", "3:17", "PT3M17S"),
    ("Bo Mend kicked a field goal with 11:42 left in the second quarter.", "11:42", "PT11M42S"),
    ("The Hawks scored again with 0:45 remaining.", "0:45", "PT45S"),
    ("The drive used 5:21 of the clock.", "5:21", "PT5M21S"),
    ("They led by two with 1:12 to go.", "1:12", "PT1M12S"),
    ("The winner came with 2:30 on the game clock.", "2:30", "PT2M30S"),
])
def test_game_clock_is_a_span_not_an_hour(text: str, figure: str, value: str) -> None:
    assert found(text)[figure] == ("DURATION", value)


@pytest.mark.parametrize(("text", "figure", "value"), [
    ("The meeting began at 3:17 on Sunday.", "3:17 on Sunday", "2024-01-21T03:17"),
    ("The ferry left at 3:17 p.m. Sunday.", "3:17 p.m. Sunday", "2024-01-21T15:17"),
    ("The last bus left at 11:42 left of the square.", "11:42", "2024-01-21T11:42"),
])
def test_clock_times_stay_hours(text: str, figure: str, value: str) -> None:
    assert found(text)[figure] == ("TIME", value)
