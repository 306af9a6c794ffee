"""The home page's summary bullets and "what's new" (generator/summary.py).

Stories are built by hand (see tests/stories.py) so the tests do not depend on the extractors.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from generator.annotate.nlp_info import english_stop_words
from generator.models import EventDate, Quantity, Story, TimelineEntry
from generator.story.summary import BULLET_WORDS, opens_with_anaphor, shorten, summarize, whats_new
from tests.conftest import ROOT
from tests.stories import make_article, make_story, source

# A story about a harbour strike: every sentence shares its words, so all are central; the first
# one says the most but opens by pointing back at an outlet it does not name.
STRIKE = (
    "The outlet said the harbour strike by dock workers over pay stopped the port of Eastmouth. "
    "Dock workers at the port of Eastmouth began a strike over pay on Monday. "
    "The harbour strike left ships waiting outside the port of Eastmouth. "
    "Union leaders said the dock workers strike over pay will go on at the port. "
    "Port managers offered dock workers a pay rise to end the harbour strike."
)


def strike_story() -> Story:
    article = make_article("strike", "Strike at the port", "Coast News", STRIKE, dt.date(2024, 5, 6))
    return Story(title="Port strike", articles=[article])


def test_sentences_that_point_back_are_recognised() -> None:
    for text in (
        "The outlet highlighted that the talks failed.",
        "It was the third vote this year.",
        "They left before the vote.",
        "This is the largest budget so far.",
        "But the council disagreed.",
    ):
        assert opens_with_anaphor(text), text
    for text in (
        "The council approved the budget.",
        "Mayor Dana Whitfield praised the vote.",
        "Italy's outlet for olive oil grew.",
        "Thousands marched on Sunday.",
    ):
        assert not opens_with_anaphor(text), text


def test_summary_prefers_sentences_that_stand_on_their_own() -> None:
    texts = [point.sentence.text for point in summarize(strike_story(), limit=3)]
    assert texts and not texts[0].startswith("The outlet")
    assert all(not opens_with_anaphor(text) for text in texts)


def test_long_sentences_are_cut_at_a_clause_boundary() -> None:
    words = [f"w{n}" for n in range(40)]
    text = " ".join(words[:20]) + ", " + " ".join(words[20:]) + "."
    short = shorten(text)
    assert short == " ".join(words[:20]) + "…"  # the comma after 20 words, not the 30-word limit
    assert len(short.split()) <= BULLET_WORDS
    no_clause = " ".join(words) + "."
    assert shorten(no_clause) == " ".join(words[:BULLET_WORDS]) + "…"
    early_comma = "Yes, " + " ".join(words) + "."
    assert len(shorten(early_comma).split()) == BULLET_WORDS  # a cut after one word would be a stub
    assert shorten("A short sentence stays whole.") == "A short sentence stays whole."


def test_summary_points_offer_the_shortened_text() -> None:
    for point in summarize(make_story()):
        assert point.short == shorten(point.sentence.text)


def _year_event(story: Story) -> TimelineEntry:
    newest = story.articles[1]
    year = EventDate(value="2024", edtf="2024", start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31))
    return TimelineEntry(
        id="t-year", date=year, text="The budget adds 12 new library staff positions.", timex="2024",
        sources=[source(newest, "The budget adds 12")], outlets=["Valley Post"],
    )  # fmt: skip


def test_whats_new_prefers_precise_facts_and_one_per_sentence() -> None:
    story = make_story()
    newest = story.articles[1]
    story.timeline.insert(0, _year_event(story))
    again = Quantity(
        id="q-staff-again", text="12", value=12, about="positions",
        sources=[source(newest, "12 new library staff")], outlets=["Valley Post"],
    )  # fmt: skip
    story.quantities.append(again)
    news = whats_new(story)
    assert news is not None
    ids = [fact.id for fact in news.facts]
    assert "q-library-staff" in ids
    assert "q-staff-again" not in ids  # the same sentence is already listed through q-library-staff
    assert "t-year" not in ids  # a year-wide date from that sentence too


def test_whats_new_leaves_out_loose_events_when_there_are_precise_facts() -> None:
    story = make_story()
    newest = story.articles[1]
    event = _year_event(story)
    event.sources = [source(newest, "Whitfield called the vote")]  # a sentence with no other fact
    story.timeline.insert(0, event)
    news = whats_new(story)
    assert news is not None
    ids = [fact.id for fact in news.facts]
    assert "q-library-staff" in ids and "t-year" not in ids
    for other in (story.quantities, story.claims, story.quotes):
        other.clear()
    story.timeline = [event]
    news = whats_new(story)
    assert news is not None and [fact.id for fact in news.facts] == ["t-year"]  # better than nothing


def test_stop_words_are_spacys_without_importing_spacy() -> None:
    code = (
        "import sys\nfrom generator.annotate.nlp_info import english_stop_words\n"
        "words = english_stop_words()\nprint(len(words), 'spacy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    count, imported = done.stdout.split()
    from spacy.lang.en.stop_words import STOP_WORDS

    assert int(count) == len(STOP_WORDS) and imported == "False"
    assert english_stop_words() == frozenset(STOP_WORDS)
