"""One happening, one row (issue 16, wave 15). A happening said to take place in a relative clause
("the shooting that took place on Monday") is the happening told by another article's verb ("a
gunman shot ..."). The statement's subject is then supplied from the noun the clause is said of, as
text only, so the words before "took place" say what happened. A step of justice ("arrested for
the shooting") tells that step, not the crime it names. Invented articles only."""

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


def test_an_arrest_for_a_shooting_is_no_telling_of_the_shooting(nlp):
    """"Arrested for the shooting" tells the arrest: the shooting is why. Told again as an arrest, it
    joins the arrest; it never joins the shooting, whose date it can overlap ("last week")."""
    rows = _rows(nlp, [("a", "Two men were arrested on Friday for the shooting of Jo Varga in Dunmore."),
                       ("b", "A gunman shot Jo Varga in Dunmore last week."),
                       ("c", "Police arrested two men in Dunmore on Friday.")])
    assert sorted((row.date.value, row.corroboration) for row in rows) == [("2024-03-01", 2), ("2024-W09", 1)]


def test_a_step_of_justice_told_twice_is_one_row(nlp):
    rows = _rows(nlp, [("a", "Jo Varga was charged on Friday with the robbery of the Verrin Gallery."),
                       ("b", "Prosecutors charged Jo Varga with theft on Friday.")])
    assert [row.corroboration for row in rows] == [2]
