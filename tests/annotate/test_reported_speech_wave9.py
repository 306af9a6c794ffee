"""Quotations, wave 9 (issue 17): a quotation that completes a verb of saying or naming (its object,
the object's predicate, the object of "as") is the words of that verb's subject, however short, and
is never taken for a scare quote; rows for what the rule leaves alone. Invented sentences only."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.annotate.speech_helpers import quotes_by_text

# (case, text, the quoted words, their speaker)
COMPLEMENTS = [
    ("the object's predicate of 'called'",
     'Earlier this month, Dana Lund called her deputy a "true leader" for how she ran the depot.',
     "true leader", "Dana Lund"),
    ("the object of 'as' after 'described'",
     'Ray Okafor described the repairs as "long overdue" and left the meeting.',
     "long overdue", "Ray Okafor"),
    ("'labelled … as'",
     'Northwind labelled the fault as "severe," the highest grade on its scale.',
     "severe", "Northwind"),
    ("a relative 'what X called'",
     'The council rejected what Ray Okafor called a "reckless gamble" with the harbour funds.',
     "reckless gamble", "Ray Okafor"),
    ("the object of a verb of shouting",
     'The marchers chanted "shame on you" and waved banners outside the hall.',
     "shame on you", "The marchers"),
]
LEFT_ALONE = [
    ("'so-called' names nobody", 'The so-called "reform" passed on Monday after a long debate.'),
    ("a passive with no agent", 'The flaw is termed a "zero day" because nobody knew of it.'),
    ("a quoted modifier of a noun", 'The board praised the "temporary" closure of the old pier.'),
]


@pytest.mark.parametrize(("case", "text", "words", "speaker"), COMPLEMENTS,
                         ids=[row[0] for row in COMPLEMENTS])
def test_a_quotation_completing_a_verb_of_saying_or_naming_is_its_subjects(
        nlp: Language, case: str, text: str, words: str, speaker: str) -> None:
    quote = quotes_by_text(nlp, text)[words]
    assert quote.speaker == speaker, case
    assert quote.completes_verb, case


@pytest.mark.parametrize(("case", "text"), LEFT_ALONE, ids=[row[0] for row in LEFT_ALONE])
def test_a_scare_quote_completing_nothing_stays_out(nlp: Language, case: str, text: str) -> None:
    assert quotes_by_text(nlp, text) == {}, case
