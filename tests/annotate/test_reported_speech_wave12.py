"""Reported speech, wave 12 (issue 17): a perfect participle of speech ("Having told reporters …"), a
participle phrase between the speaker and the verb, a relative clause that is no trailing claim, a
colon leading into a quotation, "it" said by an organisation named before, a claim stated as a noun
("Roe's suggestion was that …"), a quotation after a sentence that takes a stance ("Roe agreed."), and
an age as an epithet ("said the 34-year-old"); with rows for what each rule leaves alone. Invented
sentences only."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.annotate.claims import find_claims
from generator.annotate.quotes import find_quotes
from tests.annotate.speech_helpers import claims, quotes_by_text
from tests.fixtures.facts.demo import parse


def teller_of(nlp: Language, text: str, words: str) -> str | None:
    """The teller of the claim whose words start with `words` ("" when unattributed), None when there
    is no such claim."""
    return next((c.by for c in claims(nlp, text) if c.text.startswith(words)), None)


# (case, text, the claim's first words, the teller's last word)
TOLD = [
    ("a that clause", "Having told reporters that the plant would close, Governor Ann Pike flew home.",
     "the plant would close", "Pike"),
    ("no that", "Having told reporters he would not resign, Senator Ann Pike left the chamber.",
     "he would not resign", "Pike"),
    ("a noun of saying with its owner before the verb", "Dale Moss's suggestion was that the team should "
     "train at night.", "the team should train at night", "Moss"),
    ("a copula inside the noun's clause", "Her critics doubted Dale Moss's claim that the bridge was "
     "unsafe.", "the bridge was unsafe", "Moss"),
    ("the owner after the noun, the clause ending inside the subject", "The claim by Acme Corp that "
     "sales had doubled was false.", "sales had doubled", "Corp"),
    ("a name, a participle phrase between commas, then the verb", "Defender Tom Ray, likely appearing in "
     "his final match at the old ground, said he could barely hold back his emotions before kickoff.",
     "he could barely hold back his emotions", "Ray"),
    ("a relative clause after the subject is no claim of a trailing verb", "Athletic director Jane Roe, "
     "who replaced Tom Ray a month ago, said the charges in the report were less serious than rumours "
     "suggested.", "the charges in the report were less serious", "Roe"),
    ("a colon leading into a quotation ends the claim before it", "At the time, the senator stated that "
     "she opposed the new rule, with an aide stating: “The senator will fight to keep the old rule and "
     "undo this change.”", "she opposed the new rule", "senator"),
    ("it: the organisation that filed a report two sentences before", "Acme Corp filed its annual "
     "report with regulators on Monday. The filing runs to 300 pages. It also says that sales fell by "
     "a third.", "sales fell by a third", "Corp"),
]


@pytest.mark.parametrize(("case", "text", "words", "last"), TOLD, ids=[r[0] for r in TOLD])
def test_the_teller_is_found(nlp: Language, case: str, text: str, words: str, last: str) -> None:
    teller = teller_of(nlp, text, words)
    assert teller is not None, (case, [c.text for c in claims(nlp, text)])
    assert teller.split()[-1].removesuffix("'s") == last, (case, teller)


def test_a_clause_with_having_and_no_speech_verb_says_nothing(nlp: Language) -> None:
    text = "Having eaten dinner, the mayor left the stage."
    assert claims(nlp, text) == []


def test_the_quotation_after_a_colon_stays_the_quoted_speaker(nlp: Language) -> None:
    found = quotes_by_text(nlp, "The senator stated that she opposed the rule, with an aide stating: "
                                "“The senator will fight to keep the old rule.”")
    assert [q.speaker for q in found.values()] == ["an aide"]


def test_a_quotation_finishing_the_clause_still_gives_no_claim(nlp: Language) -> None:
    assert claims(nlp, "The mayor said that the list is “not the means to an end at all.”") == []


def test_a_noun_of_saying_with_no_owner_names_no_teller(nlp: Language) -> None:
    assert teller_of(nlp, "The claim that the bridge was unsafe spread quickly.", "the bridge") is None


def test_a_claim_someone_rejects_stays_their_denial(nlp: Language) -> None:
    found = [c for c in claims(nlp, "Critics rejected Dale Moss's claim that the team trained at night.")
             if c.text.startswith("the team trained")]
    assert [(c.by, c.mood) for c in found] == [("Critics", "denial")]


def test_it_with_no_organisation_before_names_no_teller(nlp: Language) -> None:
    assert teller_of(nlp, "The river rose all night. It also says that the dam will hold.", "the dam") is None


# (case, text, quotation, the speaker's last word, or None: left unattributed)
STANCES = [
    ("agreed, and a quotation quoting the speaker's own words",
     "Coach Dale Moss agreed. “I said, ‘We have to run the ball.’ Then we ran it all night.”",
     "I said, ‘We have to run the ball.’ Then we ran it all night.", "Moss"),
    ("agreed with, a description between subject and verb",
     "Jane Roe, the head of the river trust, agreed with the council's decision. “We are glad the dam "
     "will stay. It keeps the valley safe.”",
     "We are glad the dam will stay. It keeps the valley safe.", "Roe"),
    ("a speech verb of its own wins", "Jane Roe praised the ruling. “This is a good day for the "
     "valley,” said Tom Ray.", "This is a good day for the valley", "Ray"),
    ("a sentence taking no stance gives nothing", "The mayor visited the dam. “We are glad the dam will "
     "stay and the valley is safe.”", "We are glad the dam will stay and the valley is safe.", None),
]


@pytest.mark.parametrize(("case", "text", "words", "last"), STANCES, ids=[r[0] for r in STANCES])
def test_a_quotation_after_a_stance(nlp: Language, case: str, text: str, words: str,
                                   last: str | None) -> None:
    found = quotes_by_text(nlp, text)
    assert words in found, (case, list(found))
    speaker = found[words].speaker
    assert (speaker.split()[-1] if speaker else None) == last, (case, speaker)


AGES = [
    ("inverted after a quotation", "Golfer Tom Arlen has won the club's highest honour. “I am "
     "delighted,” said the 34-year-old after the dinner.", "Arlen"),
    ("a subject before the verb", "Tom Arlen won the race. The 34-year-old said the course was hard.",
     "Arlen"),
]


@pytest.mark.parametrize(("case", "text", "last"), AGES, ids=[r[0] for r in AGES])
def test_an_age_stands_for_the_person_just_named(nlp: Language, case: str, text: str, last: str) -> None:
    parsed = parse(nlp, text)
    speakers = [q.speaker for q in find_quotes(parsed.doc, parsed.entities, parsed.timexes)] + \
        [c.by for c in find_claims(parsed.doc, parsed.entities)]
    assert speakers and all((s or "").split()[-1] == last for s in speakers), (case, speakers)


def test_an_age_with_no_one_named_before_stays_a_description(nlp: Language) -> None:
    found = claims(nlp, "The 34-year-old said the course was hard.")
    assert [c.by for c in found] == ["The 34-year-old"]
