"""Lines a reader meets alone (wave 9): a phrase whose comma leads into no main clause, a linking
adverbial of several words that links to no line shown, a bare quotation told as what happened, own
words in a speaker's "we" or opening with a pronoun, and the "it" that points at nothing. Invented text."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.models import Story, TimelineEntry
from generator.story.briefing import SentenceEntities, build_briefing, fact_sentence, own_words
from generator.story.sentence_form import in_first_or_second_person, is_whole_quotation, reads_as_sentence
from generator.story.subjects import resolve_leading_pronoun, without_linking_opener
from generator.story.summary import opens_with_anaphor
from generator.story.updates import build_updates
from tests.stories import make_article, source
from tests.story.harbour_story import dated

DAY = dt.date(2025, 4, 3)


@pytest.mark.parametrize(("text", "reads"), [
    ("Being fined for speeding near Lee Bridge, located east of the harbour.", False),  # no main clause
    ("When the ferry sank, killing two.", False),
    ("Having lost the vote, which he called unfair.", False),
    ("Having lost the vote, the mayor resigned.", True),
    ("When the ferry sank near Dover, England, two people died.", True),
    ("If convicted, he faces ten years.", True),
    ("When asked, Roe declined to comment.", True),
])
def test_an_opening_phrase_needs_a_main_clause_after_its_comma(text: str, reads: bool) -> None:
    assert reads_as_sentence(text) is reads


@pytest.mark.parametrize(("text", "shown"), [
    ("As a result, the ferry stayed in port.", "The ferry stayed in port."),
    ("In addition, the board fined the crew.", "The board fined the crew."),
    ("On the other hand, the pier reopened.", "The pier reopened."),
    ("In a related case, two skippers were fined.", "Two skippers were fined."),
    ("But the crew stayed.", "The crew stayed."),
    ("In addition to the fine, the board banned the skipper.", None),  # no comma after the phrase
    ("As a captain, Roe knew the quay.", None),
])
def test_a_linking_adverbial_that_opens_a_line_is_left_out(text: str, shown: str | None) -> None:
    assert without_linking_opener(text) == (shown or text)


@pytest.mark.parametrize(("text", "whole"), [
    ("“We will sail at dawn.”", True),
    ('"Nobody saw the ferry leave."', True),
    ("‘It’s over.’", True),  # an apostrophe inside single marks
    ("“We sail at dawn,” the captain said.", False),
    ("“We sail,” Roe said, “at dawn.”", False),
    ("The captain said: “We sail.”", False),
    ("“We sail.” The ferry left at noon.", False),
])
def test_a_whole_quotation_is_told_apart_from_an_attributed_one(text: str, whole: bool) -> None:
    assert is_whole_quotation(text) is whole


@pytest.mark.parametrize(("text", "personal"), [
    ("We can still win the vote.", True),
    ("I'm not leaving the harbour.", True),
    ("They told us nothing.", True),
    ("The US fined the ferry line.", False),  # the country, in capitals
    ("The crew stayed in port.", False),
])
def test_own_words_in_a_speakers_person(text: str, personal: bool) -> None:
    assert in_first_or_second_person(text) is personal


@pytest.mark.parametrize(("text", "points_back"), [
    ("It was announced that the board met.", False),  # "it" stands for the clause after it
    ("It is unclear whether the pier will reopen.", False),
    ("It is not known why the ferry sank.", False),
    ("It was closed on Monday.", True),
    ("She resigned on Monday.", True),
])
def test_an_extraposed_it_points_at_nothing(text: str, points_back: bool) -> None:
    assert opens_with_anaphor(text) is points_back


QUOTED = ("The harbour board met on 3 April.\n\n\"Nobody will lose a job over the new timetable.\"\n\n"
          "As a result, the ferry stayed in port on 3 April.")


def _event(article_text: str, ident: str, text: str, phrase: str) -> tuple[Story, TimelineEntry]:
    article = make_article("a1", "Harbour", "Quay Post", article_text, DAY)
    entry = TimelineEntry(id=ident, date=dated("2025-04-03", DAY, DAY), timex="3 April", text=text,
                          sources=[source(article, phrase)])
    return Story(title="Harbour", articles=[article], timeline=[entry]), entry


def test_an_event_told_only_in_a_bare_quotation_is_no_line() -> None:
    story, entry = _event(QUOTED, "t-job", "Nobody will lose a job over the new timetable", "lose a job")
    assert fact_sentence(entry, entry.sources, SentenceEntities(story)) is None
    assert not [line for section in build_briefing(story) for line in section.lines]
    updates = build_updates(story)
    assert not [line for day in updates for update in day.articles for line in update.developments]


def test_a_line_opened_by_a_linking_adverbial_reads_whole_without_it() -> None:
    story, entry = _event(QUOTED, "t-port", "As a result, the ferry stayed in port", "stayed in port")
    best = fact_sentence(entry, entry.sources, SentenceEntities(story))
    assert best is not None and best[1] == "The ferry stayed in port on 3 April."
    assert own_words(entry) == "The ferry stayed in port."


def test_own_words_that_point_back_or_speak_as_we_are_no_line() -> None:
    text = "Roe spoke on 3 April.\n\nShe said we can still win the vote on 3 April."
    story, entry = _event(text, "t-we", "we can still win the vote", "win the vote")
    assert own_words(entry) == ""
    pronoun = entry.model_copy(update={"text": "She resigned"})
    assert own_words(pronoun) == ""
    extraposed = entry.model_copy(update={"text": "It was announced that the board met"})
    assert own_words(extraposed) == "It was announced that the board met."
    names = SentenceEntities(story)
    assert resolve_leading_pronoun("It was announced that the board met.", "a1", 1, names) \
        == "It was announced that the board met."
