"""What each side wants (wave 6): only statements whose parse holds a want, read in the annotate
stage (`ClaimMention.wants`), and the briefing lists those. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.document import annotate_doc
from generator.annotate.wants import holds_a_want
from generator.models import Claim
from generator.story.briefing import build_briefing
from tests.stories import make_article, source
from tests.story.harbour_story import harbour_story

WANTS = [
    "the union wants a new contract",
    "the council plans to reopen the bridge next spring",
    "the ferry company should pay for the repairs",
    "residents must be told before any work begins",
    "the port needs to hire more pilots",
    "the mayor called for calm",
    "the board rejected the offer",
    "the families are seeking an inquiry",
]
NO_WANTS = [
    "no injuries have been reported",
    "the fire started shortly after noon",
    "the ferry carried 40 passengers",
    "a wanted man was seen near the pier",
    "the plan's cost was never published",
    "the mayor called the owner on Tuesday",
]


def wants(nlp: Language, sentence: str, words: str) -> bool:
    start = sentence.index(words)
    return holds_a_want(nlp(sentence), start, start + len(words))


@pytest.mark.parametrize("text", WANTS)
def test_a_demand_plan_or_obligation_is_a_want(nlp: Language, text: str) -> None:
    assert wants(nlp, f"The director said {text}.", text)


@pytest.mark.parametrize("text", NO_WANTS)
def test_a_report_of_what_happened_is_no_want(nlp: Language, text: str) -> None:
    assert not wants(nlp, f"The director said {text}.", text)


def test_the_verb_that_states_a_thing_may_be_the_want(nlp: Language) -> None:
    assert wants(nlp, "Ferry critics oppose the new timetable.", "the new timetable")


def test_the_annotate_stage_marks_the_statements_that_want(nlp: Language) -> None:
    text = ("Director Ola Brand says no injuries have been reported. "
            "Brand said the harbour board should close the north pier.")
    claims = annotate_doc(nlp(text), "pier", dt.date(2025, 6, 3)).claims
    marked = {claim.text: claim.wants for claim in claims}
    assert marked.get("the harbour board should close the north pier") is True
    assert marked.get("no injuries have been reported") is False


def test_what_each_side_wants_lists_the_want_and_not_the_report() -> None:
    story = harbour_story()
    extra = make_article("pier", "Pier closed", "Coast Daily",
                         "Director Ola Brand says no injuries have been reported. "
                         "Brand said the harbour board should close the north pier.", dt.date(2025, 6, 3))
    story.articles.append(extra)
    for ident, text, wanting in (("c-report", "no injuries have been reported", False),
                                 ("c-want", "the harbour board should close the north pier", True)):
        story.claims.append(Claim(id=ident, by="Director Ola Brand", text=text, kind="statement",
                                  wants=wanting, sources=[source(extra, text)]))
    found = {section.key: section for section in build_briefing(story)}
    shown = {line.id for line in found["wants"].lines} if "wants" in found else set()
    assert "c-want" in shown
    assert "c-report" not in shown


def test_a_claim_holding_its_sentences_root_is_read_to_the_end(nlp: Language) -> None:
    # The claim's words hold the root of the sentence (its own head): walking up must stop there.
    text = "The harbour board should close the north pier."
    doc = nlp(text)
    assert holds_a_want(doc, 0, len(text))
    assert not holds_a_want(nlp("The pier closed."), 0, len("The pier closed."))


# "call" asks only in its asking sense: "called for X", "called on/upon X to Y". A telephone call or a
# summons ("called X to <act>", "called X on <day> to <act>") asks for nothing; nor does "asked about".
CALLS_THAT_ASK = [
    ("The mayor called on residents to stay home.", "stay home"),
    ("The union has called upon members to walk out.", "walk out"),
    ("The families called for an inquiry.", "an inquiry"),
]
CALLS_THAT_DO_NOT_ASK = [
    "Sam called his mother to tell her the news.",
    "Sam called his mother on Sunday to tell her the news.",
    "The coach called the players to the bench.",
    "The coach asked about the injury.",
    "The union called a meeting.",
]


@pytest.mark.parametrize(("text", "demanded"), CALLS_THAT_ASK)
def test_call_in_its_asking_sense_is_a_demand(nlp: Language, text: str, demanded: str) -> None:
    claims = annotate_doc(nlp(text), "call", dt.date(2025, 6, 3)).claims
    assert [(claim.kind, claim.text) for claim in claims] == [("demand", demanded)]


@pytest.mark.parametrize("text", CALLS_THAT_DO_NOT_ASK)
def test_a_telephone_call_is_no_demand_nor_want(nlp: Language, text: str) -> None:
    claims = annotate_doc(nlp(text), "call", dt.date(2025, 6, 3)).claims
    assert [claim for claim in claims if claim.kind == "demand" or claim.wants] == []
    assert not holds_a_want(nlp(text), 0, len(text))


ASKING = [
    ("The lawyers asked the court to dismiss the case.", True),
    ("The lawyers asked for a delay.", True),
    ("The lawyers asked that the hearing be delayed.", True),
    ("The lawyers asked about the delay.", False),
    ("The lawyers asked whether the hearing was delayed.", False),
]


@pytest.mark.parametrize(("text", "wanting"), ASKING)
def test_ask_wants_only_when_it_asks_for_something(nlp: Language, text: str, wanting: bool) -> None:
    assert holds_a_want(nlp(text), 0, len(text)) is wanting


# Wave 8 follow-up: a line under "What each side wants" holds a want. Invented sentences:
# (sentence, the claim's words, whether they hold a want).
STANCE_AND_CONCESSION = [
    ("Though the mayor insists the bridge is safe, engineers urged its closure.",
     "the bridge is safe", False),
    ("While the ferry firm claims the delay is minor, regulators want a full review.",
     "the delay is minor", False),
    ("Although the union insists it must be heard, the talks went ahead.", "it must be heard", False),
    ("The mayor insists the bridge is safe.", "the bridge is safe", False),
    ("The board agreed the plan was flawed.", "the plan was flawed", False),
    ("The mayor insists that the owner repair the bridge.", "the owner repair the bridge", True),
    ("The mayor insists the bridge will reopen in May.", "the bridge will reopen in May", True),
    ("The union said the port should hire more pilots.", "the port should hire more pilots", True),
]


@pytest.mark.parametrize(("sentence", "words", "expected"), STANCE_AND_CONCESSION)
def test_a_conceded_claim_or_a_stated_fact_is_no_want(nlp: Language, sentence: str, words: str,
                                                      expected: bool) -> None:
    assert wants(nlp, sentence, words) is expected


# (sentence, the words the conceded claim reports): they stop at the end of the adverbial clause.
CLAUSE_ENDS = [
    ("Although the union says the strike will go ahead, talks resumed on Monday.",
     "the strike will go ahead"),
    ("After the club said it would appeal, fans gathered outside the ground.", "it would appeal"),
]


@pytest.mark.parametrize(("sentence", "reported"), CLAUSE_ENDS)
def test_a_claim_in_an_adverbial_clause_stops_at_its_end(nlp: Language, sentence: str,
                                                         reported: str) -> None:
    texts = [claim.text for claim in annotate_doc(nlp(sentence), "a", dt.date(2025, 6, 3)).claims]
    assert reported in texts


# A telephone call with a purpose is not a demand: no line under "What each side wants".
CALLS = [
    "Sam Reed phoned his father to tell him the result.",
    "Sam Reed called his father to tell him the result.",
    "The coach rang the players to say the match was off.",
]


@pytest.mark.parametrize("sentence", CALLS)
def test_a_call_to_tell_someone_is_no_want(nlp: Language, sentence: str) -> None:
    claims = annotate_doc(nlp(sentence), "a", dt.date(2025, 6, 3)).claims
    assert not [claim for claim in claims if claim.kind == "demand" or claim.wants]
