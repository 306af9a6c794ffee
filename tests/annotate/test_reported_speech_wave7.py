"""Reported speech, wave 7 (issue 17): the rules kept (each confirmed on a slice not read while writing
it): who "he" and "she" are by the parse, and no sentence break inside "Sgt. Jane Roe"; one table row
per shape and rows for what each rule leaves alone, invented sentences only."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.annotate.entities import find_entities
from generator.annotate.quotes import find_quotes
from tests.annotate.speech_helpers import claim_pairs

# (rule, text, the speaker of the last claim)
PRONOUNS = [
    ("an inverted 'said X' is the speaker 'he' goes on with",
     "Dan Poe failed a breath test near the bridge, said Officer Tom Baker. "
     "He said the test was repeated at the station.", "Tom Baker"),
    ("a name inside the clause 'he said' reports is not its speaker",
     "An officer stopped Dan Poe near the bridge, said Officer Tom Baker. "
     "Poe was on probation for an earlier arrest, he said.", "Tom Baker"),
    ("'she' is not a man named with 'Mr.'",
     "Mr. Lee met Mrs. Roe on Monday. She said the deal was done.", "Roe"),
    ("'he' is not a plural name ('Harbor Police')",
     "Minutes later, Harbor Police saw the van Dan Roe was driving. "
     "They tried to stop Roe, but he refused to get out, saying that he was innocent.", "Dan Roe"),
    ("left alone: the subject of a clause before it in its own sentence",
     "When Dana Roe met the board, she said the plan was dead.", "Dana Roe"),
    ("left alone: the main subject of the sentence before",
     "Jo Lund visited the depot on Friday. She said the tanks were safe.", "Jo Lund"),
]


@pytest.mark.parametrize(("rule", "text", "speaker"), PRONOUNS, ids=[r[0] for r in PRONOUNS])
def test_a_pronoun_speaker_is_the_agreeing_subject_before_it(nlp: Language, rule: str, text: str,
                                                             speaker: str) -> None:
    found = claim_pairs(nlp, text)
    assert found and found[-1][0] == speaker, (rule, found)


def test_a_pronoun_in_a_quote_attribution_follows_the_same_rule(nlp: Language) -> None:
    text = ("Dan Poe failed a breath test near the bridge, said Officer Tom Baker. "
            "\u201cWe tested him twice at the station,\u201d he said.")
    doc = nlp(text)
    [quote] = find_quotes(doc, find_entities(doc), [])
    assert quote.speaker == "Tom Baker"


@pytest.mark.parametrize(("text", "sentences"), [
    ("Please call Sgt. Dana Roe at the station. The desk is open all night.", 2),
    ("The bill was filed by Rep. Ivo Marek and Sen. Jo Lund on Monday.", 1),
    ("Nobody called the sgt. Dana Roe came later.", 2),  # a lower-case word is no title of a name
])
def test_no_sentence_break_after_a_title_before_a_name(nlp: Language, text: str, sentences: int) -> None:
    assert len(list(nlp(text).sents)) == sentences


def test_a_title_stays_with_its_name_in_a_request(nlp: Language) -> None:
    doc = nlp("Deputies ask anybody with details about how the blaze began to phone Sgt. Dana Roe at the "
              "station.")
    assert [e.text for e in find_entities(doc) if e.type == "person"] == ["Dana Roe"]
    assert len(list(doc.sents)) == 1
