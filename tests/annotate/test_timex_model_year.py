"""A model year ("a 2009 Honda sedan", "the 2012 model") is an attribute of a product, no date of
what the clause tells; a year before an event's name still dates the clause (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate.timex.events import attach_events
from generator.annotate.timex.find import find_timexes

PUBLISHED = dt.date(2015, 3, 3)


def _year(nlp, sentence: str, year: str):
    doc = nlp(sentence)
    timexes = find_timexes(sentence, PUBLISHED, doc)
    attach_events(timexes, doc)
    return next(timex for timex in timexes if sentence[timex.start:timex.end] == year)


@pytest.mark.parametrize(("sentence", "year"), [
    ("He was driving a 2009 Honda sedan when it crashed.", "2009"),
    ("Police found a stolen 2007 Ford Explorer near the river.", "2007"),
    ("The 2012 model was recalled by the maker.", "2012"),
    ("She sold her 2004 models to a dealer.", "2004"),
])
def test_a_model_year_dates_no_event(nlp, sentence, year):
    timex = _year(nlp, sentence, year)
    assert timex.in_passing
    assert timex.event is None


@pytest.mark.parametrize(("sentence", "year"), [
    ("He won gold at the 2008 Beijing Olympics.", "2008"),
    ("The company bought the plant in 2009.", "2009"),
])
def test_a_year_of_an_event_still_dates_the_clause(nlp, sentence, year):
    assert not _year(nlp, sentence, year).in_passing


@pytest.mark.parametrize(("sentence", "year"), [
    ("The 2010 model recall cost the maker two billion dollars.", "2010"),
    ("The 2010 Rovana recall cost the maker two billion dollars.", "2010"),
    ("The 2011 model launch was delayed by a strike.", "2011"),
])
def test_a_year_before_what_happened_to_a_product_dates_it(nlp, sentence, year):
    """A year before a make or "model" whose phrase ends in what happened to the product (a recall, a
    launch) is that event's year, not a model year."""
    timex = _year(nlp, sentence, year)
    assert not timex.in_passing
    assert timex.event is not None
