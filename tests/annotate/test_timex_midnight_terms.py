""""Midnight" before an act noun is no time of day (wave 12; invented sentences): "midnight rules",
"midnight (hour) regulations", "midnight action", "midnight pardons" name an outgoing government's
last-minute acts in news writing, as "eleventh-hour" does; "at midnight", "the midnight deadline"
and "a midnight raid" stay clock times."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.timex.find import find_timexes

PUBLISHED = dt.date(2031, 11, 14)


@pytest.mark.parametrize("sentence", [
    "The council scrapped two of the old mayor's midnight rules on Tuesday.",
    "Critics attacked the so-called \"midnight regulations\" of the outgoing board.",
    "The new governor will head off many midnight hour rules still in the pipeline.",
    "Reversing the old board's midnight action will reopen the quay.",
    "The outgoing governor issued dozens of midnight pardons.",
])
def test_midnight_before_an_act_is_no_time(nlp: Language, sentence: str) -> None:
    found = [t.text for t in find_timexes(sentence, PUBLISHED, nlp(sentence))]
    assert not any("midnight" in text.lower() for text in found), found


@pytest.mark.parametrize("sentence", [
    "The ferry left at midnight on Monday.",
    "Talks broke down before the midnight deadline.",
    "Police carried out a midnight raid on the warehouse.",
])
def test_midnight_as_a_time_stays(nlp: Language, sentence: str) -> None:
    found = [t.text for t in find_timexes(sentence, PUBLISHED, nlp(sentence))]
    assert any("midnight" in text.lower() for text in found), found
