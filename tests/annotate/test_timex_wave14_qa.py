"""Dates a reader of a court story would be misled by (issue 17, wave 14, a new user's view).
Invented sentences only.

* a named day's weekday followed by its calendar date ("on Easter Sunday, April 12, 2020") keeps the
  date: the weekday was dropped as part of the named day, and the date with it;
* a day told in the past, of a month the text wrote with its year ("May 4, 2023", "early May
  2023"), is of that year when it is the publication's year or the one before;
* a clock opening a range of hours ("between 9:12 and 9:40 p.m. May 4") takes the end's half of
  the day and its day;
* a run of clock times told hour by hour stays on the day the narrative named."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.timex.find import find_timexes

THURSDAY = dt.date(2024, 9, 26)


def found(nlp: Language, text: str, parsed: bool = True) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, THURSDAY, nlp(text) if parsed else None)}


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The ferry sank on Easter Sunday, April 12, 2020, off the cape.", "April 12, 2020", "2020-04-12"),
    ("The mill burned on Easter Sunday, 12 April 2020, the paper said.", "12 April 2020", "2020-04-12"),
    ("Shoppers queued on Black Friday, November 27, 2020, before dawn.", "November 27, 2020", "2020-11-27"),
])
def test_a_named_days_calendar_date_is_kept(nlp: Language, parsed: bool, text: str, expression: str,
                                             value: str) -> None:
    assert found(nlp, text, parsed)[expression] == value


@pytest.mark.parametrize("parsed", [True, False])
def test_a_named_day_alone_is_still_no_weekday(nlp: Language, parsed: bool) -> None:
    assert "Friday" not in found(nlp, "Shoppers queued on Black Friday before dawn.", parsed)


@pytest.mark.parametrize(("text", "expression", "value"), [
    # the same day named again, and the next day of that month
    ("The ferry sank on May 4, 2023. Divers reached it on May 4 at dusk.", "May 4", "2023-05-04"),
    ("The ferry sank on May 4, 2023. Its hull was found on May 6.", "May 6", "2023-05-06"),
    ("The plot began in early May 2023. The ferry sank on May 9.", "May 9", "2023-05-09"),
])
def test_a_day_of_a_month_named_with_its_year_is_of_that_year(nlp: Language, text: str, expression: str,
                                                              value: str) -> None:
    assert found(nlp, text)[expression] == value


def test_another_month_a_plan_and_an_old_year_keep_their_own_year(nlp: Language) -> None:
    values = found(nlp, "The ferry sank in May 2023. The inquiry ended on June 3. A memorial will open "
                        "on May 9.")
    assert values["June 3"] == "2024-06-03"
    assert values["May 9"] == "2025-05-09"
    assert found(nlp, "The pier was built in May 1990. It burned on May 9.")["May 9"] == "2024-05-09"


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Between 9:12 and 9:40 p.m. May 4, the alarm rang twice.", "9:12", "2024-05-04T21:12"),
    ("The gates stayed shut from 9:15 to 11:40 a.m. on Monday.", "9:15", "2024-09-23T09:15"),
    # the start stays before the end: "from 11:30 to 1:15 p.m." starts in the morning
    ("The gates stayed shut from 11:30 to 1:15 p.m. on Monday.", "11:30", "2024-09-23T11:30"),
    ("The vote ran between 14:30 and 16:00 on Monday.", "14:30", "2024-09-23T14:30"),
])
def test_a_clock_opening_a_range_shares_its_ends_half_of_the_day_and_day(
        nlp: Language, parsed: bool, text: str, expression: str, value: str) -> None:
    assert found(nlp, text, parsed)[expression] == value


def test_and_joins_hours_only_after_between(nlp: Language) -> None:
    values = found(nlp, "The siren sounded at 9:12 and 9:40 p.m. on Monday.")
    assert values["9:12"] != "2024-09-23T21:12"


def test_a_night_told_hour_by_hour_stays_on_its_day(nlp: Language) -> None:
    text = ("The storm reached the coast on the evening of May 4, 2024, the county said. "
            "A harbour guard saw the first wave at 9:26 p.m. and sounded the siren at once. "
            "Crews on the pier said the water rose fast and the lights went out along the front. "
            "At 10:05 p.m. the sea wall gave way near the old lighthouse, according to the report. "
            "Two fishermen who stayed on their boats said they heard the hull break around 11:20 p.m.")
    values = found(nlp, text)
    assert values["9:26 p.m."] == "2024-05-04T21:26"
    assert values["10:05 p.m."] == "2024-05-04T22:05"
    assert values["11:20 p.m."] == "2024-05-04T23:20"


def test_a_past_clock_far_after_the_day_named_is_still_of_that_day(nlp: Language) -> None:
    text = ("The storm reached the coast on Monday, the county said. " + "Crews on the pier said the water "
            "rose fast, the lights went out along the front and the boats pulled at their ropes. " * 4
            + "A neighbour saw the roof of the boathouse fall at 11:52 p.m.")
    assert found(nlp, text)["11:52 p.m."] == "2024-09-23T23:52"


def test_a_clock_after_a_day_still_to_come_or_in_a_plan_keeps_the_publication_day(nlp: Language) -> None:
    text = ("The hearing is set for October 3. " + "Lawyers for both sides said the papers were late, the "
            "witnesses were tired and the clerk had lost two of the folders. " * 4
            + "The judge left the court at 4:15 p.m.")
    assert found(nlp, text)["4:15 p.m."] == "2024-09-26T16:15"
    plan = ("The storm reached the coast on Monday. " + "Crews on the pier said the water rose fast, the "
            "lights went out along the front and the boats pulled at their ropes. " * 4
            + "The council will meet at 6 p.m.")
    assert found(nlp, plan)["6 p.m."] == "2024-09-26T18:00"


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The road was shut between 11:40 p.m. and 3 a.m. May 5, police said.", "11:40 p.m.", "2024-05-04T23:40"),
    ("The shop was open between 9 a.m. and 5 p.m. on Monday.", "9 a.m.", "2024-09-23T09:00"),
])
def test_a_clock_alone_opening_a_range_is_of_the_ends_day_or_the_night_before(
        nlp: Language, parsed: bool, text: str, expression: str, value: str) -> None:
    assert found(nlp, text, parsed)[expression] == value


def _dated_clause(nlp: Language, text: str) -> str | None:
    timexes = find_timexes(text, THURSDAY, nlp(text))
    return timexes[0].event.text if timexes and timexes[0].event is not None else None


@pytest.mark.parametrize("text", [
    "A jury has convicted a local man of two counts of murder in the 2019 shooting death of his neighbour.",
    "Police arrested a woman in the 2019 killing of a shopkeeper.",
    "He was found guilty in the 2019 robbery of a bank.",
    "The driver pleaded guilty in the 2020 crash that closed the bridge.",
])
def test_a_year_of_the_case_a_proceeding_is_about_does_not_date_the_proceeding(nlp: Language,
                                                                                text: str) -> None:
    """"in" after a verb of a proceeding names the case (in connection with it): the conviction did
    not happen in the year of the shooting."""
    assert _dated_clause(nlp, text) is None


@pytest.mark.parametrize(("text", "clause"), [
    ("A guard was wounded in the 2019 shooting at the bank.",
     "A guard was wounded in the shooting at the bank"),
    ("She voted in the 2008 election.", "She voted in the election"),
])
def test_a_year_of_what_places_the_clause_still_dates_it(nlp: Language, text: str, clause: str) -> None:
    assert _dated_clause(nlp, text) == clause
