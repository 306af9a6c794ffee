"""Story-level entity rules of issue 16 (wave 5), on invented names (real place names only where the
gazetteer is what is tested): short given names, blended nicknames, care facilities worded two ways,
a facility named by a town, a medium named with its noun, other word orders, joined spans."""

from __future__ import annotations

import pytest

from generator.story.name_forms import content_words
from generator.story.name_groups import described_media
from generator.story.names import is_clipped, is_nickname, parse_person, same_person
from generator.story.surnames import is_blended_name
from tests.story.story_tools import ORG, G, P, resolve_names


def test_short_given_names_the_nickname_list_lacks() -> None:
    assert is_nickname("mo", "maurice") and is_nickname("morris", "mo")
    assert not is_nickname("mo", "michael")
    found = resolve_names([("Mo Quarrelby", P, "PERSON")], [("Maurice Quarrelby", P, "PERSON")])
    assert found == [("Maurice Quarrelby", P, 2)]


@pytest.mark.parametrize(("a", "b", "clipped"), [
    ("alex", "alexandros", True), ("nico", "nicolette", True),
    ("dan", "dana", False),  # three letters: two names more often than one cut short
    ("alexis", "alexandros", False),  # no clipping: "Alexis" goes on differently
    ("nico", "nico", False),
])
def test_a_given_name_cut_short(a: str, b: str, clipped: bool) -> None:
    assert is_clipped(a, b) is clipped


def test_a_clipped_given_name_needs_the_same_surname() -> None:
    short, full = parse_person("Alex Vantrobe"), parse_person("Alexandros Vantrobe")
    other = parse_person("Alexandros Quarrelby")
    assert short and full and other
    assert same_person(short, full)
    assert not same_person(short, other)


def test_a_clipped_name_next_to_two_fuller_ones_stays_apart() -> None:
    found = resolve_names([("Alex Vantrobe", P, "PERSON"), ("Alexandros Vantrobe", P, "PERSON")],
                          [("Alexandra Vantrobe", P, "PERSON")])
    assert ("Alex Vantrobe", P, 1) in found


@pytest.mark.parametrize(("written", "full", "blend"), [
    ("LiVa", "Lindra Vantrobe", True), ("J.Va", "Jessa Vantrobe", True), ("A-Van", "Alec Vantrobe", True),
    ("LaToya", "Lara Toyabee", False),  # a given name written so, no blend
    ("Vantrobe", "Lindra Vantrobe", False),  # the surname itself
    ("Liva", "Lindra Vantrobe", False),  # one word: no second capital
    ("LiQu", "Lindra Vantrobe", False),
])
def test_a_nickname_blended_from_first_name_and_surname(written: str, full: str, blend: bool) -> None:
    parsed = parse_person(full)
    assert parsed is not None
    assert is_blended_name(written, parsed) is blend


def test_a_blend_goes_to_the_one_person_it_fits() -> None:
    found = resolve_names([("Lindra Vantrobe", P, "PERSON"), ("LiVa", "other", "RULE")],
                          [("LiVa", "other", "")])
    assert found == [("Lindra Vantrobe", P, 3)]
    two = resolve_names([("Lindra Vantrobe", P, "PERSON"), ("Lisel Vanderkamp", P, "PERSON")],
                        [("LiVa", "other", "RULE")])
    assert ("LiVa", "other", 1) in two


def test_a_care_facility_worded_two_ways() -> None:
    found = resolve_names([("Quarrelby Recovery Center", ORG, "ORG")],
                          [("Quarrelby Recovery Clinic", ORG, "ORG")])
    assert found == [("Quarrelby Recovery Center", ORG, 2)]


def test_three_kinds_of_facility_or_a_school_and_a_college_stay_apart() -> None:
    three = resolve_names([("Quarrelby Center", ORG, "ORG"), ("Quarrelby Clinic", ORG, "ORG")],
                          [("Quarrelby Hospital", ORG, "ORG")])
    assert len(three) == 3
    schools = resolve_names([("Quarrelby College", ORG, "ORG")], [("Quarrelby University", ORG, "ORG")])
    assert len(schools) == 2


