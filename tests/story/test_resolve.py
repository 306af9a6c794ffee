"""resolve_entities: the demo story against hand-made gold, and the merging rules on small texts."""

from __future__ import annotations

import pytest
import yaml
from spacy.language import Language

from generator.ingest.reader import load_articles
from generator.models import Article, ArticleAnnotations
from generator.story.resolve import name_key, resolve_entities, slugify
from tests.conftest import GOLD, SEEDS
from tests.entity_layers import entity_annotations
from tests.story.story_tools import annotations_of

GOLD = GOLD / "demo_entities.yml"


@pytest.fixture(scope="module")
def demo(nlp: Language) -> tuple[list[Article], list[ArticleAnnotations]]:
    articles, _ = load_articles(SEEDS)
    annotated = [entity_annotations(nlp, a.id, a.text) for a in articles]
    return articles, [annotations for _, annotations in annotated]


def test_demo_matches_hand_made_gold(demo: tuple[list[Article], list[ArticleAnnotations]]) -> None:
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["entities"]
    entities, _ = resolve_entities(*demo)
    found = {e.name: (e.type, sorted(e.aliases), e.role_names) for e in entities}
    expected = {g["name"]: (g["type"], sorted(g.get("aliases", [])), g.get("roles", [])) for g in gold}
    assert found == expected
    counts = {e.name: len(e.mentions) for e in entities}
    for g in gold:
        if "mentions" in g:
            assert counts[g["name"]] == g["mentions"], g["name"]


def test_demo_roles_keep_their_sources(demo: tuple[list[Article], list[ArticleAnnotations]]) -> None:
    articles, annotations = demo
    entities, _ = resolve_entities(articles, annotations)
    text = {a.id: a.text for a in articles}
    for entity in entities:
        for role in entity.roles:
            for source in role.sources:
                assert text[source.article][source.start:source.end].casefold().endswith(
                    role.role.split()[-1].casefold())
                assert source.sentence and source.sentence in text[source.article]
                assert source.sentence_index >= 0


def test_every_mention_is_mapped(demo: tuple[list[Article], list[ArticleAnnotations]]) -> None:
    articles, annotations = demo
    entities, mapping = resolve_entities(articles, annotations)
    ids = {e.id for e in entities}
    mentions = {(a.article_id, m.start, m.end) for a in annotations for m in a.entities}
    assert set(mapping) == mentions
    assert set(mapping.values()) == ids
    assert len(ids) == len(entities)


def test_order_of_articles_changes_nothing(demo: tuple[list[Article], list[ArticleAnnotations]]) -> None:
    articles, annotations = demo
    forward = resolve_entities(articles, annotations)
    backward = resolve_entities(articles[::-1], annotations[::-1])
    assert [e.model_dump() for e in forward[0]] == [e.model_dump() for e in backward[0]]
    assert forward[1] == backward[1]


def test_entities_sorted_by_mentions_then_name(demo: tuple[list[Article], list[ArticleAnnotations]]) -> None:
    entities, _ = resolve_entities(*demo)
    keys = [(-len(e.mentions), e.name.casefold()) for e in entities]
    assert keys == sorted(keys)


def _article(article_id: str) -> Article:
    return Article(id=article_id, path=f"{article_id}.txt", format="text", title=article_id, text="")


def test_ambiguous_surname_goes_to_the_nearest_full_name_before_it() -> None:
    annotations = annotations_of("a", [("Anna Berg", "person", "PERSON"), ("Lars Berg", "person", "PERSON"),
                                       ("Berg", "person", "PERSON")])
    entities, _ = resolve_entities([_article("a")], [annotations])
    assert sorted((e.name, len(e.mentions)) for e in entities) == [("Anna Berg", 1), ("Lars Berg", 2)]


def test_ambiguous_surname_before_any_full_name_goes_to_the_first_named_after_it() -> None:
    # Wave 8 (issue 16): the article's own person of that surname, the nearest after when none before.
    annotations = annotations_of("a", [("Berg", "person", "PERSON"), ("Anna Berg", "person", "PERSON"),
                                       ("Lars Berg", "person", "PERSON")])
    entities, _ = resolve_entities([_article("a")], [annotations])
    assert sorted((e.name, len(e.mentions)) for e in entities) == [("Anna Berg", 2), ("Lars Berg", 1)]


def test_rule_type_outweighs_raw_model_labels() -> None:
    annotations = annotations_of("a", [("Zephyr", "place", "GPE"), ("Zephyr", "place", "GPE"),
                                       ("Zephyr", "organization", "RULE")])
    entities, _ = resolve_entities([_article("a")], [annotations])
    assert [(e.name, e.type) for e in entities] == [("Zephyr", "organization")]


def test_slug_collisions_are_numbered_by_content() -> None:
    first = annotations_of("a", [("Nova", "place", "GPE")])
    second = annotations_of("b", [("NOVA!", "organization", "ORG"), ("NOVA!", "organization", "ORG")])
    entities, _ = resolve_entities([_article("a"), _article("b")], [first, second])
    again, _ = resolve_entities([_article("b"), _article("a")], [second, first])
    assert [(e.id, e.name) for e in entities] == [("nova", "NOVA!"), ("nova-2", "Nova")]
    assert [(e.id, e.name) for e in again] == [(e.id, e.name) for e in entities]


def test_company_short_name_joins_its_full_name() -> None:
    annotations = annotations_of("a", [("Orchid Labs Ltd", "organization", "ORG"),
                                       ("Orchid", "organization", "ORG")])
    entities, _ = resolve_entities([_article("a")], [annotations])
    assert [(e.name, len(e.mentions)) for e in entities] == [("Orchid Labs Ltd", 2)]


def test_no_mentions_no_entities() -> None:
    assert resolve_entities([_article("a")], [ArticleAnnotations(article_id="a")]) == ([], {})


@pytest.mark.parametrize(("a", "b"), [("U.S.", "United States"), ("US.", "the United States"),
                                      ("Ana Pérez", "ana perez"), ("UK", "Britain")])
def test_name_keys_of_variants_agree(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_slugify() -> None:
    assert slugify("Andrés Núñez-Smith") == "andres-nunez-smith"
    assert slugify("!!!") == "entity"
