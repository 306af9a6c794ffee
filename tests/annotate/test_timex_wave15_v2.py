"""Which clause a date dates (wave 15, background in a profile). Invented text.

* A participle set off by commas after the subject ("Hart, fired on June 8, is seeking ..."), which
  the parse can take for the main verb with the real one joined to it: its date dates the participle
  alone, told with its "be" ("Hart was fired"), never the main clause (`timex/appositive_participles.py`).
* A year before the subject of "be a <noun>" ("The 1992 graduate of Harlow College was a three-year
  captain") says which one the subject is; the clause puts it in a class, a state with no day: the year
  dates no clause (`date_attachment._classes_its_subject`).
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.timex.events import attach_events
from generator.annotate.timex.find import find_timexes

DAY = dt.date(2025, 4, 3)


@pytest.fixture(scope="module")
def nlp() -> Language:
    from generator.annotate.nlp import load_pipeline

    return load_pipeline("en_core_web_sm")


def _events(nlp: Language, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    timexes = find_timexes(text, DAY, doc)
    attach_events(timexes, doc)
    return {t.text: t.event.text if t.event is not None else None for t in timexes}


def test_a_participle_in_apposition_read_as_the_main_verb_dates_itself_alone(nlp: Language) -> None:
    # The parse makes "fired" the root and "is seeking" a verb joined to it.
    events = _events(nlp, "The league said the review began last year. Hart, fired on June 8, is asking "
                          "for $4 million in a wrongful-dismissal claim against Lakeview State.")
    assert events["June 8"] == "Hart was fired", events


@pytest.mark.parametrize("sentence", [
    "Marta Lind, hired in March 2001, is leading the review.",
    "Kerr, traded to Denver in 2019, has scored 40 goals this season.",
])
def test_a_participle_in_apposition_parsed_as_one_dates_itself(nlp: Language, sentence: str) -> None:
    events = _events(nlp, sentence)
    first = next(iter(events.values()))
    assert first is not None and " was " in first and "is leading" not in first and "scored" not in first


def test_two_verbs_joined_by_and_keep_their_shared_date(nlp: Language) -> None:
    events = _events(nlp, "Hart resigned on June 8 and joined a rival club.")
    assert events["June 8"] is not None and "joined" in events["June 8"], events


@pytest.mark.parametrize(("sentence", "year"), [
    ("The 1992 graduate of Harlow College was a three-year captain.", "1992"),
    ("The 1998 winner of the Cole Prize was a two-time finalist.", "1998"),
])
def test_a_year_naming_which_subject_dates_no_class_it_is_put_in(nlp: Language, sentence: str,
                                                                year: str) -> None:
    assert _events(nlp, sentence)[year] is None


@pytest.mark.parametrize(("sentence", "year"), [
    ("The 2004 vote was a landslide.", "2004"),  # a happening as the subject
    ("The 2004 flood was the worst in the valley's history.", "2004"),  # "the worst": no class
])
def test_a_year_before_a_happening_or_a_ranked_subject_still_dates_it(nlp: Language, sentence: str,
                                                                     year: str) -> None:
    assert _events(nlp, sentence)[year] is not None
