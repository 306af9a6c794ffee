"""Story-level entity rules of issue 16 (wave 4), on invented names (real place names only where the
gazetteer is what is tested): teams, facilities' short names, a family's shared surname."""

from __future__ import annotations

import pytest

from generator.story.entity_types import has_team_cue, is_not_a_name, story_type
from generator.story.team_names import is_plural_nickname
from tests.story.story_tools import ORG, G, P, resolve_names


@pytest.mark.parametrize(("text", "places", "team"), [
    ("Chicago Quillbacks", (), True),  # a big city of the gazetteer and a plural nickname
    ("Evansville Quillbacks", (), False),  # a town: only when the story names it as a place
    ("Evansville Quillbacks", ("evansville",), True),
    ("Colorado Springs", ("colorado",), False),  # a place as a whole
    ("Chicago Heights", (), False),  # a plural that ends places' names
    # A place that is a given name too, before a common surname of the census: maybe a person;
    # before a plural that is no common surname, a team (wave 8).
    ("Sydney Roberts", ("sydney",), False),
    ("Sydney Quillbacks", ("sydney",), True),
    ("Chicago Quillback", (), False),  # no plural
    ("Quarrelby Quillbacks", ("quarrelby",), False),  # no place of the gazetteer
])
def test_team_cue(text: str, places: tuple[str, ...], team: bool) -> None:
    assert has_team_cue(text, frozenset(places)) is team


def test_plural_nickname() -> None:
    assert is_plural_nickname("quillbacks") and is_plural_nickname("heels")
    assert not any(is_plural_nickname(word) for word in ("bass", "ox", "clinic", "industries", "news"))


def test_a_team_a_rule_called_a_person_is_an_organisation() -> None:
    assert story_type(["Chicago Quillbacks"], [(P, "RULE")], "chicago quillbacks", has_role=False) == ORG  # type: ignore[arg-type]
    found = resolve_names([("Chicago Quillbacks", P, "RULE")], [("Quillbacks", ORG, "ORG")])
    assert found == [("Chicago Quillbacks", ORG, 2)]


def test_a_city_that_plays_is_its_team() -> None:
    # Rules read "Chicago" as a team twice (a score or a record after it): the team of the story.
    found = resolve_names([("Chicago Quillbacks", ORG, "ORG"), ("Chicago", ORG, "RULE")],
                          [("Chicago", ORG, "RULE")])
    assert found == [("Chicago Quillbacks", ORG, 3)]


def test_a_city_that_only_has_a_team_stays_the_city() -> None:
    found = resolve_names([("Chicago Quillbacks", ORG, "ORG"), ("Chicago", G, "GPE")],
                          [("Chicago", G, "GPE")])
    assert found == [("Chicago", G, 2), ("Chicago Quillbacks", ORG, 1)]


def test_a_city_with_two_teams_stays_apart() -> None:
    found = resolve_names([("Chicago Quillbacks", ORG, "ORG"), ("Chicago Marlinders", ORG, "ORG")],
                          [("Chicago", ORG, "RULE"), ("Chicago", ORG, "RULE")])
    assert ("Chicago", ORG, 2) in found


def test_a_team_nickname_alone_is_the_last_word_of_its_name() -> None:
    found = resolve_names([("Ember Quillbacks", ORG, "ORG")], [("Quillbacks", ORG, "RULE")])
    assert found == [("Ember Quillbacks", ORG, 2)]


def test_a_facility_short_name_is_its_opening_words() -> None:
    found = resolve_names([("Quarrelwood Recovery Center", ORG, "ORG")], [("Quarrelwood", "other", "PROPN")])
    assert found == [("Quarrelwood Recovery Center", ORG, 2)]


def test_a_gazetteer_place_is_no_facility_short_name() -> None:
    # "Chicago" of "Chicago Velmar Hospital" is the city; an agency's opening words are another body.
    found = resolve_names([("Chicago Velmar Hospital", ORG, "ORG")], [("Chicago", G, "GPE")])
    assert len(found) == 2
    found = resolve_names([("Velmont Relief Agency", ORG, "ORG")], [("Velmont", "other", "PROPN")])
    assert len(found) == 2


def test_a_town_with_its_region_is_not_taken_for_a_facility() -> None:
    found = resolve_names([("Quarrelwood, Alaska", G, "GPE"), ("Quarrelwood Bible Church", ORG, "ORG")],
                          [("Quarrelwood", G, "GPE")])
    assert ("Quarrelwood, Alaska", G, 2) in found
    # A name the model read as a place stays the place.
    found = resolve_names([("Quarrelwood Bible Church", ORG, "ORG")], [("Quarrelwood", G, "GPE")])
    assert len(found) == 2


def test_a_shared_surname_is_the_nearest_full_name_even_of_a_member_called_by_first_name() -> None:
    # Wave 8 (issue 16): "Lacy Quarrelby" is also called "Lacy", yet the nearest full name before
    # "Quarrelby" decides (the first-name rule sent a son's surname to his father; dropped).
    found = resolve_names([("Scott Quarrelby", P, "PERSON"), ("Lacy Quarrelby", P, "PERSON"),
                      ("Lacy", P, "PERSON"), ("Quarrelby", P, "PERSON")])
    assert found == [("Lacy Quarrelby", P, 3), ("Scott Quarrelby", P, 1)]


def test_a_shared_surname_goes_to_the_nearest_when_both_are_called_by_first_name() -> None:
    found = resolve_names([("Scott Quarrelby", P, "PERSON"), ("Scott", P, "PERSON"),
                      ("Lacy Quarrelby", P, "PERSON"), ("Lacy", P, "PERSON"), ("Quarrelby", P, "PERSON")])
    assert found == [("Lacy Quarrelby", P, 3), ("Scott Quarrelby", P, 2)]


def test_a_school_that_plays_is_its_team_without_the_gazetteer() -> None:
    # "Cresthaven" is no place of the gazetteer; rules read it as a team twice ("beat Cresthaven 70-61").
    team = [("Cresthaven Bluejays", ORG, "ORG"), ("Cresthaven", G, "GPE"), ("Cresthaven", ORG, "RULE")]
    found = resolve_names(team, [("Cresthaven", ORG, "RULE"), ("Cresthaven", G, "GPE")])
    assert found == [("Cresthaven Bluejays", ORG, 5)]
    # Read as a team once only: the place stays.
    found = resolve_names(team, [("Cresthaven", G, "GPE"), ("Cresthaven", G, "GPE")])
    assert ("Cresthaven Bluejays", ORG, 1) in found


def test_two_lower_case_letters_before_a_capital_are_glued_words_not_a_brand() -> None:
    assert is_not_a_name("baVelmar", "organization", frozenset())
    assert not is_not_a_name("eVelmar", "organization", frozenset())


def test_a_team_like_name_the_model_read_as_a_person_stays_a_person() -> None:
    # "Chicago Quillbacks" might be a man named after his city: the model's PERSON label wins.
    assert story_type(["Chicago Quillbacks"], [(P, "PERSON")], "chicago quillbacks", has_role=False) == P  # type: ignore[arg-type]


def test_a_surname_that_opens_an_institution_name_stays_the_person() -> None:
    found = resolve_names([("Jo Quarrelwood", P, "PERSON"), ("Quarrelwood Medical Center", ORG, "ORG")],
                          [("Quarrelwood", "other", "PROPN")])
    assert ("Quarrelwood Medical Center", ORG, 1) in found
