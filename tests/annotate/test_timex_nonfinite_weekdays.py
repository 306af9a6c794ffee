"""A bare weekday in an infinitive, participle or relative clause takes its time from the finite verb
the clause hangs on: a purpose or attempt told in the past ("went to watch the parade Saturday",
"sought to calm the crowd Friday") lies in the week before the publication date; a plan told inside
a past sentence ("a vote to be held Friday", "was due to appear Friday", "a strike to begin Friday")
in the week after it. Every weekday against every publication weekday (invented sentences)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from generator.annotate.timex.find import find_timexes
from tests.annotate.test_timex_weekday_direction import A_MONDAY, WEEKDAYS, _anchored_day

PAST_CLAUSES = [
    "Ona Vell was struck while crossing a street to attend a service {day}, police said.",
    "The mayor went to the bridge to watch the parade {day}.",
    "She went out to buy bread {day} and never came back.",
    "The couple went shopping {day}.",
    "He went to vote {day}.",
    "The police sought to calm the crowd {day}.",
    "The family had hoped to reach the border {day} but were turned back.",
    "Lem Tarro, who was arrested {day}, appeared in court.",
    "A woman trying to cross the river {day} drowned.",
    "Workers walked off the job to protest the cuts {day}.",
    "She was on her way to visit her mother {day} when the crash happened.",
    "The man wanted to see his son {day}, his lawyer said.",
]
FUTURE_CLAUSES = [
    "The council announced a vote to be held {day}.",
    "The council said the vote was to be held {day}.",
    "The union called a strike to begin {day}.",
    "He was due to appear in court {day}.",
    "The minister is going to visit the site {day}.",
    "The vote, to be held {day}, will decide the matter.",
    "The council said it plans to close the plant {day}.",
    "The family hopes to reach the border {day}.",
    "The minister is to visit the site {day}.",
]


def anchored_days(nlp, sentence: str, weekday: str) -> list[tuple[dt.date, dt.date]]:
    """(publication date, the day `weekday` was anchored to) for a week of publication dates, the
    sentence parsed once."""
    doc = nlp(sentence)
    anchored = []
    for published in (A_MONDAY + dt.timedelta(days=index) for index in range(7)):
        found = [timex for timex in find_timexes(sentence, published, doc)
                 if weekday in sentence[timex.start:timex.end]]
        assert found, (sentence, published)
        day = dt.date.fromisoformat(found[0].value[:10])
        assert day.strftime("%A") == weekday, (sentence, published)
        anchored.append((published, day))
    return anchored


@pytest.mark.parametrize(("weekday", "clause"), list(itertools.product(WEEKDAYS, PAST_CLAUSES)))
def test_a_weekday_in_a_clause_under_a_past_verb_lies_in_the_week_before(nlp, weekday, clause):
    for published, day in anchored_days(nlp, clause.format(day=weekday), weekday):
        assert 0 <= (published - day).days < 7, (clause, published)


@pytest.mark.parametrize(("weekday", "clause"), list(itertools.product(WEEKDAYS, FUTURE_CLAUSES)))
def test_a_weekday_in_a_plan_inside_a_past_sentence_lies_in_the_week_after(nlp, weekday, clause):
    for published, day in anchored_days(nlp, clause.format(day=weekday), weekday):
        assert 0 <= (day - published).days < 7, (clause, published)


@pytest.mark.parametrize("weekday", ["Tuesday", "Friday", "Sunday"])
def test_a_plan_announced_on_a_day_lies_after_the_announcement(nlp, weekday):
    sentence = f"The council announced Monday that the vote will be held {weekday}."
    day = _anchored_day(sentence, weekday, A_MONDAY, nlp)
    assert 0 < (day - A_MONDAY).days < 7
