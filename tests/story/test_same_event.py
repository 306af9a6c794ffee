"""One real event, one timeline row (issue 16): each merge rule on invented articles."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate.predicates import classes_of_lemmas, predicate_classes
from tests.story.story_tools import annotated_article, timeline_of

D = dt.date


def _rows_mentioning(nlp, word: str, *articles: tuple[str, str, dt.date]):
    timeline = timeline_of([annotated_article(nlp, name, text, published, f"Outlet {name}")
                          for name, text, published in articles])
    return [entry for entry in timeline if any(word in s.sentence for s in entry.sources)]


def test_a_word_may_name_several_classes_and_agrees_with_each():
    assert {"dismiss", "blaze", "kill"} <= classes_of_lemmas(["fire"])
    assert classes_of_lemmas(["fire"]) & classes_of_lemmas(["sack"])
    assert classes_of_lemmas(["fire"]) & classes_of_lemmas(["blaze"])
    assert not classes_of_lemmas(["sack"]) & classes_of_lemmas(["blaze"])
    assert predicate_classes(("the", "club", "sacked", "its", "coach")) == {"dismiss"}


def test_lemmas_of_the_statement_are_stored_with_its_date(nlp):
    _, annotations = annotated_article(nlp, "a", "Brightwater Mills acquired the Corrin dairy on Monday.",
                                    D(2024, 3, 6))
    event = annotations.timexes[0].event
    assert event is not None and event.predicate == "acquire"
    assert {"acquire", "dairy"} <= set(event.lemmas)


def test_different_words_of_one_class_and_a_shared_participant_make_one_row(nlp):
    rows = _rows_mentioning(
        nlp, "Corrin",
        ("a", "Brightwater Mills bought the Corrin dairy on Monday.", D(2024, 3, 6)),
        ("b", "The acquisition of the Corrin dairy by Brightwater Mills was completed on March 4.",
         D(2024, 3, 7)))
    assert len(rows) == 1 and rows[0].corroboration == 2


def test_the_same_verb_with_a_shared_participant_needs_no_table(nlp):
    rows = _rows_mentioning(
        nlp, "Pellow",
        ("a", "Dorian Pellow escaped from a prison van near Harwick on Monday.", D(2024, 3, 6)),
        ("b", "Guards said Dorian Pellow escaped on Monday morning while being moved.", D(2024, 3, 5)))
    assert len(rows) == 1 and rows[0].corroboration == 2
    assert rows[0].date.value == "2024-03-04TMO"  # the most precise of the compatible dates


def test_a_participant_named_outside_the_clause_still_counts(nlp):
    rows = _rows_mentioning(
        nlp, "Quillan",
        ("a", "Marta Quillan, 34, was killed on Oct. 21, 2023 while walking in Eastbrook.", D(2023, 10, 22)),
        ("b", "Two men are accused of killing Marta Quillan in Eastbrook on Oct. 21, 2023.", D(2024, 2, 1)))
    assert len(rows) == 1 and rows[0].corroboration == 2
    assert not rows[0].text.startswith("Was")  # the mention that lost its subject is not the wording


@pytest.mark.parametrize(("word", "articles"), [
    pytest.param("fire", (("a", "A fire destroyed the Harwick mill on Tuesday.", D(2024, 3, 6)),
                          ("b", "A fire destroyed a barn in Lenmore on Tuesday.", D(2024, 3, 6))),
                 id="no shared participant or place"),
    pytest.param("Pellow", (
        ("a", "Dorian Pellow escaped from a prison van near Harwick on Monday.", D(2024, 3, 6)),
        ("b", "Dorian Pellow escaped from a prison van near Harwick in June 2019.", D(2024, 3, 6))),
                 id="dates that cannot mean the same time"),
    pytest.param("Orvell", (("a", "Nadia Orvell joined the Harwick choir in 2001 and Tomas Brell left the "
                                  "Lenmore band in 2005.", D(2024, 3, 6)),),
                 id="two statements of one sentence"),
])
def test_two_like_tellings_that_are_two_events_stay_two_rows(nlp, word, articles):
    assert len(_rows_mentioning(nlp, word, *articles)) == 2


def test_two_dates_of_one_statement_are_one_row(nlp):
    rows = _rows_mentioning(nlp, "Orvell",
                            ("a", "Nadia Orvell led the Harwick choir from 2001 to 2005.", D(2024, 3, 6)))
    assert len(rows) == 1
    assert {rows[0].date.value, *(d.value for d in rows[0].other_dates)} == {"2001", "2005"}


def test_a_report_of_the_event_stays_a_row_of_its_own(nlp):
    rows = _rows_mentioning(
        nlp, "Corrin",
        ("a", "Brightwater Mills bought the Corrin dairy on Monday, the Harwick Ledger reported on Tuesday.",
         D(2024, 3, 6)),
        ("b", "Brightwater Mills bought the Corrin dairy on Monday.", D(2024, 3, 6)))
    kinds = sorted(row.kind for row in rows)
    assert kinds == ["event", "report"]
    assert next(r for r in rows if r.kind == "event").corroboration == 2


def test_the_row_reads_the_mention_with_a_named_subject(nlp):
    rows = _rows_mentioning(
        nlp, "Harwick",
        ("a", "It bought the Harwick mill from Corrin Foods on Monday.", D(2024, 3, 6)),
        ("b", "Brightwater Mills bought the Harwick mill from Corrin Foods on Monday.", D(2024, 3, 6)))
    assert len(rows) == 1 and rows[0].corroboration == 2
    assert rows[0].text == "Brightwater Mills bought the Harwick mill from Corrin Foods"


def test_a_date_restated_in_other_units_is_one_row(nlp):
    rows = _rows_mentioning(nlp, "Harwick", (
        "a", "The Lenmore glider made its first flight Tuesday in Harwick at 18:00 UTC.", D(2024, 3, 6)))
    assert len(rows) == 1
    assert rows[0].date.value == "2024-03-05T18:00Z"
