"""One real event, one row, at its own date (issue 16, wave 5). Invented articles only."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.models import TimelineEntry
from tests.story.story_tools import annotated_article, timeline_of

D = dt.date


def _rows(nlp: Language, *articles: tuple[str, str, dt.date]) -> list[TimelineEntry]:
    return timeline_of([annotated_article(nlp, name, text, published, f"Outlet {name}")
                        for name, text, published in articles])


@pytest.mark.parametrize("sentence", [
    "Ilse Marov was jailed on Friday for her deadly 2019 rampage at the Tolven depot.",
    "Ilse Marov was jailed for her deadly 2019 rampage at the Tolven depot.",
    "Ilse Marov became famous from her 2009 role in the film Paper Boats.",
    "Last week's escapee from the Tolven prison is still at large.",
])
def test_a_date_before_a_noun_dates_that_thing_not_the_clause(nlp, sentence):
    rows = _rows(nlp, ("a", sentence, D(2024, 5, 10)))
    assert all(row.date.value.startswith("2024-05-10") or "Friday" in row.timex for row in rows), rows
    assert not [row for row in rows if row.date.value in {"2019", "2009"} or "W" in row.date.value]


@pytest.mark.parametrize(("sentence", "value"), [
    ("Voters in Tolven went to the polls in the 2019 election.", "2019"),
    ("The 2019 rampage at the Tolven depot left four people dead.", "2019"),
    ("Ilse Marov won the 2019 election in Tolven.", "2019"),
    ("Ilse Marov will attend Monday's summit in Tolven.", "2024-05-13"),
])
def test_a_date_before_a_noun_dates_the_clause_it_places_or_acts_on(nlp, sentence, value):
    rows = _rows(nlp, ("a", sentence, D(2024, 5, 10)))
    assert [row.date.value for row in rows] == [value]

