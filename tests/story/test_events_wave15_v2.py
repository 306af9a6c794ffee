"""One past happening, one row (issue 16, wave 15): background a profile tells in other words.
Invented articles only.

* Taking someone on is told by either side: "the club hired him" / "he joined the club"; a player
  "drafted" or "selected in the draft" by a team (`predicates.PREDICATE_CLASSES["appoint"]`).
* Two dates joined in one phrase of one verb ("made the playoffs in 2002 and 2003") are one row with
  both dates, not one row per year (`same_event.dates_conjoined`).
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from generator.models import TimelineEntry
from tests.story.story_tools import annotated_article, timeline_of

PUBLISHED = dt.date(2019, 5, 14)


def _rows(nlp: Language, articles: list[tuple[str, str]]) -> list[TimelineEntry]:
    return timeline_of([annotated_article(nlp, name, text, PUBLISHED, f"Outlet {name}")
                        for name, text in articles])


def _counts(rows: list[TimelineEntry], value: str) -> list[int]:
    return [row.corroboration for row in rows if row.date.value == value]


def test_hired_by_a_club_and_joined_the_club_on_one_day_are_one_row(nlp: Language) -> None:
    rows = _rows(nlp, [("a", "Dena Kessler stayed for five seasons until the Falcons hired her as head "
                             "coach on June 4, 2013."),
                       ("b", "Dena Kessler joined the Falcons on June 4, 2013, after five seasons as an "
                             "assistant coach.")])
    assert _counts(rows, "2013-06-04") == [2], [(r.date.value, r.text) for r in rows]


def test_joining_another_club_that_day_stays_apart(nlp: Language) -> None:
    rows = _rows(nlp, [("a", "The Falcons hired Dena Kessler as head coach on June 4, 2013."),
                       ("b", "Omar Prieto joined the Hawks on June 4, 2013, as an assistant coach.")])
    assert _counts(rows, "2013-06-04") == [1, 1], [(r.date.value, r.text) for r in rows]


def test_a_draft_choice_and_a_selection_in_the_draft_are_one_row(nlp: Language) -> None:
    rows = _rows(nlp, [("a", "Dena Kessler was a third-round draft choice of the Harlow Falcons in 2001 "
                             "and played nine seasons with the team."),
                       ("b", "Dena Kessler was selected by the Harlow Falcons in the third round of the "
                             "2001 draft.")])
    assert _counts(rows, "2001") == [2], [(r.date.value, r.text) for r in rows]


def test_two_years_joined_in_one_phrase_are_one_row(nlp: Language) -> None:
    rows = _rows(nlp, [("a", "With Kessler in charge, the Falcons made the playoffs in 2014 and 2015 "
                             "but did not get beyond the first round.")])
    dated = [row for row in rows if row.date.value in {"2014", "2015"}]
    assert len(dated) == 1, [(r.date.value, r.text) for r in rows]


def test_two_years_of_two_verbs_stay_two_rows(nlp: Language) -> None:
    rows = _rows(nlp, [("a", "The Falcons reached the playoffs in 2014 and missed them in 2015.")])
    assert sorted(row.date.value for row in rows) == ["2014", "2015"], [(r.date.value, r.text) for r in rows]
