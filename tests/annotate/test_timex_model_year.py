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



@pytest.mark.parametrize(("sentence", "year"), [
    ("Mara Quill was struck by a gray 2019 Honda Civic near Elm Street.", "2019"),
    ("She was hit by a 2017 blue Civic on Main Street.", "2017"),
    ("A man struck her with his gray 2016 Toyota Corolla near the temple.", "2016"),
    ("A driver hit her with his 2018 Nissan Altima as she crossed.", "2018"),
    ("Witnesses saw a 2014 Honda Accord leave the scene.", "2014"),
])
def test_a_year_inside_a_make_and_model_dates_no_event(nlp, sentence, year):
    """A year after "a" or "his" (and any adjectives) before a make and model is the car's model year,
    whether or not the model tags a maker or product and whatever the parse hangs the year on
    (`model_years.names_a_model`; the first three failed before)."""
    timex = _year(nlp, sentence, year)
    assert timex.in_passing
    assert timex.event is None


@pytest.mark.parametrize(("sentence", "year"), [
    ("She won a 2008 Beijing Olympics medal in the relay.", "2008"),
    ("He has a 2012 World Cup winner's medal.", "2012"),
    ("She took a 2014 Pulitzer Prize for the series.", "2014"),
    ("The team won the 2008 Beijing Olympics after a long wait.", "2008"),
    ("In 2016 Rovana Motors opened a plant in Ohio.", "2016"),
])
def test_a_year_of_an_event_an_award_or_a_clause_is_no_model_year(nlp, sentence, year):
    """A year of an event's or an award's name, or opening the clause, is no product's model year."""
    assert not _year(nlp, sentence, year).in_passing
