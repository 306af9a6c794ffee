"""A date on a happening noun under a future or modal verb (invented sentences): "her death on Monday
will be investigated" dates the death, not the investigation. When the same article tells that
happening as done on the same date, the date is the one before the telling; a planned happening, or
one the article tells as done on another day, stays ahead."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate.timex.find import find_timexes

PUBLISHED = dt.date(2031, 5, 21)  # a Wednesday
MONDAY_BEFORE, MONDAY_AFTER = "2031-05-19", "2031-05-26"
FRIDAY_BEFORE, FRIDAY_AFTER = "2031-05-16", "2031-05-23"

# (article, the happening noun and its date, the value that date should take)
ARTICLES = [
    # the noun's verb told as done that day, before or after the noun
    ("The singer died on Monday at her home. Her death on Monday will be investigated, police said.",
     "death on Monday", MONDAY_BEFORE),
    ("Her death on Monday will be investigated, police said. The singer died on Monday at her home.",
     "death on Monday", MONDAY_BEFORE),
    # the same noun told in a past clause that day
    ("A crash on Friday killed two drivers. The crash on Friday will be reviewed by inspectors.",
     "crash on Friday will", FRIDAY_BEFORE),
    ("The plane crashed on Friday. The crash on Friday is being reviewed.", "crash on Friday is",
     FRIDAY_BEFORE),
    ("The council approved the plan on Monday. Its approval on Monday could trigger a lawsuit.",
     "approval on Monday", MONDAY_BEFORE),
    # planned, or no telling of it as done: ahead
    ("The election on Monday will decide the mayor.", "election on Monday", MONDAY_AFTER),
    ("Her death on Monday will be investigated.", "death on Monday", MONDAY_AFTER),
    ("Voters elected a council last month. The election on Monday will decide the mayor.",
     "election on Monday", MONDAY_AFTER),
    # told as done on another day: a different happening
    ("The singer died on Sunday. His death on Monday would be a shock.", "death on Monday",
     MONDAY_AFTER),
    # the same day but another happening
    ("The plant closed on Friday. The inspection on Friday will decide its fate.",
     "inspection on Friday", FRIDAY_AFTER),
    # the noun's own word of plan wins
    ("Staff evacuated the tower on Friday. The planned evacuation on Friday will go ahead.",
     "evacuation on Friday", FRIDAY_AFTER),
]


@pytest.mark.parametrize(("article", "dated_noun", "value"), ARTICLES)
def test_a_happening_told_as_done_is_dated_before_the_telling(nlp, article, dated_noun, value):
    weekday = dated_noun.split()[2]
    start = article.index(dated_noun) + dated_noun.index(weekday)
    found = [t for t in find_timexes(article, PUBLISHED, nlp(article)) if t.start == start]
    assert [t.value for t in found] == [value]
