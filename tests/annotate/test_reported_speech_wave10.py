"""Reported speech, wave 10 (issue 17): accusations as claims, and a short quotation that is a
sentence of its own going on with the speaker before; with rows for what each rule leaves alone.
Invented sentences only. (The wave's dropped candidates, with their tests, are in commit 5b03869.)"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.annotate.speech_helpers import claims, quotes_by_text

# (case, text, the claim's words, its teller)
ACCUSATIONS = [
    ("'accused Y of' a gerund",
     "Dana Lund, the mayor of Westbrook, accused the harbour board of hiding the repair costs from voters.",
     "the harbour board of hiding the repair costs from voters", "Dana Lund"),
    ("a participle speaks for the clause's subject",
     "Last week, Northwind filed a second complaint with the regulator, accusing Southgate of dumping "
     "waste in the river.",
     "Southgate of dumping waste in the river", "Northwind"),
    ("'blamed Y for'",
     "The union blamed the new manager for the delays at the depot.",
     "the new manager for the delays at the depot", "The union"),
]
NO_ACCUSATION = [
    ("a passive names no accuser", "Ray Okafor was accused of fraud in 2019."),
    ("'blamed' with no 'for' states no act", "Officials blamed the weather."),
]


@pytest.mark.parametrize(("case", "text", "words", "teller"), ACCUSATIONS,
                         ids=[row[0] for row in ACCUSATIONS])
def test_an_accusation_is_the_accusers_claim(nlp: Language, case: str, text: str, words: str,
                                             teller: str) -> None:
    found = {c.text: c for c in claims(nlp, text)}
    assert words in found, (case, list(found))
    claim = found[words]
    assert (claim.by, claim.kind, claim.mood, claim.polarity) == (
        teller, "statement", "statement", "positive")


@pytest.mark.parametrize(("case", "text"), NO_ACCUSATION, ids=[row[0] for row in NO_ACCUSATION])
def test_no_accuser_no_claim(nlp: Language, case: str, text: str) -> None:
    assert claims(nlp, text) == [], case


def test_a_short_quotation_that_is_a_sentence_goes_on_with_the_speaker(nlp: Language) -> None:
    text = '"Would we have won without him?" Dana Lund asked.\n\n"No."\n\nThe team flew home on Sunday.'
    found = quotes_by_text(nlp, text)
    assert found["No."].speaker == "Dana Lund"


@pytest.mark.parametrize(("case", "text"), [
    ("no speaker before it", '"Cheers." The crowd left the hall.'),
    ("a scare quote inside a sentence", 'The plan was "dead on arrival." Voters agreed.'),
])
def test_a_short_quotation_with_no_speaker_to_go_on_stays_out(nlp: Language, case: str, text: str) -> None:
    assert quotes_by_text(nlp, text) == {}, case
