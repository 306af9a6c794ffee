"""A ranking's name is no count, an age is never an organisation's, and what a measure describes ends
before another figure's verb (wave 9 follow-up; invented sentences)."""

from __future__ import annotations

import pytest

from generator.annotate.quantities.find import find_quantities
from generator.models import QuantityMention


def _found(nlp, text: str) -> dict[str, QuantityMention]:
    return {q.text: q for q in find_quantities(nlp(text), [])}


@pytest.mark.parametrize(("text", "number"), [
    ("The fugitive was added to the Top 10 Most Wanted list last year.", "10"),
    ("She was named on the agency's Ten Most Wanted Fugitives list.", "Ten"),
    ("The banker topped the 50 Most Influential People ranking.", "50"),
    ("Their second single reached the top 40 within a week.", "40"),
    ("The novel stayed in the Top 20 for a month.", "20"),
])
def test_a_ranking_name_is_no_count(nlp, text, number):
    assert number not in _found(nlp, text)


@pytest.mark.parametrize(("text", "number", "value"), [
    ("The top three officials were fired on Monday.", "three", 3),  # a plural noun counted
    ("The club ranked among the top sellers and hired 200 engineers.", "200", 200),
    ("The 10 most wanted fugitives were named by police.", "10", 10),  # no title: a count
])
def test_a_count_beside_a_ranking_word_stays(nlp, text, number, value):
    assert _found(nlp, text)[number].value == value


@pytest.mark.parametrize("text", [
    "Greystone Bank, 41, said nothing about the loan.",
    "Northgate Logistics, 58, paid the claims in full.",
    "The Valmont Institute, 58, closed its doors.",
])
def test_an_organisation_has_no_age(nlp, text):
    ages = [q for q in _found(nlp, text).values() if q.unit == "years" or (q.about or "").startswith("age")]
    assert ages == []


@pytest.mark.parametrize(("text", "number", "about"), [
    ("Police said Dana Whitlock, 34, held at Marlow Prison, was charged.", "34", "age of Dana Whitlock"),
    ("The 34-year-old, held at Marlow Prison, was charged on Friday.", "34", "age"),
    ("Marta Quell, 51, took over the firm.", "51", "age of Marta Quell"),  # the model says ORG
])
def test_an_age_belongs_to_the_person_it_describes(nlp, text, number, about):
    found = _found(nlp, text)[number]
    assert (found.unit, found.about) == ("years", about)


@pytest.mark.parametrize(("text", "number", "about"), [
    ("The suspect is a 6-foot-2 man weighing 220 pounds.", "6-foot-2", "man"),
    ("Officers seek a 5-foot-9 woman wearing 2 earrings.", "5-foot-9", "woman"),
])
def test_what_a_measure_describes_stops_before_a_verb_whose_object_is_another_figure(nlp, text, number,
                                                                                       about):
    assert _found(nlp, text)[number].about == about
