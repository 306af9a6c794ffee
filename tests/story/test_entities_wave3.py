"""Story-level entity rules of issue 16 (wave 3), on invented names (real place names only where the
gazetteer is what is tested)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.models import Article, ArticleAnnotations, Entity, EntityMention
from generator.story import entity_types
from generator.story.entity_types import is_common_word, is_not_a_name, story_type
from generator.story.resolve import resolve_entities
from tests.story.story_tools import ORG, G, P, resolve_names


@pytest.mark.parametrize(("text", "entity_type", "junk"), [
    ("anti-Zorvanic", "group", True), ("post-Velmarian", "group", True),  # adjectives, not names
    ("non-Velmarians", "group", False), ("ex-Ranger", "group", False),  # people named by a prefix
    ("eWidget", "organization", False), ("al-Qassar", "place", False),  # written so on purpose
    ("Thornbacks 17", "law", True), ("Pellgrove 77-66", "law", True),  # a score the model took for a law
    ("Section 9", "law", False), ("Quarrel Act of 1999", "law", False),
])
def test_names_that_are_no_names(text: str, entity_type: str, junk: bool) -> None:
    assert is_not_a_name(text, entity_type, frozenset()) is junk  # type: ignore[arg-type]


def test_a_common_word_found_only_as_a_proper_noun_is_no_name() -> None:
    lower = frozenset({"doctor", "year"})
    assert is_common_word("Doctor", "PROPN", lower)
    assert not is_common_word("Doctor", "PERSON", lower)  # the model's own name stays
    assert not is_common_word("Quarrel Navigator", "PROPN", lower)


def test_a_team_named_by_its_city_is_an_organisation() -> None:
    # Rules found a score or a record after the city in two of four mentions: the team, not the town.
    labels = [(ORG, "RULE"), (ORG, "RULE"), (G, "GPE"), (G, "GPE")]
    assert story_type(["Springfield"] * 4, labels, "springfield", has_role=False) == ORG  # type: ignore[arg-type]
    # One such mention among many stays the place.
    labels = [(ORG, "RULE"), *[(G, "GPE")] * 7]
    assert story_type(["Springfield"] * 8, labels, "springfield", has_role=False) == G  # type: ignore[arg-type]


def test_a_refugee_camp_is_a_place() -> None:
    assert story_type(["Velmo Refugee Camp"], [(ORG, "ORG")], "velmo refugee camp", False) == G  # type: ignore[arg-type]


def test_a_bare_proper_noun_with_a_given_name_is_a_person() -> None:
    found = resolve_names([("Dorothy Quarrelby", "other", "PROPN")], [("Quarrelby", P, "PERSON")])
    assert found == [("Dorothy Quarrelby", P, 2)]


def test_short_form_of_an_institution() -> None:
    found = resolve_names([("Harbor Recovery Center", ORG, "ORG")], [("Harbor Recovery", ORG, "ORG")])
    assert found == [("Harbor Recovery Center", ORG, 2)]
    # Only the head word may be left out: a body of an organisation is another organisation.
    found = resolve_names([("Velmont Nations", ORG, "ORG")], [("Velmont Nations Relief Agency", ORG, "ORG")])
    assert len(found) == 2


def test_institution_named_with_a_place_of_the_story() -> None:
    found = resolve_names([("Lakeview Harbor Clinic", ORG, "ORG"), ("Lakeview", G, "GPE")],
                          [("Harbor Clinic", ORG, "ORG")])
    assert ("Lakeview Harbor Clinic", ORG, 2) in found


def test_gazetteer_index_is_written_once_and_read_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPLAINER_DATA_CACHE", str(tmp_path))
    entity_types._gazetteer.cache_clear()
    try:
        assert entity_types.place_rank("france") == 2
        index = entity_types._index_path()
        assert index.parent.parent == tmp_path and index.is_file()
        first = index.read_bytes()
        assert entity_types._read_index(index) == entity_types._build_gazetteer()
        index.write_text(first.decode("utf-8").rsplit("\n", 2)[0], encoding="utf-8")  # cut short
        assert entity_types._read_index(index) is None  # a broken index is built again
        entity_types._gazetteer.cache_clear()
        assert entity_types.place_rank("france") == 2 and index.read_bytes() == first  # same bytes
    finally:
        entity_types._gazetteer.cache_clear()


def test_a_full_name_the_model_called_a_company_is_the_person_its_surname_names() -> None:
    found = resolve_names([("Corrin Vasterly", ORG, "ORG"), ("Corrin Vasterly", ORG, "ORG")],
                          [("Corrin Vasterly", P, "PERSON"), ("Vasterly", P, "PERSON"), ("Vasterly", P, "")])
    assert found == [("Corrin Vasterly", P, 5)]


def test_a_place_spelt_two_ways_joins_when_one_spelling_is_untyped() -> None:
    found = resolve_names([("Zarqowiya", G, "GPE")], [("Zarqowya", "other", "PROPN")])
    assert found == [("Zarqowiya", G, 2)]


def test_a_first_name_alone_goes_to_the_nearest_full_name_before_it() -> None:
    found = resolve_names([("Jermond Pallis", P, "PERSON"), ("Jermond Okafor", P, "PERSON"),
                      ("Jermond", "other", "PROPN")])
    assert found == [("Jermond Okafor", P, 2), ("Jermond Pallis", P, 1)]


def _story(texts: dict[str, str], names: dict[str, list[tuple[str, str, str]]]) -> list[Entity]:
    """Resolve articles whose mentions are found in their texts by (text, type, label)."""
    articles, annotations = [], []
    for article_id, text in texts.items():
        mentions = []
        for name, entity_type, label in names.get(article_id, []):
            start = text.index(name)
            mentions.append(EntityMention(start=start, end=start + len(name), text=name,
                                          type=entity_type, label=label, sentence=0))  # type: ignore[arg-type]
        articles.append(Article(id=article_id, path=f"{article_id}.txt", format="text", title=article_id,
                                text=text))
        annotations.append(ArticleAnnotations(article_id=article_id, entities=mentions))
    entities, _ = resolve_entities(articles, annotations)
    return entities


def test_untagged_surname_in_another_article_is_a_mention() -> None:
    entities = _story(
        {"a": "Quarrel Vasterly threw for 300 yards.", "b": "Vasterly threw again. The vasterly-green ball.",
         "c": "Coach Vasterly Jr. left."},
        {"a": [("Quarrel Vasterly", P, "PERSON")]})
    person = next(e for e in entities if e.name == "Quarrel Vasterly")
    # "Vasterly" opening a sentence in "b" is him; inside a capitalised run ("Coach Vasterly Jr.") it
    # is left to the annotator, and so is a word the story writes in lower case.
    mentions = sorted((m.article, m.text) for m in person.mentions)
    assert mentions == [("a", "Quarrel Vasterly"), ("b", "Vasterly")]


def test_untagged_team_named_in_two_articles_is_a_mention() -> None:
    entities = _story(
        {"a": "The Thornbacks won.", "b": "The Thornbacks lost.", "c": "Thornbacks clinch a berth."},
        {"a": [("Thornbacks", ORG, "ORG")], "b": [("Thornbacks", ORG, "ORG")]})
    team = next(e for e in entities if e.name == "Thornbacks")
    assert sorted(m.article for m in team.mentions) == ["a", "b", "c"]


def test_a_double_surname_alone_joins_the_one_person_it_ends() -> None:
    found = resolve_names([("Velia Orrantes Quimbaya", P, "PERSON")],
                          [("Orrantes Quimbaya", "other", "PROPN")])
    assert found == [("Velia Orrantes Quimbaya", P, 2)]


def test_a_double_surname_two_people_end_in_stays_apart() -> None:
    brothers = [("Velia Orrantes Quimbaya", P, "PERSON"), ("Dario Orrantes Quimbaya", P, "PERSON")]
    found = resolve_names(brothers, [("Orrantes Quimbaya", "other", "PROPN")])
    assert ("Orrantes Quimbaya", "other", 1) in found


def test_a_surname_the_gazetteer_knows_as_a_town_joins_its_person_unless_read_as_a_place() -> None:
    # Lorca is a Spanish town of the gazetteer; the model called the bare surname a company.
    found = resolve_names([("Marta Lorca", P, "PERSON")], [("Lorca", ORG, "ORG")])
    assert found == [("Marta Lorca", P, 2)]
    in_town = resolve_names([("Marta Lorca", P, "PERSON")], [("Lorca", G, "GPE")])
    assert ("Lorca", G, 1) in in_town
