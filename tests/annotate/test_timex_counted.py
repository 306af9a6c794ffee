"""A date the text reaches by counting ("two years ago", "three weeks earlier", "a week after the vote")
stays one DATE, and says which duration it counted (`Timex.counted`): TimeML's anchored form, which
MEANTIME follows, marks that duration over the words (issue 17, wave 14). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.timex.find import find_timexes

WEDNESDAY = dt.date(2024, 1, 17)


def counted(nlp: Language, text: str, parsed: bool = True) -> dict[str, tuple[str, str, str | None]]:
    return {t.text: (t.type, t.value, t.counted)
            for t in find_timexes(text, WEDNESDAY, nlp(text) if parsed else None)}


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "expression", "expected"), [
    ("The bakery closed two years ago.", "two years ago", ("DATE", "2022", "P2Y")),
    ("The bridge opened three months ago.", "three months ago", ("DATE", "2023-10", "P3M")),
    ("The ferry will sail two weeks from now.", "two weeks from now", ("DATE", "2024-01-31", "P2W")),
    ("The kiln was lit a fortnight ago.", "a fortnight ago", ("DATE", "2024-01-03", "P2W")),
    ("The mill shut in 2019. Two years later it reopened.", "Two years later", ("DATE", "2021", "P2Y")),
    ("The dam broke on March 3, 2021. Four days earlier the rain began.", "Four days earlier",
     ("DATE", "2021-02-27", "P4D")),
    # No amount to count: some of them, as TimeML writes a vague amount.
    ("Decades ago the orchard was a marsh.", "Decades ago", ("DATE", "PAST_REF", "PXY")),
])
def test_a_counted_date_says_what_it_counted(nlp: Language, parsed: bool, text: str, expression: str,
                                             expected: tuple[str, str, str | None]) -> None:
    assert counted(nlp, text, parsed)[expression] == expected


def test_a_day_counted_from_a_dated_happening_keeps_its_count(nlp: Language) -> None:
    text = "The council voted on January 9. One day after the vote, the mayor resigned."
    assert counted(nlp, text)["One day"] == ("DATE", "2024-01-10", "P1D")


@pytest.mark.parametrize(("text", "expression"), [
    ("The bakery closed on March 3.", "March 3"),
    ("The strike lasted two years.", "two years"),  # a duration, not a date reached by counting
    ("The shop opened last year.", "last year"),
])
def test_what_counts_nothing_has_no_count(nlp: Language, text: str, expression: str) -> None:
    assert counted(nlp, text)[expression][2] is None


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "expression", "expected"), [
    # the words of the amount belong to the date counted (were a DURATION "about 20 years", no date)
    ("The mill burned down about 20 years ago.", "about 20 years ago", ("DATE", "2004", "P20Y", "APPROX")),
    ("Some ten years ago, the pier fell.", "Some ten years ago", ("DATE", "2014", "P10Y", "APPROX")),
    ("The law passed more than a year ago.", "more than a year ago", ("DATE", "2023", "P1Y", None)),
    ("The orchard was sold nearly two decades ago.", "nearly two decades ago",
     ("DATE", "2004", "P20Y", None)),
    # an adjective of the amount (was missed, or a DURATION "a full year")
    ("Not a mere day ago, the club hired a coach.", "a mere day ago", ("DATE", "2024-01-16", "P1D", None)),
    ("The plant closed a full year ago.", "a full year ago", ("DATE", "2023", "P1Y", None)),
    ("The mill shut in 2019. About two years later it reopened.", "About two years later",
     ("DATE", "2021", "P2Y", "APPROX")),
])
def test_the_words_of_a_counted_amount_belong_to_the_date(
        nlp: Language, parsed: bool, text: str, expression: str,
        expected: tuple[str, str, str, str | None]) -> None:
    found = {t.text: (t.type, t.value, t.counted, t.mod)
             for t in find_timexes(text, WEDNESDAY, nlp(text) if parsed else None)}
    assert found[expression] == expected
