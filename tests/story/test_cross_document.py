"""Cross-document entities (issue 16): each merge rule, typing by story evidence and no junk names,
on invented names."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.annotate.predicates import base_form, predicate_classes
from generator.models import Article, Story
from generator.overrides.api import apply_overrides, load_overrides
from generator.story.entity_types import is_not_a_name, place_rank, story_type
from generator.story.names import (
    acronym_of,
    initials,
    is_nickname,
    organisation_core,
    parse_person,
    same_person,
    spelling_variant_names,
)
from generator.story.resolve import resolve_entities
from tests.story.story_tools import ORG, G, P, annotations_of, resolve_names

# --------------------------------------------------------------------------- person names


@pytest.mark.parametrize(("a", "b"), [
    ("Bill Quorvant", "William Quorvant"),  # nickname
    ("Liz Halvorsen-Pike", "Elizabeth Halvorsen Pike"),  # nickname and a double surname written two ways
    ("Tony Drubeck", "Antony J. Drubeck"),  # nickname of a spelling variant, and a middle initial
    ("Mayor Ana Téllez", "ana tellez"),  # a title, accents and case
    ("J. Morrowby", "Jasper Morrowby"),  # an initial
    ("Katrin Szolnoky", "Katrin Szolnoki"),  # a rare surname spelt two ways, first names equal
    ("Orianna Vasquez", "Oriana Vasquez"),  # a first name spelt two ways, surnames equal
])
def test_same_person(a: str, b: str) -> None:
    first, second = parse_person(a), parse_person(b)
    assert first is not None and second is not None
    assert same_person(first, second)


@pytest.mark.parametrize(("a", "b"), [
    ("Jon Trevail", "Jan Trevail"),  # short first names one letter apart are two names
    ("Katrin Szolnoky", "Marta Szolnoki"),  # a spelling variant is only believed when the rest agrees
    ("Jasper Q. Morrowby", "Jasper R. Morrowby"),  # middle initials disagree
    ("Ivo Austrin", "Ivo Australin"),
])
def test_different_people(a: str, b: str) -> None:
    first, second = parse_person(a), parse_person(b)
    assert first is not None and second is not None
    assert not same_person(first, second)


def test_nicknames_come_from_the_list() -> None:
    assert is_nickname("bill", "william") and is_nickname("peggy", "margaret")
    assert not is_nickname("bill", "thomas")


def test_nickname_and_initial_merge_across_articles() -> None:
    found = resolve_names([("Bill Quorvant", P, "PERSON")], [("William T. Quorvant", P, "PERSON")],
                          [("Quorvant", P, "PERSON")])
    assert found == [("William T. Quorvant", P, 3)]


def test_initial_next_to_two_people_stays_apart() -> None:
    found = resolve_names([("Jane Morrowby", P, "PERSON"), ("John Morrowby", P, "PERSON")],
                          [("J. Morrowby", P, "PERSON")])
    assert [name for name, _, _ in found] == ["J. Morrowby", "Jane Morrowby", "John Morrowby"]


def test_surname_goes_to_the_full_name_of_its_own_article_first() -> None:
    greta = [("Greta Dorrance", P, "PERSON"), ("Dorrance", P, "PERSON"), ("Dorrance", P, "PERSON")]
    found = resolve_names([("Nils Dorrance", P, "PERSON"), ("Dorrance", P, "PERSON")], greta)
    assert found == [("Greta Dorrance", P, 3), ("Nils Dorrance", P, 2)]


def test_surname_of_an_article_without_a_full_name_goes_to_the_only_one() -> None:
    # The model's guess for the bare word in the other article does not stop it.
    found = resolve_names([("Renata Ostrowe", P, "PERSON")], [("Ostrowe", ORG, "ORG")])
    assert found == [("Renata Ostrowe", P, 2)]


def test_ambiguous_surname_of_an_article_without_a_full_name_stays_apart() -> None:
    found = resolve_names([("Nils Dorrance", P, "PERSON")], [("Greta Dorrance", P, "PERSON")],
                          [("Dorrance", P, "PERSON")])
    assert ("Dorrance", P, 1) in found


def test_first_name_alone_joins_the_one_person_of_its_article() -> None:
    found = resolve_names([("Dorothy Quade", P, "PERSON"), ("Dorothy", "other", "RULE")])
    assert found == [("Dorothy Quade", P, 2)]


# --------------------------------------------------------------------------- organisations and places


def test_acronym_joins_the_full_name_it_abbreviates() -> None:
    assert acronym_of("QVX") == "qvx" and acronym_of("Q.V.X.") == "qvx" and acronym_of("Qvx") is None
    assert "nmc" in initials("national marsh council")
    found = resolve_names([("National Marsh Council", ORG, "ORG")],
                          [("NMC", ORG, "ORG"), ("NMC", ORG, "ORG")])
    assert found == [("National Marsh Council", ORG, 3)]


def test_acronym_of_two_full_names_stays_apart() -> None:
    found = resolve_names([("National Marsh Council", ORG, "ORG"), ("Northern Mining Company", ORG, "ORG")],
                          [("NMC", ORG, "ORG")])
    assert ("NMC", ORG, 1) in found


def test_short_form_and_trade_designator() -> None:
    assert organisation_core("brambleton foods inc") == "brambleton"
    found = resolve_names([("Brambleton Foods Inc.", ORG, "ORG")], [("Brambleton Foods", ORG, "ORG")],
                          [("Brambleton", ORG, "ORG")])
    assert found == [("Brambleton Foods Inc.", ORG, 3)]


def test_team_named_by_its_city() -> None:
    found = resolve_names([("Chicago Thunderhawks", ORG, "ORG")], [("Thunderhawks", ORG, "ORG")])
    assert found == [("Chicago Thunderhawks", ORG, 2)]


def test_place_spelling_variants() -> None:
    assert spelling_variant_names("zarqowiya camp", "zarqowya camp")
    assert spelling_variant_names("velmont centre", "velmont center")
    assert not spelling_variant_names("austria", "australia")


# --------------------------------------------------------------------------- types and junk


@pytest.mark.parametrize(("text", "junk"), [
    ("lower case words", True), ("Harbour and", True), ("45", True), ("AB +2.5%", True), ("X", True),
    ("Eyewitnesses", True), ("Houses", True), ("Quilliam", False), ("Section 9", False),
])
def test_names_that_are_no_names(text: str, junk: bool) -> None:
    lower = frozenset({"eyewitnesses", "houses", "said"})
    entity_type = "law" if text.startswith("Section") else "organization"
    assert is_not_a_name(text, entity_type, lower) is junk  # type: ignore[arg-type]


def test_junk_never_becomes_an_entity() -> None:
    mentions = [("Eyewitnesses", G, "GPE"), ("Harbour and", ORG, "ORG"), ("Quilliam", P, "PERSON")]
    found = resolve_names(mentions, text="The eyewitnesses said so.")
    assert [name for name, _, _ in found] == ["Quilliam"]


def test_types_by_story_evidence() -> None:
    assert place_rank("france") == 2 and place_rank("zzyzzyx") == 0
    # A country the model took for a person in every mention is a place.
    assert story_type(["France"] * 3, [("person", "PERSON")] * 3, "france", has_role=False) == "place"
    # A trade designator makes a company whatever the model said.
    assert story_type(["Pelloway Foods"], [("person", "PERSON")], "pelloway foods", False) == ORG
    # An institution named after someone is no person.
    assert story_type(["Mabel Quist Center"], [("person", "PERSON")], "mabel quist center", False) == ORG
    # A title or a known first name makes a person of what the model could not place.
    assert story_type(["Vantrell"], [("other", "RULE")], "vantrell", has_role=True) == P
    assert story_type(["Dorothy Vantrell"], [("organization", "ORG")], "dorothy vantrell", False) == P
    assert story_type(["Mount Pellick"], [("organization", "ORG")], "mount pellick", False) == G


def test_small_label_loses_to_the_corpus() -> None:
    found = resolve_names([("Corvin Ashdale", P, "PERSON"), ("Ashdale", P, "PERSON")],
                          [("Ashdale", ORG, "ORG")], [("Ashdale", ORG, "ORG")])
    assert found == [("Corvin Ashdale", P, 4)]


# --------------------------------------------------------------------------- predicate classes


def test_predicate_classes_from_base_forms() -> None:
    assert base_form("acquired") == "acquire" and base_form("bought") == "buy"
    assert base_form("hitting") == "hit" and base_form("visits") == "visit"
    assert predicate_classes(("zenco", "bought", "marlow")) == predicate_classes(("the", "acquisition"))
    assert "strike" in predicate_classes(("a", "quake", "struck"))
    assert predicate_classes(("the", "weather", "was", "fine")) == frozenset()


# --------------------------------------------------------------------------- the editor has the last word


def test_editor_splits_what_the_machine_merged(tmp_path: Path) -> None:
    articles = [Article(id=i, path=f"{i}.txt", format="text", title=i, text=t)
                for i, t in (("a", "Bill Quorvant"), ("b", "William Quorvant"))]
    annotations = [annotations_of("a", [("Bill Quorvant", P, "PERSON")]),
                   annotations_of("b", [("William Quorvant", P, "PERSON")])]
    entities, _ = resolve_entities(articles, annotations)
    assert [(e.id, len(e.mentions)) for e in entities] == [("william-quorvant", 2)]
    story_file = tmp_path / "story.yml"
    story_file.write_text("entities:\n  william-quorvant:\n    split:\n"
                          "      - {id: bill-quorvant, name: Bill Quorvant}\n", encoding="utf-8")
    overrides, problems = load_overrides(story_file, tmp_path, {"a", "b"})
    assert problems == []
    story, problems = apply_overrides(Story(title="t", articles=articles, entities=entities), overrides)
    assert problems == []
    assert sorted((e.id, [m.article for m in e.mentions]) for e in story.entities) == [
        ("bill-quorvant", ["a"]), ("william-quorvant", ["b"])]


def test_first_name_alone_in_another_article_joins_the_one_person_with_it() -> None:
    # The full name's type wins over what the rules guessed for the bare first name.
    found = resolve_names([("Zorika Vandermolen", P, "PERSON")], [("Zorika", "other", "RULE")] * 3)
    assert found == [("Zorika Vandermolen", P, 4)]
