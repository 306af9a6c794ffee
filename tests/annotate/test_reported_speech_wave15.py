"""Speech-verb words the parse hid, wave 15 (issue 17): "according to X" set off inside the clause it
attributes, a reported clause read as the object of its verb, a complementiser "that" read as a
relative pronoun, a gerund after "after"/"before" speaking for the main clause's subject; each with
the rows it must leave alone and a check that it fails with its switch off. Invented sentences only."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.annotate import claim_content, claims
from tests.annotate.speech_helpers import claim_pairs


def test_according_to_after_an_opening_adverbial_attributes_the_clause_after_it(nlp: Language) -> None:
    text = ("In fact, according to the league's own records, it was the first time a team lost after "
            "leading by thirty.")
    assert claim_pairs(nlp, text) == [
        ("the league's own records", "In fact it was the first time a team lost after leading by thirty")]


def test_according_to_between_subject_and_verb_attributes_the_whole_clause(nlp: Language) -> None:
    assert claim_pairs(nlp, "The fire, according to police, started in the kitchen of the bakery.") == [
        ("police", "The fire started in the kitchen of the bakery")]


def test_according_to_after_a_clause_cut_at_its_be(nlp: Language) -> None:
    found = claim_pairs(nlp, "Instead it was, according to Mara Quill, the shed where the tools were kept "
                             "that burned.")
    assert [by for by, _ in found] == ["Mara Quill"], found
    assert "the shed where the tools were kept" in found[0][1], found


@pytest.mark.parametrize("text, expected", [
    ("The fire started in the kitchen of the bakery, according to police.",
     [("police", "The fire started in the kitchen of the bakery")]),
    ("The fire started in the kitchen of the bakery, according to Sheriff Al Barr, who arrived first.",
     [("Al Barr", "The fire started in the kitchen of the bakery")]),
    ("According to police, the fire started in the kitchen of the bakery.",
     [("police", "the fire started in the kitchen of the bakery")]),
])
def test_according_to_before_or_after_its_clause_is_unchanged(nlp: Language, text: str,
                                                              expected: list[tuple[str, str]]) -> None:
    assert claim_pairs(nlp, text) == expected


def test_a_speech_inside_an_according_aside_clause_is_nested_not_cut(nlp: Language) -> None:
    found = claim_pairs(nlp, "Last spring, according to the club, the coach asked for a new contract.")
    assert ("the club", "Last spring the coach asked for a new contract") in found, found
    found = claim_pairs(nlp, "The fire, according to police, started in the kitchen, and the owner said "
                             "the alarm failed.")
    assert ("police", "The fire started in the kitchen") in found, found


def test_according_aside_switched_off_loses_the_claim(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claims, "ACCORDING_ASIDES", False)
    assert claim_pairs(nlp, "The fire, according to police, started in the kitchen of the bakery.") == []


def test_a_clause_read_as_the_object_of_noted(nlp: Language) -> None:
    text = "The audit noted efforts to sell the mill in 1996 and again in 1999 had failed."
    assert claim_pairs(nlp, text) == [
        ("The audit", "efforts to sell the mill in 1996 and again in 1999 had failed")]


@pytest.mark.parametrize("text", [
    "The mayor noted the record, which had stood since 1990.",
    "The mayor noted the changes and thanked the staff.",
    "She warned the players who had skipped training.",
    "The coach added two new drills to the schedule.",
])
def test_an_object_with_no_subjectless_verb_is_no_clause(nlp: Language, text: str) -> None:
    assert claim_pairs(nlp, text) == []


def test_clause_read_as_object_switched_off(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claim_content, "SUBJECTLESS_CLAUSES", False)
    text = "The audit noted efforts to sell the mill in 1996 and again in 1999 had failed."
    assert claim_pairs(nlp, text) == []


def test_that_read_as_a_relative_pronoun_opens_what_was_told(nlp: Language) -> None:
    text = ("Nadia Ruiz allegedly told a friend a week before the attack that her neighbour had "
            "threatened her.")
    found = claim_pairs(nlp, text)
    assert [words for _, words in found] == ["her neighbour had threatened her"], found
    assert found[0][0].endswith("Ruiz"), found


def test_a_true_relative_that_is_left_alone(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    assert claim_pairs(nlp, "Nadia Ruiz told a friend about the attack that her neighbour had planned.") == []
    monkeypatch.setattr(claim_content, "MISREAD_RELATIVES", False)
    text = ("Nadia Ruiz allegedly told a friend a week before the attack that her neighbour had "
            "threatened her.")
    assert claim_pairs(nlp, text) == []


def test_a_gerund_after_after_speaks_for_the_main_subject(nlp: Language,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("After telling a radio host in May that she was tired of acting, singer Ida Marsh checked "
            "into a clinic.")
    assert claim_pairs(nlp, text) == [("Ida Marsh", "she was tired of acting")]
    monkeypatch.setattr(claim_content, "ADVERBIAL_GERUNDS", False)
    assert claim_pairs(nlp, text) == []


def test_a_gerund_after_a_preposition_with_no_speech_says_nothing(nlp: Language) -> None:
    assert claim_pairs(nlp, "After leaving the hall in May, singer Ida Marsh checked into a clinic.") == []


def test_that_held_by_an_infinitive_in_the_misread_relative(nlp: Language) -> None:
    text = ("The young woman, who hoped to teach, allegedly told her cousin two days before the attack "
            "that her neighbour had threatened to burn the shed if she called the police.")
    assert claim_pairs(nlp, text) == [
        ("The young woman", "her neighbour had threatened to burn the shed if she called the police")]
    text = "Nadia Ruiz told a friend about the attack that her neighbour had planned to carry out."
    assert claim_pairs(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The mayor on Friday scrapped a late rule that many residents claim weakened the harbour plan.",
     [("many residents", "weakened the harbour plan")]),
    ("It was a deal that the union says will cost jobs.", [("the union", "will cost jobs")]),
])
def test_speech_in_a_relative_clause(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert claim_pairs(nlp, text) == expected


def test_relative_speech_switched_off(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claim_content, "RELATIVE_SPEECH", False)
    text = "The mayor on Friday scrapped a late rule that many residents claim weakened the harbour plan."
    assert claim_pairs(nlp, text) == []


def test_relative_clause_end_is_off_and_cuts_when_on(nlp: Language,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Off by default: it lost one attribution on the check slice (wave 15)."""
    assert claim_pairs(nlp, "The players who said they were tired left early.") == [
        ("The players", "they were tired left early")]
    monkeypatch.setattr(claim_content, "RELATIVE_CLAUSE_ENDS", True)
    assert claim_pairs(nlp, "The players who said they were tired left early.") == [
        ("The players", "they were tired")]
    assert claim_pairs(nlp, "The coach, who says he will stay, met the owners.") == [
        ("The coach", "he will stay")]


def test_relative_complement_start_switched_off(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claim_content, "RELATIVE_COMPLEMENTS", False)
    assert claim_pairs(nlp, "It was a deal that the union says will cost jobs.") == []
