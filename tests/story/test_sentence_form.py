"""Every line a reader is shown reads as a sentence (wave 8): an event's own words that are an indirect
question, a predicate without its subject, a preposition cut from its object or a fragment that starts
mid-sentence are no line, nor is a report that names its speaker and nothing they said. Invented text."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.models import Story, TimelineEntry
from generator.story.briefing import SentenceEntities, build_briefing, fact_sentence, own_words
from generator.story.sentence_form import reads_as_sentence, tells_what_was_said
from generator.story.updates import build_updates
from tests.stories import make_article, source
from tests.story.harbour_story import dated


@pytest.mark.parametrize("text", [
    "The council voted to close the pier.",
    "When the ferry sank, two people died.",  # a subordinate clause before its main clause
    "Due to the storm, the ferry stayed in port.",
    "Having lost the vote, the mayor resigned.",
    "iPhone sales fell in March.",  # a name written in lower case
    "de Vries resigned on Monday.",
    "Who will pay for the new quay?",  # a question
    "“We will not sail,” the captain said.",
    "The ferry left at 5 a.m. with a blood alcohol limit of .05 percent in force.",
])
def test_sentences_read_as_sentences(text: str) -> None:
    assert reads_as_sentence(text)


@pytest.mark.parametrize("text", [
    "What their status is.",  # an indirect question
    "Whether the vote counts.",
    "Due to be released to the public.",  # a predicate without its subject
    "Expected to resign before the summer.",
    "Was taken to the harbour clinic.",
    "Being towed back to port.",
    "A sailor was struck by when she crossed the quay.",  # a preposition cut from its object
    "Full back Jo Roe (), and did not train.",
    "about 9 a.m., the coastguard said.",  # starts mid-sentence
])
def test_fragments_do_not(text: str) -> None:
    assert not reads_as_sentence(text)


@pytest.mark.parametrize(("text", "tells"), [
    ("Coach Lee told reporters.", False),
    ("The ferry company said.", False),
    ("About 9 a.m., the coastguard said.", False),
    ("The harbour master denied the claims.", True),
    ("The ferry will not sail, the company said.", True),
    ("Roe said the pier would reopen in May.", True),
])
def test_a_report_tells_something_beyond_its_speaker(text: str, tells: bool) -> None:
    assert tells_what_was_said(text) is tells


NEWS = ("The harbour board will meet on 14 April and tell the ferry crews on 20 April what their status "
        "is.\n\nCoach Lee told reporters on 3 April.")


def story_of(*entries: TimelineEntry) -> Story:
    article = make_article("board", "Board to meet", "Quay Post", NEWS, dt.date(2025, 4, 7))
    return Story(title="Harbour", articles=[article], timeline=list(entries))


def test_an_indirect_question_is_no_line_of_what_happens_next() -> None:
    article = story_of().articles[0]
    day14, day20 = dt.date(2025, 4, 14), dt.date(2025, 4, 20)
    meeting = TimelineEntry(id="t-meet", date=dated("2025-04-14", day14, day14), timex="14 April",
                            text="The harbour board will meet", sources=[source(article, "will meet")])
    status = TimelineEntry(id="t-status", date=dated("2025-04-20", day20, day20), timex="20 April",
                           text="what their status is", sources=[source(article, "their status")])
    story = story_of(meeting, status)
    assert own_words(status) == ""
    sections = {section.key: [line.text for line in section.lines] for section in build_briefing(story)}
    # the sentence is shown once, for the meeting; the other event of it would only say a fragment
    assert sections["next"] == [story.articles[0].sentences[0].text]


def test_a_report_of_nothing_said_is_no_line_anywhere() -> None:
    article = story_of().articles[0]
    told = TimelineEntry(id="t-told", date=dated("2025-04-03", dt.date(2025, 4, 3), dt.date(2025, 4, 3)),
                         timex="3 April", text="Coach Lee told reporters", kind="report",
                         sources=[source(article, "told reporters")])
    story = story_of(told)
    assert own_words(told) == ""
    # its sentence is quoted where it may be; said in its own words, it says nothing and is left out
    assert fact_sentence(told, told.sources, SentenceEntities(story)) is not None
    fragment = told.model_copy(update={"text": "about 9 a.m., police said"})
    cut = make_article("cut", "Cut", "Quay Post", "about 9 a.m., police said.", dt.date(2025, 4, 7))
    fragment.sources = [source(cut, "police said")]
    cut_story = Story(title="Harbour", articles=[cut], timeline=[fragment])
    assert own_words(fragment.model_copy(update={"kind": "event"})) == ""  # however the row is kinded
    assert fact_sentence(fragment, fragment.sources, SentenceEntities(cut_story)) is None
    assert not [line for day in build_updates(cut_story) for update in day.articles
                for line in update.developments]
