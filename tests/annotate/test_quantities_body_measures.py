"""A person's weight, height and age as news writes them (wave 10; invented sentences): "weighing 160
pounds" is a mass, "6ft 2in" one height, "The suspect, 41," an age."""

from __future__ import annotations

import pytest

from generator.annotate.quantities.find import find_quantities
from generator.models import QuantityMention


def _found(nlp, text: str) -> dict[str, QuantityMention]:
    return {q.text: q for q in find_quantities(nlp(text), [])}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The man, weighing 160 pounds, was last seen on Friday.", "160 pounds", 160),
    ("Police described him as weighing about 160 pounds.", "about 160 pounds", 160),
    ("She weighs 130 pounds and has brown hair.", "130 pounds", 130),
    ("The dog had a weight of 90 pounds when found.", "90 pounds", 90),
])
def test_pounds_that_something_weighs_are_a_mass(nlp, text, expression, value):
    found = _found(nlp, text)[expression]
    assert (found.value, found.unit) == (value, "lb")


@pytest.mark.parametrize("text", [
    "The fine was 200 pounds.",
    "He paid 300 pounds for the ticket.",
])
def test_pounds_with_no_weighing_are_no_mass(nlp, text):
    assert all(q.unit != "lb" for q in _found(nlp, text).values())


@pytest.mark.parametrize(("text", "expression", "inches"), [
    ("The suspect is 6ft 2in tall and thin.", "6ft 2in", 74),
    ("He is described as 6ft 2in with short hair.", "6ft 2in", 74),
    ("The climber, 5ft 11ins tall, was found on Sunday.", "5ft 11ins", 71),
    ("The man is 6 ft 2in and wore a grey coat.", "6 ft 2in", 74),
    ("She is 5 feet 11 inches tall.", "5 feet 11 inches", 71),  # already read before wave 10
])
def test_feet_and_inches_glued_to_their_units_are_one_height(nlp, text, expression, inches):
    found = _found(nlp, text)
    assert (found[expression].value, found[expression].unit) == (inches, "in")
    assert not [q for q in found.values() if q.text in {"2", "11", "2in", "11ins"}]


@pytest.mark.parametrize(("text", "number", "about"), [
    ("The suspect, 41, was arrested at his home.", "41", "age of the suspect"),
    ("The driver, 29, was taken to hospital.", "29", "age of the driver"),
    ("Her husband, 38, was not hurt.", "38", "age of her husband"),
    ("The teenager, 16, was charged with theft.", "16", "age of the teenager"),
])
def test_a_person_noun_then_a_number_between_commas_is_an_age(nlp, text, number, about):
    found = _found(nlp, text)[number]
    assert (found.unit, found.about) == ("years", about)


@pytest.mark.parametrize(("text", "number"), [
    ("The company, 41, paid the bill.", "41"),  # no person
    ("Rooms 12, 41, and 50 were empty.", "41"),  # a list
])
def test_a_number_between_commas_after_no_person_noun_is_no_age(nlp, text, number):
    assert _found(nlp, text)[number].unit != "years"
