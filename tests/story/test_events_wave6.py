"""One real event, one row (issue 16, wave 6). Invented articles only."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.predicates import classes_of_lemmas
from generator.models import TimelineEntry, TimexEvent
from generator.story.event_candidates import themes_of
from tests.story.story_tools import annotated_article, timeline_of

D = dt.date
# An opening long enough that two tellings share too few words to join by word overlap alone.
LONG_OPENING = ("Wen Harlow, a retired schoolteacher who founded the Tolven choir and ran its bakery "
                "for years,")


def _rows(nlp: Language, *articles: tuple[str, str, dt.date]) -> list[TimelineEntry]:
    return timeline_of([annotated_article(nlp, name, text, published, f"Outlet {name}")
                        for name, text, published in articles])


def test_themes_are_what_a_statement_is_about_not_what_happened_or_when():
    event = TimexEvent(text="x", start=0, end=1, lemmas=["cancer", "fight", "morning", "take", "year"],
                       predicate="fight")
    assert themes_of(event) == frozenset({"cancer"})
    acquisition = TimexEvent(text="x", start=0, end=1, lemmas=["acquisition", "bakery", "complete"],
                             predicate="complete")
    assert themes_of(acquisition) == frozenset({"bakery"})  # "acquisition" names a class of its own


def test_one_verb_about_one_thing_in_one_year_is_one_row(nlp):
    rows = _rows(nlp, ("a", f"{LONG_OPENING} coached the Tolven rowing team in 2004.", D(2011, 1, 5)),
                 ("b", "Wen Harlow has been coaching the rowing team since 2004, his family said.",
                  D(2011, 1, 6)))
    coached = [row for row in rows if "team" in row.text]
    assert len(coached) == 1 and coached[0].corroboration == 2


def test_one_verb_about_two_things_in_one_year_stays_two_rows(nlp):
    rows = _rows(nlp, ("a", f"{LONG_OPENING} won a chess tournament in 2004.", D(2011, 1, 5)),
                 ("b", "Wen Harlow won the mayoral election in 2004, his family said.", D(2011, 1, 6)))
    assert len([row for row in rows if "won" in row.text]) == 2


def test_one_thing_with_two_verbs_in_one_year_stays_two_rows(nlp):
    rows = _rows(nlp, ("a", f"{LONG_OPENING} bought the Tolven bakery in 2004.", D(2011, 1, 5)),
                 ("b", "Wen Harlow sold the Tolven bakery in 2004, his family said.", D(2011, 1, 6)))
    assert len([row for row in rows if "bakery" in row.text]) == 2


# --------------------------------------------------------------------------- whose date it is


def test_a_date_before_the_comma_of_an_attribution_dates_what_is_reported(nlp):
    rows = _rows(nlp, ("a", "Jon Varn was arrested in Tolven at 1:30 a.m. Friday, the police said.",
                       D(2024, 1, 17)))
    assert [(row.kind, row.date.value) for row in rows] == [("event", "2024-01-12T01:30")]
    assert rows[0].text.startswith("Jon Varn was arrested in Tolven")


def test_a_date_of_the_speech_verb_itself_makes_a_report(nlp):
    rows = _rows(nlp, ("a", "The police said on Friday that Jon Varn was arrested in Tolven.",
                       D(2024, 1, 17)))
    assert [(row.kind, row.date.value) for row in rows] == [("report", "2024-01-12")]


def test_a_date_after_the_speaker_is_the_telling_s_own(nlp):
    for text in ("Jon Varn was arrested in Tolven, the police said on Friday.",
                 "The police on Friday said Jon Varn was arrested in Tolven."):
        rows = _rows(nlp, ("a", text, D(2024, 1, 17)))
        assert [(row.kind, row.date.value) for row in rows] == [("report", "2024-01-12")]


# --------------------------------------------------------------------------- phrasal verbs


def test_the_particle_decides_only_where_the_table_lists_it():
    assert classes_of_lemmas(["check_in"]) == classes_of_lemmas(["check"]) == frozenset({"enter"})
    assert classes_of_lemmas(["check_out"]) == frozenset()
    assert classes_of_lemmas(["step_down"]) == frozenset({"resign"})
    assert classes_of_lemmas(["step_up"]) == frozenset()
    assert classes_of_lemmas(["gun_down"]) == classes_of_lemmas(["gun"]) == frozenset({"kill"})


@pytest.mark.parametrize(("second", "rows_expected"), [
    ("Wen Harlow checked out of the Tolven clinic on Friday, a spokesman said.", [1, 1]),  # two happenings
    ("Wen Harlow checked in at the Tolven clinic on Friday, a spokesman said.", [2]),  # one, told twice
])
def test_a_phrasal_verbs_particle_decides_whether_two_tellings_are_one_row(nlp, second, rows_expected):
    rows = _rows(nlp, ("a", "Wen Harlow checked into the Tolven clinic on Friday, his agent said.",
                       D(2024, 1, 17)),
                 ("b", second, D(2024, 1, 17)))
    assert [row.corroboration for row in rows if "clinic" in row.text] == rows_expected


# --------------------------------------------------------------------------- lines without a clause


def test_date_stamps_and_bylines_make_no_rows(nlp):
    text = ("MARCH 13, 2013, 2: 30 AM.\n\n"
            "PUBLISHED: 10:15 EST, 5 March 2013 | UPDATED: 11:00 EST, 5 March 2013.\n\n"
            "By Jon Varn, March 13, 2013.\n\nA storm hit Tolven on Monday.")
    rows = _rows(nlp, ("a", text, D(2013, 3, 13)))
    assert [(row.date.value, row.text) for row in rows] == [("2013-03-11", "A storm hit Tolven")]


def test_a_caption_s_participle_with_a_place_to_go_is_a_clause(nlp):
    rows = _rows(nlp, ("a", "Wen Harlow climbing to a hut on Tolven peak on Saturday.", D(2013, 3, 13)))
    assert [(row.date.value, row.text) for row in rows] == [
        ("2013-03-09", "Wen Harlow climbing to a hut on Tolven peak")]
