"""Time expressions a reader would see wrong (issue 17, wave 6 follow-up), on invented sentences:
parts of a game are no quarters of the year, race times are spans not clock times, and whole
periods ("through the year", "the entire night") are found."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.timex.find import find_timexes
from generator.annotate.timex.game_periods import GAME_PART_VALUE

WEDNESDAY = dt.date(2024, 1, 17)


@pytest.fixture(scope="module")
def nlp() -> Language:
    from generator.annotate.nlp import load_pipeline

    return load_pipeline("en_core_web_sm")


def found(nlp: Language, text: str, parsed: bool = True) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value)
            for t in find_timexes(text, WEDNESDAY, nlp(text) if parsed else None)}


GAME = ("TIME", GAME_PART_VALUE)


@pytest.mark.parametrize(("text", "expected"), [
    ("Smith scored 12 points in the fourth quarter as the Hawks rallied.", {"the fourth quarter": GAME}),
    ("The Bears led 14-3 at the end of the first half.", {"the first half": GAME}),
    ("He scored twice in the second period to give his team the lead.", {"the second period": GAME}),
    ("The Tigers trailed until the third inning of the game.", {"the third inning": GAME}),
    ("The visitors equalised in the second half through a header. The match ended 1-1.",
     {"the second half": GAME}),
    ("The company reported a loss in the fourth quarter of 2012.",
     {"the fourth quarter of 2012": ("DATE", "2012-Q4")}),
    ("Fourth-quarter profit rose 8 percent.", {"Fourth-quarter": ("DATE", "2023-Q4")}),
    ("Sales fell in the first half, the chief executive said.", {"the first half": ("DATE", "2024-H1")}),
    ("The team's sales rose in the first half of 2023.", {"the first half of 2023": ("DATE", "2023-H1")}),
    ("Growth slowed in a second period of tight credit.", {}),
])
@pytest.mark.parametrize("parsed", [True, False])
def test_a_part_of_a_game_is_no_quarter_of_the_year(
        nlp: Language, text: str, expected: dict[str, tuple[str, str]], parsed: bool) -> None:
    assert found(nlp, text, parsed) == expected


def test_a_game_part_in_a_paragraph_about_play(nlp: Language) -> None:
    text = ("The Hawks beat the Owls on Friday. Jones scored 30 points. She added ten more in the "
            "fourth quarter.\n\nThe club's shops sold out in the fourth quarter.")
    assert [(t.text, t.value) for t in find_timexes(text, WEDNESDAY, nlp(text)) if "quarter" in t.text] == [
        ("the fourth quarter", GAME_PART_VALUE), ("the fourth quarter", "2023-Q4")]


@pytest.mark.parametrize(("text", "expected"), [
    # A story about a game names its play elsewhere: the half in a sentence without a game word is the game's.
    ("The Rams beat the Colts 71-64 on Saturday night.\n\nLee finished with 14 rebounds and 9 assists."
     "\n\nGray was quiet early but came alive after the break. He added 20 in the second half.",
     GAME_PART_VALUE),
    ("United won the final 3-1 after extra time.\n\nThe goalkeeper made six saves.\n\n"
     "The visitors looked tired in the first half, the manager said.", GAME_PART_VALUE),
    # A story of trade keeps its halves in the calendar, though it speaks once of a team or a win.
    ("Acme's sales rose 8 percent to $2 billion. Analysts had expected less.\n\nThe chief executive "
     "praised the team.\n\nThings improved in the second half, she said.", "2023-H2"),
    ("The council won its vote on the budget.\n\nSpending will be cut by $40 million.\n\n"
     "Work on the bridge starts in the first half.", "2024-H1"),
])
def test_a_half_in_a_story_about_a_game(nlp: Language, text: str, expected: str) -> None:
    values = [t.value for t in find_timexes(text, WEDNESDAY, nlp(text)) if "half" in t.text]
    assert values == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("She finished in 2:56 to win the race.", {"2:56": ("DURATION", "PT2H56M")}),
    ("He won with a time of 2:56:32.", {"2:56:32": ("DURATION", "PT2H56M32S")}),
    ("He ran 3:07:35 in Boston.", {"3:07:35": ("DURATION", "PT3H7M35S")}),
    ("The winner crossed the line in a winning time of 2:08:15.", {"2:08:15": ("DURATION", "PT2H8M15S")}),
    ("She ran the mile in 3:56.4 in the heat.", {"3:56.4": ("DURATION", "PT3M56.4S")}),
    ("The swimmer clocked 1:52 in the 200m freestyle.", {"1:52": ("DURATION", "PT1M52S")}),
    ("He set a record of 12:37 over 5,000 metres.", {"12:37": ("DURATION", "PT12M37S")}),
    ("The meeting began at 2:30 p.m.", {"2:30 p.m.": ("TIME", "2024-01-17T14:30")}),
    ("The quake struck at 4:53 on Monday.", {"4:53 on Monday": ("TIME", "2024-01-15T04:53")}),
    ("Trading opened at 9:30 and the shares rose.", {"9:30": ("TIME", "2024-01-17T09:30")}),
    ("The race finished at 4:15 p.m. in the rain.", {"4:15 p.m.": ("TIME", "2024-01-17T16:15")}),
])
def test_a_race_time_is_a_span_and_a_clock_time_needs_a_clock(
        nlp: Language, text: str, expected: dict[str, tuple[str, str]]) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sales were strong through the year.", {"the year": ("DATE", "2024")}),
    ("Rain fell throughout the year.", {"the year": ("DATE", "2024")}),
    ("Prices rose all year.", {"all year": ("DURATION", "P1Y")}),
    ("Protesters stayed the entire night in the square.", {"the entire night": ("DURATION", "P1NI")}),
    ("Firefighters worked all night to contain the blaze.", {"all night": ("DURATION", "P1NI")}),
    ("The rebels held the town the whole week.", {"the whole week": ("DURATION", "P1W")}),
    ("Police searched the area overnight.", {"overnight": ("TIME", "2024-01-17TNI")}),
    ("The entire year's output was sold.", {}),
    ("The whole day of the festival was rained out.", {}),
])
def test_whole_periods(nlp: Language, text: str, expected: dict[str, tuple[str, str]]) -> None:
    assert found(nlp, text) == expected
