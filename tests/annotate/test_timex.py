"""The time-expression tagger: recognition and TIMEX3 normalisation against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate.timex.find import find_timexes
from generator.annotate.timex.tense import clause_tense
from generator.evaluate.meantime import DEFAULT_CORPUS

JAN_8 = dt.date(2024, 1, 8)  # a Monday
JAN_17 = dt.date(2024, 1, 17)  # a Wednesday
DEC_12 = dt.date(2023, 12, 12)

# (publication date, sentence, expression as written, type, value, mod)
CASES = [
    (JAN_8, "López Obrador spoke at his press conference on Friday January 5.", "Friday January 5",
     "DATE", "2024-01-05", None),
    (JAN_8, "The latest visit took place in late December and included two ministers.", "late December",
     "DATE", "2023-12", "END"),
    (JAN_8, "It was able to do so until early 2023.", "early 2023", "DATE", "2023", "START"),
    (JAN_8, "That stopped when the policy ended back in May.", "May", "DATE", "2023-05", None),
    (JAN_17, "CBS News reported last week that permits were discussed.", "last week", "DATE", "2024-W02",
     None),
    (JAN_8, "The negotiations are expected to resume this month in the capital.", "this month", "DATE",
     "2024-01", None),
    (JAN_17, "A delegation is set to visit the capital on Friday, Bloomberg reported on Wednesday.", "Friday",
     "DATE", "2024-01-19", None),
    (JAN_17, "A delegation is set to visit the capital on Friday, Bloomberg reported on Wednesday.",
     "Wednesday", "DATE", "2024-01-17", None),
    (dt.date(2024, 1, 18), "Bloomberg reported on Wednesday that talks stalled.", "Wednesday", "DATE",
     "2024-01-17", None),
    (JAN_17, "The minister will meet her counterpart on Friday.", "Friday", "DATE", "2024-01-19", None),
    (JAN_17, "Migration broke numerous records in 2023 and the issue grew.", "2023", "DATE", "2023", None),
    (JAN_17, "It becomes a central talking point during this electoral year.", "this electoral year", "DATE",
     "2024", None),
    (JAN_17, "Growth will slow this year.", "this year", "DATE", "2024", None),
    (JAN_8, "The country agreed to receive 30,000 people each month.", "each month", "SET", "P1M", None),
    (JAN_8, "The programme ran for three years.", "three years", "DURATION", "P3Y", None),
    (JAN_8, "The ministers meet today in the capital.", "today", "DATE", "2024-01-08", None),
    (JAN_8, "The figure now represents 10% of the total.", "now", "DATE", "PRESENT_REF", None),
    (JAN_8, "Prices rose sharply in the 1990s.", "the 1990s", "DATE", "199", None),
    # A year's hundreds are its century (wave 14; before, the decade 1800-1809); the 2000s the decade.
    (JAN_8, "The mill was built in the 1800s.", "the 1800s", "DATE", "18", None),
    (JAN_8, "The canal dates from the early 1700s.", "early 1700s", "DATE", "17", "START"),
    (JAN_8, "Rents doubled in the 2000s.", "the 2000s", "DATE", "200", None),
    (DEC_12, "The new rules will take effect in January.", "January", "DATE", "2024-01", None),
    (JAN_8, "The talks collapsed in December.", "December", "DATE", "2023-12", None),
    (JAN_8, "The contract was signed on 2023-11-02.", "2023-11-02", "DATE", "2023-11-02", None),
    (JAN_8, "The contract was signed on 11/02/2023.", "11/02/2023", "DATE", "2023-11-02", None),
    (JAN_8, "The tanker deal was announced on March 01, 2008.", "March 01, 2008", "DATE", "2008-03-01", None),
    (JAN_8, "The vote is scheduled for 3 p.m. on Friday.", "3 p.m. on Friday", "TIME", "2024-01-12T15:00",
     None),
    (JAN_8, "The launch happened at 18:00 UTC.", "18:00 UTC", "TIME", "2024-01-08T18:00Z", None),
    (JAN_8, "Sales fell in the fourth quarter of 2022.", "the fourth quarter of 2022", "DATE", "2022-Q4",
     None),
    (JAN_8, "Sales fell 10% compared with a year ago.", "a year ago", "DATE", "2023", None),
    (JAN_8, "The strike lasted almost two and a half years.", "almost two and a half years", "DURATION",
     "P2.5Y", "LESS_THAN"),
    (JAN_8, "The firm fired him yesterday.", "yesterday", "DATE", "2024-01-07", None),
    (JAN_8, "Shipments arrive twice a week.", "a week", "SET", "P1W", None),
    (JAN_8, "Stocks crashed in the autumn of 2008.", "autumn of 2008", "DATE", "2008-FA", None),
    (JAN_8, "The deal was reached on Christmas Eve.", "Christmas Eve", "DATE", "2023-12-24", None),
    (JAN_8, "He said the plan would be ready by mid-2025.", "mid-2025", "DATE", "2025", "MID"),
]


def _find(timexes, written):
    matches = [t for t in timexes if t.text == written]
    assert matches, f"{written!r} not found in {[t.text for t in timexes]}"
    return matches[0]


@pytest.mark.parametrize(("published", "sentence", "written", "kind", "value", "mod"), CASES,
                         ids=[f"{c[2]}@{c[0]}" for c in CASES])
def test_normalises_against_publication_date(nlp, published, sentence, written, kind, value, mod):
    timex = _find(find_timexes(sentence, published, nlp(sentence)), written)
    assert (timex.type, timex.value, timex.mod, timex.anchored) == (kind, value, mod, True)
    assert sentence[timex.start:timex.end] == written


@pytest.mark.parametrize(("published", "sentence", "written", "kind", "value", "mod"), CASES[:8],
                         ids=[f"{c[2]}@{c[0]}-nodoc" for c in CASES[:8]])
def test_works_without_a_parse(published, sentence, written, kind, value, mod):
    timex = _find(find_timexes(sentence, published), written)
    assert (timex.type, timex.value, timex.mod) == (kind, value, mod)


def test_january_article_past_december_is_the_previous_year(nlp):
    text = "The agreement was signed in December."
    assert _find(find_timexes(text, dt.date(2024, 1, 10), nlp(text)), "December").value == "2023-12"


def test_december_article_future_january_is_the_next_year(nlp):
    text = "The law will come into force in January."
    assert _find(find_timexes(text, dt.date(2023, 12, 10), nlp(text)), "January").value == "2024-01"


def test_weekday_picks_the_year_near_publication():
    text = "He spoke on Friday January 5."
    assert _find(find_timexes(text, dt.date(2018, 1, 3)), "Friday January 5").value == "2018-01-05"
    assert _find(find_timexes(text, dt.date(2024, 3, 1)), "Friday January 5").value == "2024-01-05"


def test_a_period_named_after_an_administration_is_not_given_a_date(nlp):
    text = "Since the Kennedy administration, there has not been such a plan for the region."
    timexes = find_timexes(text, JAN_8, nlp(text))
    assert all(not t.value[:1].isdigit() for t in timexes if "Kennedy" in text[t.start - 20:t.end + 20])


def test_without_publication_date_relative_values_are_unanchored(nlp):
    text = ("The talks collapsed in late December. They resume this month, and the delegation visits on "
            "Friday. The deal of March 01, 2008 still stands.")
    timexes = {t.text: t for t in find_timexes(text, None, nlp(text))}
    assert (timexes["late December"].value, timexes["late December"].anchored) == ("XXXX-12", False)
    assert (timexes["this month"].value, timexes["this month"].anchored) == ("XXXX-XX", False)
    assert (timexes["Friday"].value, timexes["Friday"].anchored) == ("XXXX-WXX-5", False)
    assert (timexes["March 01, 2008"].value, timexes["March 01, 2008"].anchored) == ("2008-03-01", True)


@pytest.mark.parametrize("text", ["", "   ", "No dates here at all.", "2000 troops and $2024 in cash",
                                  "She may go. May I?", "Theresa May met officials.", "in her 70s"])
def test_does_not_invent_dates(text):
    values = [t.value for t in find_timexes(text, JAN_8)]
    assert values == []


def test_offsets_point_into_the_text_with_unicode_before(nlp):
    text = "Andrés Manuel López Obrador — «el presidente» — spoke on Friday January 5, 2024."
    timex = _find(find_timexes(text, JAN_8, nlp(text)), "Friday January 5, 2024")
    assert text[timex.start:timex.end] == "Friday January 5, 2024"
    assert timex.value == "2024-01-05"


def test_clause_tense_from_cue_words():
    text = "The delegation will arrive on Friday. The minister arrived on Monday."
    assert clause_tense(text, text.index("Friday"), text.index("Friday") + 6) == "future"
    assert clause_tense(text, text.index("Monday"), text.index("Monday") + 6) == "past"


@pytest.mark.slow
@pytest.mark.skipif(
    not DEFAULT_CORPUS.is_dir(),
    reason=f"MEANTIME corpus not found at {DEFAULT_CORPUS}: put it there, or set EXPLAINER_MEANTIME "
    "to its folder (docs/evaluation.md)",
)
def test_meantime_scores_reach_the_targets():
    from generator.evaluate.timexes import evaluate

    results = evaluate(DEFAULT_CORPUS)
    assert results["value_f1"] >= 0.80
    assert results["relaxed_f1"] >= 0.90
