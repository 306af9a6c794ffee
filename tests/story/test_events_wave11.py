"""One dismissal, one crash, one row (issue 16, wave 11): phrasal verbs of dismissal and a vehicle's
"accident", "ran over", "mowed down" in the predicate classes. Invented articles only."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.predicates import classes_of_lemmas
from generator.models import TimelineEntry
from tests.story.story_tools import annotated_article, timeline_of

TUESDAY = dt.date(2024, 3, 5)  # published the day after Monday 4 March 2024


def _rows(nlp: Language, articles: list[tuple[str, str]]) -> list[TimelineEntry]:
    return timeline_of([annotated_article(nlp, name, text, TUESDAY, f"Outlet {name}")
                        for name, text in articles])


def test_a_phrasal_verb_of_dismissal_and_not_its_bare_verb():
    assert classes_of_lemmas(["push_out"]) == classes_of_lemmas(["force_out"]) == {"dismiss"}
    assert not classes_of_lemmas(["push"]) and not classes_of_lemmas(["force"])
    assert classes_of_lemmas(["accident"]) == {"crash"} and "crash" in classes_of_lemmas(["run_over"])
    assert not classes_of_lemmas(["run"]) and not classes_of_lemmas(["run_out"])


@pytest.mark.parametrize("pushed", [
    "General manager Sam Petri pushed out Dean Varga on Monday after one season.",
    "The board forced out Dean Varga on Monday after one season.",
])
def test_fired_and_pushed_out_are_one_row(nlp, pushed):
    rows = _rows(nlp, [("a", "The Harlow Hawks fired coach Dean Varga on Monday."), ("b", pushed)])
    assert [(row.date.value, row.corroboration) for row in rows] == [("2024-03-04", 2)]


def test_pushed_alone_is_no_dismissal(nlp):
    rows = _rows(nlp, [("a", "The Harlow Hawks fired coach Dean Varga on Monday."),
                       ("b", "Fans pushed Dean Varga's stalled car along Mill Road on Monday.")])
    assert len(rows) == 2


@pytest.mark.parametrize("struck", [
    "A delivery van rammed Ina Kell in Dunmore on Monday night.",
    "A speeding van mowed down Ina Kell in Dunmore on Monday night.",
])
def test_an_accident_and_how_the_car_struck_are_one_row(nlp, struck):
    rows = _rows(nlp, [("a", "Ina Kell died after a hit-and-run accident in Dunmore on Monday night."),
                       ("b", struck)])
    assert len(rows) == 1 and rows[0].corroboration == 2


def test_an_accident_of_another_person_stays_apart(nlp):
    rows = _rows(nlp, [("a", "Ina Kell was hurt in an accident in Dunmore on Monday."),
                       ("b", "A driver ran over Joss Amari in Calder on Monday.")])
    assert len(rows) == 2
