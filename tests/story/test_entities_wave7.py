"""Story-level entity rules of issue 16 (wave 7), on invented names: a person's full name the model
read as a place, short names tested after their fuller forms are joined, a misspelt country, and
street addresses."""

from __future__ import annotations

import pytest

from generator.story.entity_types import given_names, has_address_cue, is_address, is_not_a_name
from tests.story.story_tools import ORG, G, P, resolve_names

NO_WORDS: frozenset[str] = frozenset()


def test_a_full_name_the_model_read_as_a_place_is_the_person_of_its_family() -> None:
    # "Mo" is a short form of "Maurice"; the model read "Mo Quarrelby" as a place twice.
    found = resolve_names([("Maurice Quarrelby", P, "PERSON"), ("Mo Quarrelby", G, "GPE")],
                          [("Mo Quarrelby", G, "FAC")])
    assert len(found) == 1 and found[0][1:] == (P, 3)  # named by its most used form


def test_a_place_named_like_a_person_of_the_story_stays_a_place() -> None:
    # No person of the story bears the name's last word: the model's place stands.
    alone = resolve_names([("Maurice Quarrelby", P, "PERSON")], [("Jordan Vantrobe", G, "GPE")])
    assert ("Jordan Vantrobe", G, 1) in alone
    # The name says what it is: a county, a clinic.
    county = resolve_names([("Maurice Quarrelby", P, "PERSON")], [("Maurice Quarrelby County", G, "GPE")])
    assert ("Maurice Quarrelby County", G, 1) in county
    clinic = resolve_names([("Maurice Quarrelby", P, "PERSON")], [("Mo Quarrelby Clinic", ORG, "ORG")])
    assert ("Mo Quarrelby Clinic", ORG, 1) in clinic


def test_a_short_name_joins_the_group_its_fuller_forms_make_whatever_their_order() -> None:
    # "Zephyr Embers" joins "Chicago Zephyr Embers" (a team named by its city) before the nickname
    # "Embers" alone (which sorts before it) looks for its fuller forms: both are one team.
    found = resolve_names([("Chicago Zephyr Embers", ORG, "ORG"), ("Embers", ORG, "ORG")],
                          [("Zephyr Embers", ORG, "ORG")])
    assert found == [("Chicago Zephyr Embers", ORG, 3)]


def test_a_misspelt_country_joins_the_country() -> None:
    found = resolve_names([("Turkmenistan", G, "GPE")], [("Turkmenitsan", G, "GPE")])
    assert found == [("Turkmenistan", G, 2)]
    # Two countries the gazetteer knows stay two, however alike they are written.
    assert len(resolve_names([("Austria", G, "GPE")], [("Australia", G, "GPE")])) == 2
    # A short unknown word one letter from a country is not believed.
    assert len(resolve_names([("Peru", G, "GPE")], [("Pera", G, "GPE")])) == 2


@pytest.mark.parametrize(("text", "street", "numbered"), [
    ("Quarrelby Ave", True, False),
    ("12 Vantrobe St.", True, True),
    ("1600 Quill Avenue", True, True),
    ("Ember Road", True, False),
    ("St. Quarrelby", False, False),  # a saint's town, not a street
    ("Jane Quarrelby", False, False),
    ("the Ave", False, False),
])
def test_street_addresses(text: str, street: bool, numbered: bool) -> None:
    assert has_address_cue(text) is street
    assert is_address(text) is numbered


def test_a_street_is_a_place_never_a_person() -> None:
    found = resolve_names([("Quarrelby Ave", P, "PERSON"), ("Jo Quarrelby", P, "PERSON")],
                          [("Quarrelby Ave", P, "PERSON")])
    assert ("Quarrelby Ave", G, 2) in found and ("Jo Quarrelby", P, 1) in found
    # A numbered address is a name, not a figure.
    assert not is_not_a_name("12 Vantrobe St.", "other", NO_WORDS)
    assert is_not_a_name("12 Vantrobe", "other", NO_WORDS)


def test_common_first_names_of_the_census_are_given_names() -> None:
    given = given_names()
    assert {"dwight", "gladys"} <= given  # not in the nickname list, common in the census
    assert "diamond" not in given  # too rare a first name: mostly a word
    assert "paris" not in given  # a place of the gazetteer


def test_a_name_opening_with_a_census_first_name_is_a_person() -> None:
    found = resolve_names([("Dwight Quarrelby", "other", "")], [("Dwight Quarrelby", ORG, "ORG")])
    assert found == [("Dwight Quarrelby", P, 2)]


def test_a_web_address_and_a_capitalised_medium_noun_name_the_medium() -> None:
    found = resolve_names([("Quillpost", ORG, "ORG"), ("Quillpost.com", ORG, "ORG")],
                          [("Quillpost Magazine", ORG, "ORG")])
    assert found == [("Quillpost Magazine", ORG, 3)]
