"""Story-level entity rules of issue 16 (wave 7), on invented names: short names tested after their
fuller forms are joined, street addresses as places, the census's common first names as given names."""

from __future__ import annotations

import pytest

from generator.story.entity_types import given_names, has_address_cue, is_address, is_not_a_name
from generator.story.names import informal_forms, is_short_form_of, parse_person
from generator.story.person_links import PersonGuardedUnion, surnames_agree
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


def test_two_full_names_with_the_same_initials_and_different_surnames_stay_two_people() -> None:
    # A manager "T.R. Quarrelby" in one outlet and "T.R. Vantrobe" in two others (same initials, other
    # surname): neither the initials nor the surname alone beside one of them join the two.
    found = resolve_names([("T.R. Quarrelby", P, "PERSON"), ("Quarrelby", P, "PERSON")],
                          [("T.R. Vantrobe", P, "PERSON")], [("TR Vantrobe", P, "PERSON")],
                          [("T . R . Quarrelby", P, "PERSON"), ("Quarrelby", P, "PERSON")])
    assert found == [("T . R . Quarrelby", P, 4), ("T.R. Vantrobe", P, 2)]


def test_no_chain_of_joins_makes_two_surnames_one_person() -> None:
    people = {key: name for key in ("tr quarrelby", "tr vantrobe", "tr hale osborn", "tr osborn")
              if (name := parse_person(key)) is not None}
    union = PersonGuardedUnion(people)
    union.union("tr quarrelby", "quarrelby co")  # a bridge that is no full person name
    union.union("quarrelby co", "tr vantrobe")
    assert union.find("tr quarrelby") == union.find("quarrelby co") != union.find("tr vantrobe")
    union.union("tr hale osborn", "tr osborn")  # a double surname and one of its parts
    assert union.find("tr osborn") == union.find("tr hale osborn")
    union.join_declared("tr vantrobe", "tr osborn")  # "Vantrobe, born Osborn": the text says so
    assert union.find("tr vantrobe") == union.find("tr osborn")
    assert surnames_agree("kowalczyk", "kowalczik") and not surnames_agree("quarrelby", "vantrobe")


@pytest.mark.parametrize(("first", "second"), [
    ("J. Quarrelby", "John Quarrelby"),
    ("Jo Kowalczyk", "Jo Kowalczik"),  # a rare surname spelt two ways, the given name the same
    ("Margaret Hale Osborn", "Peggy Hale-Osborn"),  # a double surname written with a hyphen
])
def test_full_names_of_one_person_still_join(first: str, second: str) -> None:
    found = resolve_names([(first, P, "PERSON")], [(second, P, "PERSON")])
    assert len(found) == 1 and found[0][1:] == (P, 2)


def test_a_surname_alone_joins_the_one_person_of_its_article_with_that_surname() -> None:
    found = resolve_names([("Bruce Quarrelby", P, "PERSON")],
                          [("T.R. Quarrelby", P, "PERSON"), ("Quarrelby", P, "PERSON")],
                          [("T.R. Vantrobe", P, "PERSON")])
    assert found == [("Bruce Quarrelby", P, 1), ("T.R. Quarrelby", P, 2), ("T.R. Vantrobe", P, 1)]


def test_a_team_nickname_read_as_a_place_joins_its_team() -> None:
    # Wave 8: "the Quillbacks' practice squad" tagged as a place is the "Springfield Quillbacks".
    found = resolve_names([("Springfield Quillbacks", ORG, "ORG"), ("Quillbacks", G, "GPE")],
                          [("Quillbacks", G, "GPE")])
    assert found == [("Springfield Quillbacks", ORG, 3)]
    # A plural place of the gazetteer stays the place.
    found = resolve_names([("Bahamas Quillbacks", ORG, "ORG"), ("Philippines", G, "GPE")])
    assert ("Philippines", G, 1) in found
