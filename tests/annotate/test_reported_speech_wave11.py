"""Reported speech, wave 11 (issue 17): a numeral opening an inverted speaker ("said one young man"),
an attribution closing its sentence after the claim, and passive disclosures with no teller; with rows
for what each rule leaves alone. Invented sentences only."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.annotate.claims import REPORT_VERBS, STATEMENT_VERBS
from generator.annotate.doc_quotes import doc_quoted_token_ids
from generator.annotate.trailing_attributions import trailing_attribution
from tests.annotate.speech_helpers import claims, quotes_by_text
from tests.fixtures.facts.demo import parse

# (case, text, {quotation: the speaker's last word})
NUMERAL_SPEAKERS = [
    ("one, with a long aside before the quotation goes on",
     "“What I want to say,” said one old woman, a wool scarf wrapped around her grey head, “is that we "
     "are tired of waiting. Because nobody listens. The council failed us.”",
     {"What I want to say": "woman",
      "is that we are tired of waiting. Because nobody listens. The council failed us.": "woman"}),
    ("two, and the next quotation goes on with them",
     "“We saw the smoke first,” said two fishermen, both still in their boots. “Then the flames came "
     "over the hill.”",
     {"We saw the smoke first": "fishermen", "Then the flames came over the hill.": "fishermen"}),
]


@pytest.mark.parametrize(("case", "text", "speakers"), NUMERAL_SPEAKERS,
                         ids=[r[0] for r in NUMERAL_SPEAKERS])
def test_a_numeral_opens_the_inverted_speaker(nlp: Language, case: str, text: str,
                                              speakers: dict[str, str]) -> None:
    found = quotes_by_text(nlp, text)
    for words, last in speakers.items():
        assert words in found, (case, list(found))
        assert (found[words].speaker or "").split()[-1] == last, (case, words, found[words].speaker)


# (case, text, the claim's first words, its teller)
TRAILING = [
    ("inverted, a description after the name that the parse takes for the words said",
     "A harbour worker was on the dock within minutes, said yard supervisor Tom Arlen, ready to move "
     "the cranes away from the fire.",
     "A harbour worker was on the dock within minutes", "Tom Arlen"),
    ("subject first, after a colon, the verb hung inside the claim",
     "The league has finally picked its new commissioner: Dana Lund is officially set to replace the "
     "retiring Tom Berg as the board's leader, chairman Ray Okafor announced on the league's website "
     "Sunday.",
     "The league has finally picked its new commissioner", "Ray Okafor"),
    ("the usual short tail still gives the same claim",
     "The plant will close in June, the company said Friday.",
     "The plant will close in June", "the company"),
]
NOT_TRAILING = [
    ("no speech verb in the tail", "The bridge will reopen in May, and the crowd cheered loudly."),
]
# (case, text): the surface reading gives nothing (whatever the parse gives on its own)
NOT_TRAILING_SURFACE = [
    ("a subordinate clause before the comma",
     "When the ferry left the harbour at noon, the captain announced."),
    ("an object after the verb", "The ferry left the harbour at noon, the captain said a prayer."),
    ("a quotation before the comma", "“The ferry left the harbour at noon,” the captain said."),
]


@pytest.mark.parametrize(("case", "text", "words", "teller"), TRAILING, ids=[r[0] for r in TRAILING])
def test_a_trailing_attribution_tells_the_clause_before_it(nlp: Language, case: str, text: str, words: str,
                                                           teller: str) -> None:
    found = {c.text: c for c in claims(nlp, text)}
    claim = next((c for text_, c in found.items() if text_.startswith(words)), None)
    assert claim is not None, (case, list(found))
    assert (claim.by, claim.mood, claim.polarity) == (teller, "statement", "positive"), case


@pytest.mark.parametrize(("case", "text"), NOT_TRAILING, ids=[r[0] for r in NOT_TRAILING])
def test_no_trailing_attribution(nlp: Language, case: str, text: str) -> None:
    assert not [c for c in claims(nlp, text) if c.by], case


@pytest.mark.parametrize(("case", "text"), NOT_TRAILING_SURFACE, ids=[r[0] for r in NOT_TRAILING_SURFACE])
def test_no_trailing_attribution_on_the_surface(nlp: Language, case: str, text: str) -> None:
    doc = parse(nlp, text).doc
    inside = doc_quoted_token_ids(doc)
    verbs = STATEMENT_VERBS | REPORT_VERBS
    assert all(trailing_attribution(s, inside, verbs) is None for s in doc.sents), case


DISCLOSED = [
    ("revealed", "The bakery will close in March, but it has been revealed that the owners will open a "
                 "cafe in the old mill.", "the owners will open a cafe"),
    ("announced", "It was announced that the mayor would resign in June.", "the mayor would resign"),
    ("confirmed", "It has been confirmed that the school will reopen after the holidays.",
     "the school will reopen"),
]
NOT_DISCLOSED = [
    ("an agent names the teller", "It was announced by the council that the pool would close.",
     "the council"),
]


@pytest.mark.parametrize(("case", "text", "words"), DISCLOSED, ids=[r[0] for r in DISCLOSED])
def test_a_passive_disclosure_has_no_teller(nlp: Language, case: str, text: str, words: str) -> None:
    found = [c for c in claims(nlp, text) if words in c.text]
    assert found, (case, [c.text for c in claims(nlp, text)])
    assert all(not c.by for c in found), (case, [c.by for c in found])


@pytest.mark.parametrize(("case", "text", "teller"), NOT_DISCLOSED, ids=[r[0] for r in NOT_DISCLOSED])
def test_a_named_agent_is_no_hearsay(nlp: Language, case: str, text: str, teller: str) -> None:
    assert all(c.by for c in claims(nlp, text)), case
