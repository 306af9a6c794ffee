"""Reported speech, wave 7 (issue 17): who "he" and "she" are by the parse, and the speech the claim
finder missed; one table row per shape and rows for what each rule leaves alone, invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.annotate.claims import find_claims
from generator.annotate.entities import find_entities
from generator.annotate.quotes import find_quotes


def claims(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(c.by, c.text) for c in find_claims(doc, find_entities(doc))]


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
    found = claims(nlp, text)
    assert found and found[-1][0] == speaker, (rule, found)


def test_a_pronoun_in_a_quote_attribution_follows_the_same_rule(nlp: Language) -> None:
    text = ("Dan Poe failed a breath test near the bridge, said Officer Tom Baker. "
            "\u201cWe tested him twice at the station,\u201d he said.")
    doc = nlp(text)
    [quote] = find_quotes(doc, find_entities(doc), [])
    assert quote.speaker == "Tom Baker"


# (rule, text, the claims as (by, words))
CLAIMS = [
    ("a person named in apposition inside a description speaks",
     "The deputy prime minister in Westland, Ivo Marek, issued a statement, saying that the border "
     "would stay shut.", [("Ivo Marek", "the border would stay shut")]),
    ("left alone: a description with no name is kept as written",
     "The deputy prime minister said the border would stay shut.",
     [("The deputy prime minister", "the border would stay shut")]),
    ("a claim in a relative clause starts after its verb",
     "The council approved a plan that the mayor said would cut costs.",
     [("the mayor", "would cut costs")]),
    ("left alone: an ordinary 'said' clause",
     "The mayor said the plan would cut costs.", [("The mayor", "the plan would cut costs")]),
    ("an inverted 'said X' with no subject in the parse reports the clause before it",
     "A clerk was at the depot within minutes, said terminal manager Tom Owen, ready to move the trucks.",
     [("Tom Owen", "A clerk was at the depot within minutes")]),
    ("left alone: an inverted 'said X' the parse already reads",
     "The depot mainly holds heating oil, said Tom Owen.",
     [("Tom Owen", "The depot mainly holds heating oil")]),
    ("'ask anyone … to <act>' is a request, the infinitive hung deep in the parse",
     "Deputies ask anybody with details about how the blaze began to phone Sgt. Dana Roe at the station.",
     [("Deputies", "phone Sgt. Dana Roe at the station")]),
    ("'urged residents … to leave' is a request",
     "The agency urged residents living near the river to leave.", [("The agency", "leave")]),
    ("left alone: 'asked how' is a question, not a request",
     "The agency asked how the levee failed.", [("The agency", "how the levee failed")]),
]


@pytest.mark.parametrize(("rule", "text", "expected"), CLAIMS, ids=[r[0] for r in CLAIMS])
def test_claims_wave7(nlp: Language, rule: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert claims(nlp, text) == expected, rule


@pytest.mark.parametrize(("text", "sentences"), [
    ("Please call Sgt. Dana Roe at the station. The desk is open all night.", 2),
    ("The bill was filed by Rep. Ivo Marek and Sen. Jo Lund on Monday.", 1),
    ("Nobody called the sgt. Dana Roe came later.", 2),  # a lower-case word is no title of a name
])
def test_no_sentence_break_after_a_title_before_a_name(nlp: Language, text: str, sentences: int) -> None:
    assert len(list(nlp(text).sents)) == sentences
