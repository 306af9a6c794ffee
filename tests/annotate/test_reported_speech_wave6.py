"""Reported speech, wave 6 (issue 17): the two rules kept (confirmed on a blind slice), one table row per
shape and rows for what each rule leaves alone, invented sentences only."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.annotate.entities import find_entities
from generator.annotate.quotes import find_quotes
from tests.annotate.speech_helpers import claim_pairs

# (rule, text, the claims as (by, words); by "" is an unnamed teller, shown as unattributed)
CLAIMS = [
    ("'It is believed that' is hearsay with no teller",
     "It is believed that as many as 2,000 homes have been affected.",
     [("", "It is believed that as many as 2,000 homes have been affected")]),
    ("so is 'is thought to'",
     "The suspect is thought to have fled to the coast.",
     [("", "The suspect is thought to have fled to the coast")]),
    ("and 'are understood to'",
     "Both ferries are understood to have been sold.",
     [("", "Both ferries are understood to have been sold")]),
    ("an active verb of belief tells nobody anything",
     "Jane Roe believes that the pier is safe.", []),
    ("a belief with its holder named is no hearsay",
     "The fire is thought by investigators to have started in the kitchen.", []),
    ("'feared dead' reports no clause",
     "Two climbers are feared dead after the storm.", []),
]


@pytest.mark.parametrize(("rule", "text", "expected"), CLAIMS, ids=[r[0] for r in CLAIMS])
def test_claims_have_their_teller(nlp: Language, rule: str, text: str,
                                  expected: list[tuple[str, str]]) -> None:
    assert claim_pairs(nlp, text) == expected, rule


@pytest.mark.parametrize(("text", "speaker"), [
    ("The crowd chanted \u201cWe want peace\u201d outside the court.", "The crowd"),
    ("\u201cNo more war,\u201d the marchers chanted.", "the marchers"),
])
def test_a_chant_is_quoted_speech(nlp: Language, text: str, speaker: str) -> None:
    doc = nlp(text)
    [quote] = find_quotes(doc, find_entities(doc), [])
    assert quote.speaker == speaker
