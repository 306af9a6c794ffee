"""Story-level entity rules of issue 16 (wave 6), on invented names: the words around a name's
mentions as evidence of its type ("in Dunsby", "Tarn Oduya, 45,", "her husband Tarn")."""

from __future__ import annotations

from collections import Counter

import pytest

from generator.models import Article, ArticleAnnotations, EntityMention, EntityType
from generator.story.entity_types import context_type, story_type
from generator.story.resolve import resolve_entities
from generator.story.type_contexts import context_votes, mention_context


def _at(text: str, name: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    return start, start + len(name)


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Floods cut the road in Dunsby on Monday.", "Dunsby", "place"),
    ("Crews worked near Dunsby all night.", "Dunsby", "place"),
    ("Tarn Oduya, 45, was arrested.", "Tarn Oduya", "person"),
    ("She and her husband Tarn left early.", "Tarn", "person"),
    ("She and her husband, Tarn, left early.", "Tarn", "person"),
    ("Mrs. Oduya declined to comment.", "Oduya", "person"),
    ("A vote in the Dunsby Assembly failed.", "Dunsby Assembly", None),  # an article: no cue
    ("Cuts in Dunsby's budget were approved.", "Dunsby", None),  # a possessive: no cue
    ("Dunsby said the road was closed.", "Dunsby", None),
    ("The team within Dunsby won.", "Dunsby", None),  # "within" is no listed preposition
])
def test_the_words_next_to_a_name(text: str, name: str, kind: str | None) -> None:
    assert mention_context(text, *_at(text, name)) == kind


def test_votes_are_counted_over_every_mention() -> None:
    text = "In Dunsby the river rose. Rescuers reached Dunsby late; Dunsby's mayor thanked them near Dunsby."
    spans = [(text, *_at(text, "Dunsby", n)) for n in range(4)]
    assert context_votes(spans) == Counter({"place": 2})


@pytest.mark.parametrize(("contexts", "mentions", "voted", "expected"), [
    ({"place": 1}, 1, "other", "place"),
    ({"place": 1}, 3, "other", None),  # "in Kathimerini" once among three: a publication may be so named
    ({"place": 2}, 4, "person", "place"),
    ({"place": 1}, 4, "person", None),
    ({"person": 1}, 5, "other", "person"),
    ({"person": 1}, 1, "organization", None),  # the model's organisation is left to the other cues
    ({"person": 1, "place": 3}, 4, "other", None),  # cues of both kinds: no decision
    ({"place": 2}, 2, "organization", None),  # "in Congress": an institution as often as a place
])
def test_context_type_outvotes_only_a_weak_label(contexts: dict[EntityType, int], mentions: int,
                                                 voted: EntityType, expected: EntityType | None) -> None:
    assert context_type(Counter(contexts), mentions, voted) == expected


def test_a_given_name_still_wins_over_a_locative_context() -> None:
    contexts: Counter[EntityType] = Counter({"place": 2})
    texts = ["Maria Quellish", "Maria Quellish"]
    assert story_type(texts, [("person", "PERSON")] * 2, "maria quellish", False,
                      contexts=contexts) == "person"


def _resolve(text: str, names: list[tuple[str, int, EntityType, str]]) -> dict[str, EntityType]:
    mentions = [EntityMention(start=start, end=end, text=name, type=entity_type, label=label, sentence=0)
                for name, occurrence, entity_type, label in names
                for start, end in [_at(text, name, occurrence)]]
    article = Article(id="a", path="a.txt", format="text", title="a", text=text)
    entities, _ = resolve_entities([article], [ArticleAnnotations(article_id="a", entities=mentions)])
    return {e.name: e.type for e in entities}


def test_an_untyped_village_and_an_untyped_husband_are_typed_by_their_words() -> None:
    text = ("Water reached Korvesk before dawn. Mela Oduya and her husband Tarn fled Korvesk by boat; "
            "they now live in Korvesk again.")
    types = _resolve(text, [("Korvesk", 0, "other", "PROPN"), ("Korvesk", 1, "other", "PROPN"),
                            ("Korvesk", 2, "other", "PROPN"), ("Tarn", 0, "other", "RULE"),
                            ("Mela Oduya", 0, "person", "PERSON")])
    assert types["Tarn"] == "person"
    assert types["Korvesk"] == "other"  # one mention of three after "in": not enough

    text = "Floods hit Korvesk. Rescuers worked in Korvesk and near Korvesk overnight."
    types = _resolve(text, [("Korvesk", n, "person", "PERSON") for n in range(3)])
    assert types["Korvesk"] == "place"  # two of three after a locative preposition
