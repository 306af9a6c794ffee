"""Date helpers (EDTF, ranges, display) and the merged timeline built from several articles."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from generator.models import Article, ArticleAnnotations, Sentence, Timex
from generator.story.dates import date_range, is_more_precise, precision, to_edtf
from generator.story.event_candidates import article_candidates, event_clause
from generator.story.same_event import pairs_worth_comparing, same_event
from generator.wording import display_date
from tests.conftest import SEEDS
from tests.story.story_tools import annotated_article, timeline_of

D = dt.date


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(("value", "mod", "edtf", "first", "last", "grain", "shown"), [
    ("2024-01-05", None, "2024-01-05", D(2024, 1, 5), D(2024, 1, 5), "day", "5 January 2024"),
    ("2023-12", "END", "2023-12", D(2023, 12, 21), D(2023, 12, 31), "month", "late December 2023"),
    ("2023", "START", "2023", D(2023, 1, 1), D(2023, 4, 30), "year", "early 2023"),
    ("2023", "MID", "2023", D(2023, 5, 1), D(2023, 8, 31), "year", "mid-2023"),
    ("2023-05", None, "2023-05", D(2023, 5, 1), D(2023, 5, 31), "month", "May 2023"),
    ("2024-W02", None, "2024-01-08/2024-01-14", D(2024, 1, 8), D(2024, 1, 14), "week",
     "week of 8 January 2024"),
    ("2024-W01", None, "2024-01-01/2024-01-07", D(2024, 1, 1), D(2024, 1, 7), "week",
     "week of 1 January 2024"),
    ("2023-SP", None, "2023-21", D(2023, 3, 1), D(2023, 5, 31), "season", "spring 2023"),
    ("2023-WI", None, "2023-24", D(2023, 12, 1), D(2024, 2, 29), "season", "winter 2023"),
    ("2022-Q4", None, "2022-36", D(2022, 10, 1), D(2022, 12, 31), "quarter", "Q4 2022"),
    ("199", None, "199X", D(1990, 1, 1), D(1999, 12, 31), "decade", "1990s"),
    ("2024-01-19T15:00", None, "2024-01-19T15:00:00", D(2024, 1, 19), D(2024, 1, 19), "day",
     "19 January 2024, 15:00"),
    ("2023-12", "APPROX", "2023-12~", D(2023, 12, 1), D(2023, 12, 31), "month", "about December 2023"),
    ("PRESENT_REF", None, "X", None, None, "unknown", "now"),
    ("XXXX-12", None, "XXXX-12", None, None, "unknown", "December (year unknown)"),
    ("P3Y", None, "X", None, None, "unknown", "3 years"),
])
def test_date_helpers(value, mod, edtf, first, last, grain, shown):
    assert to_edtf(value, mod) == edtf
    assert date_range(value, mod) == (first, last)
    assert precision(value) == grain
    assert display_date(value, mod) == shown


def test_more_precise_is_the_narrower_range():
    assert is_more_precise("2023-12-27", ("2023-12", "END"))
    assert is_more_precise(("2023-12", "END"), "2023-12")
    assert not is_more_precise("2023", "2023-12")
    assert not is_more_precise("PRESENT_REF", "2023")
    assert is_more_precise("2023", "PRESENT_REF")


# --------------------------------------------------------------------------- timeline helpers


FIRST = ("The ministers met in Geneva in late December to discuss the border. "
         "The agreement was signed on March 3, 2023, after long talks. "
         "Officials will meet again on Friday to review progress.")
SECOND = ("Trade ministers from both countries met in Geneva on December 27 to discuss the border. "
          "The agreement was signed on March 3, 2023, after long talks. "
          "Exports have grown for three years, the report said. © 2024 Example News.")


@pytest.fixture(scope="module")
def two_articles(nlp):
    return [annotated_article(nlp, "a", FIRST, D(2024, 1, 8), "Daily One"),
            annotated_article(nlp, "b", SECOND, D(2024, 1, 9), "Weekly Two")]


def test_same_event_from_two_articles_is_one_entry_with_the_precise_date(two_articles):
    timeline = timeline_of(two_articles)
    geneva = [e for e in timeline if "Geneva" in e.text]
    assert len(geneva) == 1
    entry = geneva[0]
    assert (entry.date.value, entry.timex) == ("2023-12-27", "December 27")
    assert [(d.value, d.mod) for d in entry.other_dates] == [("2023-12", "END")]
    assert sorted(s.article for s in entry.sources) == ["a", "b"]
    assert entry.corroboration == 2
    assert entry.outlets == ["Daily One", "Weekly Two"]
    assert entry.reported == D(2024, 1, 8)
    assert "e-geneva" in entry.entities


def test_identical_sentences_merge_and_durations_and_copyright_are_left_out(two_articles):
    timeline = timeline_of(two_articles)
    signed = [e for e in timeline if e.date.value == "2023-03-03"]
    assert len(signed) == 1 and signed[0].corroboration == 2
    assert signed[0].text == "The agreement was signed after long talks"  # the date phrase is shown apart
    assert all(e.timex not in {"three years", "2024"} for e in timeline)


def test_sorted_by_date_and_future_events_are_kept(two_articles):
    timeline = timeline_of(two_articles)
    starts = [e.date.start for e in timeline]
    assert starts == sorted(starts)
    assert timeline[-1].date.value == "2024-01-12" and timeline[-1].corroboration == 1


def test_ids_depend_on_content_not_on_article_order(two_articles):
    forward = timeline_of(two_articles)
    backward = timeline_of(list(reversed(two_articles)))
    assert [e.model_dump() for e in forward] == [e.model_dump() for e in backward]
    alone = timeline_of(two_articles[:1])
    signed_alone = next(e for e in alone if e.date.value == "2023-03-03")
    assert forward and all(e.id.startswith("t-") for e in forward)
    assert signed_alone.id in {e.id for e in forward} or signed_alone.id > next(
        e.id for e in forward if e.date.value == "2023-03-03")


def test_unanchored_dates_make_no_entries(nlp):
    pair = annotated_article(nlp, "c", "The talks resumed on Friday and ended in late December.", None)
    assert timeline_of([pair]) == []


def test_event_clause_widens_short_clauses():
    sentence = "On Friday, the minister met her counterpart, officials said."
    start, end = event_clause(sentence, sentence.index("Friday"))
    assert sentence[start:end] == "On Friday, the minister met her counterpart"


# --------------------------------------------------------------------------- the demo seeds


def test_demo_seeds_make_one_chronology(nlp):
    pairs = [annotated_article(nlp, "000", (SEEDS / "000_3beb3d5ee71508d2.txt").read_text(encoding="utf-8"),
                      D(2024, 1, 8), "Latin Times"),
             annotated_article(nlp, "001", (SEEDS / "001_43ab89a02194461f.txt").read_text(encoding="utf-8"),
                      D(2024, 1, 17), "Latin Times")]
    timeline = timeline_of(pairs)
    values = [e.date.value for e in timeline]
    assert values[0] == "2023" and timeline[0].date.mod == "START"  # "until early 2023"
    assert values[-1] == "2024-01-19"  # the delegation's visit on Friday
    assert len(values) == len(set((e.date.value, e.text) for e in timeline))
    for date in (("2023", "START"), ("2023-05", None), ("2024-01-05", None)):  # told by both articles
        entries = [e for e in timeline if (e.date.value, e.date.mod) == date]
        assert len(entries) == 1, date
        assert {s.article for s in entries[0].sources} == {"000", "001"}, date
    assert {"2023-12", "2024-01", "2024-W02", "2024-01-17"} <= set(values)
    assert all(e.reported in (D(2024, 1, 8), D(2024, 1, 17)) for e in timeline)


# --------------------------------------------------------------------------- event texts from the parse


def _entries(nlp, text: str, published: dt.date | None = None):
    return timeline_of([annotated_article(nlp, "x", text, published or D(2024, 1, 17))])


def test_a_report_and_the_event_it_reports_are_two_entries_with_different_texts(nlp):
    timeline = _entries(nlp, "A trade delegation is set to visit Geneva on Friday to discuss tariffs, "
                             "Reuters reported on Wednesday.")
    by_date = {e.date.value: e for e in timeline}
    assert set(by_date) == {"2024-01-17", "2024-01-19"}
    report, visit = by_date["2024-01-17"], by_date["2024-01-19"]
    assert report.kind == "report" and visit.kind == "event"
    assert report.text.startswith("Reuters reported a trade delegation is set to visit Geneva")
    assert visit.text.startswith("A trade delegation is set to visit Geneva")
    assert "Reuters" not in visit.text and "Friday" not in visit.text
    assert visit.reported == D(2024, 1, 17)


def test_a_report_told_weeks_later_keeps_its_own_date_as_reported(nlp):
    timeline = _entries(nlp, "The minister resigned on March 3, the newspaper reported on March 10.",
                        D(2024, 4, 2))
    resigned = next(e for e in timeline if e.date.value == "2024-03-03")
    assert resigned.text == "The minister resigned" and resigned.reported == D(2024, 3, 10)


@pytest.mark.parametrize(("text", "expected"), [
    # a relative pronoun stands for the noun the clause modifies
    ("Mexico brings leverage to the ongoing negotiations, which are expected to resume this month in Geneva.",
     "The ongoing negotiations are expected to resume in Geneva"),
    # an inverted speech verb: the speaker goes first, the quotation is left out
    ('"We will not give in," said the minister at a press conference on Friday.',
     "The minister said at a press conference"),
    # "it" in reported speech stands for the speaker
    ("The agency said it would send a team to assess the damage next week.",
     "The agency would send a team to assess the damage"),
    # "as it did" stands for the verb phrase it modifies
    ("The government wants the ministry to send back more migrants, as it was able to do until early 2023.",
     "It was able to send back more migrants until early 2023"),
    # a verb that shares its subject with the first one
    ("The latest talks took place in late December and included two ministers.",
     "The latest talks took place and included two ministers"),
    ("That stopped being the case when the policy, known as Rule 9, ended back in May.",
     "The policy, known as Rule 9, ended"),
])
def test_event_text_is_the_governing_clause_with_its_subject(nlp, text, expected):
    timeline = _entries(nlp, text)
    assert [e.text for e in timeline] == [expected]


def test_a_date_that_only_restates_the_present_is_no_event(nlp):
    assert _entries(nlp, "The issue becomes a central talking point during this electoral year.") == []
    kept = _entries(nlp, "Talks between the two governments are expected to resume this month.")
    assert [(e.date.value, e.text) for e in kept] == [
        ("2024-01", "Talks between the two governments are expected to resume")]
    past = _entries(nlp, "Sales of electric cars doubled this year.")
    assert [e.date.value for e in past] == ["2024"]


def test_a_period_named_without_a_date_makes_no_entry(nlp):
    text = "Since the Kennedy administration, there has not been a development plan for the region."
    assert _entries(nlp, text) == []


def test_event_texts_are_short_capitalised_statements(nlp):
    pairs = [annotated_article(nlp, path.stem, path.read_text(encoding="utf-8"), D(2024, 1, 17))
             for path in sorted(SEEDS.glob("*.txt"))]
    for entry in timeline_of(pairs):
        assert entry.text[:1].isupper(), entry.text
        assert len(entry.text.split()) <= 20, entry.text
        assert not entry.text.endswith((",", " and")), entry.text


# --------------------------------------------------------------------------- merging at scale


def _synthetic_story(articles: int, events: int, seed: int = 7):
    """`articles` articles, each retelling 10 of `events` events nearly word for word (one word left
    out), some dated only "late December" instead of the precise day. No spaCy: the clause comes from
    the punctuation fallback. Also returns which event each (article, sentence) tells and the days."""
    rng = random.Random(seed)
    vocabulary = [f"word{i}" for i in range(5000)]
    told = [rng.sample(vocabulary, 9) for _ in range(events)]
    days = [D(2023, 1, 1) + dt.timedelta(days=rng.randrange(365)) for _ in range(events)]
    pairs, truth = [], {}
    for number in range(articles):
        article_id = f"a{number:04d}"
        sentences, timexes, offset = [], [], 0
        for index, event in enumerate(rng.sample(range(events), 10)):
            words = list(told[event])
            del words[rng.randrange(len(words))]
            day = days[event]
            vague = day.month == 12 and day.day > 20 and rng.random() < 0.5
            when = "late December" if vague else f"{day:%B} {day.day}, {day.year}"
            text = " ".join(["The", *words, "on", when]) + "."
            start = offset + text.index(when)
            value, mod = ("2023-12", "END") if vague else (day.isoformat(), None)
            sentences.append(Sentence(index=index, start=offset, end=offset + len(text), text=text,
                                      paragraph=0))
            timexes.append(Timex(start=start, end=start + len(when), text=when, type="DATE", value=value,
                                 mod=mod, sentence=index))
            truth[(article_id, index)] = event
            offset += len(text) + 1
        body = " ".join(s.text for s in sentences)
        pairs.append((Article(id=article_id, path=f"{article_id}.txt", format="text", title=article_id,
                              published=D(2024, 1, 8), text=body, sentences=sentences),
                      ArticleAnnotations(article_id=article_id, sentences=sentences, timexes=timexes)))
    return pairs, truth, days


def test_thousands_of_candidates_merge_into_one_entry_per_event():
    pairs, truth, days = _synthetic_story(articles=400, events=300)
    timeline = timeline_of(pairs)
    assert len(timeline) == 300
    tellings: dict[int, set[tuple[str, int]]] = {}
    for key, event in truth.items():
        tellings.setdefault(event, set()).add(key)
    for entry in timeline:
        sources = {(s.article, s.sentence_index) for s in entry.sources}
        events = {truth[key] for key in sources}
        assert len(events) == 1
        event = events.pop()
        assert sources == tellings[event]
        assert entry.date.value in {days[event].isoformat(), "2023-12"}


def test_blocking_keeps_every_pair_that_tells_the_same_event():
    pairs, _, _ = _synthetic_story(articles=40, events=25, seed=3)
    candidates = [c for article, annotation in pairs
                  for c in article_candidates(article, annotation, [])]
    compared = pairs_worth_comparing(candidates)
    same = {(i, j) for i in range(len(candidates)) for j in range(i + 1, len(candidates))
            if same_event(candidates[i], candidates[j])}
    assert same and same <= compared
    assert len(compared) < len(candidates) * (len(candidates) - 1) // 20
