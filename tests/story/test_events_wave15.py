"""One happening, one row (issue 16, wave 15): a happening said to take place in a relative clause
("the shooting that took place on Monday") is the happening told by another article's verb ("a
gunman shot ..."). The statement's subject is then supplied from the noun the clause is said of, as
text only, so the words before "took place" say what happened. Invented articles only."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.models import TimelineEntry
from tests.story.story_tools import annotated_article, timeline_of

TUESDAY = dt.date(2024, 3, 5)  # published the day after Monday 4 March 2024


def _rows(nlp: Language, articles: list[tuple[str, str]]) -> list[TimelineEntry]:
    return timeline_of([annotated_article(nlp, name, text, TUESDAY, f"Outlet {name}")
                        for name, text in articles])


@pytest.mark.parametrize(("told_in_passing", "told"), [
    ("Three teens were arrested on Friday for the shooting that took place on Monday outside a "
     "Dunmore school.", "A gunman killed Jo Varga outside a Dunmore school on Monday."),
    ("Police said the explosion that occurred in Dunmore on Monday was deliberate.",
     "A bomb exploded at the Calder Savings bank in Dunmore on Monday."),
])
def test_a_happening_said_to_take_place_in_a_relative_clause_is_one_row(nlp, told_in_passing, told):
    rows = _rows(nlp, [("a", told_in_passing), ("b", told)])
    assert [row.corroboration for row in rows if row.date.value == "2024-03-04"] == [2]


def test_another_happening_said_to_take_place_in_a_relative_clause_stays_apart(nlp):
    rows = _rows(nlp, [("a", "Parents cheered the graduation that took place on Monday outside the Harlow "
                             "Academy in Dunmore."),
                       ("b", "A gunman shot a teacher outside the Harlow Academy in Dunmore on Monday.")])
    assert [row.corroboration for row in rows if row.date.value == "2024-03-04"] == [1, 1]
