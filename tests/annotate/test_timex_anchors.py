"""Time expression values by TIMEX3 convention (issue 17, wave 7), on invented sentences: a span counted
"later" or "earlier" starts from the period the narrative last named, "the previous quarter" is the
one before the quarter named, "a year" after an amount is a rate, and "March" in a story about a march
is the march."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.annotate.timex.find import find_timexes
from generator.annotate.timex.game_periods import GAME_PART_VALUE

WEDNESDAY = dt.date(2024, 1, 17)


def found(nlp: Language, text: str, parsed: bool = True) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value)
            for t in find_timexes(text, WEDNESDAY, nlp(text) if parsed else None)}


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The bakery was founded in 1976. Two years later it moved to Leeds.", "Two years later", "1978"),
    ("In 2004 the club bought a rival. A year earlier it had sold its ground.", "A year earlier", "2003"),
    ("The canal reopened in 1950 and closed again a decade later.", "a decade later", "1960"),
    ("The mill opened in March 2005. Two months later it shut.", "Two months later", "2005-05"),
    ("The ferry ran on 3 May 2010. Three days later it sank.", "Three days later", "2010-05-06"),
    ("Deliveries start in the third quarter of 2019 and end two quarters later.", "two quarters later",
     "2020-Q1"),
    # No period named before it: counted from the publication date, as before.
    ("Shares rose 3% from a year earlier, the bank said.", "a year earlier", "2023"),
])
def test_later_and_earlier_count_from_the_period_last_named(nlp: Language, text: str, expression: str,
                                                           value: str, parsed: bool) -> None:
    assert found(nlp, text, parsed)[expression] == ("DATE", value)


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Revenue in the fourth quarter of 2019 rose 10% from the previous quarter.", "the previous quarter",
     "2019-Q3"),
    ("Sales in the second quarter of 2020 fell, and recovered in the following quarter.",
     "the following quarter", "2020-Q3"),
    # A year names no quarter: the quarter before the publication date's.
    ("In 2015 the firm was sold. Sales fell 5% from the previous quarter.", "the previous quarter",
     "2023-Q4"),
    ("Sales fell 5% from the previous quarter.", "the previous quarter", "2023-Q4"),
])
def test_the_previous_quarter_is_the_one_before_the_quarter_named(nlp: Language, text: str, expression: str,
                                                                  value: str) -> None:
    assert found(nlp, text)[expression] == ("DATE", value)


@pytest.mark.parametrize(("text", "expression", "expected"), [
    ("The new line will build ten a month by the autumn.", "a month", ("SET", "P1M")),
    ("The engines save $300 million in fuel a year.", "a year", ("SET", "P1Y")),
    ("The plant turns out 20,000 bicycles a year.", "a year", ("SET", "P1Y")),
    ("Ferries cross twice a day in summer.", "a day", ("SET", "P1D")),
    # The object of a preposition is a span of time, whatever amount comes before it.
    ("Twenty people fell ill in a day.", "a day", ("DURATION", "P1D")),
    ("The five members met for a week in June.", "a week", ("DURATION", "P1W")),
    ("He sold 300 paintings and then rested a month.", "a month", ("DURATION", "P1M")),
])
def test_a_unit_after_an_amount_is_a_rate(nlp: Language, text: str, expression: str,
                                          expected: tuple[str, str]) -> None:
    assert found(nlp, text)[expression] == expected


@pytest.mark.parametrize(("text", "month_found"), [
    ("Thousands joined the march through the city. March participants chanted slogans.", False),
    ("The March ended at the town hall, where the marchers heard speeches.", False),
    ("Marchers filled the square. Organisers said the protest began in March.", True),
    ("The march was calm. Early March had been tense in the capital.", True),
    ("The march was calm. March 2019 had been tense in the capital.", True),
    # No march in the story: a capitalised March is the month.
    ("March sales rose 5% at the chain.", True),
    ("Sales in March rose 4%.", True),
])
def test_march_in_a_story_about_a_march(nlp: Language, text: str, month_found: bool) -> None:
    months = [value for _, value in found(nlp, text).values() if value.endswith("-03")
              or value.startswith("2019-03")]
    assert bool(months) is month_found


def test_a_game_quarter_stays_out_of_the_calendar(nlp: Language) -> None:
    """The wave 6 rule still holds beside this wave's quarters: a game's quarter is no quarter of the year,
    and names none for "the previous quarter" to count from."""
    text = ("Smith scored 12 points in the fourth quarter as the Hawks rallied.\n\n"
            "The club's revenue fell in the third quarter of 2019 and rose in the following quarter.")
    timexes = find_timexes(text, WEDNESDAY, nlp(text))
    assert [(t.text, t.value) for t in timexes] == [
        ("the fourth quarter", GAME_PART_VALUE), ("the third quarter of 2019", "2019-Q3"),
        ("the following quarter", "2019-Q4")]


SATURDAY = dt.date(2005, 11, 5)


@pytest.mark.parametrize(("text", "expression", "value"), [
    # A day a week or less from the publication date is that one, whatever the tense says.
    ("The stop in Perth on November 9 was cancelled.", "November 9", "2005-11-09"),
    ("The launch was planned for November 1.", "November 1", "2005-11-01"),
    ("The board will meet on October 30 to decide.", "October 30", "2005-10-30"),
    # Further away, the tense decides as before.
    ("The stop in Perth on November 20 was cancelled.", "November 20", "2004-11-20"),
    ("The board will meet on October 20 to decide.", "October 20", "2006-10-20"),
])
def test_a_day_close_to_the_publication_date(nlp: Language, text: str, expression: str, value: str) -> None:
    timexes = {t.text: t.value for t in find_timexes(text, SATURDAY, nlp(text))}
    assert timexes[expression] == value


@pytest.mark.parametrize("parsed", [True, False])
def test_a_day_named_twice_is_one_date(nlp: Language, parsed: bool) -> None:
    text = "The gala is on November 16. Critics said the visit on November 16 was dropped."
    timexes = find_timexes(text, SATURDAY, nlp(text) if parsed else None)
    assert [t.value for t in timexes] == ["2005-11-16", "2005-11-16"]


def test_a_day_of_a_year_given_is_not_that_day_again(nlp: Language) -> None:
    """"May 2, 1890" gives its year to itself only: a bare "May 2" later is read from the tense."""
    text = "The town was founded on May 2, 1890. Every year on May 2 it holds a fair."
    assert [t.value for t in find_timexes(text, SATURDAY, nlp(text)) if "May" in t.text] == [
        "1890-05-02", "2006-05-02"]


@pytest.mark.parametrize(("text", "expression", "value", "mod"), [
    ("The deal closed in the first half of the year.", "the first half of the year", "2024-H1", None),
    ("Sales will recover in the second half of next year.", "the second half of next year", "2025-H2", None),
    ("The firm will decide in the first half of 2026.", "the first half of 2026", "2026-H1", None),
    # Other modifiers and other units keep the period with a modifier.
    ("The plant closes at the end of the year.", "the end of the year", "2024", "END"),
    ("Sales rose in the first half of the month.", "the first half of the month", "2024-01", "START"),
])
def test_a_half_of_a_year_is_a_half_year(nlp: Language, text: str, expression: str, value: str,
                                         mod: str | None) -> None:
    timexes = {t.text: (t.value, t.mod) for t in find_timexes(text, WEDNESDAY, nlp(text))}
    assert timexes[expression] == (value, mod)


@pytest.mark.parametrize(("text", "expected"), [
    ("The report is due in mid-May.", {"mid-May": ("2024-05", "MID")}),
    ("Prices rose in early May and fell in late May.", {"early May": ("2023-05", "START"),
                                                       "late May": ("2023-05", "END")}),
    ("Theresa May spoke first. May I ask a question?", {}),
])
def test_may_with_a_modifier_is_the_month(nlp: Language, text: str,
                                          expected: dict[str, tuple[str, str | None]]) -> None:
    assert {t.text: (t.value, t.mod) for t in find_timexes(text, WEDNESDAY, nlp(text))} == expected


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Revenue for the current fiscal year will rise.", "the current fiscal year", "FY2024"),
    ("Sales fell 5% in the last fiscal year.", "the last fiscal year", "FY2023"),
    ("The firm expects growth next fiscal year.", "next fiscal year", "FY2025"),
    ("Net income doubled in fiscal 2022.", "fiscal 2022", "FY2022"),
    # A calendar year is no fiscal one, and "the last year" stays the twelve months up to now.
    ("Last calendar year the chain opened ten shops.", "Last calendar year", "2023"),
    ("Sales fell 5% in the last year.", "the last year", "P1Y"),
])
def test_a_fiscal_year_is_written_fy(nlp: Language, text: str, expression: str, value: str) -> None:
    assert {t.text: t.value for t in find_timexes(text, WEDNESDAY, nlp(text))}[expression] == value
