"""A span of time measures what "of" names, not where it was spent (wave 12; invented sentences):
"her first 100 days in office" counts no offices, "two years in prison" no prisons; "six months of
strikes" is about the strikes, and a money figure's "in" still says what it is ("$5 billion in
loans")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.annotate.quantities.find import find_quantities
from generator.models import QuantityMention


def _found(nlp: Language, text: str) -> dict[str, QuantityMention]:
    return {q.text: q for q in find_quantities(nlp(text), [])}


@pytest.mark.parametrize(("text", "number"), [
    ("The mayor marks her first 100 days in office on Friday.", "100 days"),
    ("The skipper spent two years in prison for the theft.", "two years"),
    ("The crew logged 40 days on the ice before the thaw.", "40 days"),
])
def test_where_time_was_spent_is_not_what_it_counts(nlp: Language, text: str, number: str) -> None:
    assert _found(nlp, text)[number].about is None


@pytest.mark.parametrize(("text", "number", "about"), [
    ("The talks followed six months of strikes.", "six months", "strikes"),
    ("The city set a 30-day comment period.", "30-day", "comment period"),
    ("The bank lent $5 billion in loans.", "$5 billion", "loans"),
])
def test_what_a_figure_measures_stays(nlp: Language, text: str, number: str, about: str) -> None:
    assert _found(nlp, text)[number].about == about
