"""Reported speech, wave 8 (issue 17): a company described by an epithet ("the chip giant") is
the company that is the subject just before it; rows for what the rule leaves alone. Invented
sentences only."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.annotate.speech_helpers import tagged_claims


def last_teller(nlp: Language, text: str) -> str | None:
    found = tagged_claims(nlp, text)
    return found[-1].by if found else None


# (case, text, the teller of the last claim)
EPITHETS = [
    ("an epithet in the next sentence",
     "Intel on Monday shipped a repair for its newest processor. "
     "The chip giant said the repair slows no program.", "Intel"),
    ("'the company' with no legal designator in the name",
     "Microsoft shipped a new tablet on Friday. The company said the tablet sold out within hours.",
     "Microsoft"),
    ("the subject, not another organisation named after it",
     "Microsoft sued Google over a patent on Tuesday. "
     "The software maker said the patent covers mail filters.",
     "Microsoft"),
]
LEFT_ALONE = [
    ("a person as the subject before is no company",
     "Dana Lund closed the bakery on Friday. The firm said the lease had run out.", "The firm"),
    ("an organisation named too far back is not taken",
     "Microsoft released a fix. The weather was cold. Roads were icy. Schools were shut. "
     "The software giant said the fix was ready.", "The software giant"),
    ("'a company' brings in a new one",
     "Microsoft released a fix on Monday. A company said the fix was late.", "A company"),
]


@pytest.mark.parametrize(("case", "text", "teller"), EPITHETS + LEFT_ALONE,
                         ids=[row[0] for row in EPITHETS + LEFT_ALONE])
def test_a_company_epithet_is_the_company_named_as_subject_just_before(nlp: Language, case: str, text: str,
                                                                       teller: str) -> None:
    assert last_teller(nlp, text) == teller, case
