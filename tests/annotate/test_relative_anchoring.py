"""Relative dates anchored on the right reference (issue 16): invented sentences, an article published
on Wednesday 6 March 2024 unless said otherwise."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate.timex.find import find_timexes

WEDNESDAY = dt.date(2024, 3, 6)


def _value(nlp, sentence: str, written: str, published: dt.date = WEDNESDAY) -> str:
    found = [t for t in find_timexes(sentence, published, nlp(sentence)) if t.text == written]
    assert found, f"{written!r} not tagged in {sentence!r}"
    return found[0].value


@pytest.mark.parametrize("sentence, written, value", [
    # The day before publication, not a week later, whatever the tense of the main clause.
    ("The barn fire broke out late Tuesday and burned for hours.", "late Tuesday", "2024-03-05"),
    ("Volunteers are searching the valley after the landslide late Tuesday.", "late Tuesday", "2024-03-05"),
    ("Inspectors will visit the dam, which cracked late Tuesday.", "late Tuesday", "2024-03-05"),
    # ... but a plan made for after it still lies ahead.
    ("The committee will meet after the ballot on Tuesday.", "Tuesday", "2024-03-12"),
    ("The union plans to walk out after the ballot on Tuesday.", "Tuesday", "2024-03-12"),
    # A clause of its own keeps its own tense: the other date in the sentence does not move it.
    ("The ferry company will resume sailings on Friday, after a storm late Tuesday.", "Friday", "2024-03-08"),
    ("The orchard was planted two years ago and the first harvest came on Monday.", "Monday", "2024-03-04"),
    ("The tribunal, which was set up two years ago, ruled on Monday.", "Monday", "2024-03-04"),
])
def test_weekdays_take_the_tense_of_their_own_clause(nlp, sentence, written, value):
    assert _value(nlp, sentence, written) == value


@pytest.mark.parametrize("sentence, written, value", [
    ("The tender deadline is Friday.", "Friday", "2024-03-08"),
    ("Applications are due Friday.", "Friday", "2024-03-08"),
    ("The appeal hearing is Thursday.", "Thursday", "2024-03-07"),
    ("The council said the vote is Monday.", "Monday", "2024-03-11"),
])
def test_a_schedule_or_deadline_stated_in_the_present_lies_ahead(nlp, sentence, written, value):
    assert _value(nlp, sentence, written) == value


@pytest.mark.parametrize("sentence, written, value", [
    ("The Boxing Day flood, which swept away the old mill in 1998, was worse.", "Boxing Day", "1998-12-26"),
    ("The Christmas Day storm of 2011 felled the oak.", "Christmas Day", "2011-12-25"),
    # A year that dates something else in the sentence does not move the holiday.
    ("The bakery, founded in 1998, will close on Christmas Day.", "Christmas Day", "2024-12-25"),
])
def test_a_holiday_takes_the_year_its_phrase_gives(nlp, sentence, written, value):
    assert _value(nlp, sentence, written) == value


def test_narrative_day_carries_from_sentence_to_sentence(nlp):
    text = ("The mayor opened the bridge on Monday. The next day a crack appeared. "
            "The day after, engineers closed it.")
    values = {t.text: t.value for t in find_timexes(text, WEDNESDAY, nlp(text))}
    assert values["Monday"] == "2024-03-04"
    assert values["The next day"] == "2024-03-05"
    assert values["The day after"] == "2024-03-06"
