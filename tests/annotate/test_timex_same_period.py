"""The same period in another year is one expression (issue 17, wave 14): "the same month last year" is
the month the text named, a year back, not that month plus a second expression "last year". Invented
sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.annotate.test_timex_clock_dates import found


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "expression", "value"), [
    # The month (quarter, day) the text named, in the year the words give.
    ("Bakery sales in January were lower than in the same month last year.", "the same month last year",
     "2023-01"),
    ("Ferry traffic in December rose from the same month a year earlier.",
     "the same month a year earlier", "2022-12"),
    ("Wool prices fell in the fourth quarter of 2022 from the same quarter of 2021.",
     "the same quarter of 2021", "2021-Q4"),
    ("The orchard shipped 40 crates on June 3, 2023, against 25 on the same day in 2022.",
     "the same day in 2022", "2022-06-03"),
    # A period the words do not pin: the year.
    ("Kiln orders rose 5 percent from the same period last year.", "the same period last year", "2023"),
    ("The mill hired 30 people, up from 12 in the same period of the previous year.",
     "the same period of the previous year", "2023"),
    ("Visits doubled compared with the same time in 2019.", "the same time in 2019", "2019"),
    # Nothing named: the publication date's month.
    ("Rents are 4 percent higher than in the same month last year.", "the same month last year", "2023-03"),
])
def test_the_same_period_in_another_year(nlp: Language, parsed: bool, text: str, expression: str,
                                         value: str) -> None:
    timexes = found(nlp, text, parsed=parsed)
    assert timexes[expression] == ("DATE", value)
    assert not {"last year", "a year earlier", "2021", "2022", "2019", "the previous year"} & set(timexes)


def test_without_a_publication_date_the_year_must_be_written(nlp: Language) -> None:
    written = found(nlp, "Sales beat the same period of 2019.", None)
    assert written["the same period of 2019"] == ("DATE", "2019")
    counted = found(nlp, "Sales beat the same period last year.", None)
    assert counted["the same period last year"] == ("DATE", "XXXX")


@pytest.mark.parametrize(("text", "expression"), [
    ("The two ferries left the same day.", "the same day"),
    ("She was born in 1990 and her brother the same year.", "the same year"),
])
def test_the_same_period_alone_is_still_the_period_named(nlp: Language, text: str, expression: str) -> None:
    assert expression in found(nlp, text)
