"""A bare weekday is anchored by the tense of its own clause: within the week before the publication
date (the publication day itself included) when the clause tells what happened, within the week after
it when the clause tells a plan. Every weekday against every publication weekday (invented sentences)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from generator.annotate.timex.find import find_timexes

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
A_MONDAY = dt.date(2024, 1, 8)

PAST_CLAUSES = [
    "The police arrested two men on {day}.",
    "A fire broke out at the depot {day} night, officials said.",
    "The company said {day} that it had cut jobs.",
    "The boy has been missing since {day}.",  # the perfect progressive: no plan
    "Rescuers have been searching the hills since {day}.",
    "The actor died {day} in a hospital, his agent says.",
]
FUTURE_CLAUSES = [
    "The board will meet on {day}.",
    "The talks are set to resume {day}.",
]


def _anchored_day(sentence: str, weekday: str, published: dt.date, nlp) -> dt.date:
    found = [timex for timex in find_timexes(sentence, published, nlp(sentence))
             if weekday in sentence[timex.start:timex.end]]
    assert found, f"no expression over {weekday!r} in {sentence!r}"
    return dt.date.fromisoformat(found[0].value[:10])


@pytest.mark.parametrize(("weekday", "published_index", "clause"),
                         list(itertools.product(WEEKDAYS, range(7), PAST_CLAUSES)))
def test_a_weekday_in_a_past_clause_lies_in_the_week_before(nlp, weekday, published_index, clause):
    published = A_MONDAY + dt.timedelta(days=published_index)
    day = _anchored_day(clause.format(day=weekday), weekday, published, nlp)
    assert day.strftime("%A") == weekday
    assert 0 <= (published - day).days < 7


@pytest.mark.parametrize(("weekday", "published_index", "clause"),
                         list(itertools.product(WEEKDAYS, range(7), FUTURE_CLAUSES)))
def test_a_weekday_in_a_future_clause_lies_in_the_week_after(nlp, weekday, published_index, clause):
    published = A_MONDAY + dt.timedelta(days=published_index)
    day = _anchored_day(clause.format(day=weekday), weekday, published, nlp)
    assert day.strftime("%A") == weekday
    assert 0 <= (day - published).days < 7
