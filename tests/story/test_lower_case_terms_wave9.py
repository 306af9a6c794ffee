"""A capitalised term on a title-case line is no name when the story writes it in lower case (issue
16, wave 9): a headline's capitals prove nothing. Invented text."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from generator.models import Article, ArticleAnnotations, EntityMention
from generator.story.lower_case_terms import is_title_case_line
from generator.story.resolve import resolve_entities
from tests.story.story_tools import annotated_article

HEADLINE = "Quillbacks Place Kicker Tom Vantrobe On Injured Reserve"
BODY = "The Quillbacks put their kicker on injured reserve on Tuesday, the harbour ministry said."


def _names(*articles: tuple[str, list[tuple[str, str, str]]]) -> set[str]:
    """Entity names of invented articles (text, [(name, type, label)]), each name at its first place
    in the text."""
    story, annotations = [], []
    for number, (text, mentions) in enumerate(articles):
        article_id = f"a{number}"
        story.append(Article(id=article_id, path=f"{article_id}.txt", format="text", title=article_id,
                             text=text))
        entities = []
        for name, entity_type, label in mentions:
            start = text.index(name)
            entities.append(EntityMention(start=start, end=start + len(name), text=name, type=entity_type,
                                          label=label, sentence=0))
        annotations.append(ArticleAnnotations(article_id=article_id, entities=entities))
    entities, _ = resolve_entities(story, annotations)
    return {e.name for e in entities}


def test_a_term_on_a_title_case_line_written_in_lower_case_elsewhere_is_no_entity() -> None:
    text = f"{HEADLINE}\n\n{BODY}"
    mentions = [("Injured Reserve", "organization", "ORG"), ("Tom Vantrobe", "person", "PERSON")]
    assert _names((text, mentions)) == {"Tom Vantrobe"}


def test_the_lower_case_writing_may_be_in_another_article() -> None:
    found = _names((HEADLINE, [("Injured Reserve", "organization", "ORG")]), (BODY, []))
    assert found == set()


def test_the_term_stays_a_name_when_the_story_never_writes_it_in_lower_case() -> None:
    text = f"{HEADLINE}\n\nThe Quillbacks lost their kicker."
    assert _names((text, [("Injured Reserve", "organization", "ORG")])) == {"Injured Reserve"}


def test_only_the_whole_phrase_in_lower_case_counts() -> None:
    # "injured" and "reserve" apart, or inside longer words, are not the phrase.
    text = f"{HEADLINE}\n\nAn injured man kept his reserve; the uninjured reserves left."
    assert _names((text, [("Injured Reserve", "organization", "ORG")])) == {"Injured Reserve"}


def test_in_running_text_the_writer_s_capitals_are_kept() -> None:
    # One outlet writes "Injured Reserve" in a sentence, another in lower case: a tie is no vote.
    running = "The Quillbacks moved Tom Vantrobe to Injured Reserve after the game."
    found = _names((running, [("Injured Reserve", "organization", "ORG")]), (BODY, []))
    assert found == {"Injured Reserve"}


def test_in_running_text_a_phrase_written_more_often_in_lower_case_is_a_term() -> None:
    running = "The Quillbacks moved Tom Vantrobe to Injured Reserve after the game."
    lower = "Two more players went on injured reserve; injured reserve ends their season."
    mentions = [("Injured Reserve", "organization", "ORG"), ("Tom Vantrobe", "person", "PERSON")]
    found = _names((running, mentions), (lower, []))
    assert found == {"Tom Vantrobe"}


def test_an_institution_and_a_person_on_a_title_case_line_stay_names() -> None:
    text = ("Harbour Ministry Thanks Rose Garden For Her Help\n\n"
            "The harbour ministry thanked the rose garden staff.")
    mentions = [("Harbour Ministry", "organization", "ORG"), ("Rose Garden", "person", "PERSON")]
    assert _names((text, mentions)) == {"Harbour Ministry", "Rose Garden"}


def test_title_case_lines() -> None:
    assert is_title_case_line(HEADLINE)
    assert is_title_case_line("Storm Floods Harbour Towns as Rivers Rise")
    assert not is_title_case_line(BODY)
    assert not is_title_case_line("Jo Roe Wins")  # too few long words to tell
    assert not is_title_case_line("Quillbacks Place Kicker Tom Vantrobe on injured reserve")


def test_a_title_case_headline_term_is_no_organisation_with_the_real_tagger(nlp: Language) -> None:
    # The small model reads a headline's capitalised words as organisations ("Knee Injury").
    text = ("Vantrobe Placed On Injured Reserve After Knee Injury\n\n"
            "The Quillbacks put kicker Tom Vantrobe on injured reserve with a knee injury on Tuesday.")
    article, annotations = annotated_article(nlp, "a", text, dt.date(2031, 10, 8))
    entities, _ = resolve_entities([article], [annotations])
    names = {e.name.casefold() for e in entities}
    assert "knee injury" not in names
    assert "tom vantrobe" in names
