"""A modal with the perfect looks back (invented sentences): "could have been prevented on Monday"
tells a Monday already past; "will have reopened by Monday" and "could reopen on Monday" look ahead."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate.timex.find import find_timexes

PUBLISHED = dt.date(2031, 5, 21)  # a Wednesday: the Monday before is 19 May, the one after 26 May

# (sentence, the value of its "Monday" read against PUBLISHED)
MONDAYS = [
    ("Colleagues said her fall on Monday could have been prevented.", "2031-05-19"),
    ("The crash on Monday might have been avoided, the inspector said.", "2031-05-19"),
    ("The climber may have died on Monday, the coroner said.", "2031-05-19"),
    ("She would have turned 60 on Monday.", "2031-05-19"),
    ("The driver should have stopped on Monday.", "2031-05-19"),
    ("The depot will have reopened by Monday.", "2031-05-26"),
    ("The depot could reopen on Monday.", "2031-05-26"),
    ("The depot should reopen on Monday.", "2031-05-26"),
]


@pytest.mark.parametrize(("sentence", "value"), MONDAYS)
def test_the_modal_perfect_places_monday_before_the_telling(nlp, sentence, value):
    found = [t for t in find_timexes(sentence, PUBLISHED, nlp(sentence)) if t.text == "Monday"]
    assert [t.value for t in found] == [value]
