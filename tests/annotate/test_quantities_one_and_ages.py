""""One" as a pronoun or an example-giving determiner is no count, and a hyphened count of years before
a noun for a person is an age with "-old" left out (issue 17; invented sentences)."""

from __future__ import annotations

import pytest

from generator.annotate.quantities.find import find_quantities
from generator.models import QuantityMention


def _found(nlp, text: str) -> dict[str, QuantityMention]:
    return {q.text: q for q in find_quantities(nlp(text), [])}


@pytest.mark.parametrize("text", [
    "One place Dana is finding this hard is the new clinic in Ferrytown.",
    "The ruling was just one of several moves that angered the farmers.",
    "One reason for the delay was the cost of steel.",
    "The firm's one hope is a buyer from abroad.",
    "She found the one place nobody would look.",
    "One sign of the thaw was a visit by the trade minister.",
    "She called the vote one more sign that the party has changed.",
    "One key reason was the price of fuel.",
])
def test_one_as_a_pronoun_or_an_example_is_no_count(nlp, text):
    assert not any(q.value == 1 for q in _found(nlp, text).values())


@pytest.mark.parametrize(("text", "number"), [
    ("One person was killed and two were injured in the crash.", "One"),
    ("Only one bidder was left by Friday.", "Only one"),
    ("One more person died in hospital on Friday.", "One"),
    ("The council has 1 place left on the board.", "1"),
])
def test_one_counting_something_stays(nlp, text, number):
    assert _found(nlp, text)[number].value == 1


def test_a_thing_or_two_is_no_count(nlp):
    assert not _found(nlp, "The coach knows a thing or two about losing.")
    assert _found(nlp, "The coach lost two of his players to injury.")["two"].value == 2


@pytest.mark.parametrize(("text", "number", "about"), [
    ("The 31-year troubled singer left the clinic on Monday.", "31-year", "age of the troubled singer"),
    ("The 29-year actress checked into a clinic.", "29-year", "age of the actress"),
])
def test_a_count_of_years_before_a_person_is_an_age(nlp, text, number, about):
    assert _found(nlp, text)[number].about == about


@pytest.mark.parametrize(("text", "number", "about"), [
    ("He ended a 15-year career in the navy.", "15-year", "career in the navy"),
    ("The 20-year veteran retired in March.", "20-year", "veteran"),
    ("She began a 60-day court-ordered stay in the clinic.", "60-day", "court-ordered stay in the clinic"),
])
def test_a_span_of_time_before_other_nouns_stays_a_span(nlp, text, number, about):
    assert _found(nlp, text)[number].about == about


@pytest.mark.parametrize(("text", "number", "about"), [
    ("Vale, who has sat on the council a total of five times, was elected again in 2010.",
     "five times", "times Vale has sat on the council"),
    ("The singer has been arrested four times since 2009.", "four times",
     "times the singer has been arrested"),
    ("The Lions have won the cup six times.", "six times", "times the Lions have won the cup"),
])
def test_a_count_of_times_counts_the_clause_it_repeats(nlp, text, number, about):
    assert _found(nlp, text)[number].about == about


@pytest.mark.parametrize(("text", "number"), [
    ("Sales were four times higher than last year.", "four times"),
    ("The tower is three times the height of the church.", "three times"),
])
def test_a_multiplier_is_no_count_of_times(nlp, text, number):
    about = _found(nlp, text)[number].about or ""
    assert not about.startswith("times")


def test_a_clause_cut_at_its_verbs_object_keeps_not_that_verb(nlp):
    text = "She took a two-year lease that covered the shop and cost her about $9,000 per month."
    assert _found(nlp, text)["two-year"].about == "lease that covered the shop"
