"""Days a clause gives to what it holds (invented sentences, rules of English):

* a clock time takes the day its own verb is dated by further on in the sentence ("fired at 3:20 p.m.
  in the harbour Tuesday" is Tuesday's 3:20 p.m., not the publication day's);
* a gerund or participle clause has no tense of its own: a month in it is read by the tense of the
  clause it hangs on ("split off in July after voting in a January referendum" is the January before);
* the perfect participle looks back ("Having closed the quay in March, ...")."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate.timex.find import find_timexes

PUBLISHED = dt.date(2031, 11, 14)  # a Friday: the Tuesday before is 11 November

# (sentence, expression, its value read against PUBLISHED)
CASES = [
    ("Rebel gunboats fired four shells at 3:20 p.m. in the harbour Tuesday, the coastguard said.",
     "3:20 p.m.", "2031-11-11T15:20"),
    ("Rebel gunboats fired four shells at 3:20 p.m. near the harbour on 10 November, the coastguard said.",
     "3:20 p.m.", "2031-11-10T15:20"),
    ("The island split off into a separate state in July after voting for independence in a January "
     "referendum.", "January", "2031-01"),
    ("Voting in a March referendum, the islanders chose independence.", "March", "2031-03"),
    ("Having closed the quay in March, the board reopened it in June.", "March", "2031-03"),
    # unchanged: a plan stays ahead, a clock time with its own day keeps it, a day on another verb
    # or two days on one leave the clock where it was
    ("The mayor will resign after voting on the budget in January.", "January", "2032-01"),
    ("Rebel gunboats fired at 3 p.m. on Tuesday and again on Wednesday.", "3 p.m. on Tuesday",
     "2031-11-11T15:00"),
    ("Rebel gunboats fired at 3 p.m. and the ferry sank on Wednesday.", "3 p.m.", "2031-11-14T15:00"),
    ("The ferry sailed at 6 a.m. on 10 November and 11 November.", "6 a.m.", "2031-11-14T06:00"),
]


@pytest.mark.parametrize(("sentence", "expression", "value"), CASES)
def test_the_clause_gives_the_day(nlp, sentence, expression, value):
    found = [t.value for t in find_timexes(sentence, PUBLISHED, nlp(sentence)) if t.text == expression]
    assert found == [value]
