"""Story-level entity rules of issue 16 (wave 6), on invented surnames: given names of opposite sexes
are never one person's spellings ("Paul"/"Paula": a brother and a sister)."""

from __future__ import annotations

import pytest

from generator.story.names import given_name_sex, is_nickname, of_opposite_sexes, parse_person, same_person
from tests.story.story_tools import P, resolve_names


@pytest.mark.parametrize(("his", "hers"), [
    ("Paul", "Paula"),  # clipped
    ("Daniel", "Daniela"), ("Robert", "Roberta"), ("Eric", "Erica"),  # one edit apart
    ("Alexandros", "Alexandra"),  # two edits on a long name
])
def test_a_brother_and_a_sister_are_two_people(his: str, hers: str) -> None:
    brother, sister = parse_person(f"{his} Vantrobe"), parse_person(f"{hers} Vantrobe")
    assert brother and sister
    assert of_opposite_sexes(his.casefold(), hers.casefold())
    assert not same_person(brother, sister) and not same_person(sister, brother)


def test_siblings_in_two_articles_stay_two_entities() -> None:
    found = resolve_names([("Paul Quarrelby", P, "PERSON")], [("Paula Quarrelby", P, "PERSON")])
    assert found == [("Paul Quarrelby", P, 1), ("Paula Quarrelby", P, 1)]


def test_a_nickname_does_not_reach_the_other_sex_through_a_spelling() -> None:
    # "Dan" is a nickname of "Daniel", one edit from "Daniela"; that edit crosses sexes.
    assert is_nickname("dan", "daniel")
    assert not is_nickname("dan", "daniela")


@pytest.mark.parametrize(("a", "b"), [
    ("Antony", "Anthony"),  # both a man's: a spelling variant as before
    ("Alex", "Alexandros"),  # clipped, both a man's
    ("Alex", "Alexandra"),  # the nickname list's, whatever the sexes
    ("Kris", "Krista"),  # a name the list gives to both sexes or does not know: as before
])
def test_names_of_one_sex_or_an_open_one_still_merge(a: str, b: str) -> None:
    first, second = parse_person(f"{a} Vantrobe"), parse_person(f"{b} Vantrobe")
    assert first and second
    assert same_person(first, second)


def test_the_sex_of_a_name_is_known_only_when_the_list_gives_it_one() -> None:
    assert given_name_sex("paula") == "female" and given_name_sex("paul") == "male"
    assert given_name_sex("zorvannel") is None  # not in the list
    assert not of_opposite_sexes("paul", "zorvannel")
