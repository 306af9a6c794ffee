"""Quantities in sports and court stories: heights in feet and inches, scores beside a game word, a
pair before a singular noun, and counts joined by "and" (invented sentences)."""

from __future__ import annotations

import pytest

from generator.annotate.quantities.find import find_quantities
from generator.models import QuantityMention


def quantities(nlp, text: str) -> dict[str, QuantityMention]:
    found = find_quantities(nlp(text), [])
    for quantity in found:
        assert text[quantity.start:quantity.end] == quantity.text
    return {q.text: q for q in found}


@pytest.mark.parametrize(("text", "written", "inches"), [
    ("The 6-foot-8 forward scored 22 points in the win.", "6-foot-8", 80),
    ("Scouts liked the 5-foot-11 guard from Dayton.", "5-foot-11", 71),
    ("The rookie stands 6 feet 2 inches and weighs 190 pounds.", "6 feet 2 inches", 74),
    ("A 6-8 centre, Ray Toller is 6 feet 8 inches tall.", "6-8", 80),
])
def test_feet_and_inches_are_one_length(nlp, text, written, inches):
    found = quantities(nlp, text)
    assert (found[written].value, found[written].value_to, found[written].unit) == (inches, None, "in")
    assert not any(q.value in {2, 8, 11} and q.unit is None for q in found.values())


@pytest.mark.parametrize("text", [
    "Coach Lena Park praised a 5-11 guard who came off the bench.",
    "The club signed a 6-9 forward from a college in Idaho.",
])
def test_a_pair_before_a_singular_noun_is_no_range(nlp, text):
    assert not any(q.value_to is not None for q in quantities(nlp, text).values())


@pytest.mark.parametrize(("text", "written", "sides"), [
    ("The visitors won 65-53 on Friday night.", "65-53", (65, 53)),
    ("The home side lost 53-65 after a poor second half.", "53-65", (53, 65)),
    ("Dunmore beat Kellridge 2-4 on penalties after a draw.", "2-4", (2, 4)),
    ("It was a 3-5 loss for the champions.", "3-5", (3, 5)),
])
def test_a_pair_beside_a_game_word_is_a_score(nlp, text, written, sides):
    score = quantities(nlp, text)[written]
    assert (score.value, score.value_to, score.unit) == (*sides, "score")


@pytest.mark.parametrize(("text", "written", "low", "high"), [
    ("The party hopes to win 2-3 seats in the council.", "2-3", 2, 3),
    ("Between 10-15 people waited outside the court.", "10-15", 10, 15),
])
def test_a_pair_before_a_plural_stays_a_range(nlp, text, written, low, high):
    found = quantities(nlp, text)[written]
    assert (found.value, found.value_to, found.unit) == (low, high, None)


@pytest.mark.parametrize(("text", "counts"), [
    ("Tom Reyes had seven points and eight rebounds before fouling out.", {"eight": "rebounds"}),
    ("She finished with 12 points, nine assists and four steals.", {"nine": "assists", "four": "steals"}),
    ("The judge heard three witnesses and two experts on Monday.", {"two": "experts"}),
])
def test_each_count_in_a_list_has_its_own_noun_and_no_conjunction(nlp, text, counts):
    found = quantities(nlp, text)
    assert not any(written.lower().startswith(("and ", "or ")) for written in found)
    for written, noun in counts.items():
        assert found[written].about == noun


@pytest.mark.parametrize(("text", "written", "value"), [
    ("Some two hundred and fifty thousand people marched.", "Some two hundred and fifty thousand",
     250_000),
    ("Forty-two cars and one-hundred vans were sold.", "Forty-two", 42),
])
def test_and_and_hyphens_inside_number_words_still_join(nlp, text, written, value):
    assert quantities(nlp, text)[written].value == value
