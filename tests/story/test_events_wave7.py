"""One real event, one row (issue 16, wave 7): a telling that names nobody. Invented articles only."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from generator.models import TimelineEntry
from tests.story.story_tools import annotated_article, timeline_of

D = dt.date
MONDAY_AFTER = D(2024, 3, 5)  # published the day after Monday 4 March 2024


def _rows(nlp: Language, *articles: tuple[str, str]) -> list[TimelineEntry]:
    return timeline_of([annotated_article(nlp, name, text, MONDAY_AFTER, f"Outlet {name}")
                        for name, text in articles])


def _rows_with(rows: list[TimelineEntry], word: str) -> list[TimelineEntry]:
    return [row for row in rows if word in row.text.lower()]


def test_a_telling_that_names_nobody_joins_the_same_verb_about_the_same_thing(nlp):
    rows = _rows(nlp, ("a", "A fishing trawler sank in a storm off the northern coast on Monday."),
                 ("b", "The trawler owned by Marek Dunn sank near Kessel Point on Monday, a coastguard "
                       "spokesman told reporters."))
    sank = _rows_with(rows, "sank")
    assert len(sank) == 1 and sank[0].corroboration == 2


def test_two_tellings_that_name_two_people_stay_two_rows(nlp):
    rows = _rows(nlp, ("a", "Police arrested Peter Walsh at the harbour on Monday."),
                 ("b", "Police arrested Laura Bennett at the harbour on Monday."))
    assert len(_rows_with(rows, "arrested")) == 2


def test_the_same_verb_about_two_things_stays_two_rows(nlp):
    rows = _rows(nlp, ("a", "A fishing trawler sank in a storm off the northern coast on Monday."),
                 ("b", "The ferry of Marek Dunn sank in the river at Kessel Point on Monday."))
    assert len(_rows_with(rows, "sank")) == 2


def test_the_same_thing_under_two_verbs_stays_two_rows(nlp):
    rows = _rows(nlp, ("a", "A fishing trawler sank in a storm off the northern coast on Monday."),
                 ("b", "The trawler owned by Marek Dunn was towed to Kessel Point on Monday."))
    assert len(_rows_with(rows, "trawler")) == 2
