"""A pronoun that opens a sentence continues the subject of the sentence before when that sentence
itself goes on by pronoun (issue 16, wave 13): in "Jo Quarrel started slowly. But then he found Bo
Mend for a touchdown. He ended the day with 200 yards." the last "He" is Quarrel, not Bo Mend, the
first person *named* in the sentence before. Left as "He" (a wrong name is worse than a pronoun)."""

from __future__ import annotations

import datetime as dt

from generator.models import Entity, Story
from generator.story.briefing import SentenceEntities, resolve_leading_pronoun
from tests.stories import make_article, mentions

TEXT = ("Jo Quarrel started slowly against the Herons. But then he found Bo Mend for a touchdown. "
        "He ended the day with 200 yards. Lu Testo kicked two field goals. He missed one.")


def story() -> Story:
    article = make_article("game", "A game", "Ledger", TEXT, dt.date(2024, 1, 21))
    people = [Entity(id=name.lower().replace(" ", "-"), name=name, type="person",
                     mentions=mentions(article, name)) for name in ("Jo Quarrel", "Bo Mend", "Lu Testo")]
    return Story(title="A game", articles=[article], entities=people)


def test_a_pronoun_continues_the_pronoun_subject_before_it() -> None:
    names = SentenceEntities(story())
    assert resolve_leading_pronoun("He ended the day with 200 yards.", "game", 2, names) is None


def test_a_pronoun_after_a_named_subject_is_resolved() -> None:
    names = SentenceEntities(story())
    assert resolve_leading_pronoun("He missed one.", "game", 4, names) == "Lu Testo missed one."
    assert resolve_leading_pronoun("But then he found Bo Mend for a touchdown.", "game", 1, names) is not None


def test_an_event_whose_only_sentence_opens_with_an_unknown_he_makes_no_home_line() -> None:
    from generator.models import EventDate, TimelineEntry
    from generator.story.briefing import build_briefing
    from tests.stories import source

    told = story()
    article = told.articles[0]
    day = dt.date(2024, 1, 21)
    told.timeline = [
        TimelineEntry(id="t-yards", date=EventDate(value="2024-01-21", edtf="2024-01-21", start=day, end=day),
                      timex="", text="He ended the day with 200 yards.",
                      sources=[source(article, "He ended the day")]),
        TimelineEntry(id="t-kicks", date=EventDate(value="2024-01-21", edtf="2024-01-21", start=day, end=day),
                      timex="", text="Lu Testo kicked two field goals.",
                      sources=[source(article, "Lu Testo kicked")]),
    ]
    shown = [line.id for section in build_briefing(told) for line in section.lines]
    assert "t-kicks" in shown and "t-yards" not in shown
