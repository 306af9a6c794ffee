"""A reciprocal accusation is no one's claim (wave 11, a rule of English; invented sentences).

"They accused one another of X": each side accuses the other, so no single teller states it, and its
words ("one another of X") say nothing on their own; before, "they" went to the nearest group that
spoke earlier, and the pages showed "Said: one another of X" under that group. An accusation of a
third party by the same subject stays a claim."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.annotate.test_reported_speech_wave10 import claims

RECIPROCAL = [
    ("'one another' after a group that spoke",
     "The ferry crews denied they had sailed late. Ties between the two rival lines have soured. "
     "They have accused one another of poaching passengers on their sides of the bay."),
    ("'each other', 'blamed ... for'", "The two ferry lines blamed each other for the collision."),
    ("named parties", "Northwind and Southgate accused each other of dumping waste in the river."),
]


@pytest.mark.parametrize(("case", "text"), RECIPROCAL, ids=[row[0] for row in RECIPROCAL])
def test_a_reciprocal_accusation_makes_no_claim(nlp: Language, case: str, text: str) -> None:
    found = [claim.text for claim in claims(nlp, text)]
    reciprocal = [claim for claim in found if "one another" in claim or "each other" in claim]
    assert not reciprocal, (case, found)


def test_the_same_subject_accusing_a_third_party_is_a_claim(nlp: Language) -> None:
    found = {claim.text: claim.by for claim in claims(
        nlp, "The two ferry lines accused the harbour board of dumping waste in the river.")}
    assert found.get("the harbour board of dumping waste in the river") == "The two ferry lines", found
