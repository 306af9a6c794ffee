"""Scheduled and planned happenings lie ahead of the telling (invented sentences): a date fixed by a
rescheduling verb, a directive, a present-tense prospect verb or a schedule told in the plain present
is read forward, both from the parse and from cue words, and is no bound on the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate.timex.find import find_timexes
from generator.annotate.timex.publication import estimate_publication_date
from generator.annotate.timex.tense import _tense_from_parse, clause_tense

PUBLISHED = dt.date(2031, 5, 20)

# (sentence, the date as written, its value read against PUBLISHED)
SCHEDULED = [
    ("The fraud trial is set for June 5.", "June 5", "2031-06-05"),
    ("The landlord faces arraignment on April 2.", "April 2", "2032-04-02"),
    ("The inquest was postponed until April 2.", "April 2", "2032-04-02"),
    ("The hearing was adjourned to April 2.", "April 2", "2032-04-02"),
    ("The sentencing was set for April 2.", "April 2", "2032-04-02"),
    ("The driver was ordered to return to court on April 2.", "April 2", "2032-04-02"),
    ("The council meets next week and again in March.", "March", "2032-03"),
    ("The former mayor awaits sentencing on April 2.", "April 2", "2032-04-02"),
]

# The same verbs telling what was: still read backwards.
TOLD = [
    ("The landlord faced charges on April 2.", "April 2", "2031-04-02"),
    ("The inquest was held on April 2.", "April 2", "2031-04-02"),
    ("The council met again in March.", "March", "2031-03"),
    ("The driver returned to court on April 2.", "April 2", "2031-04-02"),
    ("The hearing moved from April 2 to a larger room.", "April 2", "2031-04-02"),
    ("The mayor was able to meet the families on April 2.", "April 2", "2031-04-02"),
]


def _tense(nlp, sentence: str, written: str) -> str:
    doc = nlp(sentence)
    return _tense_from_parse(doc, [token.idx for token in doc], sentence.index(written))


def _value(nlp, sentence: str, written: str) -> str:
    timexes = [t for t in find_timexes(sentence, PUBLISHED, nlp(sentence)) if t.text == written]
    assert timexes, f"{written!r} not found"
    return timexes[0].value


@pytest.mark.parametrize(("sentence", "written", "value"), SCHEDULED, ids=[c[0] for c in SCHEDULED])
def test_a_scheduled_date_lies_ahead(nlp, sentence, written, value):
    assert _tense(nlp, sentence, written) == "future"
    assert _value(nlp, sentence, written) == value
    start = sentence.index(written)
    assert clause_tense(sentence, start, start + len(written)) == "future"  # without a parse too


@pytest.mark.parametrize(("sentence", "written", "value"), TOLD, ids=[c[0] for c in TOLD])
def test_the_same_verbs_telling_what_was_stay_past(nlp, sentence, written, value):
    assert _tense(nlp, sentence, written) != "future"
    assert _value(nlp, sentence, written) == value


@pytest.mark.parametrize("sentence", [
    "The coach faces charges that he was driving without a licence in June 2030.",  # a clause between
    "The family moved to the capital in June 2030.",  # "moved to" a place, not to a date
])
def test_cue_words_keep_a_past_date_inside_a_prospect_or_a_move(sentence):
    start = sentence.index("June 2030")
    assert clause_tense(sentence, start, start + len("June 2030")) == "past"


@pytest.mark.parametrize("scheduled", [
    "A hearing is set for June 9, 2031.",
    "The lender faces a court hearing on June 9, 2031.",
    "The vote was postponed until June 9, 2031.",
])
def test_a_scheduled_day_is_no_publication_bound(scheduled):
    text = f"The bridge closed on May 18, 2031, after cracks were found. {scheduled}"
    assert estimate_publication_date(text, None) == dt.date(2031, 5, 18)
