"""An event's words that hold no verb with tense (wave 10): a participle phrase dated apart from its
clause ("killing Vera Lund, 41, ... in 2019") is marked `finite=False`, so that no line shows it alone
(tests/story/test_line_form_wave10.py). Invented text."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.timex.events import attach_events
from generator.annotate.timex.find import find_timexes

DAY = dt.date(2025, 4, 3)


@pytest.fixture(scope="module")
def nlp() -> Language:
    from generator.annotate.nlp import load_pipeline

    return load_pipeline("en_core_web_sm")


def _events(nlp: Language, text: str) -> dict[str, tuple[str, bool]]:
    doc = nlp(text)
    timexes = find_timexes(text, DAY, doc)
    attach_events(timexes, doc)
    return {t.text: (t.event.text, t.event.finite) for t in timexes if t.event is not None}


@pytest.mark.parametrize(("sentence", "timex", "finite"), [
    # a participle phrase dated apart from its clause: no verb with tense in what is kept
    ("Jurors saw the harbour camera footage on Friday as the pair stood trial over stabbing Vera Lund, "
     "41, a ferry clerk, in 2019 and hurting two deckhands, among them a cadet.", "2019", False),
    ("Jon Roe was once held for strolling along Pier Road waving a flare pistol three years ago, "
     "the harbour master recalled.", "three years ago", False),
    # clauses with a verb that has tense, an auxiliary or a modal
    ("The ferry hit the pier on Friday, injuring four passengers.", "Friday", True),
    ("Carrying a rope, the skipper ran along the quay on Monday.", "Monday", True),
    ("Fighting broke out near the harbour on Friday.", "Friday", True),
    ("A ferry captain was rescued on Monday after two days at sea.", "Monday", True),
    ("The board will meet on Tuesday.", "Tuesday", True),
])
def test_annotate_marks_an_event_whose_words_hold_no_finite_verb(nlp: Language, sentence: str, timex: str,
                                                                 finite: bool) -> None:
    events = _events(nlp, sentence)
    assert timex in events, events
    assert events[timex][1] is finite, events[timex]


def test_a_verb_with_tense_in_a_clause_under_the_participle_does_not_count(nlp: Language) -> None:
    events = _events(nlp, "A gunman fired from a roof in 2019, killing Vera Lund in October 2019 and "
                          "wounding two others as he targeted a rival gang.")
    assert events["October 2019"][1] is False, events
