"""Wave 11 (issue 17), invented sentences: a currency code before a plural noun leaves the count to
that noun; a code written before its scale ("5 GBP billion") is a sum; pounds hyphened to a figure
before a noun are a weight unless the noun is a sum of money; "mid-2011" is a date, no number."""

from __future__ import annotations

import pytest

from generator.annotate.quantities.find import find_quantities
from generator.models import QuantityMention


def _found(nlp, text: str) -> dict[str, QuantityMention]:
    return {q.text: q for q in find_quantities(nlp(text), [])}


@pytest.mark.parametrize(("text", "figure", "about"), [
    # Decided: a code before a plural noun names the currency the things are kept in; the figure
    # counts the things ("3 USD accounts" is three accounts), no sum of dollars.
    ("He opened 3 USD accounts at the bank.", "3", "USD accounts at the bank"),
    ("She holds 3 USD accounts and 2 EUR accounts.", "3", "USD accounts"),
    ("The broker sold 7 JPY bonds on Monday.", "7", "JPY bonds"),
])
def test_a_code_before_a_plural_noun_leaves_the_count_to_the_noun(nlp, text, figure, about):
    found = _found(nlp, text)
    assert (found[figure].unit, found[figure].about) == (None, about)


@pytest.mark.parametrize(("text", "expression", "value", "unit"), [
    ("The fund raised 5 GBP billion last year.", "5 GBP billion", 5e9, "GBP"),
    ("The bank lent 2 USD million to the firm.", "2 USD million", 2e6, "USD"),
    ("The firm raised 2 USD bn in the sale.", "2 USD bn", 2e9, "USD"),
    ("The bank lent 40 million USD to the firm.", "40 million USD", 4e7, "USD"),  # as before
])
def test_a_code_before_its_scale_is_a_sum(nlp, text, expression, value, unit):
    found = _found(nlp, text)[expression]
    assert (found.value, found.unit) == (value, unit)


@pytest.mark.parametrize(("text", "expression", "value", "about"), [
    ("Police are looking for a 180-pound man.", "180-pound", 180, "man"),
    ("A 500-pound bomb exploded near the depot.", "500-pound", 500, "bomb"),
    ("He carried a 50-pound bag of rice.", "50-pound", 50, "bag of rice"),
    ("The 300-pound lineman was injured.", "300-pound", 300, "lineman"),
])
def test_pounds_hyphened_before_a_noun_are_what_it_weighs(nlp, text, expression, value, about):
    found = _found(nlp, text)[expression]
    assert (found.value, found.unit, found.about) == (value, "lb", about)


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("He paid a 200-pound fine.", "200-pound", 200),
    ("She won a 5,000-pound prize.", "5,000-pound", 5000),
])
def test_pounds_hyphened_before_a_sum_of_money_are_sterling(nlp, text, expression, value):
    found = _found(nlp, text)[expression]
    assert (found.value, found.unit) == (value, "GBP")


@pytest.mark.parametrize("text", [
    "The carmaker expects to return to profit by mid-2011.",
    "Output rose in mid-2009, the agency said.",
])
def test_mid_year_is_a_date_no_number(nlp, text):
    assert _found(nlp, text) == {}
