"""One real event, one row (issue 16, wave 4): tellings that name nobody, main-verb classes, dates that
date something else. Invented articles only."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate.predicates import classes_of_lemmas
from generator.story.timeline import build_timeline
from tests.story.story_tools import annotated_article

D = dt.date
TYPES = {"PERSON": "person", "GPE": "place", "ORG": "organization", "NORP": "group"}


def _rows(nlp, *articles: tuple[str, str, dt.date]):
    """The timeline of the articles, with entity types from the model's labels (as resolve gives)."""
    pairs = [annotated_article(nlp, name, text, published, f"Outlet {name}")
             for name, text, published in articles]
    annotations = [annotation for _, annotation in pairs]
    entity_ids = {(n.article_id, e.start, e.end): "e-" + e.text.lower().replace(" ", "-")
                  for n in annotations for e in n.entities}
    types = {"e-" + e.text.lower().replace(" ", "-"): TYPES[e.label]
             for n in annotations for e in n.entities}
    return build_timeline([a for a, _ in pairs], annotations, entity_ids, types)


def _telling(rows, words: str):
    return [row for row in rows if any(words in source.sentence for source in row.sources)]


def test_a_telling_that_names_nobody_joins_the_row_of_its_day(nlp):
    rows = _rows(
        nlp,
        ("a", "Mara Velden checked into the Ostrow clinic on Thursday.", D(2024, 5, 10)),
        ("b", "Piet Arnaud, a lawyer for Mara Velden, spoke to reporters. She checked in on Thursday.",
         D(2024, 5, 10)))
    joined = _telling(rows, "checked in")
    assert len(joined) == 1 and joined[0].corroboration == 2
    assert joined[0].text.startswith("Mara Velden")  # the named telling is the wording


def test_a_telling_that_could_be_either_of_two_rows_stays_apart(nlp):
    rows = _rows(
        nlp,
        ("a", "Tomas Brell died in Harwick on Friday.", D(2024, 5, 11)),
        ("b", "Ivo Markan died in Lenmore on Friday.", D(2024, 5, 11)),
        ("c", "Tomas Brell and Ivo Markan went climbing together. A climber died on Friday.", D(2024, 5, 11)))
    assert len(_telling(rows, "died")) == 3


def test_a_telling_whose_article_names_nobody_of_the_row_stays_apart(nlp):
    rows = _rows(
        nlp,
        ("a", "Tomas Brell died in Harwick on Friday.", D(2024, 5, 11)),
        ("b", "A climber died on Friday.", D(2024, 5, 11)))
    assert len(_telling(rows, "died")) == 2


def test_a_report_that_names_nobody_is_never_joined(nlp):
    rows = _rows(
        nlp,
        ("a", "Mara Velden checked into the Ostrow clinic on Thursday.", D(2024, 5, 10)),
        ("b", "Mara Velden spoke briefly. She said on Thursday that the clinic was quiet.", D(2024, 5, 10)))
    assert {row.kind for row in _telling(rows, "Thursday")} == {"event", "report"}


def test_a_class_named_only_in_passing_does_not_tie_two_tellings(nlp):
    rows = _rows(
        nlp,
        ("a", "Oren Vask went on a shooting rampage in Harwick in March 2021.", D(2022, 6, 1)),
        ("b", "A jury found Oren Vask guilty of the Harwick shooting in March 2021.", D(2022, 6, 1)))
    assert len(_telling(rows, "Vask")) == 2


def test_a_verdict_and_a_sentence_are_different_happenings():
    assert not classes_of_lemmas(["guilty"]) & classes_of_lemmas(["sentence"])
    assert classes_of_lemmas(["convict"]) & classes_of_lemmas(["verdict"])
    assert classes_of_lemmas(["lose"]) & classes_of_lemmas(["defeat"])  # one result, told by either side


def test_an_amount_of_delay_is_no_date(nlp):
    rows = _rows(nlp, ("a", "The Zeta airliner will arrive in Harwick on November 11, two weeks later than "
                            "first scheduled.", D(2024, 11, 1)))
    assert [row.date.value for row in rows] == ["2024-11-11"]


@pytest.mark.parametrize(("sentence", "dated", "left_out"), [
    ("Dana Kell fought a lawsuit in 2003 and took four weeks off in late 2008.", "2003", "four weeks"),
    ("Dana Kell fought a lawsuit in 2003 and took four weeks off in late 2008.", "2008", "lawsuit"),
])
def test_a_conjunct_with_its_own_date_is_not_part_of_the_other_statement(nlp, sentence, dated, left_out):
    row = next(row for row in _rows(nlp, ("a", sentence, D(2011, 1, 20))) if row.date.value == dated)
    assert left_out not in row.text


def test_a_date_of_a_thing_named_in_passing_makes_no_row(nlp):
    rows = _rows(nlp, ("a", "Fresh riots broke out in Harwick on Saturday in protest at the killing of a "
                            "student a week ago.", D(2024, 3, 11)))
    assert [row.date.value for row in rows] == ["2024-03-09"]
