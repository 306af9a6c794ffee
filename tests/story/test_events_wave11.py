"""One happening, one row (issue 16, wave 11): phrasal verbs of dismissal and a vehicle's "accident",
"ran over", "mowed down" in the predicate classes; the happening noun a date hangs on ("the arrest on
Monday came after a tip") as the statement's happening; a listed phrasal verb whose particle the
model reads as an adverb ("stepped down"). Invented articles only."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.predicates import classes_of_lemmas
from generator.annotate.timex.events import attach_events
from generator.annotate.timex.find import find_timexes
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


def _events(nlp: Language, sentence: str) -> list[tuple[str, str]]:
    doc = nlp(sentence)
    timexes = find_timexes(sentence, TUESDAY, doc)
    attach_events(timexes, doc)
    return [(timex.event.predicate, timex.event.happening) for timex in timexes if timex.event is not None]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Jonah Pell's arrest on Tuesday came after a tip from a neighbour.", ("", "arrest")),
    ("Monday's tremor was felt 200 kilometres away.", ("feel", "tremor")),
    ("The quake struck Velmora on Monday.", ("strike", "quake")),  # its subject names one (wave 14)
    ("Rescuers reached Velmora on Monday.", ("reach", "")),
    ("Nortec's profit on Monday rose sharply.", ("rise", "")),
    ("Officials said on Monday that the arrest was lawful.", ("say", "")),
])
def test_the_happening_a_date_hangs_on(nlp, sentence, expected):
    """A date on a noun that names a happening dates that happening ("the arrest on Tuesday"); a date
    on a verb names the happening its subject names ("the quake struck"), if any; a noun that names
    none ("profit") is no happening."""
    assert _events(nlp, sentence) == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Elise Varn stepped down as mayor on Monday.", "step_down"),
    ("Two prisoners broke out of Rellick Prison on Monday.", "break_out"),
    ("The mayor walked around the square on Monday.", "walk"),
])
def test_a_listed_phrasal_verb_whose_particle_the_model_reads_as_an_adverb(nlp, sentence, expected):
    """"stepped down": the small model makes "down" an adverb; the phrasal verb is taken only where
    the predicate table lists it."""
    assert _events(nlp, sentence)[0][0] == expected


@pytest.mark.parametrize(("first", "second"), [
    ("Police arrested Jonah Pell on Monday in connection with the robbery.",
     "Monday's arrest of Jonah Pell came after a tip from a neighbour."),
    ("Two inmates escaped from Rellick Prison on Monday.",
     "The breakout at Rellick Prison on Monday was the first in a decade."),
    ("Two inmates escaped from Rellick Prison on Monday.",
     "Two prisoners broke out of Rellick Prison on Monday."),
    ("Mayor Elise Varn resigned on Monday after the audit.", "Elise Varn stepped down as mayor on Monday."),
])
def test_a_happening_told_by_a_verb_and_by_the_dated_noun_is_one_row(nlp, first, second):
    rows = _rows(nlp, [("a", first), ("b", second)])
    assert [(row.date.value, row.corroboration) for row in rows] == [("2024-03-04", 2)]


def test_a_dated_noun_of_another_happening_stays_apart(nlp):
    rows = _rows(nlp, [("a", "Police arrested Jonah Pell on Monday in connection with the robbery."),
                       ("b", "Monday's escape of Jonah Pell came after a tip from a neighbour.")])
    assert len(rows) == 2

