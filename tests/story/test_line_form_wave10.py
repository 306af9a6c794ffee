"""Lines a reader meets alone (wave 10): an event's own words with no verb that has tense ("Killing a
ferry worker, 41, and wounding two others.", "Brandishing a loaded gun.") are a participle phrase cut
from its sentence, no sentence; the parse says so at annotate time (`TimexEvent.finite`), the line
test refuses them (the annotate side: tests/annotate/test_event_finite.py). Invented text."""

from __future__ import annotations

import datetime as dt

from generator.models import Edit, Story, TimelineEntry
from generator.story.briefing import SentenceEntities, build_briefing, fact_sentence, own_words
from tests.stories import make_article, source
from tests.story.harbour_story import dated

DAY = dt.date(2025, 4, 3)


def _entry(text: str, finite: bool) -> tuple[Story, TimelineEntry]:
    sentence = "A gunman fired from a roof in 2019, killing Vera Lund, 41, and wounding two others."
    article = make_article("a1", "Harbour", "Quay Post", "The pier reopened on 3 April.\n\n" + sentence, DAY)
    entry = TimelineEntry(id="t-kill", date=dated("2019", dt.date(2019, 1, 1), dt.date(2019, 12, 31)),
                          timex="2019", text=text, sources=[source(article, "killing Vera Lund")],
                          finite=finite)
    return Story(title="Harbour", articles=[article], timeline=[entry]), entry


def test_own_words_without_a_finite_verb_are_no_line() -> None:
    story, entry = _entry("Killing Vera Lund, 41, and wounding two others", finite=False)
    assert own_words(entry) == ""
    # the sentence itself reads whole and is still the line
    best = fact_sentence(entry, entry.sources, SentenceEntities(story))
    assert best is not None and best[1].startswith("A gunman fired") and best[2] is False
    # an editor's rewrite of the row is said as written
    edited = entry.model_copy(update={"text": "Vera Lund was killed", "edit": Edit(fields=["text"])})
    assert own_words(edited) == "Vera Lund was killed."
    finite = entry.model_copy(update={"text": "A gunman killed Vera Lund", "finite": True})
    assert own_words(finite) == "A gunman killed Vera Lund."


def test_a_row_whose_sentence_is_shown_for_another_row_is_not_said_as_a_participle_phrase() -> None:
    story, entry = _entry("Killing Vera Lund, 41, and wounding two others", finite=False)
    other = TimelineEntry(id="t-fire", date=dated("2019", dt.date(2019, 1, 1), dt.date(2019, 12, 31)),
                          timex="2019", text="A gunman fired from a roof", sources=entry.sources)
    story.timeline.append(other)
    lines = [line.text for section in build_briefing(story) for line in section.lines]
    assert not any(text.startswith("Killing") for text in lines), lines
