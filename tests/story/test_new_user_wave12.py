"""What a reader met first on a new story (wave 12), each a rule of English; invented text.

* An event told only inside a speaker's quotation ("“Today the board restored the old rules,” said
  Lee.", or an opening quotation that runs on into the next sentence) is that speaker's account: no
  line of the home page or the Updates log says it as what happened (the quotes page gives it with its
  speaker). An event told after the closing mark is told by the story.
* A paper ("The two letters urge ...") is no side of "What each side wants", plural or not.
* Undoing a rule is one kind of happening however it is worded ("revoked", "overturned",
  "rescinded", "the repeal"): one predicate class, so that two articles' tellings of one reversal can
  be one timeline row (with the shared participant and date the timeline asks for too).
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate.predicates import classes_of_lemmas, predicate_classes
from generator.models import Story, TimelineEntry
from generator.story.briefing import SentenceEntities, build_briefing, fact_sentence
from generator.story.parties import is_a_side
from generator.story.sentence_form import told_in_quotation
from tests.stories import make_article, source
from tests.story.harbour_story import dated

DAY = dt.date(2031, 5, 6)


@pytest.mark.parametrize(("sentence", "words", "inside"), [
    ("“Today the port board restored the old berth rules,” said Ada Lee.",
     "The port board restored the old berth rules", True),
    ("“Today the port board restored the old berth rules,” Ada Lee said.",
     "The port board restored the old berth rules", True),
    # an opening quotation that runs on into the next sentence: its marks close there
    ("\"The port board has started to mend the harm done to the harbour.",
     "The port board has started to mend the harm", True),
    # the event is told after the closing mark, by the story
    ("“We are glad,” Ada Lee said after the port board restored the old berth rules.",
     "The port board restored the old berth rules", False),
    # no quotation at all
    ("The port board restored the old berth rules on Tuesday.",
     "The port board restored the old berth rules", False),
])
def test_an_event_told_inside_a_quotation(sentence: str, words: str, inside: bool) -> None:
    assert told_in_quotation(sentence, words) is inside


def _story(*sentences: str) -> tuple[Story, TimelineEntry]:
    text = "The harbour reopened on Monday.\n\n" + " ".join(sentences)
    article = make_article("a1", "Harbour", "Quay Post", text, DAY)
    entry = TimelineEntry(id="t-restore", date=dated("2031-05-06", DAY, DAY), timex="Today",
                          text="The port board restored the old berth rules",
                          sources=[source(article, sentence) for sentence in sentences])
    return Story(title="Harbour", articles=[article], timeline=[entry]), entry


def test_an_event_only_a_quotation_tells_makes_no_line() -> None:
    story, entry = _story("“Today the port board restored the old berth rules,” said Ada Lee.")
    assert fact_sentence(entry, entry.sources, SentenceEntities(story)) is None
    lines = [line.text for section in build_briefing(story) for line in section.lines]
    assert not any("berth rules" in text for text in lines), lines


def test_the_story_s_own_telling_is_chosen_over_a_quotation() -> None:
    quoted = "“Today the port board restored the old berth rules,” said Ada Lee."
    told = "The port board restored the old berth rules that a storm had swept away in March."
    story, entry = _story(quoted, told)
    best = fact_sentence(entry, entry.sources, SentenceEntities(story))
    assert best is not None and best[1] == told


@pytest.mark.parametrize("words", [
    ("revoked",), ("overturned",), ("rescinded",), ("repeal",), ("reversal",), ("overruled",),
])
def test_undoing_a_rule_is_one_class(words: tuple[str, ...]) -> None:
    assert "revoke" in predicate_classes(words)


def test_undoing_a_rule_is_one_class_by_lemma() -> None:
    assert classes_of_lemmas(["rescind"]) & classes_of_lemmas(["overturn"]) == {"revoke"}
    assert "revoke" in classes_of_lemmas(["roll_back"])
    # "strike" with a particle is still read as a strike, and "reverse" is no attack
    assert "strike" in classes_of_lemmas(["strike_back"])
    assert not classes_of_lemmas(["reverse"]) & classes_of_lemmas(["attack"])


@pytest.mark.parametrize(("described", "side"), [
    ("The two letters", False), ("The petitions", False), ("A presidential memorandum", False),
    ("The two lawyers", True), ("Harbour pilots", True),
])
def test_papers_are_no_side(described: str, side: bool) -> None:
    """"The two letters also urge the board to ...": a paper says what its writers want; it is no
    party of "What each side wants" (the singular "letter" was one already)."""
    assert is_a_side(described) is side
