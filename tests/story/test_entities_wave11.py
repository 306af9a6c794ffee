"""Issue 16, wave 11, on invented names: a street named by its ordinal is a place; a nickname form the
model read as a place is the person of that surname."""

from __future__ import annotations

from generator.story.entity_types import is_not_a_name, is_numbered_street
from generator.story.name_groups import name_key
from tests.story.story_tools import ORG, G, P, resolve_names


def test_a_street_named_by_its_ordinal_is_a_place_not_a_figure() -> None:
    assert is_numbered_street("117th Street") and is_numbered_street("West 42nd St.")
    assert not is_not_a_name("117th Street", G, frozenset())
    found = resolve_names([("233rd Street", G, "FAC"), ("Quarrelby", G, "GPE")],
                          [("233rd Street", G, "FAC"), ("81st Avenue", G, "FAC")])
    assert ("233rd Street", G, 2) in found and ("81st Avenue", G, 1) in found


def test_other_figures_stay_no_names() -> None:
    assert not is_numbered_street("42nd Precinct") and not is_numbered_street("2nd Quarter")
    assert is_not_a_name("42nd Precinct", "organization", frozenset())
    assert is_not_a_name("117th", G, frozenset())
    assert is_not_a_name("3rd Street Sessions 2", "other", frozenset())


def test_a_nickname_form_the_model_read_as_a_place_is_the_person() -> None:
    # "with Mo Quarrelby": the small model reads the nickname form as a place or a company.
    found = resolve_names([("Maurice Quarrelby", P, "PERSON"), ("Maurice Quarrelby", G, "GPE"),
                           ("Quarrelby", P, "PERSON")],
                          [("Mo Quarrelby", G, "GPE"), ("Mo Quarrelby", G, "FAC"),
                           ("Mo Quarrelby", ORG, "ORG")])
    assert found == [("Maurice Quarrelby", P, 6)]


def test_a_given_name_and_a_word_stay_a_place_without_a_person_of_that_surname() -> None:
    found = resolve_names([("Mo Quarrelby", G, "GPE"), ("Mo Quarrelby", G, "FAC")],
                          [("Lake Vantrobe", G, "LOC"), ("Jo Vantrobe", P, "PERSON")])
    assert ("Mo Quarrelby", G, 2) in found and ("Lake Vantrobe", G, 1) in found


def test_a_maker_named_aircraft_or_aerospace_is_an_organisation() -> None:
    # "the home of Quarrel Aircraft": a maker named after its founder, which the model reads as a person.
    found = resolve_names([("Quarrel Aircraft", P, "PERSON"), ("Vantrobe Aerospace", P, "PERSON")])
    assert found == [("Quarrel Aircraft", ORG, 1), ("Vantrobe Aerospace", ORG, 1)]


def test_a_team_named_by_its_nickname_alone_is_no_person() -> None:
    # "Jo" opens many given names, but "the Jo Quarrelers" and "the Quarrelers" name one team.
    found = resolve_names([("Jo Quarrelers", ORG, "PROPN")], [("Quarrelers", ORG, "ORG"),
                                                              ("Quarrelers", ORG, "ORG")])
    assert found == [("Jo Quarrelers", ORG, 3)]


def test_a_person_whose_surname_is_a_plural_stays_a_person() -> None:
    # "Roberts" is a common surname; "Jo Quarrels" the model read as a person is a person; each
    # surname alone is then the person's, as before.
    found = resolve_names([("Amy Roberts", P, "PROPN"), ("Roberts", ORG, "ORG")],
                          [("Jo Quarrels", P, "PERSON"), ("Quarrels", ORG, "ORG")])
    assert found == [("Amy Roberts", P, 2), ("Jo Quarrels", P, 2)]


def test_a_name_a_rule_read_as_a_person_is_no_team() -> None:
    # "Spokeswoman Sandy Quarrels ... said Quarrels": the title rule typed both mentions a person.
    found = resolve_names([("Sandy Quarrels", P, "RULE"), ("Quarrels", P, "RULE")])
    assert found == [("Sandy Quarrels", P, 2)]


def test_a_street_suffix_abbreviated_keys_as_the_suffix_written_out() -> None:
    assert name_key("233rd St.") == name_key("233rd Street") == "233rd street"
    assert name_key("Marlow Ave") == "marlow avenue"
    assert name_key("St. Quarrelby") == "st quarrelby"  # a saint's town keeps its "St."
    found = resolve_names([("233rd Street", G, "FAC")], [("233rd St.", G, "FAC"), ("233rd Street", G, "FAC")])
    assert found == [("233rd Street", G, 3)]
