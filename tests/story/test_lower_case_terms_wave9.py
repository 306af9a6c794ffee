"""A capitalised term the story also writes in lower case is no name (issue 16, wave 9): a headline's
or a trade's capitals prove nothing when another sentence writes the same words in lower case.
Invented text."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from generator.models import Article
from generator.story.lower_case_terms import drop_lower_case_terms
from generator.story.name_groups import Found
from generator.story.resolve import resolve_entities
from tests.story.story_tools import ORG, P, annotated_article, annotations_of, resolve_names

BODY = ("The Quillbacks put their kicker on injured reserve; the harbour ministry and the rose garden "
        "staff said nothing.")


def test_a_capitalised_term_written_in_lower_case_elsewhere_is_no_entity() -> None:
    headline = [("Injured Reserve", ORG, "ORG"), ("Tom Vantrobe", P, "PERSON")]
    assert resolve_names(headline, text=BODY) == [("Tom Vantrobe", P, 1)]


def test_the_term_stays_a_name_when_the_story_never_writes_it_in_lower_case() -> None:
    headline = [("Injured Reserve", ORG, "ORG")]
    assert resolve_names(headline, text="The Quillbacks lost their kicker.") == [
        ("Injured Reserve", ORG, 1)]


def test_only_the_whole_phrase_in_lower_case_counts() -> None:
    # "injured" and "reserve" apart, or inside longer words, are not the phrase.
    text = "An injured man kept his reserve; the uninjured reserves left."
    assert resolve_names([("Injured Reserve", ORG, "ORG")], text=text) == [("Injured Reserve", ORG, 1)]


def test_an_institution_and_a_person_stay_names() -> None:
    # An institution's last word; a known given name first ("the rose garden" is in the story too).
    mentions = [("Harbour Ministry", ORG, "ORG"), ("Rose Garden", P, "PERSON")]
    names = {name for name, _, _ in resolve_names(mentions, text=BODY)}
    assert names == {"Harbour Ministry", "Rose Garden"}


def test_every_mention_of_the_term_goes_whichever_article_writes_it_in_lower_case() -> None:
    capitalised = [("Injured Reserve", ORG, "ORG"), ("Injured Reserve", ORG, "ORG")]
    ids = ["a", "b"]
    texts = ["Tom Vantrobe went on Injured Reserve.", BODY]
    story = [Article(id=i, path=f"{i}.txt", format="text", title=i, text=t) for i, t in zip(ids, texts,
                                                                                          strict=True)]
    found = [Found("a", m) for m in annotations_of("a", capitalised).entities]
    assert drop_lower_case_terms(found, story) == []
    entities, _ = resolve_entities(story, [annotations_of("a", capitalised), annotations_of("b", [])])
    assert entities == []


def test_a_title_case_headline_term_is_no_organisation_with_the_real_tagger(nlp: Language) -> None:
    day = dt.date(2031, 10, 8)
    pairs = [
        annotated_article(nlp, "a", "Quillbacks Place Kicker Tom Vantrobe On Injured Reserve\n\n"
                                    "The Quillbacks placed kicker Tom Vantrobe on injured reserve.",
                          day),
        annotated_article(nlp, "b", "The Springfield Quillbacks moved Tom Vantrobe to Injured Reserve "
                                    "after the game.", day),
    ]
    entities, _ = resolve_entities([a for a, _ in pairs], [n for _, n in pairs])
    names = {e.name.casefold() for e in entities}
    assert "injured reserve" not in names and "on injured reserve" not in names
    assert any("vantrobe" in name for name in names)