def test_a_facility_named_by_a_small_town_it_bears() -> None:
    # Evansville: a town of the gazetteer (under a million people) the model never read as a place.
    found = resolve_names([("Evansville Recovery Center", ORG, "ORG")], [("Evansville", "other", "RULE")])
    assert found == [("Evansville Recovery Center", ORG, 2)]
    # Chicago: a big city stays itself; so does a town a mention reads as a place.
    big = resolve_names([("Chicago Recovery Center", ORG, "ORG")], [("Chicago", "other", "RULE")])
    assert len(big) == 2
    town = resolve_names([("Evansville Recovery Center", ORG, "ORG")],
                         [("Evansville", "other", "RULE"), ("Evansville", G, "GPE")])
    assert ("Evansville", "other", 2) in town or ("Evansville", G, 2) in town


def test_a_medium_named_with_its_noun() -> None:
    assert described_media(["Quill magazine", "the Quill", "Ember Weekly"]) == frozenset({"quill"})
    text = "the quill of a bird"  # the story writes "quill" in lower case too
    found = resolve_names([("Quill magazine", ORG, "ORG")], [("Quill", "other", "PROPN")], text=text)
    assert found == [("Quill magazine", ORG, 2)]
    alone = resolve_names([("Ember", ORG, "ORG")], [("Quill", "other", "PROPN")], text=text)
    assert alone == [("Ember", ORG, 1)]
    # A capitalised noun is part of the name: "Ember Channel" (a strait) is not "Ember" (a people).
    assert len(resolve_names([("Ember Channel", G, "LOC")], [("Ember", "group", "NORP")])) == 2


def test_an_organisation_named_in_another_word_order() -> None:
    assert content_words("ministry of defence") == content_words("defence ministry")
    found = resolve_names([("Quarrelby Ministry of Defence", ORG, "ORG")],
                          [("Quarrelby Defence Ministry", ORG, "ORG")])
    assert found == [("Quarrelby Ministry of Defence", ORG, 2)]  # the longer form names it
    # A state's name in it: "Ohio State" (a university) is not the "State of Ohio".
    assert len(resolve_names([("Ohio State", ORG, "ORG")], [("State of Ohio", ORG, "ORG")])) == 2
    # Schools: "Quill University" and the "University of Quill" are often two.
    assert len(resolve_names([("Quill University", ORG, "ORG")], [("University of Quill", ORG, "ORG")])) == 2


def test_a_name_written_with_and_without_a_space() -> None:
    found = resolve_names([("Ember Trail Quillers", ORG, "ORG")], [("Ember Trailquillers", ORG, "ORG")])
    assert len(found) == 1 and found[0][1:] == (ORG, 2)
    # A person and a place written alike stay apart.
    assert len(resolve_names([("Van Dora", P, "PERSON")], [("Vandora", G, "GPE")])) == 2


def test_two_names_the_model_joined_in_one_span() -> None:
    # A spaced dash never stands inside a name: split, whatever the story knows.
    dash = resolve_names([("Quill Gazette – Embercorp", ORG, "ORG")])
    assert dash == [("Embercorp", ORG, 1), ("Quill Gazette", ORG, 1)]
    # A spaced hyphen may be the name's own ("Wal - Mart" rebuilt from tokens): split when the story
    # writes one of the names alone.
    found = resolve_names([("Quill Gazette - Embercorp", ORG, "ORG")], [("Embercorp", ORG, "ORG")])
    assert found == [("Embercorp", ORG, 2), ("Quill Gazette", ORG, 1)]
    assert resolve_names([("Quill - Mart", ORG, "ORG")]) == [("Quill - Mart", ORG, 1)]
    # "and": only when the story writes both names alone.
    both = resolve_names([("Vantrobe and Quarrelby", P, "PERSON")],
                         [("Vantrobe", P, "PERSON"), ("Quarrelby", P, "PERSON")])
    assert both == [("Quarrelby", P, 2), ("Vantrobe", P, 2)]
    one = resolve_names([("Vantrobe and Quarrelby", ORG, "ORG")], [("Vantrobe", ORG, "ORG")])
    assert ("Vantrobe and Quarrelby", ORG, 1) in one
    # "at": when the story writes one of them alone.
    at = resolve_names([("Otters at Lakeview Arena", ORG, "ORG")], [("Otters", ORG, "ORG")])
    assert at == [("Lakeview Arena", ORG, 1), ("Otters", ORG, 2)]
