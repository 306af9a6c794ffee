"""The story stage's scare-quote filter (issue 17, wave 9): a quotation completing its verb ("called
it “a sham”") is never a scare quote; the same words completing nothing are. Invented sentences
only."""

from __future__ import annotations

import pytest

from generator.models import QuoteMention, Source
from generator.story.grouping import Occurrence
from generator.story.merge import is_scare_quote


def occurrence(sentence: str, words: str, completes_verb: bool = False) -> Occurrence[QuoteMention]:
    start = sentence.index(words)
    mention = QuoteMention(start=start, end=start + len(words), text=words, sentence=0, speaker="Roe",
                           completes_verb=completes_verb)
    source = Source(article="a", start=0, end=len(sentence), sentence=sentence)
    return Occurrence(article="a", position=0, mention=mention, source=source, sentence_start=0,
                      sentence_end=len(sentence))


# (case, sentence, quoted words, completes its verb, a scare quote)
ROWS = [
    ("the object of 'called' is the speaker's words",
     'Roe called the plan "a sham," and walked out of the hall.', "a sham", True, False),
    ("the same words completing no verb are a scare quote",
     'Roe said the "temporary" closure of the pier will last a year.', "temporary", False, True),
    ("a short quotation ending its clause is no scare quote",
     'Roe said the plan was "a sham". Nobody objected.', "a sham", False, False),
]


@pytest.mark.parametrize(("case", "sentence", "words", "completes", "scare"), ROWS, ids=[r[0] for r in ROWS])
def test_scare_quotes(case: str, sentence: str, words: str, completes: bool, scare: bool) -> None:
    assert is_scare_quote(occurrence(sentence, words, completes)) is scare, case
