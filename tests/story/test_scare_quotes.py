"""The story stage's scare-quote filter (issue 17, wave 9): a comma inside the closing mark does not
end the clause, and a quotation completing its verb ("called it “a sham”") is never a scare quote.
Invented sentences only."""

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
    ("a comma inside the closing mark, the clause runs on",
     "Roe said the mill, known as \u201cthe Hub,\u201d will close in May.", "the Hub", False, True),
    ("the same with straight marks",
     'Roe said the mill, known as "the Hub," will close in May.', "the Hub", False, True),
    ("a comma outside the mark ends the clause",
     'Roe said the mill was known as "the Hub", and nobody objected.', "the Hub", False, False),
    ("the object of 'called' is the speaker's words",
     'Roe called the plan "a sham," and walked out of the hall.', "a sham", True, False),
    ("the same words completing no verb are a scare quote",
     'Roe called the plan "a sham," and walked out of the hall.', "a sham", False, True),
]


@pytest.mark.parametrize(("case", "sentence", "words", "completes", "scare"), ROWS, ids=[r[0] for r in ROWS])
def test_scare_quotes(case: str, sentence: str, words: str, completes: bool, scare: bool) -> None:
    assert is_scare_quote(occurrence(sentence, words, completes)) is scare, case
