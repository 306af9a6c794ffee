"""A surname alone is the person of that surname its own article names (issue 16, wave 8): the
nearest full name before it, else after it; the story's one person of that surname only when the
article names none; with several in the story and none in the article, it stays its own mention.
Invented names."""

from __future__ import annotations

from generator.models import Article
from generator.story.resolve import resolve_entities
from tests.story.story_tools import P, annotations_of, resolve_names


def test_each_article_keeps_its_own_person_of_a_shared_surname() -> None:
    # The story's most named Quarrelby is Ines; the article about Rolf means Rolf.
    about_ines = [("Ines Quarrelby", P, "PERSON"), ("Quarrelby", P, "PERSON"),
                  ("Ines Quarrelby", P, "PERSON")]
    about_rolf = [("Rolf Quarrelby", P, "PERSON"), ("Quarrelby", P, "PERSON"), ("Quarrelby", P, "PERSON")]
    assert resolve_names(about_ines, about_rolf) == [("Ines Quarrelby", P, 3), ("Rolf Quarrelby", P, 3)]


def test_the_nearest_full_name_before_the_surname_wins_in_an_article_naming_both() -> None:
    # "Rolf Quarrelby's father, coach Ines Quarrelby, ... Quarrelby said": the name last before it.
    both = [("Rolf Quarrelby", P, "PERSON"), ("Ines Quarrelby", P, "PERSON"), ("Quarrelby", P, "PERSON")]
    assert resolve_names(both) == [("Ines Quarrelby", P, 2), ("Rolf Quarrelby", P, 1)]


def test_a_surname_before_any_full_name_is_the_first_one_named_after_it() -> None:
    # A headline's "Quarrelby resigns" before "Rolf Quarrelby ... Ines Quarrelby".
    headline_first = [("Quarrelby", P, "PERSON"), ("Rolf Quarrelby", P, "PERSON"),
                      ("Ines Quarrelby", P, "PERSON")]
    assert resolve_names(headline_first) == [("Ines Quarrelby", P, 1), ("Rolf Quarrelby", P, 2)]


def test_an_article_naming_no_one_takes_the_story_s_only_person_of_that_surname() -> None:
    named = [("Rolf Quarrelby", P, "PERSON")]
    bare = [("Quarrelby", P, "PERSON"), ("Quarrelby", P, "PERSON")]
    assert resolve_names(named, bare) == [("Rolf Quarrelby", P, 3)]


def test_an_article_naming_no_one_of_a_story_with_two_keeps_the_surname_apart() -> None:
    # Not guessed, not the most named one: the surname stays its own, ambiguous mention.
    about_ines = [("Ines Quarrelby", P, "PERSON"), ("Ines Quarrelby", P, "PERSON")]
    about_rolf = [("Rolf Quarrelby", P, "PERSON")]
    bare = [("Quarrelby", P, "PERSON")]
    assert resolve_names(about_ines, about_rolf, bare) == [
        ("Ines Quarrelby", P, 2), ("Quarrelby", P, 1), ("Rolf Quarrelby", P, 1)]


def test_the_story_s_only_person_does_not_take_a_surname_of_an_article_naming_another() -> None:
    # Article a names only Rolf; the story's single other full name of that surname is no reason.
    about_rolf = [("Rolf Quarrelby", P, "PERSON"), ("Quarrelby", P, "PERSON")]
    about_ines = [("Ines Quarrelby", P, "PERSON"), ("Ines Quarrelby", P, "PERSON"),
                  ("Quarrelby", P, "PERSON")]
    assert resolve_names(about_rolf, about_ines) == [("Ines Quarrelby", P, 3), ("Rolf Quarrelby", P, 2)]


def test_a_member_called_by_first_name_still_takes_the_surname_after_their_full_name() -> None:
    # "Sam Quarrelby ... his father, Rolf Quarrelby ... Sam ... Quarrelby": the father, named last.
    # Before the father's name, the surname is the son's.
    article = [("Sam Quarrelby", P, "PERSON"), ("Quarrelby", P, "PERSON"), ("Rolf Quarrelby", P, "PERSON"),
               ("Sam", P, "PERSON"), ("Quarrelby", P, "PERSON")]
    assert resolve_names(article) == [("Rolf Quarrelby", P, 2), ("Sam Quarrelby", P, 3)]


def test_a_surname_left_apart_names_the_people_it_may_be() -> None:
    about_ines = [("Ines Quarrelby", P, "PERSON")]
    about_rolf = [("Rolf Quarrelby", P, "PERSON")]
    bare = [("Quarrelby", P, "PERSON")]
    ids = ["a", "b", "c"]
    story = [Article(id=i, path=f"{i}.txt", format="text", title=i, text="") for i in ids]
    annotations = [annotations_of(i, m) for i, m in zip(ids, [about_ines, about_rolf, bare], strict=True)]
    entities, _ = resolve_entities(story, annotations)
    may_be = {e.name: e.may_be for e in entities}
    assert may_be == {"Quarrelby": ["ines-quarrelby", "rolf-quarrelby"], "Ines Quarrelby": [],
                      "Rolf Quarrelby": []}
