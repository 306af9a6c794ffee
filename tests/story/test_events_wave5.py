"""One real event, one row, at its own date (issue 16, wave 5). Invented articles only."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.predicates import verbs_named_by
from generator.models import Article, ArticleAnnotations, TimelineEntry
from generator.story.pronoun_subjects import nearest_person_before
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


def _estimated(nlp: Language, name: str, text: str, guess: dt.date) -> tuple[Article, ArticleAnnotations]:
    """An article whose publication date is only the earliest day its text allows."""
    article, annotation = annotated_article(nlp, name, text, guess, f"Outlet {name}")
    return article.model_copy(update={"published_estimated": True}), annotation


def test_last_week_in_a_saturday_article_can_mean_the_monday_of_that_week(nlp):
    rows = _rows(nlp,
                 ("a", "Orin Vale escaped from the Tolven jail on Monday morning.", D(2024, 5, 7)),
                 ("b", "Orin Vale escaped from the Tolven jail last week, the police said.", D(2024, 5, 11)))
    escaped = [row for row in rows if "escaped" in row.text]
    assert len(escaped) == 1
    assert escaped[0].date.value.startswith("2024-05-06") and escaped[0].corroboration == 2


def test_last_week_still_keeps_apart_what_happened_after_it(nlp):
    rows = _rows(nlp,
                 ("a", "Orin Vale escaped from the Tolven jail on Friday.", D(2024, 5, 11)),
                 ("b", "Orin Vale escaped from the Tolven jail last week.", D(2024, 5, 8)))
    assert len([row for row in rows if "escaped" in row.text]) == 2


def test_a_weekday_counted_from_a_guessed_publication_date_joins_the_dated_telling(nlp):
    dated = annotated_article(nlp, "a", "A judge sentenced Dara Quill to life in prison on Saturday.",
                              D(2023, 12, 10), "Outlet a")
    guessed = _estimated(nlp, "b", "Dara Quill, who shot two guards on March 3, 2021, was sentenced to life "
                                   "on Saturday by a judge.", D(2021, 3, 3))
    rows = timeline_of([dated, guessed])
    sentenced = [row for row in rows if "sentenced" in row.text]
    assert len(sentenced) == 1
    assert sentenced[0].date.value == "2023-12-09"  # the dated article's day, not the guess


def test_a_guessed_weekday_never_joins_an_earlier_telling(nlp):
    dated = annotated_article(nlp, "a", "A judge sentenced Dara Quill to life in prison on Saturday.",
                              D(2019, 12, 10), "Outlet a")
    guessed = _estimated(nlp, "b", "Dara Quill, who shot two guards on March 3, 2021, was sentenced to life "
                                   "on Saturday by a judge.", D(2021, 3, 3))
    assert len([row for row in timeline_of([dated, guessed]) if "sentenced" in row.text]) == 2


@pytest.mark.parametrize(("sentence", "value"), [
    ("Tomas Reyl was suspended for the 2019 season by the Tolven league.", "2019"),
    ("Tomas Reyl was chosen in the second round of the 2019 draft by the Tolven Owls.", "2019"),
])
def test_a_date_before_a_period_or_a_placed_part_still_dates_the_clause(nlp, sentence, value):
    rows = _rows(nlp, ("a", sentence, D(2024, 5, 10)))
    assert [row.date.value for row in rows] == [value]


def test_a_noun_made_from_a_verb_tells_that_verb_s_happening(nlp):
    rows = _rows(nlp,
                 ("a", "A gas main exploded under a bakery in Tolven on Monday.", D(2024, 5, 7)),
                 ("b", "The explosion in Tolven on Monday was heard across the valley.", D(2024, 5, 8)))
    assert len(rows) == 1 and rows[0].corroboration == 2


def test_nominal_endings_give_the_verb_back():
    assert {"explode"} <= verbs_named_by("explosion") and {"arrive"} <= verbs_named_by("arrival")
    assert {"shoot"} <= verbs_named_by("shooting") and {"rob"} <= verbs_named_by("robbery")
    assert {"announce"} <= verbs_named_by("announcement") and {"discover"} <= verbs_named_by("discovery")
    assert not verbs_named_by("ring") and not verbs_named_by("bakery") & {"bake"}


def test_a_he_that_opens_a_statement_is_compared_as_the_person_named_before_it(nlp):
    # A month-wide date: the wave-4 join of tellings that name nobody (one day wide) does not apply.
    rows = _rows(nlp,
                 ("a", "The police named Orin Vale, 41, a welder. He escaped in early May, officers said.",
                  D(2024, 5, 20)),
                 ("b", "Orin Vale escaped on May 6 from a van near the Tolven bridge.", D(2024, 5, 21)))
    escaped = [row for row in rows if "escaped" in row.text.lower()]
    assert len(escaped) == 1 and escaped[0].corroboration == 2
    assert escaped[0].text.startswith("Orin Vale") and escaped[0].date.value == "2024-05-06"


def test_a_he_named_too_far_back_is_nobody(nlp):
    text = ("The police named Orin Vale. The van was found. The road was shut. The bridge was closed. "
            "He escaped on Monday.")
    _, annotation = annotated_article(nlp, "b", text, D(2024, 5, 8))
    mentions = sorted((e.start, e.end, e.text) for e in annotation.entities)
    sentences = annotation.sentences

    def is_person(entity: str) -> bool:
        return entity == "Orin Vale"

    assert nearest_person_before(sentences[2], mentions, sentences, is_person) == "Orin Vale"
    assert nearest_person_before(sentences[4], mentions, sentences, is_person) is None


def test_a_state_measured_as_of_a_day_is_no_event(nlp):
    rows = _rows(nlp, ("a", "As of February, the Tolven store accounts for 70% of all sales in the valley.",
                       D(2024, 4, 9)))
    assert rows == []


def test_a_change_as_of_a_day_is_an_event(nlp):
    rows = _rows(nlp, ("a", "As of Monday, the Tolven council closed the old bridge to all traffic.",
                       D(2024, 4, 9)))
    assert [row.date.value for row in rows] == ["2024-04-08"]
