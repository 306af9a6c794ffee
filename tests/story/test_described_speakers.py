"""A speaker named by a description resolves to the one person of that role in the same article."""

from __future__ import annotations

from generator.models import Entity, Role
from generator.story.described_speakers import described_person


def person(entity_id: str, name: str, *roles: str) -> Entity:
    return Entity(id=entity_id, name=name, type="person", roles=[Role(role=r) for r in roles])


ENTITIES = {e.id: e for e in (
    person("vera-lind", "Vera Lind", "Singer"),
    person("tom-berg", "Tom Berg", "Lawyer of Lind", "Attorney"),
    person("ann-moss", "Ann Moss", "Deputy City Attorney"),
    person("eli-park", "Eli Park", "Lawyer of Lind"),
    person("judge-ruiz", "Carla Ruiz", "Superior Court Judge"),
)}


def test_possessor_and_role_pick_the_one_person_in_the_article():
    people = ["vera-lind", "tom-berg", "ann-moss"]
    assert described_person("Vera Lind's attorney", people, ENTITIES) == "tom-berg"
    assert described_person("Vera Lind’s lawyer", people, ENTITIES) == "tom-berg"  # a synonym


def test_two_people_of_that_role_in_the_article_leave_the_description():
    people = ["vera-lind", "tom-berg", "eli-park"]
    assert described_person("Vera Lind's lawyer", people, ENTITIES) is None


def test_a_person_not_named_in_the_article_is_no_candidate():
    assert described_person("Vera Lind's lawyer", ["vera-lind", "eli-park"], ENTITIES) == "eli-park"
    assert described_person("Vera Lind's lawyer", ["vera-lind"], ENTITIES) is None


def test_definite_description_without_possessor():
    assert described_person("the judge", ["judge-ruiz", "vera-lind"], ENTITIES) == "judge-ruiz"


def test_indefinite_descriptions_and_names_are_kept():
    assert described_person("a judge", ["judge-ruiz"], ENTITIES) is None
    assert described_person("Carla Ruiz", ["judge-ruiz"], ENTITIES) is None
    assert described_person("the singer's lawyer", ["tom-berg", "vera-lind"], ENTITIES) is None
