"""An opening "It's" or "They're" given its name back (issue 16, wave 15, a new user's view): the
contraction is written out after the name ("Vale Hall is the same place ...", never "Vale Hall's the
same place ...", which reads as a possessive), and a possessor is not the antecedent of the name it
possesses ("Ferrytown's Vale Hall clinic ... It's ..." is the clinic, not the town). Invented text."""

from __future__ import annotations

import datetime as dt

from generator.models import Entity, EventDate, Story, TimelineEntry
from generator.story.briefing import SentenceEntities, resolve_leading_pronoun
from generator.story.subjects import resolve_timeline_subjects
from tests.stories import make_article, mentions, source

TEXT = ("Jo Vale checked into Ferrytown's Vale Hall clinic late Monday. "
        "It's the same place the singer stayed in 2015. "
        "The Orchard Trust's board met on Tuesday. "
        "It's been closed since then. "
        "It'd be the third time.")


def story() -> Story:
    article = make_article("stay", "A stay", "Ledger", TEXT, dt.date(2024, 1, 21))
    kinds = {"Jo Vale": "person", "Ferrytown": "place", "Vale Hall": "organization",
             "Orchard Trust": "organization"}
    entities = [Entity(id=name.lower().replace(" ", "-"), name=name, type=kind,
                       mentions=mentions(article, name)) for name, kind in kinds.items()]
    return Story(title="A stay", articles=[article], entities=entities)


def test_its_is_written_out_and_is_the_possessed_name() -> None:
    names = SentenceEntities(story())
    line = resolve_leading_pronoun("It's the same place the singer stayed in 2015.", "stay", 1, names)
    assert line == "Vale Hall is the same place the singer stayed in 2015."


def test_its_before_been_is_has() -> None:
    names = SentenceEntities(story())
    assert resolve_leading_pronoun("It's been closed since then.", "stay", 3, names) == \
        "Orchard Trust has been closed since then."


def test_a_contraction_of_had_or_would_is_not_guessed() -> None:
    names = SentenceEntities(story())
    assert resolve_leading_pronoun("It'd be the third time.", "stay", 4, names) is None


def test_a_plain_it_takes_the_possessed_name_too() -> None:
    names = SentenceEntities(story())
    line = resolve_leading_pronoun("It was the same place.", "stay", 1, names)
    assert line == "Vale Hall was the same place."


def test_a_timeline_row_opening_with_its_reads_as_a_sentence() -> None:
    told = story()
    article = told.articles[0]
    day = dt.date(2015, 1, 1)
    told.timeline = [TimelineEntry(
        id="t-stay", date=EventDate(value="2015", edtf="2015", start=day, end=dt.date(2015, 12, 31)),
        timex="",
        text="It's the same place the singer stayed", sources=[source(article, "It's the same place")])]
    resolve_timeline_subjects(told)
    assert told.timeline[0].text == "Vale Hall is the same place the singer stayed"


def test_a_possessor_of_no_name_is_still_the_antecedent() -> None:
    text = "Ferrytown's mayor quit on Monday. It will vote in May."
    article = make_article("vote", "A vote", "Ledger", text, dt.date(2024, 1, 21))
    town = Entity(id="ferrytown", name="Ferrytown", type="place", mentions=mentions(article, "Ferrytown"))
    names = SentenceEntities(Story(title="A vote", articles=[article], entities=[town]))
    assert resolve_leading_pronoun("It will vote in May.", "vote", 1, names) == "Ferrytown will vote in May."
