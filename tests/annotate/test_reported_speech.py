"""Reported speech, wave 5 (issue 17): who speaks and who tells, one table row per rule of English news
writing, invented sentences only."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.annotate.speech_helpers import tagged_claims, tagged_quotes

# (rule, text, the last quotation's speaker)
LAST_QUOTE_SPEAKERS = [
    ("a name whose own speech is about 'she' is a person, whatever the tagger typed it",
     "“We counted every vote,” Irina Pavlova, a clerk at a polling station, told AFP. In a town north "
     "of the port, 31-year-old Aynur said she had walked an hour to vote. “I chose the teacher. He "
     "understands farm life,” she said.", "Aynur"),
    ("a long apposition between the speaker and the speech verb",
     "“Hardly anyone has put up a poster. I have not chosen a candidate yet,” Aygul, a shopkeeper in "
     "the old town who asked that her family name be withheld because she feared trouble at work, told "
     "the French news agency.", "Aygul"),
    ("what follows 'told' is the listener, not the speaker",
     "“Whoever wins, nothing changes here,” Berdi-aga, who keeps goats on a dry hillside far from any "
     "road, told the British news agency.", "Berdi-aga"),
    ("a title the tagger split off a name stands for the name",
     "“She was badly frightened,” said Sgt. Ronny Vale with the Port Authority Police.",
     "Ronny Vale"),
    ("titles and adjectives before a name run on to the name",
     "“We know about the matter concerning Darnell,” club general manager T.R. Hollis said in a statement.",
     "T.R. Hollis"),
    ("a quotation goes on with the speaker named by a long attribution just before it",
     "“It was awful to watch,” said Marisa Quinn, a news director at a radio station. “The car shot "
     "forward. Everyone was running.”", "Marisa Quinn"),
    ("two apostrophes typed for a double mark open and close a quotation",
     "''The crash could not have been survived,'' Inspector Ray Tolland said.", "Ray Tolland"),
    ("an unknown speaker is kept as the article names them",
     "Delacroix said she heard someone yell, “The roof is going,” and ran.", "someone"),
]


@pytest.mark.parametrize(("rule", "text", "speaker"), LAST_QUOTE_SPEAKERS,
                         ids=[r[0] for r in LAST_QUOTE_SPEAKERS])
def test_the_last_quotation_has_its_speaker(nlp: Language, rule: str, text: str, speaker: str) -> None:
    found = tagged_quotes(nlp, text)
    assert found and found[-1].speaker == speaker, rule


# (rule, text, the claims as (by, words) pairs; by "" is an unnamed teller, shown as unattributed)
CLAIMS = [
    ("'testified' states what follows it",
     "A DNA expert testified that the man fathered the child.",
     [("A DNA expert", "the man fathered the child")]),
    ("'bragged' reports speech, nested in what another says",
     "A witness told police that Tom Poe bragged to him that the theft would never be solved.",
     [("A witness", "Tom Poe bragged to him that the theft would never be solved"),
      ("Tom Poe", "the theft would never be solved")]),
    ("an infinitive of speech takes the subject of the verb it hangs on",
     "The lawyers went on to acknowledge that the evidence was thin.",
     [("The lawyers", "the evidence was thin")]),
    ("so does a purpose clause",
     "The mayor called a meeting to announce that the pier would close.",
     [("The mayor", "the pier would close")]),
    ("a statement made with a noun ('made statements that')",
     "Tom Poe had made statements to his friends that the pier was unsafe.",
     [("Tom Poe", "the pier was unsafe")]),
    ("'did not want' is neither a demand nor a denial",
     "Tom Poe did not want another dog.", []),
    ("passive hearsay with no teller keeps its words and names nobody",
     "The fire is said to have started in the kitchen.",
     [("", "The fire is said to have started in the kitchen")]),
    ("'it was reported that' names nobody either",
     "It was reported that the mayor resigned.",
     [("", "It was reported that the mayor resigned")]),
    ("a bare 'some' tells without naming anyone",
     "Some have said that the pier was never safe.",
     [("", "Some have said that the pier was never safe")]),
    ("a passive with its agent is not unattributed",
     "The fire was reported by a neighbour to have started in the kitchen.", []),
    ("'they' stands for the plural people subject of the sentence before",
     "Harbor Police stopped the van on Monday. They say the driver smelled of beer.",
     [("Harbor Police", "the driver smelled of beer")]),
    ("'they' with no people before it names nobody, and gives no claim",
     "The beams cracked in May. They say the repairs will take a year.", []),
]


@pytest.mark.parametrize(("rule", "text", "expected"), CLAIMS, ids=[r[0] for r in CLAIMS])
def test_claims_have_their_teller(nlp: Language, rule: str, text: str,
                                  expected: list[tuple[str, str]]) -> None:
    assert [(c.by, c.text) for c in tagged_claims(nlp, text)] == expected, rule


def test_two_apostrophes_quote_the_words_between_them(nlp: Language) -> None:
    [quote] = tagged_quotes(nlp, "''Resources are tight. It has been hard,'' Inspector Ray Tolland said.")
    assert quote.text == "Resources are tight. It has been hard"


def test_declining_to_say_is_not_saying(nlp: Language) -> None:
    [claim] = tagged_claims(
        nlp, "The rabbi, Saul Menkin, declined to say whether the synagogue had been warned.")
    assert (claim.by, claim.polarity) == ("Saul Menkin", "negative")
    [claim] = tagged_claims(nlp, "Tina Roe declined, telling Tom Poe that she did not believe in luck.")
    assert (claim.by, claim.polarity) == ("Tina Roe", "positive")


def test_hearsay_and_plain_statements_are_stated_not_denied(nlp: Language) -> None:
    found = tagged_claims(
        nlp, "The fire is said to have started in the kitchen. Tom Poe said the pier was unsafe.")
    assert [(c.mood, c.polarity) for c in found] == [("statement", "positive")] * 2
