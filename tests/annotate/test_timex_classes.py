"""One test per error class of the time-expression tagger (issue 17 and the relative dates of issue
16), on invented sentences: what each rule must read and what it must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.timex.find import find_timexes
from generator.models import Timex

WEDNESDAY = dt.date(2024, 1, 17)


@pytest.fixture(scope="module")
def nlp() -> Language:
    from generator.annotate.nlp import load_pipeline

    return load_pipeline("en_core_web_sm")


def tag(nlp: Language, text: str, published: dt.date | None = WEDNESDAY) -> list[Timex]:
    return find_timexes(text, published, nlp(text))


def values(nlp: Language, text: str, published: dt.date | None = WEDNESDAY) -> dict[str, str]:
    return {timex.text: timex.value for timex in tag(nlp, text, published)}


@pytest.mark.parametrize("text", [
    "Orders slowed in the first half.",
    "Orders will pick up in the second half, the chief executive said.",
    "The first half was hard.",
])
def test_a_half_without_a_year_is_read_not_a_crash(nlp: Language, text: str) -> None:
    found = tag(nlp, text)
    assert [t.value[-3:] for t in found] in (["-H1"], ["-H2"])
    assert tag(nlp, text, None)[0].value.startswith("XXXX-H")


def test_a_half_and_a_quarter_with_a_year(nlp: Language) -> None:
    assert values(nlp, "Profit doubled in the second quarter of 2019.") == {
        "the second quarter of 2019": "2019-Q2"}


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The 2009-2010 season of the league was its worst.", "2009-2010", "P1Y"),
    ("She chaired the board in 1957-58 before leaving.", "1957-58", "P1Y"),
    ("Output grew from 2011 to 2014 at the mill.", "from 2011 to 2014", "P3Y"),
    ("Prices fell between 2015 and 2017 in the valley.", "between 2015 and 2017", "P2Y"),
])
def test_year_ranges(nlp: Language, text: str, expression: str, value: str) -> None:
    found = {t.text: (t.type, t.value) for t in tag(nlp, text)}
    assert found[expression] == ("DURATION", value)


def test_a_range_in_words_also_names_its_two_years(nlp: Language) -> None:
    found = values(nlp, "Output grew from 2011 to 2014 at the mill.")
    assert found["2011"] == "2011" and found["2014"] == "2014"


def test_a_range_with_a_dash_is_the_period_only(nlp: Language) -> None:
    assert values(nlp, "Output grew in 2011-2014 at the mill.") == {"2011-2014": "P3Y"}


@pytest.mark.parametrize("text", ["Sales in 2014 and 2016 rose.", "The fund paid $2009-2010 in fees."])
def test_two_years_or_money_are_no_range(nlp: Language, text: str) -> None:
    assert all(t.type != "DURATION" for t in tag(nlp, text))


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The concert starts at 8 PM on Friday.", "8 PM on Friday", "T20:00"),
    ("The gates open at 7 AM.", "7 AM", "T07:00"),
    ("The museum covers art of the 20th Century.", "the 20th Century", "19"),
    ("Buildings from the 19TH CENTURY line the street.", "the 19TH CENTURY", "18"),
])
def test_patterns_ignore_case(nlp: Language, text: str, expression: str, value: str) -> None:
    assert values(nlp, text)[expression].endswith(value)


def test_afternoon_holds_no_noon(nlp: Language) -> None:
    # the afternoon of the publication day (no day named before it), never 12:00
    assert values(nlp, "The ferry sailed in the afternoon.") == {"the afternoon": "2024-01-17TAF"}
    assert values(nlp, "The ferry sailed at noon.") == {"noon": "2024-01-17T12:00"}


def test_a_race_time_is_no_clock_time(nlp: Language) -> None:
    found = {t.text: (t.type, t.value) for t in tag(nlp, "The runner finished in 2:07:35 on Sunday.")}
    assert found["2:07:35"] == ("DURATION", "PT2H7M35S")  # a span, not the hour of the day
    assert not any(kind == "TIME" for kind, _ in found.values())


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The brewer agreed to sell its bottling unit in October.", "October", "2023-10"),
    ("The brewer plans to sell its bottling unit in October.", "October", "2024-10"),
    ("The brewer agreed late Tuesday to buy a rival.", "late Tuesday", "2024-01-16"),
    ("The planned merger in March will create a giant.", "March", "2024-03"),
    ("The council held the recent vote in March.", "March", "2023-03"),
])
def test_tense_from_the_clause_and_the_event_noun(nlp: Language, text: str, expression: str,
                                                  value: str) -> None:
    assert values(nlp, text)[expression] == value


def test_late_tuesday_on_a_wednesday_is_yesterday(nlp: Language) -> None:
    assert values(nlp, "The jury reached its verdict late Tuesday.")["late Tuesday"] == "2024-01-16"
    assert values(nlp, "Officials said late Tuesday that the bridge would reopen.")["late Tuesday"] == (
        "2024-01-16")


def test_narrative_reference_time_is_carried_from_sentence_to_sentence(nlp: Language) -> None:
    found = values(nlp, "The talks opened on Monday. The next day the envoy left. "
                        "The following day he flew home.")
    assert found == {"Monday": "2024-01-15", "The next day": "2024-01-16",
                     "The following day": "2024-01-17"}


def test_the_day_before_a_named_date(nlp: Language) -> None:
    assert values(nlp, "Shops were crowded the day before Christmas.")["the day before"] == "2023-12-24"
    found = values(nlp, "The storm hit three days ago. The day after, roads reopened.")
    assert found["The day after"] == "2024-01-15"


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The flood revived memories of the 2004 Boxing Day tsunami.", "2004 Boxing Day", "2004-12-26"),
    ("It recalled the Boxing Day storm of 1999, which flattened forests.", "Boxing Day", "1999-12-26"),
    ("The truce on Christmas Day in 1914 held for hours.", "Christmas Day", "1914-12-25"),
    ("Shops reopened on Boxing Day.", "Boxing Day", "2023-12-26"),
    ("Markets will close on Good Friday.", "Good Friday", "2024-03-29"),
])
def test_holidays_take_the_year_the_text_gives_them(nlp: Language, text: str, expression: str,
                                                    value: str) -> None:
    assert values(nlp, text)[expression] == value


def test_an_ago_elsewhere_in_the_sentence_moves_no_other_date(nlp: Language) -> None:
    found = values(nlp, "A jury convicted the driver on Monday of a crash that killed two cyclists "
                        "two years ago.")
    assert found == {"Monday": "2024-01-15", "two years ago": "2022"}


def test_an_apostrophe_year_after_a_product_name_is_part_of_the_name(nlp: Language) -> None:
    assert values(nlp, "The firm unveiled Studio '11 on Tuesday.") == {"Tuesday": "2024-01-16"}
    assert values(nlp, "The boom of '99 ended.") == {"'99": "1999"}


# --------------------------------------------------------------------------- wave 3 (issue 17)


def test_a_year_after_an_events_name_is_a_year_a_products_number_is_not(nlp: Language) -> None:
    found = values(nlp, "Visitors at the Harbour Boat Show 2023 saw the Expo 2025 plans.")
    assert found == {"2023": "2023", "2025": "2025"}
    assert values(nlp, "The office still runs Windows 2000 and the Russell 2000 fell.") == {}


def test_the_end_of_the_decade_and_the_start_of_the_century(nlp: Language) -> None:
    found = tag(nlp, "The port wants the line built by the end of the decade.")
    assert [(t.text, t.value, t.mod) for t in found] == [("the end of the decade", "202", "END")]
    assert values(nlp, "It was founded at the start of the century.") == {"the start of the century": "20"}


def test_midday_is_noon_and_a_year_and_a_half_is_one_and_a_half_years(nlp: Language) -> None:
    assert values(nlp, "Shares were flat by midday.") == {"midday": "2024-01-17T12:00"}
    found = values(nlp, "The talks lasted a year and a half, then two hours and a half on Friday.")
    assert found["a year and a half"] == "P1.5Y" and found["two hours and a half"] == "PT2.5H"
    assert values(nlp, "The strike lasted a year.") == {"a year": "P1Y"}


def test_a_span_earlier_or_later_counts_from_the_last_day_named(nlp: Language) -> None:
    found = values(nlp, "The yard closed on Monday, March 4, 2024, and reopened 40 days later.")
    assert found["40 days later"] == "2024-04-13"
    assert values(nlp, "Sales rose 3% from a year earlier.") == {"a year earlier": "2023"}


def test_earlier_in_the_week_and_the_past_few_days(nlp: Language) -> None:
    found = {t.text: (t.type, t.value) for t in tag(nlp, "Prices rose earlier in the week and fell over "
                                                          "the past few days.")}
    assert found == {"earlier in the week": ("DATE", "2024-W03"), "the past few days": ("DURATION", "PXD")}


def test_the_coming_weeks_are_some_weeks_the_past_year_is_one(nlp: Language) -> None:
    found = values(nlp, "Results come in the coming weeks; sales fell in the past year.")
    assert found == {"the coming weeks": "PXW", "the past year": "P1Y"}


def test_the_quarter_of_an_earnings_report_is_the_current_one(nlp: Language) -> None:
    found = values(nlp, "The ferry line lost $2 million in the quarter and $5 million for the year.")
    assert found == {"the quarter": "2024-Q1", "the year": "2024"}
    found = values(nlp, "It was named boat of the year, and sales for the quarter ended June 30 rose.")
    assert "the quarter" not in found and "the year" not in found
    week = values(nlp, "On Monday, March 4, 2024, shares fell and lost 5% for the week.")["the week"]
    assert week == "2024-W10"  # the week of the day the story named


@pytest.mark.parametrize(("text", "value"), [
    # a quarter the text named is the one "the quarter" goes on about (were 2024-Q1, the DCT's)
    ("The ferry line lost money in the third quarter. Fares fell in the quarter.", "2023-Q3"),
    ("The line lost money in the fourth quarter of 2021. It sold two boats in the quarter.", "2021-Q4"),
    ("The line lost money in the third quarter. On Monday, it said fares fell in the quarter.", "2023-Q3"),
    # unchanged: no quarter named, the reference day's quarter
    ("On Monday, March 4, 2024, the line said it lost money in the quarter.", "2024-Q1"),
])
def test_the_quarter_is_the_quarter_the_text_named(nlp: Language, text: str, value: str) -> None:
    assert values(nlp, text)["the quarter"] == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # the latest period of a report is the last one over (were "recent" PAST_REF, or missed)
    ("The ferry line lost money in the most recent quarter.", "the most recent quarter", "2023-Q4"),
    ("Fares rose in the latest quarter.", "the latest quarter", "2023-Q4"),
    ("Fares rose in the most recent month, the survey said.", "the most recent month", "2023-12"),
])
def test_the_latest_period_is_the_last_one_over(nlp: Language, text: str, expression: str,
                                                 value: str) -> None:
    assert values(nlp, text) == {expression: value}


def test_first_half_as_a_modifier_and_fall_before_a_full_stop(nlp: Language) -> None:
    assert values(nlp, "The yard expects first-half sales to rise.") == {"first-half": "2024-H1"}
    assert [t.text for t in tag(nlp, "The line will reopen next fall.")] == ["next fall"]
    assert values(nlp, "Prices will fall.") == {}


@pytest.mark.parametrize(("text", "published", "value"), [
    ("The museum will reopen next fall.", dt.date(2024, 1, 17), "2024-FA"),  # autumn not begun yet
    ("The museum will reopen next fall.", dt.date(2024, 10, 2), "2025-FA"),  # autumn under way
    ("The museum will reopen next spring.", dt.date(2024, 11, 5), "2025-SP"),
    ("The museum closed last summer.", dt.date(2024, 11, 5), "2024-SU"),  # this year's, already over
    ("The museum closed last summer.", dt.date(2024, 1, 17), "2023-SU"),
    ("The museum closed last winter.", dt.date(2024, 1, 17), "2022-WI"),  # 2023's winter still runs
    ("The museum will reopen this spring.", dt.date(2024, 1, 17), "2024-SP"),
])
def test_next_and_last_season_are_the_nearest_one_ahead_or_over(
    nlp: Language, text: str, published: dt.date, value: str
) -> None:
    found = tag(nlp, text, published)
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize(("text", "published", "value"), [
    ("The museum closed in the summer.", dt.date(2024, 11, 5), "2024-SU"),
    ("The museum will reopen in the spring.", dt.date(2024, 1, 17), "2024-SP"),
    ("Sales rose during winter 2019.", dt.date(2024, 1, 17), "2019-WI"),
])
def test_a_season_without_last_or_next_is_read_by_the_tense(
    nlp: Language, text: str, published: dt.date, value: str
) -> None:
    """A bare season ("in the summer") once crashed the tagger on its missing "last"/"next"."""
    assert [t.value for t in tag(nlp, text, published)] == [value]


@pytest.mark.parametrize(("text", "expected"), [
    ("The strike began on Monday and talks resumed in the evening.",
     {"Monday": "2024-01-15", "the evening": "2024-01-15TEV"}),  # the evening of the day just named
    ("Shares slipped in afternoon trading.", {"afternoon": "2024-01-17TAF"}),
    ("Rescuers spent the night on the ridge.", {"the night": "2024-01-17TNI"}),
    ("Police searched the valley overnight.", {"overnight": "2024-01-17TNI"}),
    ("The overnight lending rate rose.", {}),  # a kind of rate, not a time
    ("They took an overnight train.", {}),
    ("The ferry sailed in the morning of the storm.", {}),  # "the morning of X" dates X, not today
])
def test_a_part_of_the_day_belongs_to_the_day_last_named(
    nlp: Language, text: str, expected: dict[str, str]
) -> None:
    assert values(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The mill was built in 1935, the same year the ferry line opened.",
     {"1935": "1935", "the same year": "1935"}),
    ("The walkout began in March 2001 and ended that month.",
     {"March 2001": "2001-03", "that month": "2001-03"}),
    ("She resigned later that year.", {"that year": "2024"}),  # no year named: the publication year
    ("He came back that year-end.", {"that year-end": "2024"}),  # wave 12: the end of that year
    ("The mill opened in 1935 and closed that year-end.", {"1935": "1935", "that year-end": "1935"}),
])
def test_that_year_is_the_year_last_named(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert values(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry docked on January 11, three days later than planned.",
     {"January 11": "2024-01-11", "three days": "P3D"}),  # a delay, not a day three days after the 11th
    ("The ferry docked on January 11. Three days later it sailed.",
     {"January 11": "2024-01-11", "Three days later": "2024-01-14"}),
])
def test_later_than_is_a_difference_not_a_day(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert values(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The ceasefire followed decades of fighting.", {"decades": "PXY"}),
    ("The board met in its final months in office.", {"months": "PXM"}),
    ("The ruling came hours before the vote.", {"hours": "PTXH"}),
    ("Hours passed.", {}),  # a bare plural unit with nothing to say it is a span of this story
])
def test_a_bare_plural_unit_is_a_vague_span_where_the_context_says_so(
    nlp: Language, text: str, expected: dict[str, str]
) -> None:
    assert values(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("It was the largest fire of the year for the crews.", {"the year": "2024"}),
    ("Sales fell in the first nine months of the year.", {"the first nine months": "P9M"}),
    ("She was named Sailor of the Year.", {}),  # a title
])
def test_of_the_year_names_the_current_year(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert values(nlp, text) == expected


def test_a_clock_time_keeps_the_day_and_part_after_it(nlp: Language) -> None:
    assert values(nlp, "The hikers were found by about 9am on Sunday morning.") == {
        "9am on Sunday morning": "2024-01-14T09:00"}


@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday the vote was held. That evening, crowds gathered.",
     {"Monday": "2024-01-15", "That evening": "2024-01-15TEV"}),
    ("The climbers were rescued on Monday. The next morning they flew home.",
     {"Monday": "2024-01-15", "The next morning": "2024-01-16TMO"}),
    ("She died later that night, police said.", {"that night": "2024-01-17TNI"}),
    ("The crews checked the shop every night.", {"every night": "XXXX-XX-XXTNI"}),
    ("Crews will be out here all day.", {"all day": "P1D"}),
    ("The festival ran all year long.", {"all year long": "P1Y"}),
    ("That morning-after feeling lingered.", {}),
    # a part of the day before or after the day named, at the end of a clause (were missed)
    ("The flood hit on Monday. He spoke of what he saw the night before.",
     {"Monday": "2024-01-15", "the night before": "2024-01-14TNI"}),
    ("The flood hit on Monday. The morning after, crews dug out the cars.",
     {"Monday": "2024-01-15", "The morning after": "2024-01-16TMO"}),
    ("The vote is on Friday. The evening before, the leaders will meet.",
     {"Friday": "2024-01-19", "The evening before": "2024-01-18TEV"}),
    ("The night before the vote, the leaders met.", {}),  # before a happening: not the day named
])
def test_parts_of_days_and_whole_units_of_the_narrative(
    nlp: Language, text: str, expected: dict[str, str]
) -> None:
    assert values(nlp, text) == expected


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The bridge is closed until Friday.", "Friday", "2024-01-19"),  # a deadline still to come
    ("Bids are due by early June.", "early June", "2024-06"),
    ("Comments must be filed by Monday.", "Monday", "2024-01-22"),
    ("The bridge was closed until Friday.", "Friday", "2024-01-12"),  # told in the past: gone by
])
def test_deadline_cues_look_ahead_unless_the_clause_is_past(
    nlp: Language, text: str, expression: str, value: str
) -> None:
    assert values(nlp, text)[expression] == value


@pytest.mark.parametrize(("text", "expected"), [
    ("Sales fell in last year's fourth quarter.", {"last year": "2023", "fourth quarter": "2023-Q4"}),
    ("The ferry line posted a loss in 2019's first half.", {"2019": "2019", "first half": "2019-H1"}),
])
def test_a_possessive_year_owns_the_quarter(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert values(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry line carried 2.9 million people in 2019, down 3% from the previous year.",
     {"2019": "2019", "the previous year": "2018"}),
    ("The yard opened in 1990 and was sold the following year.",
     {"1990": "1990", "the following year": "1991"}),
    ("Fares rose 5% from the previous year.", {"the previous year": "2023"}),  # none named: the DCT's
    ("Fares had risen the year before.", {"the year before": "2023"}),
    ("The strike began in March 2001; the month before, talks had failed.",
     {"March 2001": "2001-03", "the month before": "2001-02"}),
    ("Prices rose in the year before the war.", {}),  # before an event the tagger cannot date
])
def test_previous_and_following_count_from_the_period_last_named(
    nlp: Language, text: str, expected: dict[str, str]
) -> None:
    assert values(nlp, text) == expected


@pytest.mark.parametrize(("text", "value"), [
    ("The ferry line said on Monday it would cut 300 jobs.", "2024-01-15"),  # the saying, told in the past
    ("The ferry line announced on Tuesday that it will close two routes.", "2024-01-16"),
    ("The ferry line said it would cut 300 jobs on Monday.", "2024-01-22"),  # the cut, still to come
    ("Officials said that on Monday the route will close.", "2024-01-22"),
])
def test_a_date_before_the_reported_clause_dates_the_saying(nlp: Language, text: str, value: str) -> None:
    assert list(values(nlp, text).values()) == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("Shares of the ferry line, which reports earnings on Friday, fell 3%.", "2024-01-19"),  # a schedule
    ("The fare rule, which takes effect in March, was approved.", "2024-03"),
    ("The ferry line, which reported earnings on Friday, fell 3%.", "2024-01-12"),
    ("Ferry line files for bankruptcy Monday.", "2024-01-15"),  # a headline's present: just gone
])
def test_a_plain_present_in_a_relative_clause_is_a_schedule(nlp: Language, text: str, value: str) -> None:
    assert list(values(nlp, text).values()) == [value]


@pytest.mark.parametrize(("text", "value"), [
    # a start or an end in the plain present under the headline is a timetable (were the days gone by)
    ("Harbour news. The new ferry terminal opens on Friday.", "2024-01-19"),
    ("Harbour news. The fare rule takes effect on Monday.", "2024-01-22"),
    ("Harbour news. The strike begins on Friday, the union said.", "2024-01-19"),
    ("Harbour news. The new ferry goes on sale to buyers on Friday.", "2024-01-19"),
    # unchanged: a headline's present, a past tense, a verb of no start or end
    ("Ferry terminal opens on Friday.", "2024-01-12"),
    ("Harbour news. The new ferry terminal opened on Friday.", "2024-01-12"),
    ("Harbour news. The ferry line sells its boats on Friday.", "2024-01-12"),
])
def test_a_start_told_in_the_present_lies_ahead(nlp: Language, text: str, value: str) -> None:
    assert list(values(nlp, text).values()) == [value]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry line was profitable until the second half of 2007.", {"the second half of 2007": "2007-H2"}),
    ("Fares will rise in the first half of March.", {"the first half of March": "2024-03"}),  # a month's half
])
def test_the_half_of_a_year_is_a_half_year(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert values(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Harbour Daily newspaper reported the sale.", {}),  # a name, not a frequency
    ("Daily sailings resume next week.", {"Daily": "P1D", "next week": "2024-W04"}),
    ("The ferries run daily.", {"daily": "P1D"}),
])
def test_daily_in_a_name_is_no_frequency(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert values(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The navy's KC-30s are based on an airliner.", {}),  # models by number
    ("Fares were higher in the 90s.", {"the 90s": "199"}),
])
def test_a_model_number_is_no_decade(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert values(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A bidding round that may last months was dropped.", {"months": "PXM"}),
    ("The talks lasted weeks.", {"weeks": "PXW"}),
    ("He spent years at sea.", {"years": "PXY"}),
])
def test_a_bare_plural_unit_after_last_or_spend_is_a_vague_span(
    nlp: Language, text: str, expected: dict[str, str]
) -> None:
    assert values(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He was sentenced to hundreds of years in prison.", {"hundreds of years": ("PXY", None)}),
    ("The cliffs formed over thousands of years.", {"over thousands of years": ("PXY", None)}),
    ("The sale took over three years.", {"over three years": ("P3Y", "MORE_THAN")}),
])
def test_hundreds_and_thousands_of_years_are_vague_spans(
    nlp: Language, text: str, expected: dict[str, tuple[str, str | None]]
) -> None:
    assert {t.text: (t.value, t.mod) for t in tag(nlp, text)} == expected


# --------------------------------------------------------------------------- wave 5 (ECB+ tuning part)


@pytest.mark.parametrize(("text", "expected"), [
    # a day counted in a run is the day the narrative is at (here the publication day)
    ("Shares of the brewer fell for a third straight day.", {"a third straight day": "2024-01-17"}),
    ("Pickets stood outside the gates for the second day.", {"the second day": "2024-01-17"}),
    ("Crowds marched for the 5th consecutive night.", {"the 5th consecutive night": "2024-01-17TNI"}),
    ("The river rose the second day in a row.", {"the second day in a row": "2024-01-17"}),
    ("Sales grew for a fourth straight year.", {"a fourth straight year": "2024"}),
    ("Sales grew for a fourth successive month.", {"a fourth successive month": "2024-01"}),
    # an ordinal day of something else, or with nothing saying it is a run, is no date
    ("The second day of the hearing was short.", {}),
    ("Rain fell on the fourth straight day of the festival.", {}),
    ("She won a second term.", {}),
])
def test_a_day_counted_in_a_run(nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert values(nlp, text) == expected


def test_a_run_of_days_without_a_publication_date_is_unanchored(nlp: Language) -> None:
    found = tag(nlp, "Shares of the brewer fell for a third straight day.", None)
    assert [(t.value, t.anchored) for t in found] == [("XXXX-XX-XX", False)]


@pytest.mark.parametrize(("text", "expected"), [
    ("A weeklong strike shut the port.", {"weeklong": ("DURATION", "P1W")}),
    ("The yearlong inquiry ended.", {"yearlong": ("DURATION", "P1Y")}),
    ("The band played two straight nights.", {"two straight nights": ("DURATION", "P2NI")}),
    ("Storms raged for three nights.", {"three nights": ("DURATION", "P3NI")}),
    ("The ferry left at 2.30am.", {"2.30am": ("TIME", "2024-01-17T02:30")}),
    ("The ferry left at 9.15 p.m. sharp.", {"9.15 p.m.": ("TIME", "2024-01-17T21:15")}),
    ("The fair opened on Dec.14 last year.",
     {"Dec.14": ("DATE", "2023-12-14"), "last year": ("DATE", "2023")}),
    # a period-separated figure with no meridiem is a number, and "zero-day" names a kind of flaw
    ("The ticket cost 2.30 at the gate.", {}),
    ("Hackers used a zero-day flaw in the browser.", {}),
    ("The lab found a Zero Day bug.", {}),
])
def test_one_word_spans_nights_and_british_clock_times(
    nlp: Language, text: str, expected: dict[str, tuple[str, str]]
) -> None:
    assert {t.text: (t.type, t.value) for t in tag(nlp, text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The coach was fired after one season in charge.", {"one season": ("DURATION", "P1Y")}),
    ("He left after a single tumultuous season.", {"a single tumultuous season": ("DURATION", "P1Y")}),
    ("The team has struggled all season.", {"all season": ("DATE", "2024")}),
    ("He was the third coach fired this season.", {"this season": ("DATE", "2024")}),
    # Three words of play make a story about play, whose seasons run across the new year.
    ("The striker scored twelve goals last season.", {"last season": ("DATE", "XXXX")}),
    ("The club's shares fell last season.", {"last season": ("DATE", "2023")}),
    # told in the past in January: the season of November and December before it (wave 13)
    ("Sales rose during the holiday season.", {"the holiday season": ("DATE", "2023")}),
    ("The club made a bold move this offseason.", {"this offseason": ("DATE", "2024")}),
    ("She scored in the 2019 season opener.", {"2019": ("DATE", "2019")}),
    ("The slump came in the first quarter of the season.",
     {"the first quarter of the season": ("DATE", "2024")}),
    ("He was hurt in Week 16 against the Hawks.", {"Week 16": ("DATE", "XXXX-WXX")}),
    ("Fans renewed their season tickets.", {}),
    ("The show returns for Season 3.", {}),
    ("She had a season-worst game.", {}),
    ("Season the soup with salt.", {}),
    ("The 2009-2010 season of the league was its worst.", {"2009-2010": ("DURATION", "P1Y")}),
])
def test_seasons_of_play_and_trade(nlp: Language, text: str, expected: dict[str, tuple[str, str]]) -> None:
    found = {t.text: (t.type, t.value) for t in tag(nlp, text)}
    seasons = {k: v for k, v in found.items() if k in expected or "season" in k.lower() or "Week" in k}
    assert seasons == expected


_GAME_STORY = ("The Rams beat the Colts 71-64 on Saturday night.\n\nLee finished with 14 rebounds and "
               "9 assists.\n\n")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Gray will miss the duration of the season.", {"the season": ("DATE", "XXXX")}),
    ("Gray was the best guard this season.", {"this season": ("DATE", "XXXX")}),
    ("Gray left the club last season.", {"last season": ("DATE", "XXXX")}),
    ("Gray was hurt at the end of the regular season.",
     {"the end of the regular season": ("DATE", "XXXX")}),
    ("Gray was hurt in the 2019 season.", {"the 2019 season": ("DATE", "2019")}),
    ("Gray left after one season.", {"one season": ("DURATION", "P1Y")}),
])
def test_a_season_in_a_story_about_play_is_no_calendar_year(
        nlp: Language, sentence: str, expected: dict[str, tuple[str, str]]) -> None:
    """A league's season runs across the new year: without a year it names none of the calendar."""
    found = {t.text: (t.type, t.value) for t in tag(nlp, _GAME_STORY + sentence) if "season" in t.text}
    assert found == expected
    assert all(not t.anchored for t in tag(nlp, _GAME_STORY + sentence) if t.value == "XXXX")


def test_a_season_without_a_publication_date_keeps_unknown_digits(nlp: Language) -> None:
    found = tag(nlp, "The striker scored twelve goals last season.", None)
    assert [(t.text, t.value, t.anchored) for t in found] == [("last season", "XXXX", False)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Early Saturday morning, around 2:15 a.m., the ferry docked.",
     {"Saturday morning, around 2:15 a.m.": "2024-01-13T02:15"}),
    ("Counting began at 9:00 am local time (0200 GMT) on Monday.",
     {"9:00 am local time (0200 GMT) on Monday": "2024-01-15T09:00"}),
    ("The flight landed at 6:40 p.m. (GMT +8).", {"6:40 p.m. (GMT +8)": "2024-01-17T18:40"}),
    ("The vote closed at 9 pm (polls had opened at 7 am).", {"9 pm": "2024-01-17T21:00",
                                                             "7 am": "2024-01-17T07:00"}),
])
def test_a_clock_time_keeps_its_day_part_and_its_zone_in_brackets(
        nlp: Language, text: str, expected: dict[str, str]) -> None:
    assert values(nlp, text) == expected
