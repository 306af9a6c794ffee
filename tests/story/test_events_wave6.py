"""One real event, one row (issue 16, wave 6). Invented articles only."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

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
