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

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
A_MONDAY = dt.date(2024, 1, 8)

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


@pytest.mark.parametrize(("weekday", "clause"), list(itertools.product(WEEKDAYS, PAST_CLAUSES)))
def test_a_weekday_in_a_clause_under_a_past_verb_lies_in_the_week_before(nlp, weekday, clause):
    sentence = clause.format(day=weekday)
    doc = nlp(sentence)
    for published_index in range(7):
        published = A_MONDAY + dt.timedelta(days=published_index)
        found = [timex for timex in find_timexes(sentence, published, doc)
                 if weekday in sentence[timex.start:timex.end]]
        assert found, sentence
        day = dt.date.fromisoformat(found[0].value[:10])
        assert day.strftime("%A") == weekday
        assert 0 <= (published - day).days < 7, (sentence, published)


@pytest.mark.parametrize(("weekday", "clause"), list(itertools.product(WEEKDAYS, FUTURE_CLAUSES)))
def test_a_weekday_in_a_plan_inside_a_past_sentence_lies_in_the_week_after(nlp, weekday, clause):
    sentence = clause.format(day=weekday)
    doc = nlp(sentence)
    for published_index in range(7):
        published = A_MONDAY + dt.timedelta(days=published_index)
        found = [timex for timex in find_timexes(sentence, published, doc)
                 if weekday in sentence[timex.start:timex.end]]
        assert found, sentence
        day = dt.date.fromisoformat(found[0].value[:10])
        assert day.strftime("%A") == weekday
        assert 0 <= (day - published).days < 7, (sentence, published)


@pytest.mark.parametrize("weekday", ["Tuesday", "Friday", "Sunday"])
def test_a_plan_announced_on_a_day_lies_after_the_announcement(nlp, weekday):
    sentence = f"The council announced Monday that the vote will be held {weekday}."
    published = A_MONDAY
    found = [timex for timex in find_timexes(sentence, published, nlp(sentence))
             if weekday in sentence[timex.start:timex.end]]
    day = dt.date.fromisoformat(found[0].value[:10])
    assert 0 < (day - published).days < 7
