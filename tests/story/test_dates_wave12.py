"""The date of a row and of a telling (issue 16, wave 12), invented articles only.

A date right after a happening the clause leads up to ("in the run-up to the parade on May 20") is
the happening's date, not the clause's; a date after "since" that bounds a comparison ("its lowest
level since 2008", "not seen since 1990") dates no clause; "last seen on Friday" lies behind the
telling; a row whose tellings give equally precise dates shows the one most of them agree with."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.timex.events import attach_events
from generator.annotate.timex.find import find_timexes
from generator.models import TimelineEntry
from tests.story.story_tools import annotated_article, timeline_of

PUBLISHED = dt.date(2031, 5, 7)  # a Wednesday


def _dated(nlp: Language, sentence: str) -> dict[str, str | None]:
    """Each expression of the sentence and the statement it dates (None: it dates none)."""
    doc = nlp(sentence)
    timexes = find_timexes(sentence, PUBLISHED, doc)
    attach_events(timexes, doc)
    return {sentence[t.start:t.end]: (t.event.text if t.event is not None else None) for t in timexes}


# (sentence, expression, whether it dates a clause)
LEADING_UP = [
    ("Crews painted the bridge in the run-up to the parade on May 20.", "May 20", False),
    ("Crews painted the bridge in the leadup to the parade on May 20, officials said.", "May 20", False),
    ("Workers fixed the roof in the build-up to Ardent Air's 90th birthday celebrations on May 16.",
     "May 16", False),
    ("The band will skip the planned stop in Lyon and travel straight to Paris as part of the lead-up "
     "to the festival's opening night on June 12.", "June 12", False),
    ("Staff cleaned the hall in preparation for the vote on March 3.", "March 3", False),
    ("Staff cleaned the hall on Monday in advance of the vote on March 3.", "March 3", False),
    ("Crews painted the bridge in the countdown to the parade in May.", "May", False),
    ("Shops were busy in the run-up to Christmas.", "Christmas", False),
    ("Staff worked late in preparation for Monday's vote.", "Monday", False),
    ("Staff cleaned the hall on Monday in advance of the vote on March 3.", "Monday", True),
    ("Crews painted the bridge on May 20.", "May 20", True),
    # a verb between the cue and the date: the date is the verb's
    ("In the run-up to the vote the mayor met the unions on Friday.", "Friday", True),
    # "before" and "ahead of": the clause often happens on that day, so the date still dates it
    ("The ministers met in Oslo before the summit on Friday.", "Friday", True),
    ("The team trained in the mountains ahead of the final on Sunday.", "Sunday", True),
    # a parade on the day, no stretch before it
    ("Crowds lined the streets for the parade on May 20.", "May 20", True),
]
SINCE = [
    ("Unemployment fell to its lowest level since 2008.", "2008", False),
    ("Nortec shares posted their biggest gain since March.", "March", False),
    ("The strike was the first since 2009.", "2009", False),
    ("It was the first time since 2009 that the union went on strike.", "2009", False),
    ("It was the worst storm to hit the city since 1987.", "1987", False),
    ("Sales rose the most since May.", "May", False),
    ("Prices hit a high not seen since 1990.", "1990", False),
    ("The Hawks have not won a title since 2012.", "2012", False),
    # the stretch the clause fills
    ("Talks have stalled since March.", "March", True),
    ("The biggest firm has grown since 2015.", "2015", True),
    ("The oldest bridge in town has been closed since May.", "May", True),
]


@pytest.mark.parametrize(("sentence", "expression", "dates_a_clause"), LEADING_UP + SINCE)
def test_which_dates_date_a_clause(nlp, sentence, expression, dates_a_clause):
    """What the clause leads up to ("in the run-up to the parade on May 20") and what bounds a
    comparison ("its lowest level since 2008") is dated; the clause is not."""
    assert (_dated(nlp, sentence)[expression] is not None) == dates_a_clause


@pytest.mark.parametrize("sentence", [
    "Police are searching for the man, last seen on Friday.",
    "Police will search for the boy, last heard from on Friday.",
])
def test_last_seen_lies_behind_the_telling(nlp, sentence):
    """Published on a Wednesday: "last seen on Friday" is the Friday before, whatever the tense of
    the search."""
    doc = nlp(sentence)
    assert [t.value for t in find_timexes(sentence, PUBLISHED, doc)] == ["2031-05-02"]


def _rows(nlp: Language, articles: list[tuple[str, str]]) -> list[TimelineEntry]:
    return timeline_of([annotated_article(nlp, name, text, PUBLISHED, f"Outlet {name}")
                        for name, text in articles])


@pytest.mark.parametrize(("most", "one"), [("May 5", "May 6"), ("May 6", "May 5")])
def test_a_row_shows_the_day_most_tellings_agree_with(nlp, most, one):
    """Four tellings of one approval: two on one day, one on the next, one "early this week" that
    both can be (it joins them). Of the two equally precise days the row shows the one three tellings
    agree with, whichever the ids sort first."""
    told = "The Tarn council approved the harbour budget"
    rows = _rows(nlp, [("a", f"{told} on {most}."), ("b", f"{told} on {most}."),
                       ("c", f"{told} early this week."), ("d", f"{told} on {one}.")])
    day = {"May 5": "2031-05-05", "May 6": "2031-05-06"}
    assert [(row.date.value, row.corroboration) for row in rows] == [(day[most], 4)]
    assert [date.value for date in rows[0].other_dates] == sorted([day[one], "2031-W19"])
