"""Story-level entity rules of issue 16 (wave 6), on invented names: given names of opposite sexes
are never one person's spellings ("Paul"/"Paula": a brother and a sister); the words next to a name
("the airline X", "X CEO") make an untyped name an organisation over the whole story."""

from __future__ import annotations

import pytest

from generator.models import Article, ArticleAnnotations, EntityMention
from generator.story.names import given_name_sex, is_nickname, of_opposite_sexes, parse_person, same_person
from generator.story.resolve import resolve_entities
from generator.story.type_contexts import organisation_context
from tests.story.story_tools import ORG, P, resolve_names


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
