"""Story-level entity rules of issue 16 (wave 7), on invented names: short names tested after their
fuller forms are joined, street addresses as places, the census's common first names as given names."""

from __future__ import annotations

import pytest

from generator.story.entity_types import given_names, has_address_cue, is_address, is_not_a_name
from generator.story.names import informal_forms, is_short_form_of
from tests.story.story_tools import ORG, G, Mentions, P, resolve_names

NO_WORDS: frozenset[str] = frozenset()


def test_a_short_name_joins_the_group_its_fuller_forms_make_whatever_their_order() -> None:
    # "Zephyr Embers" joins "Chicago Zephyr Embers" (a team named by its city) before the nickname
    # "Embers" alone (which sorts before it) looks for its fuller forms: both are one team.
    found = resolve_names([("Chicago Zephyr Embers", ORG, "ORG"), ("Embers", ORG, "ORG")],
                          [("Zephyr Embers", ORG, "ORG")])
    assert found == [("Chicago Zephyr Embers", ORG, 3)]


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


@pytest.mark.parametrize("articles", [
    ([("Mo Quarrelby", P, "PERSON"), ("Mo Quarrelby", P, "PERSON")], [("Maurice Quarrelby", P, "PERSON")]),
    ([("Maurice Quarrelby", P, "PERSON")], [("Mo Quarrelby", P, "PERSON"), ("Mo Quarrelby", P, "PERSON")]),
    # A middle initial does not make the nickname form the page's name.
    ([("Mo J. Quarrelby", P, "PERSON"), ("Mo J. Quarrelby", P, "PERSON")],
     [("Maurice Quarrelby", P, "PERSON")]),
])
def test_a_person_is_named_by_the_formal_given_name_not_the_more_frequent_nickname(
        articles: tuple[Mentions, Mentions]) -> None:
    assert resolve_names(*articles) == [("Maurice Quarrelby", P, 3)]


def test_the_formal_form_with_a_middle_initial_names_the_page() -> None:
    found = resolve_names([("Bill Vantrobe", P, "PERSON"), ("Bill Vantrobe", P, "PERSON")],
                          [("William Vantrobe", P, "PERSON"), ("William K. Vantrobe", P, "PERSON")])
    assert found == [("William K. Vantrobe", P, 4)]


def test_nickname_forms() -> None:
    assert is_short_form_of("mo", "maurice") and is_short_form_of("liz", "elizabeth")
    assert is_short_form_of("bill", "william")  # the list gives this pair both ways
    assert not is_short_form_of("william", "bill") and not is_short_form_of("maurice", "mo")
    assert informal_forms(["Mo Quarrelby", "Maurice Quarrelby", "Liz Vantrobe"]) == {"Mo Quarrelby"}
    # Only when the rest of the name agrees: another surname, another middle initial.
    assert informal_forms(["Mo Quarrelby", "Maurice Vantrobe"]) == frozenset()
    assert informal_forms(["Liz Q. Vantrobe", "Elizabeth R. Vantrobe"]) == frozenset()
