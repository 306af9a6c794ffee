"""Numbers that are no amount: a compound adjective that names a kind, a zero measure in a compound,
a number to call; and the measures that stay quantities (invented sentences)."""

from __future__ import annotations

import pytest

from generator.annotate.quantities.find import find_quantities


def _found(nlp, text: str) -> dict[str, tuple[float, str | None]]:
    return {q.text: (q.value, q.unit) for q in find_quantities(nlp(text), [])}


@pytest.mark.parametrize("text", [
    "Attackers used a zero-day flaw in the mail server.",
    "The maker sold a four-door car to the fleet.",
    "She received a one-off payment from the fund.",
    "He turned down a six-figure offer from the club.",
    "Neighbours called 911 after the blast.",
    "She dialled 999 and waited for help.",
    "Residents can phone 311 to report a pothole.",
    "Call 0800 555 0199 for advice.",
])
def test_no_amount_is_found(nlp, text):
    assert _found(nlp, text) == {}


@pytest.mark.parametrize(("text", "written", "value", "unit"), [
    ("Runners lined up for a 10-mile race on the coast.", "10-mile", 10, "mi"),
    ("The union called a three-day strike at the port.", "three-day", 3, "days"),
    ("The firm designed a 32-bit chip for cameras.", "32-bit", 32, "bit"),  # a word size: a measure
    ("The firm patched two zero-day bugs.", "two", 2, None),  # "zero" starts no number after "two"
    ("Staff called 20 customers about the fault.", "20", 20, None),  # the customers are counted
    ("The hotline was called 40 times in an hour.", "40 times", 40, "times"),
])
def test_measures_and_counts_stay(nlp, text, written, value, unit):
    assert _found(nlp, text)[written] == (value, unit)


def _counted(nlp, text: str) -> dict[str, tuple[float, str | None]]:
    return {q.text: (q.value, q.about) for q in find_quantities(nlp(text), [])}


@pytest.mark.parametrize(("text", "written", "value", "about"), [
    ("Officials sent a two-man crew to the quarry.", "two", 2, "members of the crew"),
    ("A three-person panel will review the bids.", "three", 3, "members of the panel"),
    ("The 12-member jury reached a verdict on Friday.", "12", 12, "members of the jury"),
    ("A 2,000-strong crowd marched to the square.", "2,000", 2000, "members of the crowd"),
    ("The coalition kept a one-seat majority after the vote.", "one", 1, "seats in the majority"),
    ("The club is unbeaten in an eight-game stretch.", "eight", 8, "games in the stretch"),
    ("Smoke poured from a three-story building.", "three", 3, "stories in the building"),
])
def test_a_count_of_members_in_a_compound_is_a_quantity(nlp, text, written, value, about):
    """A number hyphened to a member word counts the group's members; it names no kind."""
    assert _counted(nlp, text)[written] == (value, about)


@pytest.mark.parametrize("text", [
    "The dealer sold a four-door car to the fleet.",
    "The guests stayed at a five-star hotel by the lake.",
    "He scored a three-pointer at the buzzer.",
])
def test_a_kind_in_a_compound_stays_no_quantity(nlp, text):
    assert _found(nlp, text) == {}


@pytest.mark.parametrize(("text", "written", "value", "about"), [
    ("He spent three-plus seasons with the club.", "three-plus", 3, "seasons"),
    ("Police questioned 60-plus witnesses.", "60-plus", 60, "witnesses"),
])
def test_a_number_hyphened_to_plus_is_more_than_it(nlp, text, written, value, about):
    """"three-plus seasons" is more than three seasons: a count with its qualifier, no kind."""
    quantity = {q.text: q for q in find_quantities(nlp(text), [])}[written]
    assert (quantity.value, quantity.qualifier, quantity.about) == (value, "more than", about)
