"""Reported speech, wave 6 (issue 17): grammatical rules for the error classes of the tuning part, one
table row per rule (and a row for what each rule leaves alone), invented sentences only."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.annotate.claims import find_claims
from generator.annotate.entities import find_entities
from generator.annotate.quotes import find_quotes


def claims(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(c.by, c.text) for c in find_claims(doc, find_entities(doc))]


# (rule, text, the claims as (by, words); by "" is an unnamed teller, shown as unattributed)
CLAIMS = [
    ("a participle after a reported clause is said by that clause's subject",
     "Harbor Police stopped Tom Gray on Monday. They say he was uncooperative and refused to leave his "
     "van, saying that officers would need to kill him.",
     [("Harbor Police", "he was uncooperative and refused to leave his van"),
      ("Tom Gray", "officers would need to kill him")]),
    ("'adding' goes on with the reporter's own words",
     "Jane Roe said on Monday that the plan would fail, adding that the council had ignored the experts.",
     [("Jane Roe", "the plan would fail"), ("Jane Roe", "the council had ignored the experts")]),
    ("a participle after a clause whose subject cannot speak stays the reporter's",
     "The governor ordered a review on Monday, saying that the harbor had been neglected for years.",
     [("The governor", "the harbor had been neglected for years")]),
    ("a parenthetical right after a preposition reports the phrase it opens",
     "Tom Gray was shot on Saturday night after, police say, pointing a gun at approaching officers.",
     [("police", "pointing a gun at approaching officers")]),
    ("a parenthetical right after a conjunction reports the clause it opens",
     "The pier closed because, officials said, the beams had cracked.",
     [("officials", "the beams had cracked")]),
    ("a parenthetical after the subject still reports the whole clause",
     "The plan, the mayor said, would cost a billion dollars.",
     [("the mayor", "The plan would cost a billion dollars")]),
    ("'It is believed that' is hearsay with no teller",
     "It is believed that as many as 2,000 homes have been affected.",
     [("", "It is believed that as many as 2,000 homes have been affected")]),
    ("so is 'is thought to'",
     "The suspect is thought to have fled to the coast.",
     [("", "The suspect is thought to have fled to the coast")]),
    ("an active verb of belief tells nobody anything",
     "Jane Roe believes that the pier is safe.", []),
    ("a claim whose words end in a quotation keeps the quotation",
     "Jane Roe said that reviving the old review \u201cwill result in even greater delays.\u201d",
     [("Jane Roe", "reviving the old review \u201cwill result in even greater delays.\u201d")]),
    ("a content that is nearly all quotation is left to the quote",
     "Jane Roe said the ferry \u201cwill never sail again.\u201d", []),
]


@pytest.mark.parametrize(("rule", "text", "expected"), CLAIMS, ids=[r[0] for r in CLAIMS])
def test_claims_have_their_teller(nlp: Language, rule: str, text: str,
                                  expected: list[tuple[str, str]]) -> None:
    assert claims(nlp, text) == expected, rule


@pytest.mark.parametrize(("text", "speaker"), [
    ("The crowd chanted \u201cWe want peace\u201d outside the court.", "The crowd"),
    ("\u201cNo more war,\u201d the marchers chanted.", "the marchers"),
])
def test_a_chant_is_quoted_speech(nlp: Language, text: str, speaker: str) -> None:
    doc = nlp(text)
    [quote] = find_quotes(doc, find_entities(doc), [])
    assert quote.speaker == speaker
