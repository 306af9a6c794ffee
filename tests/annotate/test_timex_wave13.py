"""Time expressions of wave 13 (issue 17), on invented sentences: a day or a frequency inside a
newspaper's name, an age written "N-year old", an article before a number word ("a couple of"), a
deadline granted in the past, the holiday season told in the past."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.timex.find import find_timexes
from tests.annotate.test_timex_anchors import WEDNESDAY, found


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "word"), [
    ("The plan was first reported by the Sunday Times.", "Sunday"),
    ("Sunday Telegraph readers were told of the merger.", "Sunday"),
    ("A reporter for the N. Y. Daily News saw the keeper flee.", "Daily"),
    ("The Weekly Standard ran the essay on the canal.", "Weekly"),
    ("A columnist at the Monday Herald wrote about the bridge.", "Monday"),
])
def test_a_day_in_a_papers_name_is_no_time(nlp: Language, text: str, word: str, parsed: bool) -> None:
    assert word not in found(nlp, text, parsed)


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The council met on Sunday to discuss the times of the ferry.", "Sunday", "2024-01-14"),
    ("The bakery publishes its menu weekly.", "weekly", "P1W"),
    ("Daily sales at the bakery doubled.", "Daily", "P1D"),
    ("The ferry will sail on Sunday. Times are posted at the pier.", "Sunday", "2024-01-21"),
])
def test_a_day_before_other_words_is_still_a_time(nlp: Language, text: str, expression: str, value: str,
                                                  parsed: bool) -> None:
    assert found(nlp, text, parsed)[expression][1] == value


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize("text", [
    "Police said a 45-year old man was held.",
    "An 18-year old cyclist won the stage.",
    "The 30 year old keeper of the lighthouse retired.",
])
def test_an_age_is_no_duration(nlp: Language, text: str, parsed: bool) -> None:
    assert not [e for e, (kind, _) in found(nlp, text, parsed).items() if kind == "DURATION"]


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The lighthouse keeper retired after a 45-year career.", "45-year", "P45Y"),
    ("The bridge, now 80 years old, will be repaired.", "80 years", "P80Y"),
    ("The lease runs for a 20-year term, older tenants said.", "20-year", "P20Y"),
])
def test_a_span_of_years_is_still_a_duration(nlp: Language, text: str, expression: str, value: str,
                                             parsed: bool) -> None:
    assert found(nlp, text, parsed)[expression] == ("DURATION", value)


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The ferry was out of service for a couple of weeks.", "a couple of weeks", "P2W"),
    ("The repairs to the pier took a single day.", "a single day", "P1D"),
    ("The feud between the two bakers lasted a dozen years.", "a dozen years", "P12Y"),
    ("The lease on the pier runs for a hundred years.", "a hundred years", "P100Y"),
    ("The strike at the bakery lasted a year and a half.", "a year and a half", "P1.5Y"),
])
def test_an_article_before_a_number_adds_nothing(nlp: Language, text: str, expression: str, value: str,
                                                 parsed: bool) -> None:
    assert found(nlp, text, parsed)[expression] == ("DURATION", value)


def test_a_couple_of_years_ago_is_two_years_back(nlp: Language) -> None:
    assert found(nlp, "The mill closed a couple of years ago.")["a couple of years ago"] == ("DATE", "2022")


@pytest.mark.parametrize(("text", "expression", "value"), [
    # published on Wednesday 17 January 2024: the deadline granted lies ahead of the granting
    ("The council gave the baker until January 31 to move the stall.", "January 31", "2024-01-31"),
    ("The lender was given until February 2 to submit a plan.", "February 2", "2024-02-02"),
    ("The club had until January 28 to pay the fine.", "January 28", "2024-01-28"),
    # no deadline granted: the past tense still points back
    ("The shop stayed open until January 28.", "January 28", "2023-01-28"),
    ("The council met on January 28 to discuss the stall.", "January 28", "2023-01-28"),
])
def test_a_deadline_granted_in_the_past_is_the_nearest_day(nlp: Language, text: str, expression: str,
                                                           value: str) -> None:
    assert found(nlp, text)[expression] == ("DATE", value)


@pytest.mark.parametrize(("text", "published", "value"), [
    ("Toy sales rose during the holiday season.", dt.date(2024, 3, 6), "2023"),
    ("Toy sales were weak in the festive season.", dt.date(2024, 6, 5), "2023"),
    ("Toy makers expect strong sales in the holiday season.", dt.date(2024, 3, 6), "2024"),
    ("Toy sales rose during the holiday season.", dt.date(2024, 12, 4), "2024"),
    ("Toy sales slumped in the holiday season.", dt.date(2024, 1, 10), "2023"),
    ("Toy sales are strong in the holiday season.", dt.date(2024, 6, 5), "2024"),
])
def test_the_holiday_season_told_as_past_is_last_years(nlp: Language, text: str, published: dt.date,
                                                       value: str) -> None:
    timexes = {t.text: t.value for t in find_timexes(text, published, nlp(text))}
    assert timexes["the holiday season" if "holiday" in text else "the festive season"] == value


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize("text", [
    "The Hawks beat the Rams 20-13 with a fourth-quarter touchdown.",
    "The quarterback led another fourth quarter rally as the team won the game.",
    "Smith hit a ninth-inning home run to win the game.",
])
def test_a_game_part_before_a_noun_is_a_kind_of_play(nlp: Language, text: str, parsed: bool) -> None:
    assert found(nlp, text, parsed) == {}


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "expression"), [
    ("The Hawks scored 17 points in the fourth quarter to win the game.", "the fourth quarter"),
    ("Two late fourth-quarter sacks sealed the win for the team.", "fourth-quarter"),
    ("The Hawks trailed at the start of the second quarter but won the game.", "the second quarter"),
    ("Smith scored in the bottom of the ninth inning to win the game.", "the bottom of the ninth inning"),
])
def test_a_game_part_that_times_the_play_stays(nlp: Language, text: str, expression: str,
                                              parsed: bool) -> None:
    assert found(nlp, text, parsed)[expression] == ("TIME", "XXXX-XX-XXTXX:XX")


def test_a_quarter_of_trade_before_a_noun_stays_the_calendars(nlp: Language) -> None:
    assert found(nlp, "The bakery reported fourth-quarter profit of $2 million.")["fourth-quarter"] == (
        "DATE", "2023-Q4")


@pytest.mark.parametrize(("text", "kept"), [
    ("The bakery was to open in May but will now open next month.", False),
    ("The ferry launch is now expected in 2030.", False),
    ("The bakery now employs 50 people.", True),
    ("Loaves now sell at $5, down from $9 on Monday.", True),
    ("The baker said on Monday that the shop is now closed.", True),
])
def test_now_beside_a_date_of_its_verb_is_no_time(nlp: Language, text: str, kept: bool) -> None:
    assert ("now" in found(nlp, text)) == kept


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "first", "second"), [
    # published on Wednesday 17 January 2024
    ("The bakers' strike lasted from Monday to Thursday.", "2024-01-08", "2024-01-11"),
    ("The ferry talks took place between Tuesday and Friday.", "2024-01-09", "2024-01-12"),
    ("The pier will be closed from Monday to Thursday.", "2024-01-22", "2024-01-25"),
    ("The bakers' strike ran from Thursday to Monday.", "2024-01-11", "2024-01-15"),
])
def test_a_range_of_weekdays_runs_forwards(nlp: Language, text: str, first: str, second: str,
                                           parsed: bool) -> None:
    days = [t.value for t in find_timexes(text, WEDNESDAY, nlp(text) if parsed else None)]
    assert days == [first, second]
