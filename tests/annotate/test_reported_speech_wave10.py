"""Reported speech, wave 10 (issue 17): accusations as claims, a relative "who" as the speaker, the
gender of a full name's given name in "he"/"she", and a short quotation that is a sentence of its own
going on with the speaker before; with rows for what each rule leaves alone. Invented sentences only."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.annotate.claims import find_claims
from generator.annotate.given_names import given_name_sex
from generator.annotate.quotes import find_quotes
from generator.models import ClaimMention, QuoteMention
from tests.fixtures.facts.demo import parse


def quotes(nlp: Language, text: str) -> dict[str, QuoteMention]:
    parsed = parse(nlp, text)
    return {q.text: q for q in find_quotes(parsed.doc, parsed.entities, parsed.timexes)}


def claims(nlp: Language, text: str) -> list[ClaimMention]:
    parsed = parse(nlp, text)
    return find_claims(parsed.doc, parsed.entities)


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


def test_a_relative_who_is_the_noun_its_clause_describes(nlp: Language) -> None:
    text = 'The council heard from Ray Okafor, who called the plan "a reckless gamble" on Tuesday.'
    assert quotes(nlp, text)["a reckless gamble"].speaker == "Ray Okafor"


def test_a_relative_who_in_a_reported_claim(nlp: Language) -> None:
    found = claims(nlp, "Voters backed Ray Okafor, who said the plan was a gamble.")
    assert [(c.by, c.text) for c in found] == [("Ray Okafor", "the plan was a gamble")]


@pytest.mark.parametrize(("name", "sex"), [("Ed", "male"), ("Darcy", "female"), ("Kelly", None),
                                           ("Jordan", None), ("Zanthor", None)])
def test_the_census_sex_of_a_given_name(name: str, sex: str | None) -> None:
    assert given_name_sex(name) == sex


def test_she_is_not_a_man_named_in_full(nlp: Language) -> None:
    text = ('Darcy Lane wrote a report on the dairy. Ed Fogels, the state planner, praised it. '
            '"It is debatable," she wrote, "whether the funds were worth it."')
    assert quotes(nlp, text)["It is debatable, whether the funds were worth it."].speaker == "Darcy Lane"


def test_he_is_not_a_woman_named_in_full(nlp: Language) -> None:
    text = ('Ed Fogels read the report by Darcy Lane. Darcy Lane defended it on Monday. '
            '"It is a fair account," he said.')
    assert quotes(nlp, text)["It is a fair account"].speaker == "Ed Fogels"


def test_a_name_shared_by_both_sexes_still_takes_either_pronoun(nlp: Language) -> None:
    text = 'Kelly Roe chaired the meeting. "We will vote in May," she said.'
    assert quotes(nlp, text)["We will vote in May"].speaker == "Kelly Roe"


def test_a_short_quotation_that_is_a_sentence_goes_on_with_the_speaker(nlp: Language) -> None:
    text = '"Would we have won without him?" Dana Lund asked.\n\n"No."\n\nThe team flew home on Sunday.'
    found = quotes(nlp, text)
    assert found["No."].speaker == "Dana Lund"


@pytest.mark.parametrize(("case", "text"), [
    ("no speaker before it", '"Cheers." The crowd left the hall.'),
    ("a scare quote inside a sentence", 'The plan was "dead on arrival." Voters agreed.'),
])
def test_a_short_quotation_with_no_speaker_to_go_on_stays_out(nlp: Language, case: str, text: str) -> None:
    assert quotes(nlp, text) == {}, case


def test_notified_of_is_a_statement_of_what_follows_of(nlp: Language) -> None:
    text = ("The league notified Westbrook College on Monday of four alleged rules violations, "
            "including cash gifts.")
    assert [(c.by, c.text) for c in claims(nlp, text)] == [
        ("The league", "four alleged rules violations, including cash gifts")]


def test_a_quotation_notified_is_its_subjects(nlp: Language) -> None:
    text = ('"We will make no further payments on the loan," Dana Lund, the chief executive of Harbor Foods, '
            'notified the board on May 1.\n\n"Every attempt to settle the debt has failed."')
    found = quotes(nlp, text)
    assert found["We will make no further payments on the loan"].speaker == "Dana Lund"
    assert found["Every attempt to settle the debt has failed."].speaker == "Dana Lund"


def test_being_informed_names_no_teller(nlp: Language) -> None:
    assert claims(nlp, "The police were informed of the theft on Monday.") == []


def test_a_document_titled_in_quotation_marks_after_the_verb_speaks(nlp: Language) -> None:
    text = '"The fund has paid its own way since 1990," argued a "White Paper" written for the state in 2006.'
    found = quotes(nlp, text)
    assert found["The fund has paid its own way since 1990"].speaker == "a White Paper"
    assert "White Paper" not in found  # the title is no quotation of its own


def test_an_interrupted_quotation_keeps_its_speaker_between_the_parts(nlp: Language) -> None:
    found = quotes(nlp, '"We lost," said Ray Okafor, "but we will be back."')
    assert found["We lost, but we will be back."].speaker == "Ray Okafor"
