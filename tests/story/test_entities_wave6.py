"""Story-level entity rules of issue 16 (wave 6), on invented names: the words next to a name
("the airline X", "X CEO") make an untyped name an organisation over the whole story."""

from __future__ import annotations

import pytest

from generator.models import Article, ArticleAnnotations, EntityMention
from generator.story.resolve import resolve_entities
from generator.story.type_contexts import organisation_context
from tests.story.story_tools import ORG, P

# --------------------------------------------------------------------------- organisation contexts


def _mention(text: str, name: str, label: str, occurrence: int = 0) -> EntityMention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    return EntityMention(start=start, end=start + len(name), text=name, type="other", label=label, sentence=0)


@pytest.mark.parametrize(("text", "name", "organisation"), [
    ("The low-cost airline, Skyvarra, ordered jets.", "Skyvarra", True),
    ("the weekly magazine Der Kollmer reported", "Der Kollmer", True),
    ("Skyvarra CEO Lindra Quell said", "Skyvarra", True),
    ("Skyvarra shares fell.", "Skyvarra", True),
    ("Quell's spokesman said", "Quell", False),  # a person's spokesman
    ("in Velmar, where the airline is based", "Velmar", False),  # the noun after the name
    ("Lindra Quell said", "Lindra Quell", False),
])
def test_the_words_next_to_a_name_that_make_it_an_organisation(text: str, name: str,
                                                                organisation: bool) -> None:
    start = text.index(name)
    assert organisation_context(text, start, start + len(name)) is organisation


def _types(text: str, mentions: list[EntityMention]) -> dict[str, str]:
    article = Article(id="a", path="a.txt", format="text", title="a", text=text)
    entities, _ = resolve_entities([article], [ArticleAnnotations(article_id="a", entities=mentions)])
    return {e.name: e.type for e in entities}


def test_an_untyped_name_written_after_an_organisation_noun_is_an_organisation_in_the_whole_story() -> None:
    text = "The airline, Skyvarra, ordered jets. Skyvarra said the jets come in May."
    mentions = [_mention(text, "Skyvarra", "", 0), _mention(text, "Skyvarra", "", 1)]
    assert _types(text, mentions) == {"Skyvarra": ORG}
    plain = "Skyvarra ordered jets. Skyvarra said the jets come in May."
    assert _types(plain, [_mention(plain, "Skyvarra", "", 0), _mention(plain, "Skyvarra", "", 1)]) == {
        "Skyvarra": "other"}


def test_a_person_cue_outweighs_an_organisation_noun() -> None:
    text = "the company Margaret Quell founded"  # a known given name: a person
    assert _types(text, [_mention(text, "Margaret Quell", "PERSON")]) == {"Margaret Quell": P}
