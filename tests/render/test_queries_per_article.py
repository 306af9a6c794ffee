"""The per-article questions article pages ask (`q.top_entities`, `q.key_numbers` with an article)
give what a pass over the whole story gives, without that pass: each article page asks them."""

from __future__ import annotations

from collections import Counter

from generator.render.index import SiteIndex
from generator.render.queries import SiteQueries
from generator.render.views import EntityView
from generator.story.measures import person_name_words
from tests.stories import make_story


def entities_by_a_full_pass(index: SiteIndex, limit: int, article: str,
                            types: tuple[str, ...]) -> list[EntityView]:
    """What `top_entities` chose before it read only the article's own mentions."""
    counts = Counter(view.entity.id for _, view in index.mentions_by_article.get(article, []))
    views = [view for view in index.entities.values() if counts.get(view.entity.id)]
    views.sort(key=lambda v: (v.entity.type not in types, -counts[v.entity.id], not v.roles, v.name))
    chosen = [v for v in views if v.entity.type in types][:limit]
    if len(chosen) < 3:
        chosen += [v for v in views if v.entity.type == "organization" and v not in chosen]
    return chosen[:limit]


def test_an_articles_top_entities_are_those_of_a_pass_over_every_entity() -> None:
    index = SiteIndex(make_story())
    queries = SiteQueries(index)
    asked = 0
    for article in index.articles:
        for limit in (1, 2, 6):
            for types in (("person",), ("person", "organization"), ("place",)):
                found = queries.top_entities(limit, article, types)
                assert found == entities_by_a_full_pass(index, limit, article, types)
                asked += bool(found)
    assert asked  # the story's articles do mention entities
    assert queries.top_entities(6, "no-such-article") == []


def test_key_numbers_read_the_names_of_the_story_they_are_asked_about() -> None:
    story = make_story()
    index = SiteIndex(story)
    queries = SiteQueries(index)
    for article in [*index.articles, None]:
        # One set of queries asked again and again gives what fresh ones (nothing remembered) give.
        assert queries.key_numbers(8, article) == SiteQueries(index).key_numbers(8, article)
    assert queries._person_name_words() == person_name_words(story)
    # Another story object behind the same queries: its names are read again, not remembered.
    other = make_story()
    other.entities = [entity for entity in other.entities if entity.type != "person"]
    index.story = other
    assert queries._person_name_words() == frozenset() != person_name_words(story)
