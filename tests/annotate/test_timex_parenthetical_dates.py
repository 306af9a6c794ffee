"""A date that is all of a parenthesis cites when something happened (a record, an earlier game) as an
aside: it does not become the narrative's day that "of the day" or "the same day" later counts from
(issue 17, wave 13)."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from generator.annotate.timex.find import find_timexes

SUNDAY = dt.date(2020, 3, 8)


def values(nlp: Language, text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, SUNDAY, nlp(text))}


def test_a_parenthetical_date_is_no_reference_day(nlp: Language) -> None:
    text = ("The 1958 Herons ran for 301 yards against Alderby (9/14/58). Bo Mend scored twice. Late in "
            "the game, Jo Quarrel had his worst play of the day on a fumble.")
    found = values(nlp, text)
    assert found["9/14/58"] == "1958-09-14"
    assert found["the day"] == "2020-03-08"


def test_a_date_in_the_sentence_is_still_the_reference_day(nlp: Language) -> None:
    found = values(nlp, "The storm hit Alderby on 14 September 1958. The next day, crews cleared the roads.")
    assert found["The next day"] == "1958-09-15"
