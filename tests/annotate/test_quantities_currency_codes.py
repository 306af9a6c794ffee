"""A currency code alone is never an amount nor what a figure is about (wave 10; invented sentences)."""

from __future__ import annotations

import pytest

from generator.annotate.quantities.find import find_quantities
from generator.models import QuantityMention


def _found(nlp, text: str) -> list[QuantityMention]:
    return find_quantities(nlp(text), [])


@pytest.mark.parametrize("text", [
    "The fund is priced in USD.",
    "Payments are made in USD and EUR.",
    "Figures are in USD millions.",
])
def test_a_currency_code_alone_is_no_amount(nlp, text):
    assert _found(nlp, text) == []


@pytest.mark.parametrize(("text", "about"), [
    ("The USD rose 2% against the yen on Monday.", "US dollar"),
    ("The GBP fell 3% after the vote.", "British pound"),
])
def test_a_figure_about_a_currency_names_it_in_words(nlp, text, about):
    assert [q.about for q in _found(nlp, text)] == [about]


def test_a_code_before_a_plural_noun_modifies_it(nlp):
    found = {q.text: q for q in _found(nlp, "He moved 12 EUR bonds to the trust.")}
    assert found["12"].unit is None and found["12"].about == "EUR bonds"


@pytest.mark.parametrize(("text", "expression", "value", "unit"), [
    ("The bonds were sold for 40 million USD.", "40 million USD", 4e7, "USD"),
    ("The fee was USD 300.", "USD 300", 300, "USD"),
])
def test_a_code_with_its_figure_is_still_a_sum(nlp, text, expression, value, unit):
    found = {q.text: q for q in _found(nlp, text)}
    assert (found[expression].value, found[expression].unit) == (value, unit)
